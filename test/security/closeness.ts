/**
 * How close a reader text is to a corpus page's expected.html (Readability's own expected output):
 * word-level precision and recall per page, for Klartext's paragraphs and for Readability alone
 * (the same extraction without the generic rules), and Readability's isProbablyReaderable next to
 * Klartext's article verdict.
 */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import path from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import { isProbablyReaderable } from '@mozilla/readability'
import { analyze } from '../../src/shared/analysis'
import { extract, readMetadata } from '../../src/core/extract'
import type { CorpusPage } from './corpus'

/** The URL Readability's own tests give these pages. */
const CORPUS_URL = 'http://fakehost/test/page.html'

/**
 * Where the pages' expected.html live: the shared corpus holds source.html and expected-metadata.json
 * only, so expected.html comes from Mozilla Readability's repository (test/test-pages/<page>/,
 * Apache-2.0), kept in a cache outside this repository: $KLARTEXT_READABILITY_PAGES, else
 * ~/.cache/klartext/readability-test-pages. A page's own folder wins when it has one.
 */
export function expectedDir(): string {
  return process.env['KLARTEXT_READABILITY_PAGES'] || path.join(homedir(), '.cache', 'klartext', 'readability-test-pages')
}

/** The expected.html of a corpus page, or null when neither its folder nor the cache has one. */
export function expectedHtmlPath(page: CorpusPage): string | null {
  const candidates = [path.join(path.dirname(page.sourcePath), 'expected.html'), path.join(expectedDir(), page.name, 'expected.html')]
  return candidates.find((file) => existsSync(file)) ?? null
}

export interface Closeness {
  precision: number
  recall: number
}

export interface PageComparison {
  name: string
  klartext: Closeness
  readability: Closeness
  /** Share of expected.html's prose sentences kept whole (sentenceRecall). */
  klartextSentences: number
  readabilitySentences: number
  /** Words Klartext's text lacks that Readability alone keeps: what the generic rules removed. */
  removed: string[]
  /** Rules that removed something, with the text they removed. */
  hidden: { rule: string; text: string }[]
  article: boolean
  readerable: boolean
}

/** Lower-cased words (letters and digits of any script), as a multiset. */
export function words(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of wordList(text)) counts.set(word, (counts.get(word) ?? 0) + 1)
  return counts
}

/** Precision (share of `got`'s words in `expected`) and recall (share of `expected`'s words in `got`), multiset overlap. */
export function closeness(got: string, expected: string): Closeness {
  const g = words(got)
  const e = words(expected)
  let common = 0
  for (const [word, n] of g) common += Math.min(n, e.get(word) ?? 0)
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
  const gotTotal = total(g)
  const expectedTotal = total(e)
  return {
    precision: gotTotal === 0 ? (expectedTotal === 0 ? 1 : 0) : common / gotTotal,
    recall: expectedTotal === 0 ? 1 : common / expectedTotal,
  }
}

/** A Buffer lets jsdom sniff a page's encoding as a browser would (BOM, <meta charset>). */
function parse(html: Buffer | string): Document {
  return new JSDOM(html, { url: CORPUS_URL, contentType: 'text/html', virtualConsole: new VirtualConsole() }).window.document
}

/** The words of `got` beyond those of `than` (multiset difference). */
function extraWords(got: string, than: string): string[] {
  const left = words(than)
  const extra: string[] = []
  for (const [word, n] of words(got)) {
    const beyond = n - (left.get(word) ?? 0)
    for (let i = 0; i < beyond; i++) extra.push(word)
  }
  return extra
}

/** Klartext and Readability alone against the page's expected.html (expectedHtmlPath(page), which must exist). */
export function comparePage(page: CorpusPage, expectedHtml: string): PageComparison {
  // Readability writes its expected.html in UTF-8 without saying so: a Buffer would be sniffed as windows-1252.
  const expected = parse(readFileSync(expectedHtml, 'utf8'))
  const doc = parse(readFileSync(page.sourcePath))
  // Readability alone: the same extraction on an untouched copy of the page, no rules, no article gate.
  const alone = doc.cloneNode(true) as Document
  const readabilityText = extract(alone, readMetadata(alone)).paragraphs.join('\n')
  const analysis = analyze(doc, CORPUS_URL)
  const klartextText = analysis.paragraphs.join('\n')
  const expectedText = expected.body.textContent ?? ''
  return {
    name: page.name,
    klartext: closeness(klartextText, expectedText),
    readability: closeness(readabilityText, expectedText),
    klartextSentences: sentenceRecall(klartextText, expected),
    readabilitySentences: sentenceRecall(readabilityText, expected),
    removed: extraWords(readabilityText, klartextText),
    hidden: analysis.hidden.map(({ rule, text }) => ({ rule, text })),
    article: analysis.isArticle,
    readerable: isProbablyReaderable(doc),
  }
}

/**
 * The article's own sentences in expected.html: sentences of running prose (paragraphs ending like a
 * sentence, split at sentence ends, each of at least 6 words). A clutter line ("Related: ...",
 * "SIGN UP FOR OUR NEWSLETTER") is none.
 */
function proseSentences(expected: Document): string[][] {
  return Array.from(expected.querySelectorAll('p'))
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => /[.!?…"”»)]$/.test(text))
    .flatMap((text) => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
    .map(wordList)
    .filter((sentence) => sentence.length >= 6)
}

/** Share of expected.html's prose sentences whose words appear in order in `got`: "every sentence kept". */
function sentenceRecall(got: string, expected: Document): number {
  const sentences = proseSentences(expected)
  if (sentences.length === 0) return 1
  const haystack = ` ${wordList(got).join(' ')} `
  return sentences.filter((words) => haystack.includes(` ${words.join(' ')} `)).length / sentences.length
}

function wordList(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
