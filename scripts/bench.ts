// npm run bench (after the build and scripts/bench-browser.ts): the cost of Klartext's core next to
// Readability alone (the floor: analyze(doc, url, { inPlace: true }) <= 1.05x Readability's parse(), over
// the article pages) and Defuddle, bundle sizes, and every floor of scripts/bench-browser.ts.
//
// Pages: test/fixtures/it-boltwise/*/source.html and ../shared/corpus/readability-test-pages/ (skipped
// with a message when absent). Each page is parsed once (jsdom); every run hands each tool a fresh copy
// of it, made before the clock starts: Readability's parse() and analyze() with inPlace both take the
// document over and rewrite it, as a caller that parsed a page for them would hand it over.
// Tools alternate within each round, in rotating order, so machine load and the garbage of the run before hit them alike (a full GC runs before each page).
//
// Usage: node scripts/run-ts.mjs scripts/bench.ts [--quick] [--runs N] [--corpus-runs N] [--corpus-limit N] [--corpus-from NAME] [--no-corpus] [--defuddle-corpus] [--quiet]
// (--quick: 5 runs per fixture, 1 per corpus page; --corpus-from resumes at a page, by name.)
// BENCH_HEAP=1 prints the live heap after each page (after a full GC), to check that memory stays bounded.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { JSDOM, VirtualConsole } from 'jsdom'
import { Readability } from '@mozilla/readability'
import { DefuddleClass } from 'defuddle/node'
import { analyze } from '../src/shared/analysis'
import { extract, readMetadata } from '../src/core/extract'
import { findClutter } from '../src/core/clutter'
import { findPeople } from '../src/core/people'
import { summarizeExtraction } from '../src/core/summary'
import { detectLanguage } from '../src/core/text/language'
import { absolutizeUrls, documentBase } from '../src/core/urls'
import { revealLazyImages } from '../src/core/lazy-images'
import { tagLookup } from '../src/core/dom'
import { moduleForUrl } from '../src/sites/module-for-url'
import { corpusDir, findRepo, listCorpusPages } from '../test/security/corpus'
import { REFERENCE, STAGES, TOOLS, buildReport, printReport, printRow, type PageResult, type Stage, type Tool } from './bench/core-report'
import { median } from './bench/stats'

const repo = findRepo(import.meta.url)
const GENERIC_URL = 'http://fakehost/test/page.html'

interface Page {
  name: string
  group: 'fixture' | 'corpus'
  file: string
  url: string
}

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name)
  const value = i >= 0 ? Number(args[i + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const QUICK = args.includes('--quick')
const RUNS = option('--runs', QUICK ? 5 : 15)
const CORPUS_RUNS = option('--corpus-runs', QUICK ? 1 : 3)
const CORPUS_LIMIT = option('--corpus-limit', Infinity)
const QUIET = args.includes('--quiet')
/** Defuddle takes 10-20x Readability's time: on the corpus only when asked (it is reported, not a floor). */
const DEFUDDLE_ON_CORPUS = args.includes('--defuddle-corpus')
const LOAD_AT_START = os.loadavg().map((l) => Number(l.toFixed(2)))
const STARTED = Date.now()

/**
 * A full garbage collection before each page, untimed: a page does not pay for the garbage of the one
 * before. Not before each run: a collection also compacts the heap and shrinks the young generation,
 * so the run after it paid for regrowing it; that doubled every time and made the analyze/Readability
 * median move by +-0.05 between two runs of the bench on the same code. Within a page the tools rotate,
 * so each one follows each other one as often, and pays for the garbage it follows alike.
 */
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

/** Each tool takes over the copy it is given (made before the clock starts). */
const RUNNERS: Record<Tool, (doc: Document, url: string) => void> = {
  // The same Readability call analyze() makes (it keeps the article node, no HTML serialization).
  readability: (doc) => {
    new Readability(doc, { serializer: (node: Node) => node }).parse()
  },
  analyze: (doc, url) => {
    analyze(doc, url, { inPlace: true })
  },
  // The synchronous extractor: no async extractors (they may fetch), no Markdown conversion.
  defuddle: (doc, url) => {
    quietly(() => new DefuddleClass(doc, { url, useAsync: false }).parse())
  },
}

/** Defuddle logs the page's own errors (broken JSON-LD) with stack traces; they are not the bench's. */
function quietly(run: () => unknown): void {
  const { error, warn } = console
  console.error = console.warn = () => {}
  try {
    run()
  } finally {
    console.error = error
    console.warn = warn
  }
}

async function main(): Promise<void> {
  const pages = [...fixturePages(), ...corpusPages()]
  console.log(`bench: ${pages.length} pages, ${RUNS} runs per fixture, ${CORPUS_RUNS} per corpus page, on ${os.cpus()[0]?.model ?? 'unknown cpu'} x${os.cpus().length}`)
  const results: PageResult[] = []
  for (const page of pages) {
    const result = benchPage(page)
    results.push(result)
    if (!QUIET) printRow(result)
    // jsdom queues the page's load steps (DOMContentLoaded, load) as promise jobs when it parses; until
    // they run, the microtask queue holds the document, its window and every clone made from it. A loop
    // that never yields never runs them, so every page stayed alive (OOM near the end of the corpus).
    await new Promise((resolve) => setImmediate(resolve))
    if (process.env.BENCH_HEAP) {
      collectGarbage()
      console.log(`  heap after ${page.name}: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MB`)
    }
  }
  const report = buildReport(repo, results, { runsPerFixture: RUNS, runsPerCorpusPage: CORPUS_RUNS, loadAtStart: LOAD_AT_START, minutes: Math.round((Date.now() - STARTED) / 6000) / 10 })
  printReport(report)
  mkdirSync(path.join(repo, 'bench'), { recursive: true })
  writeFileSync(path.join(repo, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n')
  console.log(`\nwrote bench/results.json`)
}

function fixturePages(): Page[] {
  const dir = path.join(repo, 'test/fixtures/it-boltwise')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name, 'source.html'))
    .filter((file) => existsSync(file))
    .map((file) => ({ name: path.basename(path.dirname(file)), group: 'fixture' as const, file, url: pageUrl(readFileSync(file, 'utf8')) }))
}

function corpusPages(): Page[] {
  if (args.includes('--no-corpus')) return []
  const pages = listCorpusPages(repo)
  if (!pages) {
    console.log(`bench: corpus ${corpusDir(repo)} is absent; fixtures only.`)
    return []
  }
  const from = args.includes('--corpus-from') ? args[args.indexOf('--corpus-from') + 1] ?? '' : ''
  return pages.filter((p) => p.name >= from).slice(0, CORPUS_LIMIT).map((p) => ({ name: p.name, group: 'corpus' as const, file: p.sourcePath, url: GENERIC_URL }))
}

/** The page's own address (canonical, og:url), as the CLI and the content script see it. */
function pageUrl(html: string): string {
  const found = /<link[^>]+rel=["']?canonical["']?[^>]+href=["']([^"']+)/i.exec(html)?.[1] ?? /<meta[^>]+property=["']og:url["'][^>]+content=["']([^"']+)/i.exec(html)?.[1]
  try {
    return found ? new URL(found).href : GENERIC_URL
  } catch {
    return GENERIC_URL
  }
}

function benchPage(page: Page): PageResult {
  collectGarbage()
  const dom = new JSDOM(readFileSync(page.file), { url: page.url, contentType: 'text/html', virtualConsole: new VirtualConsole() })
  const doc = dom.window.document
  const runs = page.group === 'fixture' ? RUNS : CORPUS_RUNS
  const samples: Record<Tool, number[]> = { readability: [], analyze: [], defuddle: [] }
  const tools = page.group === 'corpus' && !DEFUDDLE_ON_CORPUS ? TOOLS.filter((tool) => tool !== 'defuddle') : TOOLS
  const failed: string[] = []
  for (let round = -1; round < runs; round++) {
    // Round -1 warms up (JIT, lazy caches); it is not counted.
    for (let k = 0; k < tools.length; k++) {
      const tool = tools[(k + round + 1) % tools.length] as Tool
      const ms = timeOnce(doc, (copy) => RUNNERS[tool](copy, page.url))
      if (ms === null) {
        if (!failed.includes(tool)) failed.push(tool)
      } else if (round >= 0) samples[tool].push(ms)
    }
  }
  const stages = profileAnalyze(doc, page.url, runs)
  let isArticle = false
  try {
    isArticle = analyze(doc, page.url).isArticle
  } catch {
    // reported through `failed`
  }
  dom.window.close()
  const ms = { readability: median(samples.readability), analyze: median(samples.analyze), defuddle: median(samples.defuddle) }
  return { name: page.name, group: page.group, url: page.url, ms, stages, ratio: ms.analyze / ms.readability, isArticle, failed }
}

/** Milliseconds of `run` on a fresh copy of `doc` (the copy is not timed); null when either throws. */
function timeOnce(doc: Document, run: (copy: Document) => void): number | null {
  try {
    const copy = doc.cloneNode(true) as Document
    const started = performance.now()
    run(copy)
    return performance.now() - started
  } catch {
    return null
  }
}

/**
 * analyze()'s steps timed one by one (mirrors analyzeWithContent in src/core/analyze.ts, inPlace, with
 * the module analyze() picks by URL): page metadata, the module's article check, the clutter rules,
 * URLs made absolute, lazy images revealed, extraction (Readability and the text blocks), language,
 * summary (with the teaser), people.
 */
function profileAnalyze(doc: Document, url: string, runs: number): Record<Stage | typeof REFERENCE, number> {
  const names = [...STAGES, REFERENCE]
  const samples = Object.fromEntries(names.map((s) => [s, [] as number[]])) as Record<Stage | typeof REFERENCE, number[]>
  const site = moduleForUrl(url)
  for (let i = 0; i < runs; i++) {
    const clone = doc.cloneNode(true) as Document
    let t = performance.now()
    const lap = (stage: Stage) => {
      const now = performance.now()
      samples[stage].push(now - t)
      t = now
    }
    try {
      const pageTags = tagLookup(clone)
      const meta = readMetadata(clone, pageTags)
      lap('metadata')
      const isArticle = site.isArticle(clone, meta.types, pageTags)
      lap('isArticle')
      for (const match of findClutter(clone, site)) match.element.remove()
      lap('rules')
      if (!isArticle) continue
      const workTags = tagLookup(clone)
      absolutizeUrls(clone, documentBase(clone, url, workTags), workTags)
      lap('urls')
      revealLazyImages(clone, workTags)
      lap('lazyImgs')
      const reference = clone.cloneNode(true) as Document
      t = performance.now()
      new Readability(reference, { serializer: (node: Node) => node }).parse()
      samples[REFERENCE].push(performance.now() - t)
      t = performance.now()
      const extraction = extract(clone, meta, workTags)
      lap('extract')
      const lang = extraction.lang ?? detectLanguage(extraction.paragraphs.join(' '))
      lap('language')
      summarizeExtraction(extraction, { title: extraction.title, lang, count: 3 })
      lap('summary')
      findPeople(extraction.paragraphs, { lang })
      lap('people')
    } catch {
      // analyze() itself is timed (and failures reported) above; the profile is best effort.
    }
  }
  return Object.fromEntries(names.map((s) => [s, median(samples[s])])) as Record<Stage | typeof REFERENCE, number>
}

await main()
