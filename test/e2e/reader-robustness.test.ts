/**
 * Reader mode over a live page, in the real browsers (issue 7 "Restore", issue 5 keyboard and badge):
 *   - twenty times on and off through the popup: the page's DOM byte-identical, scroll position
 *     restored, its own event listeners still working, nothing left behind;
 *   - the page changing its DOM while the reader is open: the change is kept, nothing else differs;
 *   - focus moves into the reader when it opens, Escape closes it and focus returns;
 *   - the toolbar badge counts the blocks the page's rules hid.
 */
import { expect, it } from 'vitest'
import { poll, type E2EPage } from './harness/browsers'
import { staticArticleCase } from './harness/cases'
import { firstDifference, pageState, waitForReader } from './harness/reader-probe'
import { describeInBrowsers } from './harness/session'

const ARTICLE = staticArticleCase()
/** A control of the page's own, with its own listener, to prove listeners survive the reader. */
const COUNTER = `<button type="button" id="e2e-counter">0</button>
<script>document.getElementById('e2e-counter').addEventListener('click', function (e) { e.currentTarget.textContent = String(Number(e.currentTarget.textContent) + 1) })</script>
</body>`
const HTML = ARTICLE.html.replace('</body>', COUNTER)
const TOGGLES = 20

describeInBrowsers('reader mode over a live page', (session) => {
  let page: E2EPage
  let popup: E2EPage
  let url: string

  it(`${TOGGLES} times on and off: DOM byte-identical, scroll restored, page listeners work, nothing left behind`, async () => {
    const s = session()
    url = s.serve('/e2e/live-article/', { html: HTML, truth: ARTICLE.truth })
    page = await s.open(url)
    await page.evaluate(() => window.scrollTo(0, 700))
    const before = await page.evaluate(pageState)
    popup = await s.openPopupFor(url)
    await popup.waitFor('the popup to be ready', () => document.body.dataset.state === 'ready')
    for (let i = 0; i < TOGGLES; i++) {
      await setReader(popup, page, true)
      await setReader(popup, page, false)
    }
    const after = await page.evaluate(pageState)
    const problems: string[] = []
    if (after.html !== before.html) problems.push(`DOM differs after ${TOGGLES} toggles: ${firstDifference(before.html, after.html)}`)
    if (after.scrollX !== before.scrollX || after.scrollY !== before.scrollY) problems.push(`scroll (${after.scrollX}, ${after.scrollY}), expected (${before.scrollX}, ${before.scrollY})`)
    const clicks = await page.evaluate(() => {
      const counter = document.getElementById('e2e-counter') as HTMLButtonElement
      counter.click()
      counter.click()
      return counter.textContent
    })
    if (clicks !== '2') problems.push(`the page's own click listener no longer counts (shows ${clicks})`)
    await s.failIf(page, 'reader-toggles', problems)
  })

  it('the page changing its DOM while the reader is open keeps its change, and nothing else differs', async () => {
    const s = session()
    const before = await page.evaluate(pageState)
    await setReader(popup, page, true)
    await page.evaluate(() => {
      const added = document.createElement('p')
      added.id = 'e2e-added-while-open'
      added.textContent = 'Nachgeladener Absatz'
      document.querySelector('article')?.append(added)
    })
    await setReader(popup, page, false)
    const problems: string[] = []
    const added = await page.evaluate(() => document.querySelectorAll('#e2e-added-while-open').length)
    if (added !== 1) problems.push(`the page's own change is there ${added} times, expected once`)
    await page.evaluate(() => document.getElementById('e2e-added-while-open')?.remove())
    const after = await page.evaluate(pageState)
    if (after.html !== before.html) problems.push(`DOM differs beyond the page's own change: ${firstDifference(before.html, after.html)}`)
    await s.failIf(page, 'reader-page-changed', problems)
  })

  it('focus moves into the reader when it opens; Escape closes it and focus returns to where it was', async () => {
    const s = session()
    await page.bringToFront()
    await page.evaluate(() => (document.getElementById('e2e-counter') as HTMLButtonElement).focus())
    await setReader(popup, page, true)
    const problems: string[] = []
    const focusInReader = await page.waitFor('focus inside the reader', () => {
      const host = document.querySelector('[data-klartext-reader]')
      return host && document.activeElement === host && host.shadowRoot?.activeElement ? host.shadowRoot.activeElement.localName : null
    }).catch(() => null)
    if (!focusInReader) problems.push('focus did not move into the reader')
    await page.keyboard('Escape')
    const closed = await page.waitFor('Escape to close the reader', () => !document.querySelector('[data-klartext-reader]'), undefined, 5_000).catch(() => false)
    if (!closed) problems.push('Escape did not close the reader')
    const focused = await page.evaluate(() => document.activeElement?.id ?? document.activeElement?.localName)
    if (closed && focused !== 'e2e-counter') problems.push(`focus went to ${focused}, expected back on #e2e-counter`)
    await s.failIf(page, 'reader-keyboard', problems)
  })

  it('the popup lists what was hidden by kind; a kind\'s switch shows it again on the page and hides it again', async () => {
    const s = session()
    const jobs = ['(Senior) Expert - Künstliche Intelligenz (m/w/d)']
    const others = ['Du willst nichts verpassen?']
    type Seen = { visible: boolean; found: boolean; text: string }
    const look = () =>
      page.evaluate((t) => (window as unknown as { __e2e: { snapshot(t: unknown): { clutter: Seen[] } } }).__e2e.snapshot({ clutter: t, article: [], listing: [] }).clutter, [...jobs, ...others])
    const clickKind = (kind: string) =>
      popup.evaluate((k) => (document.querySelector(`#hidden-kinds button[data-kind="${k}"]`) as HTMLButtonElement | null)?.click(), kind)
    const kinds = await popup.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('#hidden-kinds [data-kind]')).map((el) => el.dataset.kind))
    expect(kinds, 'the popup lists the kinds hidden on the page').toContain('jobs')
    await clickKind('jobs')
    const shown = await poll('the job ads to show again', async () => {
      const seen = await look()
      return seen[0]?.visible ? seen : null
    }, 10_000).catch(async () => look())
    const problems: string[] = []
    if (!shown[0]?.visible) problems.push('job ads still hidden after their switch was turned on')
    if (shown[1]?.visible) problems.push('another kind became visible too')
    await s.failIf(page, 'popup-show-kind', problems)
    await clickKind('jobs')
    const hidden = await poll('the job ads to hide again', async () => {
      const seen = await look()
      return seen[0] && !seen[0].visible ? seen : null
    }, 10_000).catch(async () => look())
    await s.failIf(page, 'popup-hide-kind-again', hidden[0]?.visible ? ['job ads still visible after their switch was turned off again'] : [])
  })

  it('the toolbar badge counts the blocks the rules hid on the page', async () => {
    const s = session()
    const tabId = await s.browser.tabIdOf(url)
    const seen = await popup.waitFor('the badge and the page status', async (tab) => {
      type Api = {
        action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> }
        tabs: { sendMessage(tab: number, message: object): Promise<{ hidden: unknown[] }> }
      }
      const scope = globalThis as unknown as { browser?: Api; chrome: Api }
      const api = scope.browser ?? scope.chrome
      const [badge, title, status] = await Promise.all([
        api.action.getBadgeText({ tabId: tab }),
        api.action.getTitle({ tabId: tab }),
        api.tabs.sendMessage(tab, { type: 'page/status' }),
      ])
      return badge ? { badge, title, hidden: status.hidden.length } : null
    }, tabId)
    expect(seen.hidden, 'the page has hidden clutter').toBeGreaterThan(0)
    expect(seen.badge).toBe(String(seen.hidden))
    expect(seen.title, 'the badge tooltip says how many were hidden').toContain(String(seen.hidden))
    await popup.close()
    await page.close()
  })
})

/** Flip the popup's switch and wait for the page to follow. */
async function setReader(popup: E2EPage, page: E2EPage, on: boolean): Promise<void> {
  const isOn = await popup.evaluate(() => document.getElementById('reader-switch')?.getAttribute('aria-checked') === 'true')
  if (isOn !== on) {
    await popup.waitFor('the switch to be enabled', () => !(document.getElementById('reader-switch') as HTMLButtonElement).disabled)
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
  }
  await popup.waitFor(`the switch to show ${on ? 'on' : 'off'}`, (want) => document.getElementById('reader-switch')?.getAttribute('aria-checked') === String(want) && !(document.getElementById('reader-switch') as HTMLButtonElement).disabled, on)
  if (on) await waitForReader(page)
  else await page.waitFor('the reader to close', () => !document.querySelector('[data-klartext-reader]'))
}
