// The person tagger's features and its decoder (Viterbi), shared by the trainer (scripts/data/tagger.ts) and
// the tagger the analysis runs (person-tagger.ts), so both see the same tokens and the same features.
// Tags: O, B (a person's name starts), I (it goes on); features are strings hashed into a fixed table.
import type { Token } from './name-tokens'
import { baseForm, isGivenName, isSurnameWord } from './name-words'
import { appositionAfter, nationalityBefore, speakerBeforeVerb, speechVerbBefore, titleOrRoleBefore } from './name-evidence'
import { isSharedSurname, knownPersonBySurname } from './known-names'
import { germanRoleHead, isRoleToken } from './roles'
import { NAME_PARTICLES, NON_PERSON_SET, PLACE_WORDS } from './names-data'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './tokens'

export const TAGS = ['O', 'B', 'I'] as const
export type Tag = 0 | 1 | 2
export const O: Tag = 0
export const B: Tag = 1
export const I: Tag = 2

/** log2 of the feature table's size: collisions cost little below ~10 % load. */
export const HASH_BITS = 18
const HASH_MASK = (1 << HASH_BITS) - 1

/** FNV-1a, 32 bit, of a string. */
function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A feature's table row from its template number and up to three values (hashes or small numbers):
 * numbers are mixed rather than strings joined, which keeps tagging an article near a millisecond. */
export function feature(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35) ^ b
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b) ^ c
  h ^= h >>> 16
  return (h >>> 0) & HASH_MASK
}

/** "Merkel" -> "Xx", "J" -> "X", "U.S" -> "X.X", "3D-Druck" -> "dX-Xx": character classes, runs collapsed. */
function wordShape(text: string): string {
  let shape = ''
  let last = ''
  for (const ch of text) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch
    if (c !== last) shape += c
    last = c
  }
  return shape
}

function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return !prev || /^[.!?:\n"“„«]$/.test(prev.text)
}

function isKnownSurname(text: string): boolean {
  const base = baseForm(text)
  return base.length > 1 && (knownPersonBySurname(base) !== undefined || isSharedSurname(base))
}

function isRoleWord(lower: string): boolean {
  return isRoleToken(lower) || germanRoleHead(lower) !== null
}

/** What the tagger reads from a word alone, hashed once per word. */
interface WordInfo {
  lower: number
  shape: number
  prefix: number
  prefix2: number
  suffixes: [number, number, number]
  suffix1: number
  suffix5: number
  length: number
  capitalised: boolean
  given: number
  known: number
  /** 0 other, 1 place, 2 thing, 3 stopword, 4 role noun. */
  kind: number
  /** A genitive of a known surname ("Luthers"). */
  genitive: number
  surname: number
  role: number
}

const wordInfos = new Map<string, WordInfo>()
const WORD_CACHE_LIMIT = 20_000

function wordInfo(t: Token): WordInfo {
  const cached = wordInfos.get(t.text)
  if (cached) return cached
  const { text, lower } = t
  const capitalised = /^\p{Lu}/u.test(text)
  const info: WordInfo = {
    lower: hashString(lower),
    shape: hashString(wordShape(text)),
    prefix: hashString(lower.slice(0, 3)),
    prefix2: hashString(lower.slice(0, 2)),
    suffixes: [hashString(lower.slice(-2)), hashString(lower.slice(-3)), hashString(lower.slice(-4))],
    suffix1: hashString(lower.slice(-1)),
    suffix5: hashString(lower.slice(-5)),
    length: Math.min(text.length, 12),
    capitalised,
    given: capitalised && isGivenName(text) ? 1 : 0,
    known: capitalised && isKnownSurname(text) ? 1 : 0,
    kind: PLACE_WORDS.has(lower) ? 1 : NON_PERSON_SET.has(lower) ? 2 : GERMAN_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower) ? 3 : isRoleWord(lower) ? 4 : 0,
    genitive: capitalised && text.length > 3 && text.endsWith('s') && isKnownSurname(text.slice(0, -1)) ? 1 : 0,
    surname: capitalised && isSurnameWord(t, false) ? 1 : 0,
    role: isRoleWord(lower) ? 1 : 0,
  }
  if (wordInfos.size >= WORD_CACHE_LIMIT) wordInfos.clear()
  wordInfos.set(text, info)
  return info
}

const NONE_KIND = 0
const PUNCTUATION = 1
const ARTICLE = 2
const PREPOSITION = 3
const FUNCTION_WORD = 4
/** A lower-case word that is no function word: mostly verbs, adverbs and adjectives. */
const LOWER = 5
const CAPITALISED = 6
const NUMBER = 7

const ARTICLE_WORDS = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'eines', 'einer'])
const PREPOSITIONS = new Set(`in im ins von vom mit bei beim zu zur zum für auf an am aus nach über unter gegen durch ohne um vor
  hinter neben zwischen seit laut dank trotz wegen bis gegenüber unter`.split(/\s+/))

function kindOf(t: Token | undefined): number {
  if (!t || t.text === '\n') return NONE_KIND
  if (!t.word) return /^\d/.test(t.text) ? NUMBER : PUNCTUATION
  if (/^\d/.test(t.text)) return NUMBER
  if (t.text !== t.lower) return CAPITALISED
  if (ARTICLE_WORDS.has(t.lower)) return ARTICLE
  if (PREPOSITIONS.has(t.lower)) return PREPOSITION
  return GERMAN_STOPWORDS.has(t.lower) || ENGLISH_STOPWORDS.has(t.lower) ? FUNCTION_WORD : LOWER
}

/** Stands for a missing neighbour (text start or end). */
const NONE = 0x5bd1e995

/** The features of token i that do not depend on the tags before it, as table rows. `rule` is the tag
 * the hand rules of the person finder give the token: the tagger learns where to trust them. */
export function staticFeatures(tokens: readonly Token[], i: number, rule: Tag, english: boolean): number[] {
  const t = tokens[i] as Token
  const w = wordInfo(t)
  const prev = i > 0 ? wordInfo(tokens[i - 1]!) : undefined
  const next = i + 1 < tokens.length ? wordInfo(tokens[i + 1]!) : undefined
  const prev2 = i > 1 ? wordInfo(tokens[i - 2]!).lower : NONE
  const next2 = i + 2 < tokens.length ? wordInfo(tokens[i + 2]!).lower : NONE
  const start = isSentenceStart(tokens, i) ? 1 : 0
  const f = [
    feature(0, 0),
    feature(1, w.lower),
    feature(2, w.shape),
    feature(3, w.shape, start),
    feature(4, w.prefix),
    feature(5, w.suffixes[0]),
    feature(6, w.suffixes[1]),
    feature(7, w.suffixes[2]),
    feature(8, prev?.lower ?? NONE),
    feature(9, next?.lower ?? NONE),
    feature(10, prev2),
    feature(11, next2),
    feature(12, prev?.shape ?? NONE),
    feature(13, next?.shape ?? NONE),
    feature(14, prev?.lower ?? NONE, w.shape),
    feature(15, next?.lower ?? NONE, w.shape),
    feature(16, rule),
    feature(17, rule, w.shape),
    feature(18, rule, start),
    // Shorter and longer affixes and the length: surnames and German nouns differ in their endings
    // ("-ović", "-mann" against "-ung", "-keit"); 5-fold on GermEval dev F1 0.717 -> 0.726.
    feature(50, w.suffix1),
    feature(51, w.suffix5),
    feature(52, w.prefix2),
    feature(53, w.length),
  ]
  // The neighbours' kind and ending, for words the training text never had: "1990 ging Marusha", "stieg
  // Spies", "Kolb war": a name stands next to a verb, a noun next to an article or a preposition.
  const prevKind = kindOf(tokens[i - 1])
  const nextKind = kindOf(tokens[i + 1])
  f.push(feature(62, prevKind, nextKind))
  if (prevKind === LOWER) f.push(feature(64, prev!.suffixes[0]))
  if (nextKind === LOWER) f.push(feature(65, next!.suffixes[0]))
  if (!w.capitalised) return f
  f.push(feature(19, w.given), feature(20, w.known), feature(21, w.given, w.known, start), feature(22, w.kind), feature(23, w.kind, rule))
  if (prev) f.push(feature(24, prev.given), feature(25, prev.role))
  if (next) f.push(feature(26, next.given), feature(27, next.known))
  if (w.genitive) f.push(feature(28, 1))
  // The hand rules' evidence, weighed by the tagger rather than required.
  if (w.surname) f.push(feature(29, 1))
  if (titleOrRoleBefore(tokens, i, english)) f.push(feature(30, 1))
  if (nationalityBefore(tokens, i)) f.push(feature(31, 1))
  if (speechVerbBefore(tokens, i)) f.push(feature(32, 1))
  if (speakerBeforeVerb(tokens, i)) f.push(feature(33, 1))
  if (appositionAfter(tokens, i)) f.push(feature(34, 1))
  return f
}

/** The features that depend on the previous tag, as table rows. */
export function tagFeatures(token: Token, previous: Tag): [number, number] {
  return [feature(40, previous), feature(41, previous, wordInfo(token).shape)]
}

/** A score per tag for a set of hashed features. */
export type Scorer = (features: readonly number[], scores: Float64Array) => void

/** Could the token be part of a name: capitalised, a particle ("van der Vaart") or the full stop of an
 * initial ("J. K. Rowling")? Other tokens are O without being scored, which keeps tagging cheap. */
export function isCandidate(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token
  if (t.text === '.') return /^\p{Lu}$/u.test(tokens[i - 1]?.text ?? '')
  return /^\p{Lu}/u.test(t.text) || NAME_PARTICLES.has(t.text)
}

/** The static features of every token, null for tokens that are no candidates. */
export function featuresOf(tokens: readonly Token[], rules: readonly Tag[], english: boolean): (number[] | null)[] {
  return tokens.map((_, i) => (isCandidate(tokens, i) ? staticFeatures(tokens, i, rules[i] ?? O, english) : null))
}

/** The best tag sequence (Viterbi over the three tags): a token's score is its features' and those of
 * the tag before it. An I only continues a name; tokens without features (no candidates, line breaks)
 * are O. Against greedy tagging: 4- and 5-fold on GermEval dev F1 0.727 -> 0.734, 0.737 -> 0.739. */
export function decode(tokens: readonly Token[], score: Scorer, features: readonly (readonly number[] | null)[]): Tag[] {
  const n = tokens.length
  const back = new Uint8Array(n * TAGS.length)
  const own = new Float64Array(TAGS.length)
  const moved = new Float64Array(TAGS.length)
  let best = [0, -Infinity, -Infinity]
  for (let i = 0; i < n; i++) {
    const f = features[i]
    const next = [-Infinity, -Infinity, -Infinity]
    if (!f) {
      const from = argmax(best)
      back[i * TAGS.length + O] = from
      next[O] = best[from]!
      best = next
      continue
    }
    own.fill(0)
    score(f, own)
    for (let prev = 0; prev < TAGS.length; prev++) {
      if (best[prev] === -Infinity) continue
      moved.fill(0)
      score(tagFeatures(tokens[i]!, prev as Tag), moved)
      for (let tag = 0; tag < TAGS.length; tag++) {
        if (tag === I && prev === O) continue
        const s = best[prev]! + own[tag]! + moved[tag]!
        if (s > next[tag]!) { next[tag] = s; back[i * TAGS.length + tag] = prev }
      }
    }
    best = next
  }
  const tags = new Array<Tag>(n)
  let tag = argmax(best)
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = tag
    tag = back[i * TAGS.length + tag] as Tag
  }
  return tags
}

function argmax(scores: readonly number[]): Tag {
  let best: Tag = O
  if (scores[B]! > scores[best]!) best = B
  if (scores[I]! > scores[best]!) best = I
  return best
}

/** The tags of token ranges [first, last] (the rules' mentions) over `length` tokens. */
export function tagsOf(spans: readonly { first: number; last: number }[], length: number): Tag[] {
  const tags = new Array<Tag>(length).fill(O)
  for (const s of spans) {
    tags[s.first] = B
    for (let j = s.first + 1; j <= s.last; j++) tags[j] = I
  }
  return tags
}

/** Token ranges [first, last] of the names in a tag sequence. */
export function spansOf(tags: readonly Tag[]): [number, number][] {
  const spans: [number, number][] = []
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== B) continue
    let j = i
    while (tags[j + 1] === I) j++
    spans.push([i, j])
    i = j
  }
  return spans
}
