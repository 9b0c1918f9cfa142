// ROUGE-1/2/L F scores and a TextRank baseline for the summary eval.
import { contentTerms } from '../../src/core/text/tokens'

export interface Rouge { r1: number; r2: number; rl: number }

export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const grams = new Map<string, number>()
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ')
    grams.set(g, (grams.get(g) ?? 0) + 1)
  }
  return grams
}

function fScore(overlap: number, candidate: number, reference: number): number {
  const p = candidate ? overlap / candidate : 0
  const r = reference ? overlap / reference : 0
  return p + r ? (2 * p * r) / (p + r) : 0
}

function rougeN(candidate: readonly string[], reference: readonly string[], n: number): number {
  const c = ngrams(candidate, n)
  const r = ngrams(reference, n)
  let overlap = 0
  for (const [g, count] of c) overlap += Math.min(count, r.get(g) ?? 0)
  return fScore(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1))
}

/** Longest common subsequence of two token lists, in O(n·m) time and O(m) memory. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0)
  for (const x of a) {
    const row = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) row[j] = x === b[j - 1] ? (previous[j - 1] ?? 0) + 1 : Math.max(previous[j] ?? 0, row[j - 1] ?? 0)
    previous = row
  }
  return previous[b.length] ?? 0
}

/** ROUGE-N F of two texts. */
export function rougeF(candidate: string, reference: string, n: number): number {
  return rougeN(rougeTokens(candidate), rougeTokens(reference), n)
}

export function rougeScores(candidate: string, reference: string): Rouge {
  const c = rougeTokens(candidate)
  const r = rougeTokens(reference)
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: fScore(lcs(c, r), c.length, r.length) }
}

/** TextRank (Mihalcea & Tarau 2004): PageRank over sentences linked by shared content words, normalised
 * by the log of their lengths; the `count` best, in article order. */
export function textRank(sentences: readonly string[], lang: string | null, count: number): string[] {
  const terms = sentences.map((s) => new Set(contentTerms(s, lang)))
  const n = sentences.length
  const weights = terms.map((a, i) => terms.map((b, j) => {
    if (i === j || a.size < 2 || b.size < 2) return 0
    let shared = 0
    for (const t of a) if (b.has(t)) shared++
    return shared / (Math.log(a.size) + Math.log(b.size))
  }))
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0))
  let rank = new Array<number>(n).fill(1 / Math.max(1, n))
  for (let iteration = 0; iteration < 30; iteration++) {
    rank = rank.map((_, i) => 0.15 / n + 0.85 * weights.reduce((s, row, j) => s + ((outSum[j] ?? 0) > 0 ? (row[i] ?? 0) / (outSum[j] ?? 1) * (rank[j] ?? 0) : 0), 0))
  }
  return rank.map((r, i) => ({ r, i })).sort((a, b) => b.r - a.r).slice(0, count).sort((a, b) => a.i - b.i).map(({ i }) => sentences[i] ?? '')
}
