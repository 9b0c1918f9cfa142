/**
 * Hostile article content in the real browsers (payloads from test/security/payloads.ts).
 *
 * The payloads sit in the page itself, so the page runs its own at load: that is the page's doing,
 * not the extension's. What must hold is that opening the reader (through the real popup) runs
 * none of them again, loads nothing from the hostile host, navigates nowhere, and that nothing of
 * them escapes the overlay. So: load the page, record which markers the page set by itself, clear
 * them, open the reader, then check:
 *   - no payload marker set again, in the page's window or in the popup's (extension) window. A marker
 *     set while the page handles an event of an element of its own document is the page's copy firing
 *     late (a toggle, a media error, a focus) and is only reported; any other (no event, or a handler
 *     inside the reader's shadow tree, where window.event is hidden) fails;
 *   - no dialog (alert/confirm/prompt) opened;
 *   - no request to the hostile host after the reader opened; the page's URL unchanged;
 *   - the reader's content holds no element or attribute that could run, load, restyle or clobber;
 *   - the reader is the topmost thing everywhere in the viewport;
 *   - the popup rendered page text as text only (no element from the page in it).
 * Two payloads would navigate the page at load by themselves (meta refresh, delay 0): in the batch page
 * their delay is an hour instead, so the page stays; that they never reach the reader is checked on the
 * reader's content (no <meta> there).
 */
import { expect, it } from 'vitest'
import { PAYLOADS, PWNED_HOST, PWNED_PREFIX, articlePage, type Payload } from '../security/payloads'
import type { E2EPage } from './harness/browsers'
import { inspectPopup, waitForReader } from './harness/reader-probe'
import { describeInBrowsers, type Session } from './harness/session'

/** Every payload; a meta refresh waits an hour instead of 0 s so the page itself stays put (see above). */
const ALL: Payload[] = PAYLOADS.map((p) => ({ ...p, html: p.html.replace(/(http-equiv="refresh" content=")0\s*;/i, '$13600;') }))

/**
 * Payloads whose CSS, sitting in the page itself, hides the page's <html>: nothing inside the document
 * (the reader's host included) can be visible then, whatever the reader does with its own copy.
 * Their page is checked for everything but the reader covering the viewport.
 */
const HIDES_PAGE_ITSELF = new Set(['style_tag_hide', 'svg_style_overlay'])

/** One article page per group, so that one payload breaking the reader does not hide what the others do. */
const GROUPS: { name: string; payloads: Payload[]; readerVisible: boolean }[] = [
  { name: 'script, handlers, URLs, frames, forms, SVG, MathML, mXSS', payloads: ALL.filter((p) => p.detect === 'global' || p.detect === 'navigation'), readerVisible: true },
  { name: 'CSS that hides or overlays', payloads: ALL.filter((p) => p.detect === 'style' && !HIDES_PAGE_ITSELF.has(p.name)), readerVisible: true },
  { name: 'CSS hiding the page itself', payloads: ALL.filter((p) => HIDES_PAGE_ITSELF.has(p.name)), readerVisible: false },
  { name: 'DOM clobbering of ids, names and form properties', payloads: ALL.filter((p) => p.detect === 'clobber'), readerVisible: true },
]

describeInBrowsers('hostile article content', (session) => {
  it('the groups together hold every payload', () => {
    expect(GROUPS.flatMap((g) => g.payloads.map((p) => p.name)).sort()).toEqual(PAYLOADS.map((p) => p.name).sort())
  })

  for (const [index, group] of GROUPS.entries()) {
    it(`${group.name} (${group.payloads.length} payloads): opening the reader runs none, loads nothing, nothing escapes the overlay`, async () => {
      const s = session()
      const url = s.serve(`/e2e/hostile/${index}/`, { html: articlePage(group.payloads), probe: false })
      const page = await s.open(url)
      try {
        await checkReaderOnHostilePage(s, page, url, group.payloads, `hostile-${index}`, group.readerVisible)
      } finally {
        await page.close()
      }
    })
  }

  it('the recording saw the hostile host when the page itself reached for it (the request check can fail)', () => {
    const s = session()
    // The pages' own <img srcset>, <link rel=stylesheet> and @import point at the hostile host:
    // the pages loading them at load proves that requests to it are recorded.
    expect(s.server.log.some((r) => hostile(r.url))).toBe(true)
  })
})

async function checkReaderOnHostilePage(s: Session, page: E2EPage, url: string, payloads: readonly Payload[], label: string, readerVisible: boolean): Promise<void> {
  const selfRun = await page.evaluate((prefix) => Object.keys(window).filter((k) => k.startsWith(prefix)), PWNED_PREFIX)
  // From here on every marker assignment is recorded with the event being handled: an event whose
  // target is in the page's own document is the page's copy of the payload firing late (a toggle, a
  // media error, a focus); anything else (no event, or window.event hidden because the handler sits
  // in a shadow tree) would be the reader's copy.
  await page.evaluate((markers) => {
    const record = { pageLate: [] as string[], other: [] as string[], dialogs: 0 }
    ;(window as unknown as { __e2eRecord: typeof record }).__e2eRecord = record
    for (const marker of markers) {
      delete (window as unknown as Record<string, unknown>)[marker]
      Object.defineProperty(window, marker, {
        configurable: true,
        get: () => undefined,
        set: () => {
          const event = (window as unknown as { event?: Event }).event
          const target = event?.target as Node | null | undefined
          const inPage = Boolean(target && typeof target.getRootNode === 'function' && target.getRootNode() === document)
          ;(inPage ? record.pageLate : record.other).push(`${marker} (${event ? `${event.type} on <${(target as Element | null)?.localName ?? '?'}>` : 'no event'})`)
        },
      })
    }
    for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
      ;(window as unknown as Record<string, () => void>)[name] = () => {
        record.dialogs++
      }
    }
  }, payloads.map((p) => p.marker))
  const since = Date.now()

  const popup = await s.openPopupFor(url)
  try {
    const shown = await popup
      .waitFor('the popup to finish', () => (document.body.dataset.state !== 'loading' ? document.body.dataset.state : null), undefined, 15_000)
      .catch(() => 'still loading')
    if (shown !== 'ready') {
      const state = await popup.evaluate(inspectPopup)
      await s.failIf(page, `${label}-popup`, [`popup did not get to "ready" on the hostile page: ${shown}; it shows ${JSON.stringify(state)}`])
    }
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    const reader = await waitForReader(page).catch(async (error: Error) => {
      await s.failIf(page, `${label}-reader`, [`reader did not open: ${error.message}`])
      throw error
    })
    // Let anything the reader's content could trigger have its turn: images to error, animations to
    // start, frames to load. Condition: every <img> of the reader settled (complete) and two frames rendered.
    await page.waitFor('the reader content to settle', async () => {
      const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
      const images = Array.from(root?.querySelectorAll('img') ?? [])
      if (!images.every((img) => img.complete)) return false
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      return true
    })

    const problems: string[] = []
    const record = await page.evaluate(() => (window as unknown as { __e2eRecord?: { pageLate: string[]; other: string[]; dialogs: number } }).__e2eRecord)
    if (!record) problems.push('the page was replaced (navigated or reloaded) after the reader opened')
    problems.push(...(record?.other ?? []).map((k) => `executed after the reader opened, not by the page's own copy: ${k}`))
    if (record && record.dialogs > 0) problems.push(`dialogs opened after the reader opened: ${record.dialogs}`)
    const ranInPopup = await popup.evaluate((prefix) => Object.keys(window).filter((k) => k.startsWith(prefix)), PWNED_PREFIX)
    problems.push(...ranInPopup.map((k) => `executed in the popup (extension context): ${k}`))
    const pageUrl = await page.evaluate(() => location.href)
    if (pageUrl !== url) problems.push(`page navigated to ${pageUrl}`)
    const hostileRequests = s.server.log.filter((r) => r.at >= since && hostile(r.url))
    problems.push(...hostileRequests.map((r) => `request to the hostile host after the reader opened: ${r.method} ${r.url}`))
    problems.push(...reader.violations.map((v) => `reader content: ${v}`))
    if (readerVisible && !reader.coversViewport) problems.push(...reader.abovePoints.map((p) => `something above the reader at ${p}`))
    const popupState = await popup.evaluate(inspectPopup)
    const popupElements = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('#title *, #summary *, #people *, #meta *'))
        .map((el) => el.localName)
        .filter((tag) => !['li', 'span', 'button'].includes(tag)),
    )
    problems.push(...popupElements.map((tag) => `element <${tag}> from page data in the popup`))
    if (!popupState.title) problems.push('popup shows no title')
    await page.bringToFront()
    await s.failIf(page, label, problems)
    console.info(
      `[${s.name}] ${label}: ${payloads.length} payloads; the page's own copies ran ${selfRun.length} at load and ${record?.pageLate.length ?? 0} later (${record?.pageLate.join(', ') || '-'}); none ran or loaded through the reader`,
    )
  } finally {
    await popup.close()
  }
}

function hostile(url: string): boolean {
  return url.includes(PWNED_HOST)
}
