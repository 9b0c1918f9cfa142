import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM, VirtualConsole } from 'jsdom'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { analyze } from '../../src/shared/analysis'
import type { Analysis } from '../../src/core/types'
import { analysisProblems, findRepo } from '../security/corpus'
import { documentShapeArb, htmlTreeArb, mutate, mutationsArb, plantedArticleArb } from '../security/html-arbitraries'
import { ARTICLE_PARAGRAPHS, PAYLOADS, articlePage } from '../security/payloads'

const SITE_URL = 'https://www.it-boltwise.de/fuzz-artikel.html'
const OTHER_URL = 'https://example.org/fuzz.html'
/** Generous per-case bounds: a random page of a few KB, and pathological pages of megabytes. */
const SMALL_PAGE_MS = 3_000
const HUGE_PAGE_MS = 20_000
/** Runs per property: moderate, CI has two cores shared with the rest of the suite. */
const RUNS = { tree: 120, mutated: 80, planted: 80 }

const repo = findRepo(import.meta.url)
let casesRun = 0

afterAll(() => {
  console.log(`fuzz-analyze: ${casesRun} analyze() cases run`)
})

interface Run {
  analysis: Analysis
  ms: number
  /** The document's serialization before and after: analyze() must not change it. */
  untouched: boolean
}

/** Parse `html` as a browser would and analyze it; never throws past here without failing the test. */
function analyzeHtml(html: string, url: string): Run {
  casesRun++
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() })
  const doc = dom.window.document
  const before = doc.documentElement?.outerHTML ?? ''
  const started = performance.now()
  const analysis = analyze(doc, url)
  const ms = performance.now() - started
  const untouched = (doc.documentElement?.outerHTML ?? '') === before
  closeQuietly(dom)
  return { analysis, ms, untouched }
}

/** jsdom's window.close() walks the tree recursively and overflows on 5,000-deep pages: a test-harness limit, not the product's. */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close()
  } catch {
    // the window is garbage either way
  }
}

function expectSound(run: Run, url: string, boundMs: number): void {
  expect(analysisProblems(run.analysis, url)).toEqual([])
  expect(run.untouched).toBe(true)
  expect(run.ms).toBeLessThan(boundMs)
}

describe('analyze() on random HTML', () => {
  it(`random trees in random document shapes (${RUNS.tree} runs): no throw, well-formed, bounded`, () => {
    fc.assert(
      fc.property(htmlTreeArb, documentShapeArb, fc.constantFrom(SITE_URL, OTHER_URL), (tree, shape, url) => {
        expectSound(analyzeHtml(shape(tree), url), url, SMALL_PAGE_MS)
      }),
      { numRuns: RUNS.tree },
    )
  })

  it(`mutated real pages (${RUNS.mutated} runs): no throw, well-formed, bounded`, () => {
    const sources = realPages()
    expect(sources.length).toBeGreaterThan(0)
    fc.assert(
      fc.property(fc.constantFrom(...sources), mutationsArb, fc.constantFrom(SITE_URL, OTHER_URL), (source, mutations, url) => {
        expectSound(analyzeHtml(mutate(source, mutations), url), url, SMALL_PAGE_MS)
      }),
      { numRuns: RUNS.mutated },
    )
  })

  it(`planted article among clutter (${RUNS.planted} runs): no article paragraph is ever reported hidden`, () => {
    fc.assert(
      fc.property(plantedArticleArb, ({ html, paragraphs }) => {
        const run = analyzeHtml(html, SITE_URL)
        expectSound(run, SITE_URL, SMALL_PAGE_MS)
        const hiddenText = run.analysis.hidden.map((h) => h.text)
        for (const paragraph of paragraphs) {
          expect(hiddenText.filter((text) => text.includes(paragraph))).toEqual([])
        }
      }),
      { numRuns: RUNS.planted },
    )
  })
})

describe('analyze() on pathological pages', () => {
  const cases: [string, () => string][] = [
    ['an empty document', () => ''],
    ['whitespace only', () => ' \n\t '],
    ['an empty <html>', () => '<html></html>'],
    ['no <body>, only <head>', () => '<html><head><title>Nur Kopf</title></head></html>'],
    ['a frameset', () => '<html><head><title>F</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['a frameset after the article', () => articlePage([]).replace('</body>', '<frameset><frame src="x"></frameset></body>')],
    ['5,000 nested divs around the article', () => `${'<div>'.repeat(5000)}${ARTICLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}${'</div>'.repeat(5000)}`],
    ['5,000 nested unclosed <b> and <font>', () => `<p>${'<b><font>'.repeat(2500)}${ARTICLE_PARAGRAPHS.join(' ')}</p>`],
    ['a 2 MB text node', () => `<article><h1>Lang</h1><p>${'Wort '.repeat(400_000)}</p></article>`],
    ['10,000 paragraphs', () => `<article>${`<p>${ARTICLE_PARAGRAPHS[0]}</p>`.repeat(10_000)}</article>`],
    ['10,000 job links in one block', () => `<div>${'<a href="https://www.stepstone.de/x">Job (m/w/d)</a>'.repeat(10_000)}</div>${articlePage([])}`],
    ['every hostile payload at once', () => articlePage(PAYLOADS)],
    ['a page of NUL and control characters', () => '\u0000\u0001\u0002<p>\u0000\u000b\u000c</p>'.repeat(1000)],
    ['unterminated comment swallowing the page', () => `<!-- ${articlePage([])}`],
    ['unterminated <script> swallowing the page', () => `<script>${articlePage([])}`],
    ['<plaintext> swallowing the page', () => `<plaintext>${articlePage([])}`],
  ]

  // Two analyses per case, each bounded by HUGE_PAGE_MS (the hang guard): the case may take both bounds.
  it.each(cases)('%s', (_name, build) => {
    for (const url of [SITE_URL, OTHER_URL]) expectSound(analyzeHtml(build(), url), url, HUGE_PAGE_MS)
  }, 2 * HUGE_PAGE_MS + 10_000)
})

/** The site fixtures' saved pages (the real layouts), plus the payload article as a fallback. */
function realPages(): string[] {
  const dir = path.join(repo, 'test/fixtures/it-boltwise')
  const pages = existsSync(dir)
    ? readdirSync(dir)
        .map((name) => path.join(dir, name, 'source.html'))
        .filter(existsSync)
        .map((file) => readFileSync(file, 'utf8'))
    : []
  return pages.length ? pages : [articlePage([])]
}
