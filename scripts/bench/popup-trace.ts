/**
 * Where one popup load's time goes, as a timeline (bench-only, Chromium): a test copy of the built
 * extension, one popup opened as the bench opens it (scripts/bench/popup-reader.ts) to warm the
 * extension's process, then --runs traced ones, each on a fresh tab of the article. Prints the popup
 * renderer's main-thread events (nested, >= --min ms) from navigation start to the summary mark,
 * with the popup's marks and its resource loads among them, then the article tab's main thread
 * while it answers. --page reference-popup.html traces the reference; --after-reference opens and
 * closes the reference popup before each traced one; --dump FILE writes the last trace's events.
 *   node scripts/run-ts.mjs scripts/bench/popup-trace.ts [--min 0.5] [--runs 1] [--page P] [--after-reference] [--dump FILE]
 */
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT, launch, type ChromiumPage } from '../../test/e2e/harness/browsers'
import { staticArticleCase } from '../../test/e2e/harness/cases'
import { startSiteServer } from '../../test/e2e/harness/server'
import { makeTestCopy } from './test-copy'
import { traceAround, type TraceEvent } from './trace'
import { argValue } from './stats'
import { benchTab, openAndWait, relay } from './popup-reader'

const MIN_MS = Number(argValue('--min') ?? 0.5)
const RUNS = Number(argValue('--runs') ?? 1)
const PAGE = argValue('--page') ?? 'popup.html'
const CATEGORIES = ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-devtools.timeline']

const server = await startSiteServer(readFileSync(path.join(ROOT, 'test/e2e/pages/probe.js'), 'utf8'))
const copy = makeTestCopy('chromium')
const browser = await launch('chromium', server.port, copy.dir)
try {
  const article = staticArticleCase()
  const url = server.addPage('/bench/article/', { html: article.html, truth: article.truth, probe: false })
  for (let run = 0; run <= RUNS; run++) {
    if (process.argv.includes('--after-reference')) {
      // As in the bench's runs where the reference went first: its popup opened, then closed.
      const before = await benchTab(browser, url)
      await openAndWait(before, 'reference-popup.html')
      await relay(before, { type: 'bench/close' })
      await before.close()
    }
    // As the bench opens it: the extension opens the popup beside the article's tab.
    const tab = (await benchTab(browser, url)) as ChromiumPage
    const events = await traceAround(tab, () => openAndWait(tab, PAGE), CATEGORIES)
    if (run > 0) printTimeline(events, browser.extensionOrigin)
    if (run > 0 && argValue('--dump')) writeFileSync(argValue('--dump')!, JSON.stringify(events))
    await tab.close()
  }
} finally {
  await browser.close()
  copy.remove()
  await server.close()
}

function printTimeline(events: TraceEvent[], origin: string): void {
  const marker = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(`${origin}/${PAGE.replace('.html', '')}`))
  if (!marker) throw new Error('no evaluation of popup.js in the trace')
  const marks = events.filter((e) => e.pid === marker.pid && e.name.startsWith('klartext-popup') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'b' || e.ph === 'n'))
  const navStart = events.find((e) => e.pid === marker.pid && e.name === 'navigationStart')?.ts ?? marker.ts
  const summary = marks.find((m) => m.name === 'klartext-popup-summary')?.ts ?? marks.find((m) => m.name === 'klartext-popup-ready')?.ts ?? Infinity
  const resources = events.filter((e) => e.pid === marker.pid && /^Resource(SendRequest|ReceiveResponse|Finish)$/.test(e.name) && e.ts >= navStart && e.ts <= summary)
  const thread = events.filter((e) => e.pid === marker.pid && e.tid === marker.tid && e.ph === 'X' && e.ts >= navStart - 50_000 && e.ts <= summary).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const rows: [number, string][] = marks.map((m) => [m.ts, `*** ${m.name}`])
  for (const r of resources) rows.push([r.ts, `--- ${r.name} ${(r.args?.data as { url?: string; requestId?: string })?.url?.replace(origin, '') ?? (r.args?.data as { requestId?: string })?.requestId ?? ''}`])
  rows.push(...nested(thread, origin))
  rows.sort((a, b) => a[0] - b[0])
  console.log(`\npopup main thread from navigationStart (ms), events >= ${MIN_MS} ms:`)
  for (const [ts, text] of rows) console.log(`${((ts - navStart) / 1000).toFixed(1).padStart(7)}  ${text}`)
  // The article tab's renderer while the popup waits for its answer.
  const start = marks.find((m) => m.name === 'klartext-popup-start')?.ts ?? navStart
  const answered = marks.find((m) => m.name === 'klartext-popup-page')?.ts ?? summary
  // The tab's renderer: the one whose content scripts (the early script's listener, the bench's relay) run during the wait.
  const early = events.find((e) => e.ph === 'X' && e.ts >= start && e.pid !== marker.pid && /\/(content-early|bench-opener)\.js$/.test(e.args?.data?.url ?? ''))
  if (!early) return
  console.log(`\nthe article tab's main thread from klartext-popup-start to klartext-popup-page (ms from navigationStart):`)
  nested(events.filter((e) => e.pid === early.pid && e.tid === early.tid && e.ph === 'X' && e.ts >= start && e.ts <= answered), origin).forEach(([ts, text]) => console.log(`${((ts - navStart) / 1000).toFixed(1).padStart(7)}  ${text}`))
}

function nested(thread: TraceEvent[], origin: string): [number, string][] {
  const rows: [number, string][] = []
  const open: number[] = []
  for (const e of [...thread].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    while (open.length && open[open.length - 1]! <= e.ts) open.pop()
    const ms = (e.dur ?? 0) / 1000
    if (ms >= MIN_MS) {
      const data = e.args?.data
      const detail = data?.url ?? data?.scriptName ?? data?.functionName ?? ''
      rows.push([e.ts, `${'  '.repeat(open.length)}${e.name} ${ms.toFixed(1)}${detail ? ` ${String(detail).replace(origin, '')}` : ''}`])
    }
    open.push(e.ts + (e.dur ?? 0))
  }
  return rows
}
