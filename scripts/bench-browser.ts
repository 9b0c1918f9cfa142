/**
 * In-browser benchmark (issue 6), in headless Chromium with the built extension (dist/chrome):
 *   - content script at page load: main-thread time of the extension's load-time script on each
 *     IT BOLTWISE fixture, in a new tab and loaded again in the same tab, from a Chromium trace (compile, evaluation and every callback of
 *     chrome-extension://<id>/content-early.js on the renderer's main thread, overlaps merged);
 *   - popup to summary: the popup page's own mark `klartext-popup-ready` (from its navigation start);
 *   - reader switch: from the click on the popup's switch to the reader's host in the page, and to
 *     the next frame after it;
 *   - the same load-time measure on the largest pages of ../shared/corpus (news pages of other sites
 *     served as if they were IT BOLTWISE's, 0.5-1.6 MB: how the cost grows with the page; skipped with a
 *     message when the corpus is absent);
 *   - the same load-time measure for four reference scripts in place of Klartext's (the platform's
 *     floor: what any content script, its extension calls alone, and any script that tests every
 *     element's text cost here).
 * Medians of RUNS runs each. Writes bench/browser-results.json and prints a table.
 *
 *   node scripts/run-ts.mjs scripts/bench-browser.ts [--runs 7] [--load-only] [--explain] [--no-reference] [--no-large]
 */
import { cpSync, statSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { ChromiumPage, ROOT, browserAvailable, executableOf, extensionBuilt, extensionDir, launch, type E2EBrowser, type E2EPage } from '../test/e2e/harness/browsers'
import { fixtureCases, staticArticleCase, type PageCase } from '../test/e2e/harness/cases'
import { startSiteServer, type SiteServer } from '../test/e2e/harness/server'
import { signaturePrefilter } from '../src/core/clutter'
import { SITES } from '../src/sites/registry'
import { SETTINGS_KEY } from '../src/shared/settings'
import { corpusDir, listCorpusPages } from '../test/security/corpus'

const RUNS = Number(argValue('--runs') ?? 7)
/** How many of the corpus's largest pages the large-page measure loads. */
const LARGE_PAGES = 8
const OUT = path.join(ROOT, 'bench/browser-results.json')

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { url?: string; scriptName?: string; frame?: string }; name?: string }
}

async function main(): Promise<void> {
  if (!browserAvailable('chromium')) {
    console.log(`bench-browser: skipped, no Chromium at ${executableOf('chromium')}`)
    return
  }
  if (!extensionBuilt('chromium')) throw new Error('dist/chrome is missing: run `npm run build` first')
  const server = await startSiteServer(readFileSync(path.join(ROOT, 'test/e2e/pages/probe.js'), 'utf8'))
  const pages = [staticArticleCase(), ...fixtureCases()]
  const article = pages.find((c) => c.isArticle) as PageCase
  try {
    const browser = await launch('chromium', server.port)
    let loadTime: Awaited<ReturnType<typeof measureContentScript>>
    let largePages: Awaited<ReturnType<typeof measureContentScript>>
    let popupAndReader: Awaited<ReturnType<typeof measurePopupAndReader>>
    try {
      loadTime = await measureContentScript(browser, server, pages)
      largePages = process.argv.includes('--no-large') ? {} : await measureContentScript(browser, server, largeCorpusPages())
      popupAndReader = process.argv.includes('--load-only')
        ? { popup: [NaN], readerInserted: [NaN], readerFrame: [NaN] }
        : await measurePopupAndReader(browser, server, article)
    } finally {
      await browser.close()
    }
    const references = process.argv.includes('--no-reference') ? {} : await measureReferenceScripts(server, pages)
    const results = {
      machine: machine(),
      runs: RUNS,
      contentScriptAtLoadMs: loadTime,
      contentScriptAtLoadColdMedianMs: mediansOverPages(loadTime).coldMedianMs,
      contentScriptAtLoadWarmMedianMs: mediansOverPages(loadTime).warmMedianMs,
      contentScriptAtLoadLargePagesMs: largePages,
      popupToSummaryMs: summarize(popupAndReader.popup),
      readerOnToHostMs: summarize(popupAndReader.readerInserted),
      readerOnToFrameMs: summarize(popupAndReader.readerFrame),
      referenceScriptsAtLoadMs: references,
    }
    mkdirSync(path.dirname(OUT), { recursive: true })
    writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n')
    printTable(results)
    console.log(`\nwrote ${path.relative(ROOT, OUT)}`)
  } finally {
    await server.close()
  }
}

// --- content script at page load --------------------------------------------------------------

/**
 * Per page, two loads a run: in a new tab (a new renderer: the script is compiled and run cold), and
 * the same page again in that tab (the renderer keeps the compiled script: the next article a reader
 * opens from the one before).
 */
async function measureContentScript(browser: E2EBrowser, server: SiteServer, cases: PageCase[]) {
  const out: Record<string, { cold: Stat; warm: Stat }> = {}
  for (const pageCase of cases) {
    const url = server.addPage(pageCase.path, { html: pageCase.html, truth: pageCase.truth, probe: false })
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const page = (await browser.newPage()) as ChromiumPage
      cold.push(await contentScriptTime(browser, page, url))
      warm.push(await contentScriptTime(browser, page, url))
      await page.close()
    }
    out[pageCase.name] = { cold: summarize(cold), warm: summarize(warm) }
  }
  return out
}

/** The largest pages of the shared corpus (none when it is absent), served under the site's host. */
function largeCorpusPages(): PageCase[] {
  const pages = listCorpusPages(ROOT)
  if (!pages) {
    console.log(`bench-browser: no corpus at ${corpusDir(ROOT)}, the large-page measure is skipped`)
    return []
  }
  return pages
    .map((page) => ({ ...page, bytes: statSync(page.sourcePath).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, LARGE_PAGES)
    .map(({ name, sourcePath }) => ({ name: `corpus/${name}`, path: `/bench/corpus/${name}/`, html: readFileSync(sourcePath, 'utf8'), truth: { clutter: [], article: [], listing: [] }, isArticle: true }))
}

/** The median over the pages of each page's median, in a new tab and loaded again. */
function mediansOverPages(times: Record<string, { cold: Stat; warm: Stat }>): { coldMedianMs: number; warmMedianMs: number } {
  return {
    coldMedianMs: median(Object.values(times).map((m) => m.cold.median)),
    warmMedianMs: median(Object.values(times).map((m) => m.warm.median)),
  }
}

/** Main-thread milliseconds of the extension's scripts during one load of `url`. */
async function contentScriptTime(browser: E2EBrowser, page: ChromiumPage, url: string): Promise<number> {
  const cdp = await page.page.context().newCDPSession(page.page)
  const events: TraceEvent[] = []
  ;(cdp as unknown as { on(event: string, listener: (data: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', (data) => events.push(...data.value))
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline'], recordMode: 'recordAsMuchAsPossible' },
  })
  await page.goto(url)
  await cdp.send('Tracing.end')
  await complete
  await cdp.detach()
  if (process.argv.includes('--explain')) explain(events, browser.extensionOrigin)
  return extensionMainThreadMs(events, browser.extensionOrigin)
}

/** Where the time goes: the extension's events by name (--explain). */
function explain(events: TraceEvent[], extensionOrigin: string): void {
  const byName = new Map<string, { count: number; ms: number }>()
  for (const e of events) {
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? ''
    if (e.ph !== 'X' || !url.startsWith(extensionOrigin)) continue
    const entry = byName.get(e.name) ?? { count: 0, ms: 0 }
    entry.count++
    entry.ms += (e.dur ?? 0) / 1000
    byName.set(e.name, entry)
  }
  console.log([...byName].map(([name, { count, ms }]) => `${name} x${count}: ${ms.toFixed(2)} ms`).join('; '))
  for (const call of events.filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(extensionOrigin))) {
    const inside = new Map<string, number>()
    for (const e of events) {
      if (e.ph !== 'X' || e === call || e.tid !== call.tid || e.pid !== call.pid) continue
      if (e.ts >= call.ts && e.ts + (e.dur ?? 0) <= call.ts + (call.dur ?? 0)) inside.set(e.name, (inside.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
    }
    const data = call.args?.data as { functionName?: string; columnNumber?: number } | undefined
    const nested = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, ms]) => `${n} ${ms.toFixed(2)}`).join(', ')
    console.log(`  callback ${data?.functionName ?? '?'} (column ${data?.columnNumber ?? '?'}): ${((call.dur ?? 0) / 1000).toFixed(2)} ms${nested ? `, of which ${nested}` : ' (script only)'}`)
  }
}

/** Sum of the (merged) intervals of script events whose script is the extension's, on the renderer main thread. */
export function extensionMainThreadMs(events: TraceEvent[], extensionOrigin: string): number {
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const scriptUrl = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? ''
  const ours = events.filter(
    (e) =>
      e.ph === 'X' &&
      typeof e.dur === 'number' &&
      mainThreads.has(`${e.pid}:${e.tid}`) &&
      ['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'TimerFire', 'FireAnimationFrame'].includes(e.name) &&
      scriptUrl(e).startsWith(extensionOrigin),
  )
  const intervals = ours.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]).sort((a, b) => a[0] - b[0])
  let total = 0
  let end = -Infinity
  for (const [start, stop] of intervals) {
    if (start >= end) {
      total += stop - start
      end = stop
    } else if (stop > end) {
      total += stop - end
      end = stop
    }
  }
  return round(total / 1000)
}

// --- reference scripts --------------------------------------------------------------------------

/**
 * In place of content-early.js, with the same manifest and stylesheet: what a content script costs
 * here before it does anything of its own, what the extension calls Klartext's script makes cost
 * alone, and what the least text rule engine costs. The observers
 * visit each element once as the parser adds it, test its first text, and mark nothing: one with a
 * short regex, one with the site's own signatures (the two regexes Klartext's engine tries first).
 */
function referenceScripts(): Record<string, string> {
  const siteSignatures = SITES.flatMap((site) => {
    const prefilter = signaturePrefilter(site)
    return [prefilter?.anchored, prefilter?.anywhere].filter((re): re is RegExp => re != null)
  })
  return {
    emptyScript: '',
    extensionCallsOnly: EXTENSION_CALLS,
    minimalObserver: minimalObserver(['/^(?:lorem ipsum|dolor sit)/i']),
    minimalObserverWithSiteSignatures: minimalObserver(siteSignatures.map((re) => `new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)})`)),
  }
}

/** The extension calls content-early.js makes on every page, and nothing else: a message listener, the settings read and their change listener, the badge message after DOMContentLoaded. */
const EXTENSION_CALLS = `(() => {
  const api = globalThis.browser ?? globalThis.chrome
  api.runtime.onMessage.addListener(() => undefined)
  Promise.resolve(api.storage.sync.get(${JSON.stringify(SETTINGS_KEY)})).catch(() => undefined)
  api.storage.onChanged.addListener(() => undefined)
  document.addEventListener('DOMContentLoaded', () => {
    Promise.resolve(api.runtime.sendMessage({ type: 'badge/set', count: 0 })).catch(() => undefined)
  }, { once: true })
})()
`

function minimalObserver(regexes: string[]): string {
  return `(() => {
  const signatures = [${regexes.join(', ')}]
  const walker = document.createTreeWalker(document, 1)
  let seen = 0
  const visit = () => {
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      const first = el.firstChild
      if (first && first.nodeType === 3 && signatures.some((re) => re.test(first.data))) seen++
    }
  }
  new MutationObserver(visit).observe(document, { childList: true, subtree: true })
  document.addEventListener('DOMContentLoaded', visit, { once: true })
})()
`
}

async function measureReferenceScripts(server: SiteServer, cases: PageCase[]) {
  const out: Record<string, { coldMedianMs: number; warmMedianMs: number }> = {}
  for (const [name, source] of Object.entries(referenceScripts())) {
    const dir = mkdtempSync(path.join(os.tmpdir(), `klartext-reference-${name}-`))
    cpSync(extensionDir('chromium'), dir, { recursive: true })
    writeFileSync(path.join(dir, 'content-early.js'), source)
    const browser = await launch('chromium', server.port, dir)
    try {
      out[name] = mediansOverPages(await measureContentScript(browser, server, cases))
    } finally {
      await browser.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return out
}

// --- popup and reader ------------------------------------------------------------------------

async function measurePopupAndReader(browser: E2EBrowser, server: SiteServer, article: PageCase) {
  const popupTimes: number[] = []
  const readerInserted: number[] = []
  const readerFrame: number[] = []
  const url = server.addPage('/bench/article/', { html: article.html, truth: article.truth, probe: false })
  for (let i = 0; i < RUNS; i++) {
    // A fresh tab each run: the analysis is cached per page, and the first popup is what users wait for.
    const page = await browser.newPage()
    await page.goto(url)
    const tabId = await browser.tabIdOf(url)
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`)
    popupTimes.push(await popupReadyMs(popup))
    const [inserted, frame] = await readerSwitchMs(page, popup)
    readerInserted.push(inserted)
    readerFrame.push(frame)
    await popup.close()
    await page.close()
  }
  return { popup: popupTimes, readerInserted, readerFrame }
}

/** The popup's own mark: from its navigation start to the summary rendered. */
async function popupReadyMs(popup: E2EPage): Promise<number> {
  return popup.waitFor('the popup-ready mark', () => {
    const [mark] = performance.getEntriesByName('klartext-popup-ready')
    return mark ? Math.round(mark.startTime * 100) / 100 : null
  }, undefined, 15_000)
}

/** Click the popup's switch; the page records when the reader's host arrives and the frame after. */
async function readerSwitchMs(page: E2EPage, popup: E2EPage): Promise<[number, number]> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchReader?: { inserted?: number; frame?: number } }
    const record: { inserted?: number; frame?: number } = {}
    w.__benchReader = record
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-klartext-reader]')) return
      record.inserted = performance.timeOrigin + performance.now()
      observer.disconnect()
      requestAnimationFrame(() => {
        record.frame = performance.timeOrigin + performance.now()
      })
    })
    observer.observe(document.documentElement, { childList: true })
  })
  const clicked = await popup.evaluate(() => {
    const at = performance.timeOrigin + performance.now()
    ;(document.getElementById('reader-switch') as HTMLButtonElement).click()
    return at
  })
  const record = await page.waitFor('the reader to render', () => {
    const r = (window as unknown as { __benchReader?: { inserted?: number; frame?: number } }).__benchReader
    return r?.inserted && r.frame ? { inserted: r.inserted, frame: r.frame } : null
  }, undefined, 15_000)
  return [round(record.inserted - clicked), round(record.frame - clicked)]
}

// --- output ----------------------------------------------------------------------------------

function printTable(results: {
  contentScriptAtLoadMs: Record<string, { cold: Stat; warm: Stat }>
  contentScriptAtLoadLargePagesMs: Record<string, { cold: Stat; warm: Stat }>
  popupToSummaryMs: Stat
  readerOnToHostMs: Stat
  readerOnToFrameMs: Stat
  referenceScriptsAtLoadMs: Record<string, { coldMedianMs: number; warmMedianMs: number }>
  machine: ReturnType<typeof machine>
  runs: number
}): void {
  const rows: [string, string][] = [
    ...Object.entries({ ...results.contentScriptAtLoadMs, ...results.contentScriptAtLoadLargePagesMs }).map(([name, m]): [string, string] => [
      `content script at load: ${name}`,
      `${fmt(m.cold.median)} in a new tab (min ${fmt(m.cold.min)}), ${fmt(m.warm.median)} loaded again (min ${fmt(m.warm.min)})`,
    ]),
    ['popup opened -> summary shown', `${fmt(results.popupToSummaryMs.median)} (min ${fmt(results.popupToSummaryMs.min)}, max ${fmt(results.popupToSummaryMs.max)})`],
    ['reader switch -> reader in page', `${fmt(results.readerOnToHostMs.median)} (min ${fmt(results.readerOnToHostMs.min)}, max ${fmt(results.readerOnToHostMs.max)})`],
    ['reader switch -> next frame', `${fmt(results.readerOnToFrameMs.median)} (min ${fmt(results.readerOnToFrameMs.min)}, max ${fmt(results.readerOnToFrameMs.max)})`],
    ...Object.entries(results.referenceScriptsAtLoadMs).map(([name, m]): [string, string] => [
      `reference at load: ${name}`,
      `${fmt(m.coldMedianMs)} in a new tab, ${fmt(m.warmMedianMs)} loaded again (median over the pages)`,
    ]),
  ]
  const width = Math.max(...rows.map(([k]) => k.length))
  console.log(`\nKlartext in ${results.machine.browser}, medians of ${results.runs} runs, ms (${results.machine.cpu}, ${results.machine.cores} cores, load average ${results.machine.loadAverage1m})`)
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`)
}

interface Stat {
  median: number
  min: number
  max: number
  runs: number[]
}

function summarize(runs: number[]): Stat {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return round(sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2)
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function fmt(value: number): string {
  return value.toFixed(2)
}

function machine() {
  let browser = 'Chromium'
  try {
    browser = execFileSync(executableOf('chromium'), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // the version is informative only
  }
  // The load average says how much else ran meanwhile: on a shared 2-core machine it inflates every figure.
  return { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, loadAverage1m: round(os.loadavg()[0] ?? 0), node: process.version, platform: `${os.platform()} ${os.release()}`, browser }
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index >= 0 ? process.argv[index + 1] : undefined
}

await main()
