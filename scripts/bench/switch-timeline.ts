/**
 * Where a reader switch's time goes, in order (--profile): one switch traced without the sampling
 * profiler (it would slow the page), from the click on the popup's switch (a console.timeStamp in
 * the popup) to the frame that paints the reader (one in the page, from a task queued by the frame's
 * requestAnimationFrame, as the timed runs measure it). Printed: the page's main-thread tasks in that
 * span, each with what it spent most on (script, style, layout, paint; a layout inside script is one
 * the script forced), and how many fonts it looked up through the browser's font service (Chromium on
 * Linux: a blocking round trip each; the reader looks its fonts up ahead, src/content/reader/fonts.ts). With DEBUG_TIMELINE=1 in the environment it also prints what each layout of
 * more than 2 ms spent on (font matching, shaping: Chromium's blink and fonts trace categories).
 */
import type { ChromiumPage, E2EBrowser, E2EPage } from '../../test/e2e/harness/browsers'
import { BEFORE_SWITCH_MS, benchTab, nextReport, openAndWait, relay, sleep, type ReaderReference } from './popup-reader'
import { round } from './stats'
import { traceAround, type TraceEvent } from './trace'

export interface TimelineTask {
  /** ms after the click */
  at: number
  ms: number
  /** The task's biggest parts, ms. */
  parts: [string, number][]
}

export interface SwitchTimeline {
  /** ms from the click to the painted frame's task */
  paintedMs: number
  /** Font look-ups in the span that asked the browser's font service (family matches, and render styles per size). */
  fontServiceCalls: number
  tasks: TimelineTask[]
}

/** Stamped by scripts/bench/reference/bench-page.js as it switches. */
export const CLICK = 'klartext-bench-click'
const PAINTED = 'klartext-bench-painted'
/** Trace events of a font look-up that goes to the browser's font service (Chromium on Linux). */
const FONT_SERVICE_CALLS = ['FontDataManager::onMatchFamilyStyle', 'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike']
/** Kinds of work a task's time is put under (event names of Chromium's devtools.timeline). */
const KINDS: Record<string, string> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.callFunction': 'script',
  'v8.run': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script (animation frame)',
  FireIdleCallback: 'script (idle)',
  HandlePostMessage: 'script',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  ParseHTML: 'parse HTML',
  'Receive mojo message': 'message',
}

/** One traced switch of Klartext's reader and one of the reference overlay, each on a fresh tab of `url` as in the timed runs. */
export async function switchTimelines(browser: E2EBrowser, url: string, reference: ReaderReference): Promise<{ reader: SwitchTimeline; referenceReader: SwitchTimeline }> {
  const klartext = (await benchTab(browser, url)) as ChromiumPage
  await openAndWait(klartext, 'popup.html')
  await sleep(BEFORE_SWITCH_MS)
  const reader = await traceSwitch(klartext, () => relay(klartext, { type: 'bench/switch' }))
  await klartext.close()
  const page = (await benchTab(browser, url)) as ChromiumPage
  await openAndWait(page, 'reference-popup.html')
  await relay(page, { type: 'bench/reference-article', ...reference })
  await nextReport(page, 'handed-over')
  await sleep(BEFORE_SWITCH_MS)
  const referenceReader = await traceSwitch(page, () => relay(page, { type: 'bench/reference-switch' }))
  await relay(page, { type: 'bench/close' })
  await page.close()
  return { reader, referenceReader }
}

/** Trace the switch `click` asks for (the popup stamps CLICK as it clicks) on `page`'s tab until the reader is painted there. */
async function traceSwitch(page: ChromiumPage, click: () => Promise<void>): Promise<SwitchTimeline> {
  await watchPainted(page)
  const events = await traceAround(page, async () => {
    await click()
    await untilPainted(page)
  }, ['devtools.timeline', 'toplevel', 'v8', 'fonts', ...(process.env.DEBUG_TIMELINE ? ['blink', 'skia', 'disabled-by-default-blink.debug.layout'] : [])])
  if (process.env.DEBUG_TIMELINE) debugLayout(events)
  return timeline(events)
}

/** From now on, stamp PAINTED in the trace at the end of the frame after the reader's host arrives (as the timed runs measure it, scripts/bench/popup-reader.ts). */
export async function watchPainted(page: E2EPage): Promise<void> {
  await page.evaluate((name) => {
    const w = window as unknown as { __benchPainted?: boolean }
    w.__benchPainted = false
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-klartext-reader]')) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => {
        console.timeStamp(name)
        w.__benchPainted = true
      }, 0))
    })
    observer.observe(document.documentElement, { childList: true })
  }, PAINTED)
}

export async function untilPainted(page: E2EPage): Promise<void> {
  await page.waitFor('the reader painted', () => (window as unknown as { __benchPainted?: boolean }).__benchPainted === true, undefined, 15_000)
}

/** The span from the click (CLICK) to the painted frame (PAINTED) in a trace, µs of its clock. */
export function switchSpan(events: TraceEvent[]): { from: number; to: number; pid: number; tid: number } | null {
  const stamp = (name: string) => events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === name)
  const clicked = stamp(CLICK)
  const painted = stamp(PAINTED)
  return clicked && painted ? { from: clicked.ts, to: painted.ts, pid: painted.pid, tid: painted.tid } : null
}

function timeline(events: TraceEvent[]): SwitchTimeline {
  const span = switchSpan(events)
  if (!span) return { paintedMs: NaN, fontServiceCalls: NaN, tasks: [] }
  const thread = events.filter((e) => e.pid === span.pid && e.tid === span.tid && e.ph === 'X' && typeof e.dur === 'number')
  const fontServiceCalls = thread.filter((e) => FONT_SERVICE_CALLS.includes(e.name) && e.ts >= span.from && e.ts < span.to).length
  // Tasks, and the microtasks run after one (a content script's code after an await).
  const tasks = thread.filter((e) => ['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'].includes(e.name))
  const rows: TimelineTask[] = []
  for (const task of tasks) {
    if (task.ts + (task.dur ?? 0) < span.from || task.ts > span.to || (task.dur ?? 0) < 200) continue
    rows.push({ at: round((task.ts - span.from) / 1000), ms: round((task.dur ?? 0) / 1000), parts: partsOf(task, thread) })
  }
  return { paintedMs: round((span.to - span.from) / 1000), fontServiceCalls, tasks: rows }
}

/** Self time by kind within `task`: a nested event's time is its own, not its parent's. */
function partsOf(task: TraceEvent, thread: TraceEvent[]): [string, number][] {
  const end = task.ts + (task.dur ?? 0)
  const inside = thread.filter((e) => e !== task && KINDS[e.name] && e.ts >= task.ts && e.ts < end).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const totals = new Map<string, number>()
  const open: { kind: string; stop: number }[] = []
  for (const e of inside) {
    while (open.length && open[open.length - 1]!.stop <= e.ts) open.pop()
    const dur = e.dur ?? 0
    const parent = open[open.length - 1]
    const own = KINDS[e.name]!
    const kind = parent?.kind.startsWith('script') && !own.startsWith('script') ? `${own} forced by script` : own
    if (parent) totals.set(parent.kind, (totals.get(parent.kind) ?? 0) - dur)
    totals.set(kind, (totals.get(kind) ?? 0) + dur)
    open.push({ kind, stop: e.ts + dur })
  }
  return [...totals].filter(([, us]) => us >= 100).map(([k, us]): [string, number] => [k, round(us / 1000)]).sort((a, b) => b[1] - a[1])
}

export function printTimeline(what: string, line: SwitchTimeline): void {
  console.log(`\n${what}: painted ${line.paintedMs} ms after the click, ${line.fontServiceCalls} font look-ups through the browser's font service; the page's main-thread tasks (ms after the click, length, parts):`)
  for (const task of line.tasks) console.log(`  +${task.at} ${task.ms} ms: ${task.parts.map(([k, ms]) => `${k} ${ms}`).join(', ') || 'other'}`)
}

function debugLayout(events: TraceEvent[]): void {
  const span = switchSpan(events)
  if (!span) return
  const thread = events.filter((e) => e.pid === span.pid && e.tid === span.tid && e.ph === 'X' && e.ts >= span.from && e.ts < span.to)
  for (const layout of thread.filter((e) => e.name === 'Layout' && (e.dur ?? 0) > 2000)) {
    const inside = new Map<string, [number, number]>()
    for (const e of thread) {
      if (e === layout || e.ts < layout.ts || e.ts >= layout.ts + (layout.dur ?? 0)) continue
      const [n, d] = inside.get(e.name) ?? [0, 0]
      inside.set(e.name, [n + 1, d + (e.dur ?? 0) / 1000])
    }
    console.log(`layout ${round((layout.dur ?? 0) / 1000)} ms:`, [...inside].sort((a, b) => b[1][1] - a[1][1]).slice(0, 15).map(([k, [n, d]]) => `${k} x${n} ${round(d)}`).join('; '))
  }
}
