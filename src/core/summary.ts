// Extractive summary: the sentences that best represent the article, verbatim, in article order.
//
// Each sentence becomes a TF-IDF vector over stemmed content words (stopwords removed). A sentence
// scores by centrality (similarity to the rest of the article), position (news puts the gist first)
// and overlap with the title. Sentences are picked greedily with maximal marginal relevance, so a
// sentence that repeats one already picked ("Die jüngsten Gespräche zwischen dem ukrainischen
// Präsidenten …" after the lead) loses to one that adds something. Linear in the article's length
// apart from the pick, which compares each sentence with at most five picked ones.
import { splitSentences } from './text/sentences'
import { contentTerms } from './text/tokens'

export interface SummaryOptions {
  title: string | null
  lang: string | null
  /** 1-5, default 3. */
  count?: number
}

interface Sentence {
  text: string
  order: number
  vector: Map<string, number>
  score: number
}

const WEIGHT_CENTRALITY = 0.5
const WEIGHT_POSITION = 0.3
const WEIGHT_TITLE = 0.2
/** Share of relevance against novelty in the pick (maximal marginal relevance). */
const MMR_LAMBDA = 0.7
/** Cosine above which two sentences say the same thing. */
const NEAR_DUPLICATE = 0.5
/** Fewer words than this is a fragment: a heading, a list crumb, a caption. */
const MIN_WORDS = 6
const LONG_SENTENCE_WORDS = 60
/** "KIEW / LONDON (IT BOLTWISE) –", "BERLIN (dpa) -": places and agency say nothing about the content. */
const DATELINE = /^[\p{Lu}\s/.,-]{2,60}\([^)]{1,40}\)\s*[–—-]\s*/u

/** Extractive summary: `count` sentences verbatim from `paragraphs`, in article order. */
export function summarize(paragraphs: readonly string[], options: SummaryOptions): string[] {
  const count = Math.min(5, Math.max(1, Math.round(options.count ?? 3)))
  const all = paragraphs.flatMap((p) => splitSentences(p, options.lang))
  const candidates = all.map((text, order) => ({ text, order })).filter((s) => !isFragment(s.text))
  if (candidates.length === 0) return all.slice(0, count)
  const sentences = vectorize(candidates, options.lang)
  scoreSentences(sentences, options.title, options.lang)
  return pick(sentences, count).map((s) => s.text)
}

/** Headings, questions used as headings, list crumbs and captions are not summary material. */
export function isFragment(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  if (words.length < MIN_WORDS) return true
  if (/[?:]$/.test(text)) return true
  if (/^[-–•*·▪►✓]/.test(text)) return true
  if (!/[.!"“”»«)…]$/.test(text)) return true // no sentence punctuation: a heading or a teaser
  return text === text.toUpperCase()
}

function vectorize(candidates: readonly { text: string; order: number }[], lang: string | null): Sentence[] {
  const termLists = candidates.map((c) => contentTerms(c.text.replace(DATELINE, ''), lang))
  const df = new Map<string, number>()
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = candidates.length
  return candidates.map((c, i) => ({
    text: c.text,
    order: c.order,
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
    const position = 1 / Math.sqrt(1 + i)
    const words = s.text.split(/\s+/).length
    const lengthPenalty = words > LONG_SENTENCE_WORDS ? LONG_SENTENCE_WORDS / words : 1
    s.score = lengthPenalty * (
      WEIGHT_CENTRALITY * (centrality[i] ?? 0) / maxCentrality
      + WEIGHT_POSITION * position
      + WEIGHT_TITLE * (titleOverlap[i] ?? 0) / maxTitle)
  })
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

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0)
  return dot
}

/** Share of a sentence's terms that another sentence already has: a restatement of the lead
 * repeats most of its words even when the lead says much more. */
function containment(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  if (a.size === 0) return 1
  let shared = 0
  for (const t of a.keys()) if (b.has(t)) shared++
  return shared / a.size
}

/** Greedy maximal-marginal-relevance pick; near-duplicates of a picked sentence are never taken. */
function pick(sentences: readonly Sentence[], count: number): Sentence[] {
  const picked: Sentence[] = []
  const left = new Set(sentences)
  while (picked.length < count && left.size > 0) {
    let best: Sentence | null = null
    let bestValue = -Infinity
    for (const s of left) {
      const redundancy = picked.reduce((max, p) => Math.max(max, cosine(s.vector, p.vector)), 0)
      if (redundancy > NEAR_DUPLICATE || picked.some((p) => Math.max(containment(s.vector, p.vector), containment(p.vector, s.vector)) > NEAR_DUPLICATE)) continue
      const value = MMR_LAMBDA * s.score - (1 - MMR_LAMBDA) * redundancy
      if (value > bestValue) { bestValue = value; best = s }
    }
    if (!best) break
    picked.push(best)
    left.delete(best)
  }
  return picked.sort((a, b) => a.order - b.order)
}
