/**
 * Settings in the real browsers: changed on the options page (or in the reader's toolbar), persisted
 * in storage.sync, and applied to the next page, popup or reader.
 *   - a clutter kind switched off in the options stays visible on the next load; the others stay hidden;
 *   - the summary length chosen there is the popup's number of sentences;
 *   - "reader automatically" opens the reader on the next article load;
 *   - a theme picked in the reader's toolbar is the theme of the next reader.
 */
import { expect, it } from 'vitest'
import { poll, type E2EPage } from './harness/browsers'
import { staticArticleCase } from './harness/cases'
import { waitForReader } from './harness/reader-probe'
import { describeInBrowsers } from './harness/session'

const ARTICLE = staticArticleCase()
/** The job ads of the test article (a "jobs" kind block); the rest of its clutter is of other kinds. */
const JOB_ADS = ['(Senior) Expert - Künstliche Intelligenz (m/w/d)', 'Duales Studium BWL - Spezialisierung Artificial Intelligence (B.A.) am Campus oder virtuell']
const OTHER_CLUTTER = ['Du willst nichts verpassen?', 'Der renommierte Gehirnforscher, Psychiater und Bestseller-Autor Manfred Spitzer']

interface Seen {
  text: string
  found: boolean
  visible: boolean
}

describeInBrowsers('settings persisted and applied', (session) => {
  let options: E2EPage
  let url: string

  it('a clutter kind switched off in the options stays visible on the next load; the other kinds stay hidden', async () => {
    const s = session()
    url = s.serve('/e2e/settings-article/', { html: ARTICLE.html, truth: ARTICLE.truth })
    options = await s.browser.openExtensionPage('options.html')
    await options.waitFor('the options page', () => document.body.dataset.state === 'ready')
    await changeOption(options, () => (document.getElementById('hide-jobs') as HTMLInputElement).click())
    const stored = await storedSettings(options)
    expect(stored?.hideKinds ?? [], 'storage.sync holds the choice').not.toContain('jobs')

    const page = await s.open(url)
    try {
      const seen = await look(page, { clutter: [...JOB_ADS, ...OTHER_CLUTTER] })
      const jobs = seen.slice(0, JOB_ADS.length)
      const others = seen.slice(JOB_ADS.length)
      const problems = [
        ...jobs.filter((x) => !x.visible).map((x) => `job ad hidden although the options show jobs: "${x.text}"`),
        ...others.filter((x) => x.visible).map((x) => `other clutter visible: "${x.text}"`),
        ...seen.filter((x) => !x.found).map((x) => `not on the page: "${x.text}"`),
      ]
      await s.failIf(page, 'settings-show-jobs', problems)
    } finally {
      await page.close()
    }
    await changeOption(options, () => (document.getElementById('hide-jobs') as HTMLInputElement).click())
  })

  it('the summary length chosen in the options is the number of sentences the popup shows', async () => {
    const s = session()
    await changeOption(options, () => {
      const select = document.getElementById('summary-length') as HTMLSelectElement
      select.value = '1'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    const page = await s.open(url)
    const popup = await s.openPopupFor(url)
    try {
      await popup.waitFor('the popup', () => document.body.dataset.state === 'ready')
      const sentences = await popup.evaluate(() => document.querySelectorAll('#summary li:not(.skeleton):not(.empty)').length)
      expect(sentences).toBe(1)
    } finally {
      await popup.close()
      await page.close()
    }
  })

  it('"reader automatically" opens the reader on the next article load', async () => {
    const s = session()
    await changeOption(options, () => (document.getElementById('auto-reader') as HTMLInputElement).click())
    const page = await s.open(url)
    try {
      const reader = await waitForReader(page)
      expect(reader.text).toContain(ARTICLE.truth.article[1]?.slice(0, 60))
    } finally {
      await page.close()
      await changeOption(options, () => (document.getElementById('auto-reader') as HTMLInputElement).click())
    }
  })

  it('a theme picked in the reader toolbar is stored and is the theme of the next reader', async () => {
    const s = session()
    const page = await s.open(url)
    const popup = await s.openPopupFor(url)
    try {
      await popup.waitFor('the popup', () => document.body.dataset.state === 'ready')
      await toggleReader(popup, page, true)
      await page.evaluate(() => (document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector('button[data-theme="dark"]') as HTMLButtonElement).click())
      await poll('the theme in storage', async () => (await storedSettings(options))?.reader?.theme === 'dark', 10_000)
      await toggleReader(popup, page, false)
      await toggleReader(popup, page, true)
      const theme = await page.evaluate(() => (document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector('[data-theme]:not(button)') as HTMLElement | null)?.dataset.theme)
      expect(theme).toBe('dark')
    } finally {
      await popup.close()
      await page.close()
      await options.close()
    }
  })
})

type StoredSettings = { hideKinds?: string[]; reader?: { theme?: string } } | undefined

/** Change one control on the options page and wait for its "saved" status. */
async function changeOption(options: E2EPage, change: () => void): Promise<void> {
  await options.evaluate(() => {
    ;(document.getElementById('saved') as HTMLElement).textContent = ''
  })
  await options.evaluate(change)
  await options.waitFor('the options page to save', () => (document.getElementById('saved')?.textContent ?? '') !== '')
}

function storedSettings(options: E2EPage): Promise<StoredSettings> {
  return options.evaluate(storedSettingsHere)
}

/** Runs in an extension page: what storage.sync holds under the settings key. */
async function storedSettingsHere(): Promise<StoredSettings> {
  type Api = { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } }
  const scope = globalThis as unknown as { browser?: Api; chrome: Api }
  const all = await (scope.browser ?? scope.chrome).storage.sync.get('klartext.settings')
  return all['klartext.settings'] as StoredSettings
}

async function toggleReader(popup: E2EPage, page: E2EPage, on: boolean): Promise<void> {
  await popup.waitFor('the switch', () => !(document.getElementById('reader-switch') as HTMLButtonElement).disabled)
  const isOn = await popup.evaluate(() => document.getElementById('reader-switch')?.getAttribute('aria-checked') === 'true')
  if (isOn !== on) await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
  if (on) await waitForReader(page)
  else await page.waitFor('the reader to close', () => !document.querySelector('[data-klartext-reader]'))
}

function look(page: E2EPage, truth: { clutter: string[] }): Promise<Seen[]> {
  return page.evaluate((t) => (window as unknown as { __e2e: { snapshot(t: unknown): { clutter: Seen[] } } }).__e2e.snapshot({ ...t, article: [], listing: [] }).clutter, truth)
}

