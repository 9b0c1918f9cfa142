/**
 * Klartext on pages of other sites, in both browsers, each page under its own host: the generic
 * fixtures of the repository (German and English, always) and six pages of the Readability test
 * corpus (when ../shared is there). For each page:
 *   - no Klartext content script ran on it before the popup (nothing marked; the same page under the
 *     IT BOLTWISE host is marked, so the check can fail);
 *   - the popup shows title, the site line, a summary (verbatim from the page, in the page's language
 *     while the UI stays in the browser's) and the people;
 *   - the reader opens with the article, and closing it leaves the page's DOM byte-identical.
 * A page the browser keeps from extensions (about:) gets the message, not an error.
 *
 * activeTab needs a user gesture a test browser cannot make: these tests load a TEST COPY of the
 * built extension with host access (harness/test-copy.ts), never the shipped build.
 */
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT, poll, type E2EPage } from './harness/browsers'
import { firstDifference, pageState, waitForReader } from './harness/reader-probe'
import { describeInBrowsers } from './harness/session'
import { normalize, screenshotForDocs, waitForPopup } from './harness/popup'
import { extensionCopyWithHostAccess } from './harness/test-copy'
import { SITE_HOST } from './harness/server'
import { corpusDir, findRepo, listCorpusPages } from '../security/corpus'

interface OtherSitePage {
  name: string
  host: string
  path: string
  html: string
  lang: 'de' | 'en'
  siteLine: string
  /** Names the popup must list among the people (whole or as part of a longer name). */
  people: string[]
  /** Article text the reader must show. */
  article: string[]
}

const TRUTH = /\sdata-truth="(?:article|clutter)"/g
const repo = findRepo(import.meta.url)

/** The generic fixtures, served at the host and path of their canonical URL. */
function fixturePages(): OtherSitePage[] {
  const cases: [string, 'de' | 'en', string, string[]][] = [
    ['regional-news-de', 'de', 'Rheintal-Kurier', ['Thomas Reinholz', 'Sabine Kolbe']],
    ['other-site', 'de', 'Example News', []],
    ['city-news-en', 'en', 'The Harbor Ledger', ['Elena Ruiz']],
  ]
  return cases.map(([name, lang, siteLine, people]) => {
    const source = readFileSync(path.join(ROOT, 'test/fixtures/generic', name, 'source.html'), 'utf8')
    const canonical = new URL(/<link rel="canonical" href="([^"]+)"/.exec(source)![1]!)
    const article = [...source.matchAll(/<p data-truth="article">([^<]+)<\/p>/g)].map((m) => m[1]!)
    return { name, host: canonical.host, path: canonical.pathname, html: source.replace(TRUTH, ''), lang, siteLine, people, article }
  })
}

/** Six corpus pages, German and English, each under a host of its own (none preloaded as https-only). */
function corpusPages(): OtherSitePage[] {
  const pages = listCorpusPages(repo)
  if (!pages) {
    console.warn(`[e2e] other-site tests use the repository's fixtures only: ${corpusDir(repo)} is absent`)
    return []
  }
  const chosen: [string, 'de' | 'en', string[]][] = [
    ['heise', 'de', []],
    ['bbc-1', 'en', ['Barack Obama']],
    ['telegraph', 'en', ['Robert Mugabe']],
    ['wapo-1', 'en', ['Josh Earnest']],
    ['guardian-1', 'en', ['Robert Parata']],
    ['seattletimes-1', 'en', ['Bob Alverson']],
  ]
  return chosen.flatMap(([name, lang, people]) => {
    const page = pages.find((p) => p.name === name)
    if (!page) return []
    const host = `www.${name}.corpus.example`
    const html = readFileSync(page.sourcePath, 'utf8')
    const siteName = new JSDOM(html).window.document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim()
    return [{ name, host, path: '/article.html', html, lang, siteLine: siteName || host.replace(/^www\./, ''), people, article: [] }]
  })
}

const PAGES = [...fixturePages(), ...corpusPages()]

describeInBrowsers(
  'the popup and reader on other sites',
  (session) => {
    it('no Klartext content script runs on other hosts (the same page on the IT BOLTWISE host is marked)', async () => {
      const s = session()
      const other = PAGES.find((p) => p.name === 'other-site')!
      const marked = (page: E2EPage) => page.evaluate(() => document.querySelectorAll('[data-klartext-hidden]').length + document.querySelectorAll('html[data-klartext-show]').length)
      const onSite = await s.open(s.serve('/other-site-control.html', { html: other.html, probe: false }, SITE_HOST))
      const elsewhere = await s.open(s.serve(other.path, { html: other.html, probe: false }, other.host))
      try {
        await poll('the early script to hide the job widget on the IT BOLTWISE host', async () => (await marked(onSite)) > 0, 10_000)
        expect(await marked(elsewhere), `Klartext marks on ${other.host}`).toBe(0)
      } finally {
        await onSite.close()
        await elsewhere.close()
      }
    })

    for (const target of PAGES) {
      it(`${target.name} at ${target.host}: popup with summary and people, reader on, reader off leaves the DOM as it was`, async () => {
        const s = session()
        const url = s.serve(target.path, { html: target.html, probe: false }, target.host)
        const page = await s.open(url)
        const problems: string[] = []
        try {
          if (await page.evaluate(() => document.querySelectorAll('[data-klartext-hidden], [data-klartext-reader]').length)) problems.push('Klartext marks on the page before the click')
          const pageText = normalize(await page.evaluate(() => document.body.textContent ?? ''))
          const popup = await s.openPopupFor(url)
          const shown = await waitForPopup(s, popup)
          const langs = await popup.evaluate(() => ({ ui: document.documentElement.lang, browserUi: (() => { const g = globalThis as unknown as { browser?: { i18n: { getUILanguage(): string } }; chrome?: { i18n: { getUILanguage(): string } } }; return (g.browser ?? g.chrome)!.i18n.getUILanguage() })(), summary: document.getElementById('summary')?.lang ?? '', site: document.getElementById('site')?.textContent?.trim() ?? '' }))
          if (shown.state !== 'ready') problems.push(`popup state ${shown.state}: ${shown.message}`)
          if (!shown.title) problems.push('no title')
          if (langs.site !== target.siteLine) problems.push(`site line "${langs.site}", expected "${target.siteLine}"`)
          if (shown.summary.length === 0) problems.push('no summary')
          for (const sentence of shown.summary) if (!pageText.includes(normalize(sentence))) problems.push(`summary sentence not from the page: "${sentence.slice(0, 80)}"`)
          if (langs.summary !== target.lang) problems.push(`summary marked as language "${langs.summary}", expected ${target.lang}`)
          // The UI follows the browser's own language (Chromium runs in German here, Firefox ESR in its build's English).
          if (langs.ui.split('-')[0] !== langs.browserUi.split('-')[0]) problems.push(`popup UI in "${langs.ui}", expected the browser's language (${langs.browserUi})`)
          for (const person of target.people) if (!shown.people.some((p) => p.includes(person))) problems.push(`person missing: ${person} (shown: ${shown.people.join(', ')})`)
          await s.failIf(popup, `any-page-popup-${target.name}`, problems)
          if (target.name === 'regional-news-de' || target.name === 'city-news-en') await screenshotForDocs(s, popup, `popup-${target.lang}-other-site`, { fullPage: true })

          await page.bringToFront()
          const before = await page.evaluate(pageState)
          await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
          const reader = await waitForReader(page)
          for (const paragraph of target.article) if (!reader.text.includes(normalize(paragraph))) problems.push(`article paragraph missing from the reader: "${paragraph.slice(0, 80)}"`)
          if (reader.violations.length) problems.push(`reader: ${reader.violations.join('; ')}`)
          if (target.name === 'regional-news-de' || target.name === 'city-news-en') await screenshotForDocs(s, page, `reader-${target.lang}-other-site`)
          await s.failIf(page, `any-page-reader-${target.name}`, problems)

          await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
          await page.waitFor('the reader overlay to be removed', () => !document.querySelector('[data-klartext-reader]'))
          const after = await page.evaluate(pageState)
          const [was, is] = [withoutAutofillTrace(before.html), withoutAutofillTrace(after.html)]
          if (is !== was) problems.push(`DOM differs after reader off: ${firstDifference(was, is)}`)
          await s.failIf(page, `any-page-reader-off-${target.name}`, problems)
          await popup.close()
        } finally {
          await page.close()
        }
      })
    }

    it('a page the browser keeps from extensions (about:blank) gets the message, not an error', async () => {
      const s = session()
      // The extension cannot find that tab by its URL (the browser does not tell it): it opens the tab itself.
      const opener = await s.browser.openExtensionPage('options.html')
      try {
        const tabId = await opener.evaluate(async () => {
          const scope = globalThis as unknown as Record<'browser' | 'chrome', { tabs: { create(p: { url: string }): Promise<{ id?: number }> } } | undefined>
          return (await (scope.browser ?? scope.chrome)!.tabs.create({ url: 'about:blank' })).id ?? -1
        })
        const popup = await s.browser.openExtensionPage(`popup.html?tab=${tabId}`)
        const shown = await waitForPopup(s, popup)
        const reason = await popup.evaluate(() => document.body.dataset.reason ?? '')
        const problems: string[] = []
        if (shown.state !== 'not-article' || reason !== 'forbidden') problems.push(`popup state ${shown.state} (${reason}), expected not-article (forbidden)`)
        if (!/browser/i.test(shown.message)) problems.push(`message "${shown.message}" does not say the browser keeps the page`)
        if (shown.switchEnabled) problems.push('the reader switch is enabled')
        await s.failIf(popup, 'any-page-forbidden', problems)
        await popup.close()
      } finally {
        await opener.close()
      }
    })
  },
  extensionCopyWithHostAccess,
)

/**
 * Chromium leaves an empty style attribute on the e-mail fields of a page it hid and showed again
 * (its autofill). No Klartext code sets a style on page elements; every other byte must be the same.
 */
function withoutAutofillTrace(html: string): string {
  return html.replace(/(<input\b[^>]*?) style=""/g, '$1')
}
