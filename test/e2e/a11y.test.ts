/**
 * Accessibility of the extension's own UI, checked by axe-core in the real browsers:
 * the popup (with its analysis shown), the options page, and the reader view inside its shadow root
 * in each theme. Zero violations.
 */
import { expect, it } from 'vitest'
import type { E2EPage } from './harness/browsers'
import { axeViolations, describeFindings } from './harness/axe'
import { staticArticleCase } from './harness/cases'
import { inspectPopup, waitForReader } from './harness/reader-probe'
import { describeInBrowsers } from './harness/session'

const ARTICLE = staticArticleCase()
const READER = '[data-klartext-reader]'

describeInBrowsers('accessibility (axe-core)', (session) => {
  let page: E2EPage
  let popup: E2EPage

  it('popup: no axe violations', async () => {
    const s = session()
    const url = s.serve(ARTICLE.path, { html: ARTICLE.html, truth: ARTICLE.truth })
    page = await s.open(url)
    popup = await s.openPopupFor(url)
    await popup.waitFor('the popup to be ready', () => document.body.dataset.state === 'ready')
    const state = await popup.evaluate(inspectPopup)
    const findings = await axeViolations(popup)
    await s.failIf(popup, 'a11y-popup', [...(state.summary.length ? [] : ['popup shows no summary: nothing to check']), ...describeFindings(findings)])
  })

  it('options page: no axe violations', async () => {
    const s = session()
    const options = await s.browser.openExtensionPage('options.html')
    try {
      await options.waitFor('the options page to render its controls', () => document.querySelectorAll('input, select').length > 0)
      await s.failIf(options, 'a11y-options', describeFindings(await axeViolations(options)))
    } finally {
      await options.close()
    }
  })

  for (const theme of ['light', 'dark', 'sepia'] as const) {
    it(`reader view (${theme} theme, inside its shadow root): no axe violations`, async () => {
      const s = session()
      const open = await page.evaluate((sel) => Boolean(document.querySelector(sel)), READER)
      if (!open) {
        await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
        await waitForReader(page)
      }
      await page.evaluate((t) => {
        const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
        ;(root?.querySelector(`button[data-theme="${t}"]`) as HTMLButtonElement | null)?.click()
      }, theme)
      await page.waitFor(`the ${theme} theme`, (t) => {
        const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
        return (root?.querySelector('[data-theme]:not(button)') as HTMLElement | null)?.dataset.theme === t
      }, theme)
      await page.bringToFront()
      await s.failIf(page, `a11y-reader-${theme}`, describeFindings(await axeViolations(page, READER)))
    })
  }

  it('the check can fail: axe reports a nameless button planted inside the reader\'s shadow root', async () => {
    await page.evaluate(() => {
      const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
      const planted = document.createElement('button')
      planted.id = 'e2e-planted'
      root?.querySelector('.kt-content')?.append(planted)
    })
    try {
      const findings = await axeViolations(page, READER)
      expect(findings.map((f) => f.id)).toContain('button-name')
    } finally {
      await page.evaluate(() => document.querySelector('[data-klartext-reader]')?.shadowRoot?.getElementById('e2e-planted')?.remove())
    }
  })
})
