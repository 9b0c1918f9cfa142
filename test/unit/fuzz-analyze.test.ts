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
import { countTreeSteps } from '../security/tree-steps'

const SITE_URL = 'https://www.it-boltwise.de/fuzz-artikel.html'
const OTHER_URL = 'https://example.org/fuzz.html'
/** Runs per property: moderate, CI has two cores shared with the rest of the suite. */
const RUNS = { tree: 100, mutated: 60, planted: 60 }
/*
 * No wall-clock bounds (they fail under load and pass on a fast machine): a hang shows as the unit
 * project's safety-net timeout, super-linear work as the tree-step counts at the end of this file.
 */

const repo = findRepo(import.meta.url)
let casesRun = 0

afterAll(() => {
  console.log(`fuzz-analyze: ${casesRun} analyze() cases run`)
})

interface Run {
  analysis: Analysis
  /** The document's serialization before and after: analyze() must not change it. */
  untouched: boolean
}

/** Parse `html` as a browser would and analyze it; never throws past here without failing the test. */
function analyzeHtml(html: string, url: string): Run {
  casesRun++
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() })
  const doc = dom.window.document
  const before = doc.documentElement?.outerHTML ?? ''
  const analysis = analyze(doc, url)
  const untouched = (doc.documentElement?.outerHTML ?? '') === before
  closeQuietly(dom)
  return { analysis, untouched }
}

/** jsdom's window.close() walks the tree recursively and overflows on 5,000-deep pages: a test-harness limit, not the product's. */
function closeQuietly(dom: JSDOM): void {
  try {
    dom.window.close()
  } catch {
    // the window is garbage either way
  }
}

function expectSound(run: Run, url: string): void {
  expect(analysisProblems(run.analysis, url)).toEqual([])
  expect(run.untouched).toBe(true)
}

describe('analyze() on random HTML', () => {
  it(`random trees in random document shapes (${RUNS.tree} runs): no throw, well-formed, document untouched`, () => {
    fc.assert(
      fc.property(htmlTreeArb, documentShapeArb, fc.constantFrom(SITE_URL, OTHER_URL), (tree, shape, url) => {
        expectSound(analyzeHtml(shape(tree), url), url)
      }),
      { numRuns: RUNS.tree },
    )
  })

  it(`mutated real pages (${RUNS.mutated} runs): no throw, well-formed, document untouched`, () => {
    const sources = realPages()
    expect(sources.length).toBeGreaterThan(0)
    fc.assert(
      fc.property(fc.constantFrom(...sources), mutationsArb, fc.constantFrom(SITE_URL, OTHER_URL), (source, mutations, url) => {
        expectSound(analyzeHtml(mutate(source, mutations), url), url)
      }),
      { numRuns: RUNS.mutated },
    )
  })

  it(`planted article among clutter (${RUNS.planted} runs): no article paragraph is ever reported hidden`, () => {
    fc.assert(
      fc.property(plantedArticleArb, ({ html, paragraphs }) => {
        const run = analyzeHtml(html, SITE_URL)
        expectSound(run, SITE_URL)
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

  it.each(cases)('%s', (_name, build) => {
    for (const url of [SITE_URL, OTHER_URL]) expectSound(analyzeHtml(build(), url), url)
  })
})

describe('work of analyze() as pages grow', () => {
  /**
   * Families of large pages, by size n. Doubling n must not quadruple the work: the count of tree
   * steps (every node access of jsdom's tree, so Readability's, the clutter engine's and the
   * selector engine's walks alike) grows near-linearly, whatever the machine's load.
   */
  const families: [string, (n: number) => string][] = [
    ['paragraphs of an article', (n) => `<article>${`<p>${ARTICLE_PARAGRAPHS[0]}</p>`.repeat(n)}</article>`],
    ['job links in one block before the article', (n) => `<div>${'<a href="https://www.stepstone.de/x">Job (m/w/d)</a>'.repeat(n)}</div>${articlePage([])}`],
    ['job items in a list', (n) => `${articlePage([])}<ul>${'<li><div><a href="https://www.stepstone.de/x">Entwickler (m/w/d)</a></div></li>'.repeat(n)}</ul>`],
    ['one long text node', (n) => `<article><h1>Lang</h1><p>${'Wort '.repeat(n * 40)}</p></article>`],
    ['control characters between paragraphs', (n) => '\u0000\u0001\u0002<p>\u0000\u000b\u000c</p>'.repeat(n / 4)],
  ]
  const SIZE = 500
  it.each(families)('%s: twice the page costs less than three times the tree steps', (_name, build) => {
    for (const url of [SITE_URL, OTHER_URL]) {
      const small = treeStepsOf(build(SIZE), url)
      const large = treeStepsOf(build(2 * SIZE), url)
      expect(small, `${url}: the counter sees analyze()'s work`).toBeGreaterThan(0)
      expect(large, `${url}: ${small} tree steps at n=${SIZE}, ${large} at n=${2 * SIZE}`).toBeLessThan(3 * small)
    }
  })
})

function treeStepsOf(html: string, url: string): number {
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() })
  try {
    return countTreeSteps(() => expect(analysisProblems(analyze(dom.window.document, url), url)).toEqual([]))
  } finally {
    closeQuietly(dom)
  }
}

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
