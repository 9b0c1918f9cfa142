/**
 * Popup opened -> summary shown, and reader switch -> reader painted, for Klartext and for their
 * references, alternately in the same browser (a test copy of the extension that also holds the
 * reference pages, scripts/bench/test-copy.ts). The extension opens its pages itself, for the
 * article's tab, as its toolbar button would; they report to the bench through that tab (in Firefox,
 * WebDriver BiDi can neither open nor see moz-extension:// pages):
 *   - popup: the popup page's own mark `klartext-popup-summary` (from its navigation start: title,
 *     meta line and summary are in the DOM, the controls bound); the reference is reference-popup.html,
 *     a page of the same size and stylesheet that shows one line of static text on load and sets
 *     `klartext-popup-ready`. The people follow the summary (their code is loaded after it): the
 *     popup's `klartext-popup-ready` (everything shown) is reported beside it, not gated;
 *   - reader: from the click on the popup's switch to the end of the frame after the reader's host
 *     is in the page (its paint; the run fails unless that frame has the article's text in it: a host
 *     filled later would not count; what the reader defers until it is idle comes after); the reference is reader-overlay.js, injected ahead like the
 *     reader's script, which on a message from an extension page shows the same (sanitized)
 *     article HTML with the reader's stylesheet in a shadow-root overlay;
 *   - where the popup's time goes: its marks and its navigation timing (both browsers); a trace and
 *     V8's profile by function in scripts/bench/profile.ts. (The popup has no polyfill since the
 *     extension API shim of src/shared/extension-api.ts: nothing to time there.)
 */
import type { E2EBrowser, E2EPage } from '../../test/e2e/harness/browsers'
import type { PageCase } from '../../test/e2e/harness/cases'
import type { SiteServer } from '../../test/e2e/harness/server'
import { median, round, summarize, type Stat } from './stats'

/** A user reads the summary before switching: by then the popup has handed its analysis to the page. */
export const BEFORE_SWITCH_MS = 800

/** The popup's stages, in the order they end. */
export const POPUP_STAGES = [
  'navigation (to the HTML received)',
  'script (stylesheet, entry compile, until the page is asked)',
  'page (status and snapshot, one round trip)',
  'analysis code (still loading after the page answered)',
  'parse',
  'analysis (summary)',
  'render',
  'people (after the summary: code, finding, render)',
] as const
type PopupStage = (typeof POPUP_STAGES)[number]

export interface PopupReaderResult {
  /** Opened -> summary shown. */
  popup: Stat
  /** Opened -> everything shown (the people too). */
  popupAll: Stat
  referencePopup: Stat
  readerFrame: Stat
  readerHost: Stat
  referenceReaderFrame: Stat
  /** Median per stage, ms. */
  popupStages: Record<PopupStage, number>
}

export interface ReaderReference {
  /** The article as the reader shows it: Readability's content, sanitized. */
  html: string
  css: string
  /** The article's language (the reader sets it: hyphenation). */
  lang: string
}

export async function measurePopupAndReader(browser: E2EBrowser, server: SiteServer, article: PageCase, reference: ReaderReference, runs: number): Promise<PopupReaderResult> {
  const url = server.addPage('/bench/article/', { html: article.html, truth: article.truth, probe: false })
  const samples = { popup: [] as number[], popupAll: [] as number[], referencePopup: [] as number[], readerFrame: [] as number[], readerHost: [] as number[], referenceReaderFrame: [] as number[] }
  const stageSamples = Object.fromEntries(POPUP_STAGES.map((s) => [s, [] as number[]])) as Record<PopupStage, number[]>
  for (let i = 0; i < runs; i++) {
    // Klartext and the references alternate which goes first, so machine load hits them alike.
    const steps = [
      async () => {
        // A fresh tab each run: the analysis is cached per page, and the first popup is what users wait for.
        const page = await benchTab(browser, url)
        const stages = popupStages(await openAndWait(page, 'popup.html'))
        samples.popup.push(stages.summary)
        samples.popupAll.push(stages.ready)
        for (const s of POPUP_STAGES) stageSamples[s].push(stages[s])
        await sleep(BEFORE_SWITCH_MS)
        const [host, frame] = await readerSwitchMs(page, { type: 'bench/switch' })
        samples.readerHost.push(host)
        samples.readerFrame.push(frame)
        await page.close()
      },
      async () => {
        const page = await benchTab(browser, url)
        samples.referencePopup.push(round((await openAndWait(page, 'reference-popup.html')).marks['klartext-popup-ready'] ?? NaN))
        await relay(page, { type: 'bench/reference-article', ...reference })
        await nextReport(page, 'handed-over')
        await sleep(BEFORE_SWITCH_MS)
        const [, frame] = await readerSwitchMs(page, { type: 'bench/reference-switch' })
        samples.referenceReaderFrame.push(frame)
        await relay(page, { type: 'bench/close' })
        await page.close()
      },
    ]
    if (i % 2) steps.reverse()
    for (const step of steps) await step()
    console.log(`  ${browser.name} popup and reader, run ${i + 1}: popup ${samples.popup.at(-1)} (people ${samples.popupAll.at(-1)}; reference ${samples.referencePopup.at(-1)}), reader ${samples.readerFrame.at(-1)} (reference ${samples.referenceReaderFrame.at(-1)}) ms`)
  }
  const result: PopupReaderResult = {
    popup: summarize(samples.popup),
    popupAll: summarize(samples.popupAll),
    referencePopup: summarize(samples.referencePopup),
    readerFrame: summarize(samples.readerFrame),
    readerHost: summarize(samples.readerHost),
    referenceReaderFrame: summarize(samples.referenceReaderFrame),
    popupStages: Object.fromEntries(POPUP_STAGES.map((s) => [s, median(stageSamples[s])])) as Record<PopupStage, number>,
  }
  return result
}

interface Report {
  what: string
  marks: Record<string, number>
  htmlReceived: number
  at: number
}

/** A tab on the article that keeps what the extension pages report (scripts/bench/reference/bench-opener.js). */
export async function benchTab(browser: E2EBrowser, url: string): Promise<E2EPage> {
  const page = await browser.newPage()
  await page.goto(url)
  await page.evaluate(() => {
    const reports: unknown[] = []
    ;(window as unknown as { __benchReports: unknown[] }).__benchReports = reports
    window.addEventListener('message', (event) => {
      if (event.source === window && (event.data as { type?: string } | null)?.type === 'klartext-bench/report') reports.push(event.data)
    })
  })
  return page
}

/** The next report `what` from the extension page, taken off the tab's list. */
export function nextReport(page: E2EPage, what: string): Promise<Report> {
  return page.waitFor(`the report "${what}"`, (name) => {
    const reports = (window as unknown as { __benchReports: { what: string }[] }).__benchReports
    const index = reports.findIndex((r) => r.what === name)
    return index < 0 ? null : reports.splice(index, 1)[0]
  }, what, 15_000) as Promise<Report>
}

let opened = 0
/** Have the extension open one of its pages for this tab (as the toolbar button would), and wait for its ready report. */
export async function openAndWait(page: E2EPage, file: string): Promise<Report> {
  const path = `${file}?n=${++opened}&tab=TAB`
  await page.evaluate((p) => window.postMessage({ type: 'klartext-bench/open', path: p }, '*'), path)
  return nextReport(page, 'ready')
}

/** A message to the open extension page, through the tab's relay. */
export async function relay(page: E2EPage, message: object): Promise<void> {
  await page.evaluate((m) => window.postMessage({ type: 'klartext-bench/relay', message: m }, '*'), message)
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}


/** The popup's stages from its own marks (src/popup/controller.ts) and its navigation timing. */
function popupStages({ marks, htmlReceived }: Report): Record<PopupStage, number> & { summary: number; ready: number } {
  const at = (name: string) => marks[`klartext-popup-${name}`] ?? NaN
  return {
    'navigation (to the HTML received)': round(htmlReceived),
    'script (stylesheet, entry compile, until the page is asked)': round(at('start') - htmlReceived),
    'page (status and snapshot, one round trip)': round(at('page') - at('start')),
    'analysis code (still loading after the page answered)': round(at('code') - at('page')),
    parse: round(at('parsed') - at('code')),
    'analysis (summary)': round(at('analyzed') - at('parsed')),
    render: round(at('summary') - at('analyzed')),
    'people (after the summary: code, finding, render)': round(at('ready') - at('summary')),
    summary: round(at('summary')),
    ready: round(at('ready')),
  }
}

/**
 * Switch the reader on with `message` to the extension page (it reports the time of the click:
 * timeOrigin + now, one clock across the browser's pages); the page records when the reader's host
 * arrives and when the frame after it has been painted.
 */
async function readerSwitchMs(page: E2EPage, message: object): Promise<[number, number]> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchReader?: ReaderRecord }
    const record: ReaderRecord = {}
    w.__benchReader = record
    const observer = new MutationObserver(() => {
      const host = document.querySelector('[data-klartext-reader]')
      if (!host) return
      record.inserted = performance.timeOrigin + performance.now()
      observer.disconnect()
      // A frame's callbacks run before its style, layout and paint; a task queued from one runs after them.
      requestAnimationFrame(() => {
        // What this frame paints: the article's text must be in it (not a host filled later).
        record.textInFrame = host.shadowRoot?.querySelector('.kt-content')?.textContent?.trim().length ?? 0
        setTimeout(() => {
          record.frame = performance.timeOrigin + performance.now()
        }, 0)
      })
    })
    observer.observe(document.documentElement, { childList: true })
  })
  await relay(page, message)
  const clicked = (await nextReport(page, 'switched')).at
  const record = await page.waitFor('the reader to render', () => {
    const r = (window as unknown as { __benchReader?: ReaderRecord }).__benchReader
    return r?.inserted && r.frame ? r : null
  }, undefined, 15_000)
  if (!record.textInFrame) throw new Error('the frame after the reader\'s host arrived had no article text in it: "painted" would not be the reader painted')
  return [round(record.inserted! - clicked), round(record.frame! - clicked)]
}

interface ReaderRecord {
  inserted?: number
  frame?: number
  /** Characters of article text in the reader's shadow root at the frame measured. */
  textInFrame?: number
}
