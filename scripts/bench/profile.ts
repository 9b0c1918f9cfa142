/**
 * Where the popup's and the reader's time goes, by function (--profile): a test copy whose popup.js
 * and content-reader.js are built unminified (the same sources and library patches, so the names are
 * readable), one popup load and one reader switch under a Chromium trace with V8's sampling profiler,
 * and the samples summed per function: inclusive (the function or anything it calls) and self.
 */
import path from 'node:path'
import { build, type BuildOptions } from 'esbuild'
import { ChromiumPage, ROOT, type E2EBrowser, type E2EPage } from '../../test/e2e/harness/browsers'
import { BEFORE_SWITCH_MS, benchTab, nextReport, openAndWait, relay, sleep, type ReaderReference } from './popup-reader'
import { libraryPatches } from '../library-patches.mjs'
import { selfTimeByName, traceAround, type TraceEvent } from './trace'
import { CLICK, switchSpan, untilPainted, watchPainted } from './switch-timeline'
import { round } from './stats'
import { BUNDLE_SOURCES, MODULE_BUNDLES, type BundleName } from '../../src/shared/bundles'
import { moduleBundleImports } from '../module-bundles.mjs'

/** Rebuild the popup's and the reader's bundles unminified into a test copy (as scripts/build.mjs builds them: the popup's analysis as modules). */
export async function unminifiedBundles(dir: string): Promise<void> {
  const plugins = [libraryPatches, moduleBundleImports(ROOT, BUNDLE_SOURCES, MODULE_BUNDLES)]
  const options: BuildOptions = { outdir: dir, bundle: true, plugins, target: ['chrome120'], minify: false, logLevel: 'warning' }
  const entries = (names: BundleName[]) => Object.fromEntries(names.map((name) => [name, path.join(ROOT, BUNDLE_SOURCES[name])]))
  await build({ ...options, entryPoints: entries(['popup', 'content-reader']), format: 'iife' })
  await build({ ...options, entryPoints: entries([...MODULE_BUNDLES]), format: 'esm' })
}

interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url?: string; lineNumber?: number }
}

export interface FunctionTimes {
  /** ms of samples in the renderer process during the action. */
  sampledMs: number
  /** That renderer's main thread: self time by trace event (style, layout, paint, script...), ms. */
  mainThread: [string, number][]
  inclusive: [string, number][]
  self: [string, number][]
}

/**
 * Sample `action` with V8's profiler and trace it; `script` (a file of the extension) names the
 * renderer whose time is summed: the thread that evaluates or calls it, and its process's samples.
 */
export async function profileAround(page: ChromiumPage, extensionOrigin: string, script: string, action: () => Promise<unknown>): Promise<FunctionTimes> {
  const events = await traceAround(page, action, ['disabled-by-default-v8.cpu_profiler', 'v8', 'devtools.timeline'])
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? ''
  const marker = events.find((e) => e.ph === 'X' && ['EvaluateScript', 'FunctionCall'].includes(e.name) && url(e) === `${extensionOrigin}/${script}`)
  if (!marker) return { sampledMs: 0, inclusive: [], self: [], mainThread: [] }
  // A reader switch counts from the click to its painted frame: not what runs once the browser is idle after.
  const span = switchSpan(events)
  return { ...functionTimes(events, marker.pid, span), mainThread: threadTimes(events, marker, span) }
}

/** Self time by event name on `marker`'s thread, over the whole trace or `span`. */
function threadTimes(events: TraceEvent[], marker: TraceEvent, span: { from: number; to: number } | null): [string, number][] {
  const thread = events.filter((e) => e.pid === marker.pid && e.tid === marker.tid && e.ph === 'X' && typeof e.dur === 'number' && (!span || (e.ts >= span.from && e.ts < span.to)))
  const end = span?.to ?? Math.max(...thread.map((e) => e.ts + (e.dur ?? 0)))
  return [...selfTimeByName(thread, end)].map(([n, ms]): [string, number] => [n, round(ms)]).sort((a, b) => b[1] - a[1]).slice(0, 12)
}

function functionTimes(events: TraceEvent[], pid: number, span: { from: number; to: number } | null): Omit<FunctionTimes, 'mainThread'> {
  type Chunk = { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[]; startTime?: number }
  type Profile = { nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[]; start: number }
  const profiles = new Map<string, Profile>()
  const starts = new Map<string, number>()
  for (const e of events as (TraceEvent & { id?: string; args?: { data?: Chunk } })[]) {
    if (e.name === 'Profile' && e.pid === pid) starts.set(`${e.pid}:${e.id}`, e.args?.data?.startTime ?? 0)
  }
  for (const e of events as (TraceEvent & { id?: string; args?: { data?: Chunk } })[]) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid) continue
    const key = `${e.pid}:${e.id}`
    const profile: Profile = profiles.get(key) ?? { nodes: new Map(), samples: [], deltas: [], start: starts.get(key) ?? 0 }
    profiles.set(key, profile)
    const data = e.args?.data
    for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node)
    profile.samples.push(...(data?.cpuProfile?.samples ?? []))
    profile.deltas.push(...(data?.timeDeltas ?? []))
  }
  const inclusive = new Map<string, number>()
  const self = new Map<string, number>()
  let sampledMs = 0
  for (const profile of profiles.values()) {
    let at = profile.start
    profile.samples.forEach((id, i) => {
      at += profile.deltas[i] ?? 0
      // A sample stands for the time until the next one.
      const ms = (profile.deltas[i + 1] ?? 0) / 1000
      const leaf = profile.nodes.get(id)
      if (!leaf || ms <= 0 || (span && (at < span.from || at >= span.to))) return
      sampledMs += ms
      const leafName = frameName(leaf)
      self.set(leafName, (self.get(leafName) ?? 0) + ms)
      const seen = new Set<string>()
      for (let node: ProfileNode | undefined = leaf; node; node = node.parent === undefined ? undefined : profile.nodes.get(node.parent)) {
        const name = frameName(node)
        if (seen.has(name)) continue
        seen.add(name)
        inclusive.set(name, (inclusive.get(name) ?? 0) + ms)
      }
    })
  }
  const top = (m: Map<string, number>, n: number) => [...m].map(([k, v]): [string, number] => [k, round(v)]).sort((a, b) => b[1] - a[1]).slice(0, n)
  return { sampledMs: round(sampledMs), inclusive: top(inclusive, 30), self: top(self, 15) }
}

function frameName(node: ProfileNode): string {
  const { functionName, url } = node.callFrame
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : ''
  return `${functionName || '(anonymous)'}${file ? ` ${file}` : ''}`
}

export function printFunctionTimes(what: string, times: FunctionTimes): void {
  console.log(`\n${what}: ${times.sampledMs} ms sampled`)
  console.log(`  inclusive: ${times.inclusive.map(([n, ms]) => `${n} ${ms}`).join('; ')}`)
  console.log(`  self: ${times.self.map(([n, ms]) => `${n} ${ms}`).join('; ')}`)
  console.log(`  its renderer's main thread by trace event (self ms): ${times.mainThread.map(([n, ms]) => `${n} ${ms}`).join('; ')}`)
}

/** Profile one popup load, then one reader switch from it, on a fresh tab of `url`; then the reference overlay's switch. */
export async function profilePopupAndReader(browser: E2EBrowser, url: string, reference: ReaderReference): Promise<{ popup: FunctionTimes; reader: FunctionTimes; referenceReader: FunctionTimes }> {
  // One popup first, unprofiled: the timed runs after the first one find the extension's process warm.
  const warmup = await browser.newPage()
  await warmup.goto(url)
  const warmupPopup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(url)}`)
  await warmupPopup.waitFor('the popup-ready mark', () => performance.getEntriesByName('klartext-popup-ready').length > 0, undefined, 15_000)
  await warmupPopup.close()
  await warmup.close()
  const page = (await browser.newPage()) as ChromiumPage
  await page.goto(url)
  const tabId = await browser.tabIdOf(url)
  const popup = (await browser.newPage()) as ChromiumPage
  try {
    const popupTimes = await profileAround(popup, browser.extensionOrigin, 'popup.js', async () => {
      await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`)
      await popup.waitFor('the summary-shown mark', () => performance.getEntriesByName('klartext-popup-summary').length > 0, undefined, 15_000)
    })
    await sleep(BEFORE_SWITCH_MS)
    await watchPainted(page)
    const readerTimes = await profileAround(page, browser.extensionOrigin, 'content-early.js', async () => {
      await popup.evaluate((stamp) => {
        console.timeStamp(stamp)
        ;(document.getElementById('reader-switch') as HTMLButtonElement).click()
      }, CLICK)
      await untilPainted(page)
    })
    return { popup: popupTimes, reader: readerTimes, referenceReader: await profileReferenceReader(browser, url, reference) }
  } finally {
    await popup.close()
    await page.close()
  }
}

async function profileReferenceReader(browser: E2EBrowser, url: string, reference: ReaderReference): Promise<FunctionTimes> {
  const page = (await benchTab(browser, url)) as ChromiumPage
  try {
    await openAndWait(page, 'reference-popup.html')
    await relay(page, { type: 'bench/reference-article', ...reference })
    await nextReport(page, 'handed-over')
    await sleep(BEFORE_SWITCH_MS)
    await watchPainted(page)
    return await profileAround(page, browser.extensionOrigin, 'content-early.js', async () => {
      await relay(page, { type: 'bench/reference-switch' })
      await untilPainted(page)
    })
  } finally {
    await relay(page, { type: 'bench/close' })
    await page.close()
  }
}
