/**
 * The load-time script's cost: main-thread time of the extension's content-early.js on each page, in
 * a new tab and loaded again in the same tab, from a Chromium trace (compile, evaluation and every
 * callback of chrome-extension://<id>/content-early.js on the renderer's main thread, overlaps merged);
 * and the same for reference scripts in place of content-early.js (the platform's floor).
 */
import { readFileSync, statSync } from 'node:fs'
import { ChromiumPage, ROOT, launch, type E2EBrowser } from '../../test/e2e/harness/browsers'
import type { PageCase } from '../../test/e2e/harness/cases'
import type { SiteServer } from '../../test/e2e/harness/server'
import { signaturePrefilter } from '../../src/core/clutter'
import { SITES } from '../../src/sites/registry'
import { SETTINGS_KEY } from '../../src/shared/settings'
import { corpusDir, listCorpusPages } from '../../test/security/corpus'
import { makeTestCopy } from './test-copy'
import { traceAround, type TraceEvent } from './trace'
import { median, round, summarize, type Stat } from './stats'


export type LoadTimes = Record<string, { cold: Stat; warm: Stat }>

/** The reference the load-time floor is a ratio to. */
export const GATING_REFERENCE = 'minimalObserverWithSiteSignatures'

/**
 * Per page, two loads a run: in a new tab (a new renderer: the script is compiled and run cold), and
 * the same page again in that tab (the renderer keeps the compiled script: the next article a reader
 * opens from the one before).
 */
export async function measureContentScript(browser: E2EBrowser, server: SiteServer, cases: PageCase[], runs: number, label: string, explain = false): Promise<LoadTimes> {
  const out: LoadTimes = {}
  for (const pageCase of cases) {
    const url = server.addPage(pageCase.path, { html: pageCase.html, truth: pageCase.truth, probe: false })
    const cold: number[] = []
    const warm: number[] = []
    for (let i = 0; i < runs; i++) {
      const page = (await browser.newPage()) as ChromiumPage
      cold.push(await contentScriptTime(browser, page, url, explain))
      warm.push(await contentScriptTime(browser, page, url, explain))
      await page.close()
    }
    out[pageCase.name] = { cold: summarize(cold), warm: summarize(warm) }
    // Progress: a full run takes a while.
    console.log(`  ${label} at load, ${pageCase.name}: ${out[pageCase.name]!.cold.median} / ${out[pageCase.name]!.warm.median} ms`)
  }
  return out
}

/** The largest pages of the shared corpus (none when it is absent), served under the site's host. */
export function largeCorpusPages(count: number): PageCase[] {
  const pages = listCorpusPages(ROOT)
  if (!pages) {
    console.log(`bench-browser: no corpus at ${corpusDir(ROOT)}, the large-page measure is skipped`)
    return []
  }
  return pages
    .map((page) => ({ ...page, bytes: statSync(page.sourcePath).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count)
    .map(({ name, sourcePath }) => ({ name: `corpus/${name}`, path: `/bench/corpus/${name}/`, html: readFileSync(sourcePath, 'utf8'), truth: { clutter: [], article: [], listing: [] }, isArticle: true }))
}

/** The median over the pages of each page's median, in a new tab and loaded again. */
export function mediansOverPages(times: LoadTimes): { coldMedianMs: number; warmMedianMs: number } {
  return {
    coldMedianMs: median(Object.values(times).map((m) => m.cold.median)),
    warmMedianMs: median(Object.values(times).map((m) => m.warm.median)),
  }
}


/** Main-thread milliseconds of the extension's scripts during one load of `url`. */
async function contentScriptTime(browser: E2EBrowser, page: ChromiumPage, url: string, explain: boolean): Promise<number> {
  const events = await traceAround(page, () => page.goto(url))
  if (explain) explainEvents(events, browser.extensionOrigin)
  return extensionMainThreadMs(events, browser.extensionOrigin)
}

/** Where the time goes: the extension's events by name (--explain). */
function explainEvents(events: TraceEvent[], extensionOrigin: string): void {
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
    const data = call.args?.data
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
 * alone, and what the least text rule engine costs. The observers visit each element once as the
 * parser adds it, test its first text, and mark nothing: one with a short regex, one with the site's
 * own signatures (the two regexes Klartext's engine tries first). `gatingOnly`: the last one alone.
 */
export function referenceScripts(gatingOnly: boolean): Record<string, string> {
  const siteSignatures = SITES.flatMap((site) => {
    const prefilter = signaturePrefilter(site)
    return [prefilter?.anchored, prefilter?.anywhere].filter((re): re is RegExp => re != null)
  })
  const gating = { [GATING_REFERENCE]: minimalObserver(siteSignatures.map((re) => `new RegExp(${JSON.stringify(re.source)}, ${JSON.stringify(re.flags)})`)) }
  if (gatingOnly) return gating
  return {
    emptyScript: '',
    extensionCallsOnly: EXTENSION_CALLS,
    minimalObserver: minimalObserver(['/^(?:lorem ipsum|dolor sit)/i']),
    ...gating,
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

/** Each reference script in a test copy of the extension, on the same pages: per script, the per-page figures. */
export async function measureReferenceScripts(server: SiteServer, cases: PageCase[], runs: number, gatingOnly: boolean): Promise<Record<string, LoadTimes>> {
  const out: Record<string, LoadTimes> = {}
  for (const [name, source] of Object.entries(referenceScripts(gatingOnly))) {
    const copy = makeTestCopy('chromium', { 'content-early.js': source })
    const browser = await launch('chromium', server.port, copy.dir)
    try {
      out[name] = await measureContentScript(browser, server, cases, runs, name)
    } finally {
      await browser.close()
      copy.remove()
    }
  }
  return out
}
