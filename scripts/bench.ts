// npm run bench (after the build and scripts/bench-browser.ts): the cost of Klartext's core next to Readability alone and Defuddle, bundle sizes,
// and (when present) the browser measurements of scripts/bench-browser.ts.
//
// Pages: test/fixtures/it-boltwise/*/source.html and ../shared/corpus/readability-test-pages/ (skipped
// with a message when absent). Each page is parsed once (jsdom); every run works on the same parsed
// document: Readability and Defuddle on a fresh clone (they rewrite the document they are given; the
// clone is timed, as analyze() clones internally), analyze() on the document itself (it never mutates it).
// Tools alternate within each round, in rotating order, so machine load and the garbage of the run before hit them alike (a full GC runs before each page).
//
// Usage: node scripts/run-ts.mjs scripts/bench.ts [--runs N] [--corpus-runs N] [--corpus-limit N] [--corpus-from NAME] [--no-corpus] [--quiet]
// (--corpus-from resumes at a page, by name.)
// BENCH_HEAP=1 prints the live heap after each page (after a full GC), to check that memory stays bounded.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import v8 from 'node:v8'
import vm from 'node:vm'
import { JSDOM, VirtualConsole } from 'jsdom'
import { Readability } from '@mozilla/readability'
import { DefuddleClass } from 'defuddle/node'
import { analyze } from '../src/shared/analysis'
import { extract, readMetadata } from '../src/core/extract'
import { findClutter } from '../src/core/clutter'
import { findPeople } from '../src/core/people'
import { summarize } from '../src/core/summary'
import { detectLanguage } from '../src/core/text/language'
import { siteForUrl } from '../src/sites/registry'
import { corpusDir, findRepo, listCorpusPages } from '../test/security/corpus'

const repo = findRepo(import.meta.url)
const GENERIC_URL = 'http://fakehost/test/page.html'
const FLOORS = { analyzeOverReadability: 1.1, earlyBundleGzipBytes: 10 * 1024, contentScriptAtLoadMs: 2, popupToSummaryMs: 100, readerSwitchMs: 100 }

type Tool = 'readability' | 'analyze' | 'defuddle'
const TOOLS: readonly Tool[] = ['readability', 'analyze', 'defuddle']
/** Where analyze()'s time goes, in the order analyzeWithContent() spends it. */
const STAGES = ['metadata', 'clone', 'rules', 'extract', 'summary', 'people'] as const
/** Not part of analyze(): Readability alone on the rules' output, so extract's own overhead (metadata again, text blocks) shows. */
const REFERENCE = 'readability' as const
type Stage = (typeof STAGES)[number]

interface Page {
  name: string
  group: 'fixture' | 'corpus'
  file: string
  url: string
}

interface PageResult {
  name: string
  group: Page['group']
  url: string
  ms: Record<Tool, number>
  stages: Record<Stage | typeof REFERENCE, number>
  ratio: number
  /** analyze() judged it an article (so it ran Readability): the pages the 1.10x floor is about. */
  isArticle: boolean
  failed: string[]
}

const args = process.argv.slice(2)
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name)
  const value = i >= 0 ? Number(args[i + 1]) : NaN
  return Number.isFinite(value) && value > 0 ? value : fallback
}
const RUNS = option('--runs', 15)
const CORPUS_RUNS = option('--corpus-runs', 3)
const CORPUS_LIMIT = option('--corpus-limit', Infinity)
const QUIET = args.includes('--quiet')
const LOAD_AT_START = os.loadavg().map((l) => Number(l.toFixed(2)))

/**
 * A full garbage collection before each page, untimed: a page does not pay for the garbage of the one
 * before. Not before each run: a collection also compacts the heap and shrinks the young generation,
 * so the run after it paid for regrowing it; that doubled every time and made the analyze/Readability
 * median move by +-0.05 between two runs of the bench on the same code. Within a page the tools rotate,
 * so each one follows each other one as often, and pays for the garbage it follows alike.
 */
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('gc') as () => void

const RUNNERS: Record<Tool, (doc: Document, url: string) => void> = {
  // The same Readability call analyze() makes (it keeps the article node, no HTML serialization).
  readability: (doc) => {
    new Readability(doc.cloneNode(true) as Document, { serializer: (node: Node) => node }).parse()
  },
  analyze: (doc, url) => {
    analyze(doc, url)
  },
  // The synchronous extractor: no async extractors (they may fetch), no Markdown conversion.
  defuddle: (doc, url) => {
    const clone = doc.cloneNode(true) as Document
    quietly(() => new DefuddleClass(clone, { url, useAsync: false }).parse())
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
  console.log(`bench: ${pages.length} pages, ${RUNS} runs per fixture, ${CORPUS_RUNS} per corpus page, on ${machine().cpu}`)
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
  const report = buildReport(results)
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
  const failed: string[] = []
  for (let round = -1; round < runs; round++) {
    // Round -1 warms up (JIT, lazy caches); it is not counted.
    for (let k = 0; k < TOOLS.length; k++) {
      const tool = TOOLS[(k + round + 1) % TOOLS.length] as Tool
      const ms = timeOnce(() => RUNNERS[tool](doc, page.url))
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

function timeOnce(run: () => void): number | null {
  const started = performance.now()
  try {
    run()
  } catch {
    return null
  }
  return performance.now() - started
}

/**
 * analyze()'s steps timed one by one (mirrors analyzeWithContent in src/core/analyze.ts): page metadata and
 * the site's article check, the clone, the clutter rules, Readability's extraction, summary, people.
 */
function profileAnalyze(doc: Document, url: string, runs: number): Record<Stage | typeof REFERENCE, number> {
  const names = [...STAGES, REFERENCE]
  const samples = Object.fromEntries(names.map((s) => [s, [] as number[]])) as Record<Stage | typeof REFERENCE, number[]>
  for (let i = 0; i < runs; i++) {
    let t = performance.now()
    const lap = (stage: Stage) => {
      const now = performance.now()
      samples[stage].push(now - t)
      t = now
    }
    try {
      const site = siteForUrl(url)
      const meta = readMetadata(doc)
      const isArticle = site ? site.isArticle(doc) : true
      lap('metadata')
      const clone = doc.cloneNode(true) as Document
      lap('clone')
      if (site) for (const match of findClutter(clone, site)) match.element.remove()
      lap('rules')
      if (!isArticle) continue
      const reference = clone.cloneNode(true) as Document
      t = performance.now()
      new Readability(reference, { serializer: (node: Node) => node }).parse()
      samples[REFERENCE].push(performance.now() - t)
      t = performance.now()
      const extraction = extract(clone, meta)
      lap('extract')
      const lang = extraction.lang ?? detectLanguage(extraction.paragraphs.join(' '))
      summarize(extraction.prose.length > 0 ? extraction.prose : extraction.paragraphs, { title: extraction.title, lang, count: 3 })
      lap('summary')
      findPeople(extraction.paragraphs, { lang })
      lap('people')
    } catch {
      // analyze() itself is timed (and failures reported) above; the profile is best effort.
    }
  }
  return Object.fromEntries(names.map((s) => [s, median(samples[s])])) as Record<Stage | typeof REFERENCE, number>
}

function median(values: readonly number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

// --- report ---

interface GroupSummary {
  pages: number
  medianMs: Record<Tool, number>
  /** Median over pages of analyze/Readability on the same page. */
  medianRatio: number
  /** Median over pages of analyze/Defuddle on the same page. */
  medianRatioToDefuddle: number
  medianStagesMs: Record<Stage | typeof REFERENCE, number>
}

function summarizeGroup(results: readonly PageResult[]): GroupSummary {
  const ok = results.filter((r) => r.failed.length === 0)
  const col = (tool: Tool) => median(ok.map((r) => r.ms[tool]))
  return {
    pages: results.length,
    medianMs: { readability: col('readability'), analyze: col('analyze'), defuddle: col('defuddle') },
    medianRatio: median(ok.map((r) => r.ratio)),
    medianRatioToDefuddle: median(ok.map((r) => r.ms.analyze / r.ms.defuddle)),
    medianStagesMs: Object.fromEntries([...STAGES, REFERENCE].map((s) => [s, median(ok.map((r) => r.stages[s]).filter(Number.isFinite))])) as Record<Stage | typeof REFERENCE, number>,
  }
}

interface BundleSize {
  file: string
  bytes: number
  gzipBytes: number
}

function bundleSizes(): BundleSize[] {
  const dist = path.join(repo, 'dist')
  if (!existsSync(dist)) return []
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('.')) walk(full)
      } else if (/\.(m?js|css|html|zip)$/.test(name)) files.push(full)
    }
  }
  walk(dist)
  return files.map((file) => {
    const bytes = readFileSync(file)
    return { file: path.relative(dist, file), bytes: bytes.length, gzipBytes: /\.zip$/.test(file) ? bytes.length : gzipSync(bytes, { level: 9 }).length }
  })
}

function machine() {
  const cpus = os.cpus()
  return { cpu: `${cpus[0]?.model ?? 'unknown cpu'} x${cpus.length}`, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) }
}

function buildReport(results: PageResult[]) {
  // The floors are about article pages: on other pages analyze() skips Readability and would flatter the ratio.
  const articles = summarizeGroup(results.filter((r) => r.isArticle))
  const sizes = bundleSizes()
  const early = sizes.find((s) => /(^|\/)content-early\.js$/.test(s.file))
  const browserFile = path.join(repo, 'bench/browser-results.json')
  const browser = existsSync(browserFile) ? (JSON.parse(readFileSync(browserFile, 'utf8')) as unknown) : null
  const floors = {
    analyzeAtMost110PercentOfReadability: { value: articles.medianRatio, limit: FLOORS.analyzeOverReadability, pass: articles.medianRatio <= FLOORS.analyzeOverReadability },
    analyzeFasterThanDefuddle: { value: articles.medianRatioToDefuddle, limit: 1, pass: articles.medianRatioToDefuddle < 1 },
    contentEarlyUnder10KBGzipped: { value: early?.gzipBytes ?? null, limit: FLOORS.earlyBundleGzipBytes, pass: early ? early.gzipBytes < FLOORS.earlyBundleGzipBytes : false },
    ...browserFloors(browser),
  }
  return {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: LOAD_AT_START, loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2))) },
    method: { runsPerFixture: RUNS, runsPerCorpusPage: CORPUS_RUNS, warmup: 1, dom: 'jsdom', gcBeforeEachPage: true, gcBeforeEachRun: false, note: 'median of runs per page; medians over pages' },
    summary: {
      articles,
      all: summarizeGroup(results),
      fixtureArticles: summarizeGroup(results.filter((r) => r.group === 'fixture' && r.isArticle)),
      corpusArticles: summarizeGroup(results.filter((r) => r.group === 'corpus' && r.isArticle)),
    },
    floors,
    bundles: sizes,
    browser,
    pages: results,
  }
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-').padStart(9)

function printRow(r: PageResult): void {
  const failed = r.failed.length ? `  FAILED: ${r.failed.join(', ')}` : ''
  console.log(`${`${r.group === 'fixture' ? 'fx' : 'co'} ${r.name}`.slice(0, 44).padEnd(44)}${fmt(r.ms.readability)}${fmt(r.ms.analyze)}${fmt(r.ms.defuddle)}${r.ratio.toFixed(2).padStart(7)}${failed}`)
}

function printReport(report: ReturnType<typeof buildReport>): void {
  console.log(`\n${'medians (ms)'.padEnd(44)}${'Readab.'.padStart(9)}${'analyze'.padStart(9)}${'Defuddle'.padStart(9)}${'ratio'.padStart(7)}${'vs Def.'.padStart(9)}`)
  for (const [name, g] of Object.entries(report.summary)) {
    if (!g.pages) continue
    console.log(`${`${name} (${g.pages} pages)`.padEnd(44)}${fmt(g.medianMs.readability)}${fmt(g.medianMs.analyze)}${fmt(g.medianMs.defuddle)}${g.medianRatio.toFixed(2).padStart(7)}${g.medianRatioToDefuddle.toFixed(2).padStart(9)}`)
  }
  console.log(`\nwhere analyze() spends its time (median ms per page): ${STAGES.map((s) => s.padStart(9)).join('')}  | Readability inside extract`)
  for (const [name, g] of Object.entries(report.summary)) {
    if (g.pages) console.log(`${name.padEnd(53)}${STAGES.map((s) => fmt(g.medianStagesMs[s])).join('')}  |${fmt(g.medianStagesMs[REFERENCE])}`)
  }
  console.log('\nbundles (dist/)'.padEnd(45) + 'raw'.padStart(10) + 'gzip'.padStart(10))
  for (const b of report.bundles) console.log(`${b.file.padEnd(44)}${String(b.bytes).padStart(10)}${String(b.gzipBytes).padStart(10)}`)
  if (!report.bundles.length) console.log('  (dist/ is empty: run npm run build)')
  printBrowser(report.browser)
  console.log('\nfloors')
  const f = report.floors
  const line = (ok: boolean, text: string) => console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${text}`)
  line(f.analyzeAtMost110PercentOfReadability.pass, `analyze/Readability median over article pages ${f.analyzeAtMost110PercentOfReadability.value.toFixed(3)} <= ${FLOORS.analyzeOverReadability}`)
  line(f.analyzeFasterThanDefuddle.pass, `analyze/Defuddle median over article pages ${f.analyzeFasterThanDefuddle.value.toFixed(3)} < 1`)
  line(f.contentEarlyUnder10KBGzipped.pass, `content-early.js gzipped ${f.contentEarlyUnder10KBGzipped.value ?? 'missing'} B < ${FLOORS.earlyBundleGzipBytes} B`)
  const ms = (floor: { value: number | null } | undefined) => (floor?.value == null ? 'not measured' : `${floor.value.toFixed(1)} ms`)
  const browserLines: [keyof typeof f, string][] = [
    ['contentScriptAtLoadInANewTabUnder2ms', `Chromium: content script at load, page in a new tab (median over the fixtures) < ${FLOORS.contentScriptAtLoadMs} ms`],
    ['contentScriptAtLoadAgainInTheTabUnder2ms', `Chromium: content script at load, page again in its tab < ${FLOORS.contentScriptAtLoadMs} ms`],
    ['popupToSummaryUnder100ms', `Chromium: popup opened -> summary shown < ${FLOORS.popupToSummaryMs} ms`],
    ['readerSwitchUnder100ms', `Chromium: reader switch -> reader painted < ${FLOORS.readerSwitchMs} ms`],
  ]
  for (const [key, text] of browserLines) {
    const floor = f[key]
    if (floor) line(floor.pass, `${text}: ${floor.value == null ? 'not measured' : `${floor.value.toFixed(1)} ms`}`)
  }
  console.log(`machine: ${report.machine.cpu}, node ${report.machine.node}, load ${report.machine.loadAverage.join(' ')} -> ${report.machine.loadAverageAtEnd.join(' ')}`)
}

/** The floors measured in Chromium (scripts/bench-browser.ts), when its results are there. */
function browserFloors(browser: unknown) {
  const b = (browser ?? {}) as {
    contentScriptAtLoadColdMedianMs?: number
    contentScriptAtLoadWarmMedianMs?: number
    popupToSummaryMs?: { median?: number }
    readerOnToFrameMs?: { median?: number }
  }
  const floor = (value: number | undefined, limit: number) => ({ value: value ?? null, limit, pass: typeof value === 'number' && value < limit })
  if (!browser) return {}
  return {
    contentScriptAtLoadInANewTabUnder2ms: floor(b.contentScriptAtLoadColdMedianMs, FLOORS.contentScriptAtLoadMs),
    contentScriptAtLoadAgainInTheTabUnder2ms: floor(b.contentScriptAtLoadWarmMedianMs, FLOORS.contentScriptAtLoadMs),
    popupToSummaryUnder100ms: floor(b.popupToSummaryMs?.median, FLOORS.popupToSummaryMs),
    readerSwitchUnder100ms: floor(b.readerOnToFrameMs?.median, FLOORS.readerSwitchMs),
  }
}

/** The browser figures of scripts/bench-browser.ts: every top-level number or {median} on one line each. */
function printBrowser(browser: unknown): void {
  if (!browser || typeof browser !== 'object') {
    console.log('\nbrowser: bench/browser-results.json absent (scripts/bench-browser.ts writes it)')
    return
  }
  console.log('\nbrowser (bench/browser-results.json, medians in ms)')
  for (const [key, value] of Object.entries(browser as Record<string, unknown>)) {
    const median = typeof value === 'number' ? value : (value as { median?: unknown } | null)?.median
    if (typeof median === 'number') console.log(`  ${key.padEnd(40)}${median.toFixed(1).padStart(9)}`)
    else if (typeof value === 'string') console.log(`  ${key.padEnd(40)}${value}`)
  }
  // The platform's floor for the load-time figures: reference scripts measured the same way.
  const references = (browser as { referenceScriptsAtLoadMs?: Record<string, { coldMedianMs: number; warmMedianMs: number }> }).referenceScriptsAtLoadMs ?? {}
  for (const [name, m] of Object.entries(references)) {
    console.log(`  ${`reference at load: ${name}`.padEnd(40)}${m.coldMedianMs.toFixed(1).padStart(9)} in a new tab, ${m.warmMedianMs.toFixed(1)} loaded again`)
  }
  // How the load-time cost grows with the page: the corpus's largest pages.
  const large = (browser as { contentScriptAtLoadLargePagesMs?: Record<string, { cold: { median: number }; warm: { median: number } }> }).contentScriptAtLoadLargePagesMs ?? {}
  for (const [name, m] of Object.entries(large)) {
    console.log(`  ${`at load, large page ${name}`.padEnd(40)}${m.cold.median.toFixed(1).padStart(9)} in a new tab, ${m.warm.median.toFixed(1)} loaded again`)
  }
}

await main()
