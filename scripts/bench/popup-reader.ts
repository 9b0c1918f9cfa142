/**
 * Popup opened -> summary shown, and reader switch -> reader painted, for Klartext and for their
 * references, alternately in the same browser (a test copy of the extension that also holds the
 * reference pages, scripts/bench/test-copy.ts):
 *   - popup: the popup page's own mark `klartext-popup-ready` (from its navigation start); the
 *     reference is reference-popup.html, a page of the same size and stylesheet that shows one line
 *     of static text on load and sets the same mark;
 *   - reader: from the click on the popup's switch to the end of the frame after the reader's host
 *     is in the page (its paint); the reference is reader-overlay.js, injected ahead like the
 *     reader's script, which on a message from an extension page shows the same (sanitized)
 *     article HTML with the reader's stylesheet in a shadow-root overlay;
 *   - where the popup's time goes: its marks and the navigation and resource timings (both browsers),
 *     the polyfill evaluated alone in polyfill.html, and in Chromium a trace of one popup load.
 */
import { ChromiumPage, type E2EBrowser, type E2EPage } from '../../test/e2e/harness/browsers'
import type { PageCase } from '../../test/e2e/harness/cases'
import type { SiteServer } from '../../test/e2e/harness/server'
import { traceAround, type TraceEvent } from './load-time'
import { median, round, summarize, type Stat } from './stats'

/** A user reads the summary before switching: by then the popup has handed its analysis to the page. */
export const BEFORE_SWITCH_MS = 800

/** The popup's stages, in the order they end. */
export const POPUP_STAGES = ['navigation (to the HTML received)', 'script (stylesheet, compile, polyfill, setup)', 'page status', 'snapshot', 'parse', 'analysis', 'render'] as const
type PopupStage = (typeof POPUP_STAGES)[number]

export interface PopupReaderResult {
  popup: Stat
  referencePopup: Stat
  readerFrame: Stat
  readerHost: Stat
  referenceReaderFrame: Stat
  /** Median per stage, ms. */
  popupStages: Record<PopupStage, number>
  /** The polyfill evaluated alone in an extension page of the popup's size. */
  polyfill: Stat
  /** Chromium only: the popup's renderer main thread during one traced load, by top-level event. */
  trace?: TraceSummary
}

export interface ReaderReference {
  /** The article as the reader shows it: Readability's content, sanitized. */
  html: string
  css: string
  /** The article's language (the reader sets it: hyphenation). */
  lang: string
}

export async function measurePopupAndReader(browser: E2EBrowser, server: SiteServer, article: PageCase, reference: ReaderReference, runs: number, traced: boolean): Promise<PopupReaderResult> {
  const url = server.addPage('/bench/article/', { html: article.html, truth: article.truth, probe: false })
  const samples = { popup: [] as number[], referencePopup: [] as number[], readerFrame: [] as number[], readerHost: [] as number[], referenceReaderFrame: [] as number[], polyfill: [] as number[] }
  const stageSamples = Object.fromEntries(POPUP_STAGES.map((s) => [s, [] as number[]])) as Record<PopupStage, number[]>
  for (let i = 0; i < runs; i++) {
    // Klartext and the references alternate which goes first, so machine load hits them alike.
    const steps = [
      async () => {
        // A fresh tab each run: the analysis is cached per page, and the first popup is what users wait for.
        const page = await browser.newPage()
        await page.goto(url)
        const popup = await browser.openExtensionPage(`popup.html?tab=${await browser.tabIdOf(url)}`)
        const stages = await popupStages(popup)
        samples.popup.push(stages.ready)
        for (const s of POPUP_STAGES) stageSamples[s].push(stages[s])
        await sleep(BEFORE_SWITCH_MS)
        const [host, frame] = await readerSwitchMs(page, () => popup.evaluate(() => {
          const at = performance.timeOrigin + performance.now()
          ;(document.getElementById('reader-switch') as HTMLButtonElement).click()
          return at
        }))
        samples.readerHost.push(host)
        samples.readerFrame.push(frame)
        await popup.close()
        await page.close()
      },
      async () => {
        const popup = await browser.openExtensionPage('reference-popup.html')
        samples.referencePopup.push(await popupMark(popup, 'klartext-popup-ready'))
        const page = await browser.newPage()
        await page.goto(url)
        const tabId = await browser.tabIdOf(url)
        await popup.evaluate(handOverReference, { tabId, ...reference })
        await sleep(BEFORE_SWITCH_MS)
        const [, frame] = await readerSwitchMs(page, () => popup.evaluate(switchReference, tabId))
        samples.referenceReaderFrame.push(frame)
        await popup.close()
        await page.close()
        const polyfillPage = await browser.openExtensionPage('polyfill.html')
        samples.polyfill.push(round((await popupMark(polyfillPage, 'polyfill-after')) - (await popupMark(polyfillPage, 'polyfill-before'))))
        await polyfillPage.close()
      },
    ]
    if (i % 2) steps.reverse()
    for (const step of steps) await step()
  }
  const result: PopupReaderResult = {
    popup: summarize(samples.popup),
    referencePopup: summarize(samples.referencePopup),
    readerFrame: summarize(samples.readerFrame),
    readerHost: summarize(samples.readerHost),
    referenceReaderFrame: summarize(samples.referenceReaderFrame),
    polyfill: summarize(samples.polyfill),
    popupStages: Object.fromEntries(POPUP_STAGES.map((s) => [s, median(stageSamples[s])])) as Record<PopupStage, number>,
  }
  if (traced && browser.name === 'chromium') result.trace = await tracePopup(browser, url)
  return result
}

/** In the reference's extension page: inject the overlay script into the tab and hand it the article. */
async function handOverReference({ tabId, html, css, lang }: { tabId: number } & ReaderReference): Promise<void> {
  type Api = { scripting: { executeScript(i: object): Promise<unknown> }; tabs: { sendMessage(tab: number, m: object): Promise<unknown> } }
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api }
  const api = (scope.browser ?? scope.chrome) as Api
  await api.scripting.executeScript({ target: { tabId }, files: ['reader-overlay.js'] })
  await api.tabs.sendMessage(tabId, { type: 'bench/article', html, css, lang })
}

/** In the reference's extension page, as the popup's switch does: one message to the tab. */
function switchReference(tabId: number): number {
  type Api = { tabs: { sendMessage(tab: number, m: object): Promise<unknown> } }
  const scope = globalThis as unknown as { browser?: Api; chrome?: Api }
  const at = performance.timeOrigin + performance.now()
  void (scope.browser ?? scope.chrome)?.tabs.sendMessage(tabId, { type: 'bench/reader-on' })
  return at
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** A performance mark's time from the page's navigation start, once it is set. */
function popupMark(page: E2EPage, name: string): Promise<number> {
  return page.waitFor(`the mark ${name}`, (markName) => {
    const [mark] = performance.getEntriesByName(markName)
    return mark ? Math.round(mark.startTime * 100) / 100 : null
  }, name, 15_000)
}

/** The popup's stages from its own marks and its navigation and resource timings, once it is ready. */
async function popupStages(popup: E2EPage): Promise<Record<PopupStage, number> & { ready: number }> {
  const t = await popup.waitFor('the popup-ready mark', () => {
    const at = (name: string) => performance.getEntriesByName(`klartext-popup-${name}`)[0]?.startTime ?? NaN
    if (!performance.getEntriesByName('klartext-popup-ready').length) return null
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    return {
      fetched: navigation?.responseEnd ?? NaN,
      start: at('start'),
      status: at('status'),
      snapshot: at('snapshot'),
      parsed: at('parsed'),
      analyzed: at('analyzed'),
      ready: at('ready'),
    }
  }, undefined, 15_000)
  return {
    'navigation (to the HTML received)': round(t.fetched),
    'script (stylesheet, compile, polyfill, setup)': round(t.start - t.fetched),
    'page status': round(t.status - t.start),
    snapshot: round(t.snapshot - t.status),
    parse: round(t.parsed - t.snapshot),
    analysis: round(t.analyzed - t.parsed),
    render: round(t.ready - t.analyzed),
    ready: round(t.ready),
  }
}

/**
 * Switch the reader on with `click` (it answers the time of the click: timeOrigin + now, one clock
 * across the browser's pages); the page records when the reader's host arrives and the frame after.
 */
async function readerSwitchMs(page: E2EPage, click: () => Promise<number>): Promise<[number, number]> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchReader?: { inserted?: number; frame?: number } }
    const record: { inserted?: number; frame?: number } = {}
    w.__benchReader = record
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-klartext-reader]')) return
      record.inserted = performance.timeOrigin + performance.now()
      observer.disconnect()
      // A frame's callbacks run before its style, layout and paint; a task queued from one runs after them.
      requestAnimationFrame(() => {
        setTimeout(() => {
          record.frame = performance.timeOrigin + performance.now()
        }, 0)
      })
    })
    observer.observe(document.documentElement, { childList: true })
  })
  const clicked = await click()
  const record = await page.waitFor('the reader to render', () => {
    const r = (window as unknown as { __benchReader?: { inserted?: number; frame?: number } }).__benchReader
    return r?.inserted && r.frame ? { inserted: r.inserted, frame: r.frame } : null
  }, undefined, 15_000)
  return [round(record.inserted - clicked), round(record.frame - clicked)]
}

// --- trace ---------------------------------------------------------------------------------------

export interface TraceSummary {
  /** From the first event of popup.html on its renderer's main thread to the ready mark, ms. */
  spanMs: number
  /** Main-thread self time by event name (an event's time less its children's), ms, largest first; "idle" is the rest of the span. */
  byEvent: [string, number][]
  /** popup.js: compile and top-level evaluation, ms. */
  compileMs: number
  evaluateMs: number
}

/** One popup load under a Chromium trace (not counted in the figures: tracing slows it). */
async function tracePopup(browser: E2EBrowser, url: string): Promise<TraceSummary | undefined> {
  const page = await browser.newPage()
  await page.goto(url)
  const tabId = await browser.tabIdOf(url)
  const popup = (await browser.newPage()) as ChromiumPage
  try {
    const events = await traceAround(popup, async () => {
      await popup.goto(`${browser.extensionOrigin}/popup.html?tab=${tabId}`)
      await popupMark(popup, 'klartext-popup-ready')
    }, ['devtools.timeline', 'blink.user_timing', 'v8', 'disabled-by-default-devtools.timeline'])
    return summarizePopupTrace(events)
  } finally {
    await popup.close()
    await page.close()
  }
}

function summarizePopupTrace(events: TraceEvent[]): TraceSummary | undefined {
  const url = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? ''
  const evaluate = events.find((e) => e.name === 'EvaluateScript' && url(e).endsWith('/popup.js'))
  const ready = events.find((e) => e.name === 'klartext-popup-ready')
  if (!evaluate || !ready) return undefined
  const thread = events.filter((e) => e.pid === evaluate.pid && e.tid === evaluate.tid && e.ph === 'X' && typeof e.dur === 'number')
  const start = Math.min(...thread.filter((e) => /popup\.(html|js|css)/.test(url(e)) || /popup\.html/.test(JSON.stringify(e.args ?? {}))).map((e) => e.ts))
  const inSpan = thread.filter((e) => e.ts >= start && e.ts < ready.ts)
  const spanMs = (ready.ts - start) / 1000
  const self = selfTimeByName(inSpan, ready.ts)
  const busy = [...self.values()].reduce((a, b) => a + b, 0)
  self.set('idle (waiting: messages, other processes)', spanMs - busy)
  const ms = (name: string) => round(thread.filter((e) => e.name === name && url(e).endsWith('/popup.js')).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000)
  return {
    spanMs: round(spanMs),
    byEvent: [...self].map(([n, v]): [string, number] => [n, round(v)]).sort((a, b) => b[1] - a[1]).slice(0, 10),
    compileMs: ms('v8.compile'),
    evaluateMs: ms('EvaluateScript'),
  }
}

/** Each event's duration less its nested events' (on one thread, nesting is containment), summed by name, in ms, cut at `end`. */
function selfTimeByName(events: TraceEvent[], end: number): Map<string, number> {
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
