// The person tagger's features and its greedy decoder, shared by the trainer (scripts/data/tagger.ts) and
// the tagger the analysis runs (person-tagger.ts), so both see the same tokens and the same features.
// Tags: O, B (a person's name starts), I (it goes on); features are strings hashed into a fixed table.
import type { Token } from './name-tokens'
import { baseForm, isGivenName, isSurnameWord } from './name-words'
import { appositionAfter, nationalityBefore, speakerBeforeVerb, speechVerbBefore, titleOrRoleBefore } from './name-evidence'
import { isSharedSurname, knownPersonBySurname } from './known-names'
import { germanRoleHead, isRoleToken } from './roles'
import { NAME_PARTICLES, NON_PERSON_SET, PLACE_SET } from './names-data'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './tokens'

export const TAGS = ['O', 'B', 'I'] as const
export type Tag = 0 | 1 | 2
export const O: Tag = 0
export const B: Tag = 1
export const I: Tag = 2

/** log2 of the feature table's size: collisions cost little below ~10 % load. */
export const HASH_BITS = 18
const HASH_MASK = (1 << HASH_BITS) - 1

/** FNV-1a, 32 bit, of a feature string, masked to the table. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) & HASH_MASK
}

/** "Merkel" -> "Xx", "J" -> "X", "U.S" -> "X.X", "3D-Druck" -> "dX-Xx": character classes, runs collapsed. */
export function wordShape(text: string): string {
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

const NONE = '<none>'

/** The features of token i that do not depend on the tags before it, hashed. `rule` is the tag the
 * hand rules of the person finder give the token: the tagger learns where to trust them. */
export function staticFeatures(tokens: readonly Token[], i: number, rule: Tag, english: boolean): number[] {
  const t = tokens[i] as Token
  const text = t.text
  const lower = t.lower
  const shape = wordShape(text)
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  const prev2 = tokens[i - 2]
  const next2 = tokens[i + 2]
  const start = isSentenceStart(tokens, i)
  const f = [
    'b',
    `w=${lower}`,
    `s=${shape}`,
    `s|st=${shape}|${start}`,
    `p3=${lower.slice(0, 3)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
    `-1w=${prev?.lower ?? NONE}`,
    `+1w=${next?.lower ?? NONE}`,
    `-2w=${prev2?.lower ?? NONE}`,
    `+2w=${next2?.lower ?? NONE}`,
    `-1s=${prev ? wordShape(prev.text) : NONE}`,
    `+1s=${next ? wordShape(next.text) : NONE}`,
    `-1w|s=${prev?.lower ?? NONE}|${shape}`,
    `+1w|s=${next?.lower ?? NONE}|${shape}`,
    `r=${rule}`,
    `r|s=${rule}|${shape}`,
    `r|st=${rule}|${start}`,
  ]
  if (/^\p{Lu}/u.test(text)) {
    const given = isGivenName(text)
    const known = isKnownSurname(text)
    const word = PLACE_SET.has(lower) ? 'place' : NON_PERSON_SET.has(lower) ? 'thing'
      : GERMAN_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower) ? 'stop' : isRoleWord(lower) ? 'role' : 'other'
    f.push(`g=${given}`, `k=${known}`, `g|k|st=${given}|${known}|${start}`, `kind=${word}`, `kind|r=${word}|${rule}`)
    if (prev) f.push(`-1g=${isGivenName(prev.text)}`, `-1r=${isRoleWord(prev.lower)}`)
    if (next) f.push(`+1g=${isGivenName(next.text)}`, `+1k=${isKnownSurname(next.text)}`)
    if (text.length > 3 && /s$/.test(text)) f.push(`gen=${isKnownSurname(text.slice(0, -1))}`)
    // The hand rules' evidence, weighed by the tagger rather than required.
    if (isSurnameWord(t, false)) f.push('sur')
    if (titleOrRoleBefore(tokens, i, english)) f.push('ev=role')
    if (nationalityBefore(tokens, i)) f.push('ev=nat')
    if (speechVerbBefore(tokens, i)) f.push('ev=said-before')
    if (speakerBeforeVerb(tokens, i)) f.push('ev=said-after')
    if (appositionAfter(tokens, i)) f.push('ev=apposition')
  }
  return f.map(hashFeature)
}

/** The features that depend on the previous tag, for each previous tag, hashed. */
export function tagFeatures(shapeOfToken: string, previous: Tag): number[] {
  return [hashFeature(`pt=${previous}`), hashFeature(`pt|s=${previous}|${shapeOfToken}`)]
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

/** Greedy left to right: each token's best tag given the tags before it. An I only continues a name;
 * tokens without features (no candidates, line breaks) are O. */
export function decode(tokens: readonly Token[], score: Scorer, features: readonly (readonly number[] | null)[]): Tag[] {
  const tags: Tag[] = []
  const scores = new Float64Array(TAGS.length)
  let previous: Tag = O
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const own = features[i]
    if (!own) { tags.push(O); previous = O; continue }
    const f = [...own, ...tagFeatures(wordShape(t.text), previous)]
    scores.fill(0)
    score(f, scores)
    let best: Tag = O
    for (const tag of [B, I] as const) {
      if (tag === I && previous === O) continue
      if (scores[tag]! > scores[best]!) best = tag
    }
    tags.push(best)
    previous = best
  }
  return tags
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
