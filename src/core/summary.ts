// Extractive summary: the sentences that best represent the article, verbatim, in article order.
//
// Each sentence becomes a TF-IDF vector over stemmed content words (stopwords removed). A sentence
// scores by centrality (similarity to the rest of the article), position (news puts the gist first)
// and overlap with the title. Sentences are picked greedily with maximal marginal relevance, so a
// sentence that repeats one already picked ("Die jüngsten Gespräche zwischen dem ukrainischen
// Präsidenten …" after the lead) loses to one that adds something. Linear in the article's length
// apart from the pick, which compares each sentence with at most five picked ones.
//
// Only running text is quoted (see running-text.ts). A sentence that opens by pointing back ("Er",
// "This") comes with the sentence before it or not at all. Where the page has an editor's teaser
// (teaser.ts), it leads the summary and the sentences that repeat it are left out.
import type { Block, Extraction } from './extract'
import { articleSentences, plainBlocks, type ArticleSentence } from './running-text'
import { chooseTeaser } from './teaser'
import { hasFiniteVerb, opensWithAnaphor } from './text/clauses'
import { contentTerms, primaryLanguage, termsOf } from './text/tokens'

export interface SummaryOptions {
  title: string | null
  lang: string | null
  /** 1-5, default 3. */
  count?: number
}

export interface Summary {
  lines: string[]
  /** How many of the first lines are the page's own teaser rather than sentences of the article (0 or 1). */
  teaserLines: number
}

interface Sentence extends ArticleSentence {
  vector: Map<string, number>
  score: number
  /** Index of the sentence it depends on (it opens with an anaphor), -1 when it stands alone. */
  needs: number
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
const LONG_SENTENCE_WORDS = 60

/** Extractive summary of plain paragraphs (every one running prose): `count` sentences verbatim, in article order. */
export function summarize(paragraphs: readonly string[], options: SummaryOptions): string[] {
  return summarizeArticle({ blocks: plainBlocks(paragraphs), teasers: [] }, options).lines
}

/** Summary of what extract() found; pages of pure preformatted text (RFCs, plain-text posts) have no
 * prose blocks: then their blocks are quoted as plain paragraphs. */
export function summarizeExtraction(extraction: Pick<Extraction, 'blocks' | 'teasers' | 'prose' | 'paragraphs'>, options: SummaryOptions): Summary {
  const blocks = extraction.prose.length > 0 ? extraction.blocks : plainBlocks(extraction.paragraphs)
  return summarizeArticle({ blocks, teasers: extraction.teasers }, options)
}

/** Summary of an article's blocks: the page's teaser first where it has one, then its best sentences. */
export function summarizeArticle(article: { blocks: readonly Block[]; teasers: readonly string[] }, options: SummaryOptions): Summary {
  const requested = options.count !== undefined && Number.isFinite(options.count) ? options.count : 3
  const count = Math.min(5, Math.max(1, Math.round(requested)))
  const lang = primaryLanguage(options.lang)
  const teaser = chooseTeaser(article.teasers, article.blocks, lang)
  const blocks = teaser?.block ? article.blocks.filter((b) => b !== teaser.block) : article.blocks
  const all = articleSentences(blocks, lang)
  const candidates = all.filter((s) => s.quotable)
  const budget = teaser ? count - 1 : count
  if (candidates.length === 0 || budget === 0) {
    // No whole sentence (a plain-text page, notes): the running text's first lines with a verb, never furniture.
    const fallback = all.filter((s) => s.running && hasFiniteVerb(s.text, lang) && (s.order === 0 || !opensWithAnaphor(s.text, lang)))
    // A page that repeats a line ("Mehr lesen?" under each block) quotes it once.
    const lines = [...new Set(fallback.map((s) => s.text))].slice(0, budget)
    return withTeaser(teaser?.text ?? null, lines)
  }
  const { sentences, vectorFor } = vectorize(candidates, lang)
  scoreSentences(sentences, options.title, lang)
  const teaserVector = teaser ? vectorFor(teaser.text) : null
  return withTeaser(teaser?.text ?? null, pick(sentences, budget, teaserVector).map((s) => s.text))
}

function withTeaser(teaser: string | null, lines: string[]): Summary {
  return teaser ? { lines: [teaser, ...lines], teaserLines: 1 } : { lines, teaserLines: 0 }
}

/** needs: no sentence before it to take along (the one before is not quotable): never picked. */
const UNUSABLE = -2

/** TF-IDF vectors of the quotable sentences; `vectorFor` weighs another text (the teaser) the same way. */
function vectorize(candidates: readonly ArticleSentence[], lang: string | null): { sentences: Sentence[]; vectorFor: (text: string) => Map<string, number> } {
  const termLists = candidates.map((c) => termsOf(c.words, lang))
  const df = new Map<string, number>()
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1)
  const n = candidates.length
  const indexByOrder = new Map(candidates.map((c, i) => [c.order, i]))
  const sentences = candidates.map((c, i) => ({
    ...c,
    vector: weigh(termLists[i] ?? [], df, n),
    score: 0,
    needs: c.order > 0 && opensWithAnaphor(c.text, lang) ? indexByOrder.get(c.order - 1) ?? UNUSABLE : -1,
  }))
  return { sentences, vectorFor: (text) => weigh(contentTerms(text, lang), df, n) }
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
  const lastParagraph = sentences.reduce((last, s) => Math.max(last, s.paragraph), 0)
  sentences.forEach((s, i) => {
    const position = positionScore(s, i, s.paragraph === lastParagraph && lastParagraph > 0)
    const n = s.words.length
    const lengthPenalty = n > LONG_SENTENCE_WORDS ? LONG_SENTENCE_WORDS / n : 1
    s.score = lengthPenalty * (
      WEIGHT_CENTRALITY * (centrality[i] ?? 0) / maxCentrality
      + WEIGHT_POSITION * position
      + WEIGHT_TITLE * (titleOverlap[i] ?? 0) / maxTitle)
  })
}

/** News put the gist in the lead and each paragraph's point in its first sentence. The last paragraph
 * is where pages append a call to action, a credit or an outlook: it gets no topic-sentence bonus. */
function positionScore(s: ArticleSentence, rank: number, last: boolean): number {
  if (rank === 0) return 1
  const topic = s.inParagraph === 0 && !last ? 1 : TOPIC_SENTENCE_OTHER
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

/** Greedy maximal-marginal-relevance pick; near-duplicates of a picked sentence (or of the teaser) are
 * never taken. A sentence that opens with an anaphor comes with the sentence before it, as a pair that
 * costs two lines, or not at all. Each sentence keeps its highest similarity to the picks so far. */
function pick(sentences: readonly Sentence[], count: number, teaser: ReadonlyMap<string, number> | null): Sentence[] {
  const picked: Sentence[] = []
  const taken = new Set<number>()
  const redundancy = new Array<number>(sentences.length).fill(0)
  const excluded = sentences.map((s) => s.needs === UNUSABLE)
  const value = (i: number) => MMR_LAMBDA * (sentences[i] as Sentence).score - (1 - MMR_LAMBDA) * (redundancy[i] ?? 0)
  const take = (i: number) => {
    const chosen = sentences[i] as Sentence
    picked.push(chosen)
    taken.add(i)
    excluded[i] = true
    discount(sentences, chosen.vector, chosen.paragraph, excluded, redundancy)
  }
  if (teaser) discount(sentences, teaser, -1, excluded, redundancy)
  // The lead comes first: news write it to carry the story, and what repeats it is then left out.
  if (!teaser && sentences[0]?.needs === -1) take(0)
  while (picked.length < count) {
    let best = -1
    let bestValue = -Infinity
    for (let i = 0; i < sentences.length; i++) {
      if (excluded[i]) continue
      const needs = (sentences[i] as Sentence).needs
      let v = value(i)
      if (needs >= 0 && !taken.has(needs)) {
        if (count - picked.length < 2 || excluded[needs] || (sentences[needs] as Sentence).needs !== -1) continue
        v = (v + value(needs)) / 2
      }
      if (v > bestValue) { bestValue = v; best = i }
    }
    if (best < 0) break
    const needs = (sentences[best] as Sentence).needs
    if (needs >= 0 && !taken.has(needs)) take(needs)
    take(best)
  }
  return picked.sort((a, b) => a.order - b.order)
}

/** Leave out the near-duplicates of a chosen text; charge the rest their similarity to it. */
function discount(sentences: readonly Sentence[], chosen: ReadonlyMap<string, number>, paragraph: number, excluded: boolean[], redundancy: number[]): void {
  for (let i = 0; i < sentences.length; i++) {
    if (excluded[i]) continue
    const sentence = sentences[i] as Sentence
    const { similarity, overlap } = compare(sentence.vector, chosen)
    if (similarity > NEAR_DUPLICATE || overlap > NEAR_DUPLICATE) excluded[i] = true
    else redundancy[i] = Math.max(redundancy[i] ?? 0, similarity, sentence.paragraph === paragraph ? SAME_PARAGRAPH : 0)
  }
}
