// Extractive summary: the sentences that best represent the article, verbatim, in article order.
//
// Each sentence becomes a TF-IDF vector over stemmed content words (stopwords removed). A sentence
// scores by centrality (similarity to the rest of the article), position (news puts the gist first)
// and overlap with the title. Sentences are picked greedily with maximal marginal relevance, so a
// sentence that repeats one already picked ("Die jüngsten Gespräche zwischen dem ukrainischen
// Präsidenten …" after the lead) loses to one that adds something. Linear in the article's length
// apart from the pick, which compares each sentence with at most five picked ones.
import { splitSentences } from './text/sentences'
import { contentTerms, primaryLanguage, termsOf, words } from './text/tokens'

export interface SummaryOptions {
  title: string | null
  lang: string | null
  /** 1-5, default 3. */
  count?: number
}

interface Placed {
  text: string
  /** Index in the article's sentences. */
  order: number
  paragraph: number
  /** Index within its paragraph: 0 is the paragraph's topic sentence. */
  inParagraph: number
  /** Lower-cased words, the dateline left out. */
  words: string[]
}

interface Sentence extends Placed {
  vector: Map<string, number>
  score: number
}

const WEIGHT_CENTRALITY = 0.5
const WEIGHT_POSITION = 0.3
const WEIGHT_TITLE = 0.2
/** Share of relevance against novelty in the pick (maximal marginal relevance). */
const MMR_LAMBDA = 0.7
/** Position: share of "first sentence of its paragraph" against "early paragraph". */
const POSITION_TOPIC_SHARE = 0.55
const TOPIC_SENTENCE_OTHER = 0.35
/** The lead stands above every other position: it is written to carry the news. */
const BELOW_LEAD = 0.75
/** Redundancy charged to a sentence whose paragraph already gave a summary sentence. */
const SAME_PARAGRAPH = 0.3
/** Fewest shared content words for one sentence to restate another. */
const MIN_SHARED_TERMS = 4
/** Cosine above which two sentences say the same thing. */
const NEAR_DUPLICATE = 0.5
/** Fewer words than this is a fragment: a heading, a list crumb, a caption. */
const MIN_WORDS = 6
const LONG_SENTENCE_WORDS = 60
/** "KIEW / LONDON (IT BOLTWISE) –", "BERLIN (dpa) -": places and agency say nothing about the content. */
const DATELINE = /^[\p{Lu}\s/.,-]{2,60}\([^)]{1,40}\)\s*[–—-]\s*/u

/** Extractive summary: `count` sentences verbatim from `paragraphs`, in article order. */
export function summarize(paragraphs: readonly string[], options: SummaryOptions): string[] {
  const requested = options.count !== undefined && Number.isFinite(options.count) ? options.count : 3
  const count = Math.min(5, Math.max(1, Math.round(requested)))
  const lang = primaryLanguage(options.lang)
  const all = placeSentences(paragraphs, lang)
  const candidates = all.filter((s) => s.words.length >= MIN_WORDS && !looksLikeFragment(s.text))
  if (candidates.length === 0) return all.slice(0, count).map((s) => s.text)
  const sentences = vectorize(candidates, lang)
  scoreSentences(sentences, options.title, lang)
  return pick(sentences, count).map((s) => s.text)
}

function placeSentences(paragraphs: readonly string[], lang: string | null): Placed[] {
  const placed: Placed[] = []
  paragraphs.forEach((p, paragraph) => {
    splitSentences(p, lang).forEach((text, inParagraph) => {
      placed.push({ text, order: placed.length, paragraph, inParagraph, words: words(text.replace(DATELINE, '')) })
    })
  })
  return placed
}

/** Headings, questions used as headings, list crumbs and captions are not summary material. */
export function isFragment(text: string): boolean {
  return wordCount(text) < MIN_WORDS || looksLikeFragment(text)
}

function looksLikeFragment(text: string): boolean {
  if (/[?:]$/.test(text)) return true
  if (/^[-–•*·▪►✓]/.test(text)) return true
  if (!/[.!"“”»«)…]$/.test(text)) return true // no sentence punctuation: a heading or a teaser
  return text === text.toUpperCase()
}

const WORD_LIKE = /[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+/g

function wordCount(text: string): number {
  let n = 0
  WORD_LIKE.lastIndex = 0
  while (WORD_LIKE.exec(text)) n++
  return n
}

function vectorize(candidates: readonly Placed[], lang: string | null): Sentence[] {
  const termLists = candidates.map((c) => termsOf(c.words, lang))
  const df = new Map<string, number>()
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = candidates.length
  return candidates.map((c, i) => ({
    ...c,
    vector: weigh(termLists[i] ?? [], df, n),
    score: 0,
  }))
}

/** Sublinear TF times smoothed IDF, normalised to unit length. */
function weigh(terms: readonly string[], df: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1)
  const vector = new Map<string, number>()
  let norm = 0
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1))
    vector.set(t, w)
    norm += w * w
  }
  norm = Math.sqrt(norm) || 1
  for (const [t, w] of vector) vector.set(t, w / norm)
  return vector
}

function scoreSentences(sentences: Sentence[], title: string | null, lang: string | null): void {
  const centroid = new Map<string, number>()
  for (const s of sentences) for (const [t, w] of s.vector) centroid.set(t, (centroid.get(t) ?? 0) + w)
  const titleTerms = new Set(title ? contentTerms(title, lang) : [])
  let centroidNorm2 = 0
  for (const w of centroid.values()) centroidNorm2 += w * w
  const centrality = sentences.map((s) => centralityOf(s.vector, centroid, centroidNorm2))
  const titleOverlap = sentences.map((s) => overlapWith(s.vector, titleTerms))
  const maxCentrality = Math.max(...centrality, 1e-9)
  const maxTitle = Math.max(...titleOverlap, 1e-9)
  sentences.forEach((s, i) => {
    const position = positionScore(s, i)
    const n = s.words.length
    const lengthPenalty = n > LONG_SENTENCE_WORDS ? LONG_SENTENCE_WORDS / n : 1
    s.score = lengthPenalty * (
      WEIGHT_CENTRALITY * (centrality[i] ?? 0) / maxCentrality
      + WEIGHT_POSITION * position
      + WEIGHT_TITLE * (titleOverlap[i] ?? 0) / maxTitle)
  })
}

/** News put the gist in the lead and each paragraph's point in its first sentence. */
function positionScore(s: Placed, rank: number): number {
  if (rank === 0) return 1
  const topic = s.inParagraph === 0 ? 1 : TOPIC_SENTENCE_OTHER
  return BELOW_LEAD * (POSITION_TOPIC_SHARE * topic + (1 - POSITION_TOPIC_SHARE) / Math.sqrt(1 + s.paragraph))
}

/** Cosine between a sentence and the rest of the article (the centroid without the sentence itself):
 * with c the centroid and v the unit sentence vector, (c - v)·v = c·v - 1 and |c - v|² = |c|² - 2c·v + 1. */
function centralityOf(vector: ReadonlyMap<string, number>, centroid: ReadonlyMap<string, number>, centroidNorm2: number): number {
  if (vector.size === 0) return 0
  let cv = 0
  for (const [t, w] of vector) cv += w * (centroid.get(t) ?? 0)
  const rest2 = centroidNorm2 - 2 * cv + 1
  return rest2 > 1e-9 ? (cv - 1) / Math.sqrt(rest2) : 0
}

/** Weight of the sentence's vector on the title's terms. */
function overlapWith(vector: ReadonlyMap<string, number>, terms: ReadonlySet<string>): number {
  let sum = 0
  for (const t of terms) sum += vector.get(t) ?? 0
  return sum
}

/** Cosine of two unit vectors and their containment: the share of the smaller one's terms the other
 * has (a restatement of the lead repeats most of its words even when the lead says much more). Two or
 * three shared words make no restatement, however short the sentence. */
function compare(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): { similarity: number; overlap: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  let shared = 0
  for (const [t, w] of small) {
    const other = large.get(t)
    if (other === undefined) continue
    dot += w * other
    shared++
  }
  const overlap = small.size === 0 ? 1 : shared < MIN_SHARED_TERMS ? 0 : shared / small.size
  return { similarity: dot, overlap }
}

/** Greedy maximal-marginal-relevance pick; near-duplicates of a picked sentence are never taken.
 * Each sentence keeps its highest similarity to the picks so far, updated once per pick. */
function pick(sentences: readonly Sentence[], count: number): Sentence[] {
  const picked: Sentence[] = []
  const redundancy = new Array<number>(sentences.length).fill(0)
  const excluded = new Array<boolean>(sentences.length).fill(false)
  while (picked.length < count) {
    // The lead comes first: news write it to carry the story, and what repeats it is then left out.
    let best = picked.length === 0 && sentences.length > 0 ? 0 : -1
    let bestValue = -Infinity
    for (let i = 0; i < sentences.length && (best < 0 || picked.length > 0); i++) {
      if (excluded[i]) continue
      const value = MMR_LAMBDA * (sentences[i] as Sentence).score - (1 - MMR_LAMBDA) * (redundancy[i] ?? 0)
      if (value > bestValue) { bestValue = value; best = i }
    }
    if (best < 0) break
    const chosen = sentences[best] as Sentence
    picked.push(chosen)
    excluded[best] = true
    for (let i = 0; i < sentences.length; i++) {
      if (excluded[i]) continue
      const other = (sentences[i] as Sentence).vector
      const { similarity, overlap } = compare(other, chosen.vector)
      if (similarity > NEAR_DUPLICATE || overlap > NEAR_DUPLICATE) excluded[i] = true
      else {
        const sameParagraph = (sentences[i] as Sentence).paragraph === chosen.paragraph ? SAME_PARAGRAPH : 0
        redundancy[i] = Math.max(redundancy[i] ?? 0, similarity, sameParagraph)
      }
    }
  }
  return picked.sort((a, b) => a.order - b.order)
}
