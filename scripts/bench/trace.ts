/** Chromium traces for the bench: recording one around an action, and where a thread's time went. */
import type { ChromiumPage } from '../../test/e2e/harness/browsers'

export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { url?: string; scriptName?: string; frame?: string; functionName?: string; columnNumber?: number }; name?: string }
}

/** Records a Chromium trace (devtools.timeline) around `action`, from a CDP session on `page`. */
export async function traceAround(page: ChromiumPage, action: () => Promise<unknown>, categories = ['devtools.timeline']): Promise<TraceEvent[]> {
  const cdp = await page.page.context().newCDPSession(page.page)
  const events: TraceEvent[] = []
  ;(cdp as unknown as { on(event: string, listener: (data: { value: TraceEvent[] }) => void): void }).on('Tracing.dataCollected', (data) => events.push(...data.value))
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' } })
  try {
    await action()
  } finally {
    await cdp.send('Tracing.end')
    await complete
    await cdp.detach()
  }
  return events
}

/** Each event's duration less its nested events' (on one thread, nesting is containment), summed by name, in ms, cut at `end`. */
export function selfTimeByName(events: TraceEvent[], end: number): Map<string, number> {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const open: { name: string; stop: number }[] = []
  let last = sorted[0]?.ts ?? 0
  const advance = (to: number) => {
    // Time from `last` to `to` belongs to the innermost open event, closing those that end on the way.
    while (last < to) {
      const top = open[open.length - 1]
      if (!top) {
        last = to
        break
      }
      const until = Math.min(top.stop, to)
      self.set(top.name, (self.get(top.name) ?? 0) + (until - last) / 1000)
      last = until
      if (until === top.stop) open.pop()
    }
  }
  for (const e of sorted) {
    advance(e.ts)
    while (open.length && open[open.length - 1]!.stop <= e.ts) open.pop()
    open.push({ name: e.name, stop: Math.min(e.ts + (e.dur ?? 0), end) })
  }
  advance(end)
  return self
}
