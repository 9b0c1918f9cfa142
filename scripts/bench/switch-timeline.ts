/**
 * Where a reader switch's time goes, in order (--profile): one switch traced without the sampling
 * profiler (it would slow the page), from the click on the popup's switch (a console.timeStamp in
 * the popup) to the frame that paints the reader (one in the page, from a task queued by the frame's
 * requestAnimationFrame, as the timed runs measure it). Printed: the page's main-thread tasks in that
 * span, each with what it spent most on (script, style, layout, paint; a layout inside script is one
 * the script forced).
 */
import type { ChromiumPage, E2EBrowser } from '../../test/e2e/harness/browsers'
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
  tasks: TimelineTask[]
}

/** Stamped by scripts/bench/reference/bench-page.js as it switches. */
const CLICK = 'klartext-bench-click'
const PAINTED = 'klartext-bench-painted'
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
  // Watching from before the click, as the timed runs do (scripts/bench/popup-reader.ts).
  await page.evaluate((name) => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-klartext-reader]')) return
      observer.disconnect()
      requestAnimationFrame(() => setTimeout(() => console.timeStamp(name), 0))
      ;(window as unknown as { __benchPainted?: boolean }).__benchPainted = true
    })
    observer.observe(document.documentElement, { childList: true })
  }, PAINTED)
  const events = await traceAround(page, async () => {
    await click()
    await page.waitFor('the reader', () => (window as unknown as { __benchPainted?: boolean }).__benchPainted === true, undefined, 15_000)
    await sleep(100)
  }, ['devtools.timeline', 'toplevel', 'v8'])
  return timeline(events)
}

function timeline(events: TraceEvent[]): SwitchTimeline {
  const stamp = (name: string) => events.find((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === name)
  const clicked = stamp(CLICK)
  const painted = stamp(PAINTED)
  if (!clicked || !painted) return { paintedMs: NaN, tasks: [] }
  const thread = events.filter((e) => e.pid === painted.pid && e.tid === painted.tid && e.ph === 'X' && typeof e.dur === 'number')
  // Tasks, and the microtasks run after one (a content script's code after an await).
  const tasks = thread.filter((e) => ['ThreadControllerImpl::RunTask', 'RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint'].includes(e.name))
  if (process.env.DEBUG_TIMELINE) for (const e of thread) if ((e.dur ?? 0) > 1000 && e.ts > clicked.ts && e.ts < painted.ts) console.log(round((e.ts - clicked.ts) / 1000), round((e.dur ?? 0) / 1000), e.name, JSON.stringify(e.args).slice(0, 150))
  const rows: TimelineTask[] = []
  for (const task of tasks) {
    if (task.ts + (task.dur ?? 0) < clicked.ts || task.ts > painted.ts || (task.dur ?? 0) < 200) continue
    rows.push({ at: round((task.ts - clicked.ts) / 1000), ms: round((task.dur ?? 0) / 1000), parts: partsOf(task, thread) })
  }
  return { paintedMs: round((painted.ts - clicked.ts) / 1000), tasks: rows }
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
  console.log(`\n${what}: painted ${line.paintedMs} ms after the click; the page's main-thread tasks (ms after the click, length, parts):`)
  for (const task of line.tasks) console.log(`  +${task.at} ${task.ms} ms: ${task.parts.map(([k, ms]) => `${k} ${ms}`).join(', ') || 'other'}`)
}
