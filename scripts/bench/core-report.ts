/** The report of scripts/bench.ts: summaries over pages, bundle sizes, and every floor (core and browser). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { floor, floorLine, loadAverage, median, type Floor } from './stats'

export type Tool = 'readability' | 'analyze' | 'defuddle'
export const TOOLS: readonly Tool[] = ['readability', 'analyze', 'defuddle']
/** Where analyze()'s time goes, in the order analyzeWithContent() spends it (with inPlace: no copy). */
export const STAGES = ['metadata', 'isArticle', 'rules', 'urls', 'lazyImgs', 'extract', 'language', 'summary', 'people'] as const
/** Not part of analyze(): Readability alone on the rules' output, so extract's own overhead (metadata again, text blocks) shows. */
export const REFERENCE = 'readability' as const
export type Stage = (typeof STAGES)[number]

export const FLOORS = { analyzeOverReadability: 1.05, earlyBundleGzipBytes: 10 * 1024 }

export interface PageResult {
  name: string
  group: 'fixture' | 'corpus'
  url: string
  ms: Record<Tool, number>
  stages: Record<Stage | typeof REFERENCE, number>
  ratio: number
  /** analyze() judged it an article (so it ran Readability): the pages the floor is about. */
  isArticle: boolean
  failed: string[]
}

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
  const col = (tool: Tool) => median(ok.map((r) => r.ms[tool]).filter(Number.isFinite))
  return {
    pages: results.length,
    medianMs: { readability: col('readability'), analyze: col('analyze'), defuddle: col('defuddle') },
    medianRatio: median(ok.map((r) => r.ratio)),
    medianRatioToDefuddle: median(ok.map((r) => r.ms.analyze / r.ms.defuddle).filter(Number.isFinite)),
    medianStagesMs: Object.fromEntries([...STAGES, REFERENCE].map((s) => [s, median(ok.map((r) => r.stages[s]).filter(Number.isFinite))])) as Record<Stage | typeof REFERENCE, number>,
  }
}

interface BundleSize {
  file: string
  bytes: number
  gzipBytes: number
}

/** Every bundle, page, stylesheet, data file and zip of dist/ (not the locales' messages or the manifest). */
function bundleSizes(repo: string): BundleSize[] {
  const dist = path.join(repo, 'dist')
  if (!existsSync(dist)) return []
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) {
        if (!name.startsWith('.') && name !== '_locales') walk(full)
      } else if (/\.(m?js|css|html|zip|json|bin|dat|txt)$/.test(name) && name !== 'manifest.json') files.push(full)
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
  return { cpu: `${cpus[0]?.model ?? 'unknown cpu'} x${cpus.length}`, node: process.version, platform: `${os.platform()} ${os.release()}` }
}

export function buildReport(repo: string, results: PageResult[], method: { runsPerFixture: number; runsPerCorpusPage: number; loadAtStart: number[]; minutes: number }) {
  // The floor is about article pages: on other pages analyze() skips Readability and would flatter the ratio.
  const articles = summarizeGroup(results.filter((r) => r.isArticle))
  const sizes = bundleSizes(repo)
  const early = sizes.find((s) => /(^|\/)content-early\.js$/.test(s.file))
  const browserFile = path.join(repo, 'bench/browser-results.json')
  const browser = existsSync(browserFile) ? (JSON.parse(readFileSync(browserFile, 'utf8')) as { floors?: Floor[]; loadAverages?: number[][]; minutes?: number }) : null
  const floors: Floor[] = [
    floor(`core: analyze(doc, url, { inPlace: true }) / Readability alone (median over ${articles.pages} article pages, ms = medians over pages)`, articles.medianMs.analyze, articles.medianMs.readability, FLOORS.analyzeOverReadability),
    ...(browser?.floors ?? []),
  ]
  // The floor's ratio is the median of per-page ratios, not the ratio of the medians.
  floors[0] = { ...floors[0]!, ratio: Math.round(articles.medianRatio * 1000) / 1000, met: articles.medianRatio <= FLOORS.analyzeOverReadability }
  return {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverage: method.loadAtStart, loadAverageAtEnd: loadAverage() },
    method: { ...method, warmup: 1, dom: 'jsdom', gcBeforeEachPage: true, gcBeforeEachRun: false, note: 'median of runs per page; medians over pages; each run on a fresh untimed copy' },
    summary: {
      articles,
      all: summarizeGroup(results),
      fixtureArticles: summarizeGroup(results.filter((r) => r.group === 'fixture' && r.isArticle)),
      corpusArticles: summarizeGroup(results.filter((r) => r.group === 'corpus' && r.isArticle)),
    },
    floors,
    reported: {
      analyzeOverDefuddle: articles.medianRatioToDefuddle,
      contentEarlyGzipBytes: { value: early?.gzipBytes ?? null, limit: FLOORS.earlyBundleGzipBytes, met: early ? early.gzipBytes < FLOORS.earlyBundleGzipBytes : false },
    },
    bundles: sizes,
    browser,
    pages: results,
  }
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(1) : '-').padStart(9)

export function printRow(r: PageResult): void {
  const failed = r.failed.length ? `  FAILED: ${r.failed.join(', ')}` : ''
  console.log(`${`${r.group === 'fixture' ? 'fx' : 'co'} ${r.name}`.slice(0, 44).padEnd(44)}${fmt(r.ms.readability)}${fmt(r.ms.analyze)}${fmt(r.ms.defuddle)}${r.ratio.toFixed(2).padStart(7)}${failed}`)
}

export function printReport(report: ReturnType<typeof buildReport>): void {
  console.log(`\n${'medians (ms)'.padEnd(44)}${'Readab.'.padStart(9)}${'analyze'.padStart(9)}${'Defuddle'.padStart(9)}${'ratio'.padStart(7)}${'vs Def.'.padStart(9)}`)
  for (const [name, g] of Object.entries(report.summary)) {
    if (!g.pages) continue
    console.log(`${`${name} (${g.pages} pages)`.padEnd(44)}${fmt(g.medianMs.readability)}${fmt(g.medianMs.analyze)}${fmt(g.medianMs.defuddle)}${g.medianRatio.toFixed(3).padStart(7)}${g.medianRatioToDefuddle.toFixed(2).padStart(9)}`)
  }
  console.log(`\n${'where analyze() spends (ms)'.padEnd(28)}${STAGES.map((s) => s.padStart(9)).join('')}  | Readability inside extract`)
  for (const [name, g] of Object.entries(report.summary)) {
    if (g.pages) console.log(`${name.padEnd(28)}${STAGES.map((s) => fmt(g.medianStagesMs[s])).join('')}  |${fmt(g.medianStagesMs[REFERENCE])}`)
  }
  console.log('\nbundles and data (dist/)'.padEnd(45) + 'raw'.padStart(10) + 'gzip'.padStart(10))
  for (const b of report.bundles) console.log(`${b.file.padEnd(44)}${String(b.bytes).padStart(10)}${String(b.gzipBytes).padStart(10)}`)
  if (!report.bundles.length) console.log('  (dist/ is empty: run npm run build)')
  if (!report.browser) console.log('\nbrowser: bench/browser-results.json absent (scripts/bench-browser.ts writes it; its figures are above this report)')
  console.log('\nfloors (figure vs reference measured in the same run, ms; ratio; met or missed)')
  for (const f of report.floors) console.log(`  ${floorLine(f)}`)
  const early = report.reported.contentEarlyGzipBytes
  console.log(`  reported analyze/Defuddle ${report.reported.analyzeOverDefuddle.toFixed(3)} (fixtures; the corpus with --defuddle-corpus); content-early.js gzipped ${early.value ?? 'missing'} B (${early.met ? 'under' : 'OVER'} ${FLOORS.earlyBundleGzipBytes} B)`)
  const browserLoad = report.browser?.loadAverages?.map((l) => l.join(' ')).join(' | ')
  console.log(`machine: ${report.machine.cpu}, node ${report.machine.node}; load average (1, 5, 15 min): core bench ${report.machine.loadAverage.join(' ')} -> ${report.machine.loadAverageAtEnd.join(' ')}${browserLoad ? `; browser bench ${browserLoad}` : ''}`)
  console.log(`time: core bench ${report.method.minutes} min${report.browser?.minutes ? `, browser bench ${report.browser.minutes} min` : ''}`)
}
