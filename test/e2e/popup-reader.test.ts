/**
 * The popup and reader mode in the real browsers, driven through the real popup page
 * (popup.html?tab=<id>, see harness/browsers.ts for how each browser opens it):
 *   - the popup shows the page's title, a summary taken from the article, and its people;
 *   - its switch turns reader mode on (the overlay shows the article, sanitized, over the whole page)
 *     and off (the page's DOM byte-identical to before, scroll position restored);
 *   - screenshots of the popup and the reader (light, dark, sepia) go to docs/ (from Chromium).
 */
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT, poll, type E2EPage } from './harness/browsers'
import { ARTICLE_PARAGRAPHS, articlePage } from '../security/payloads'
import { fixtureCases, staticArticleCase } from './harness/cases'
import { firstDifference, inspectPopup, pageState, waitForReader, type PopupState } from './harness/reader-probe'
import { describeInBrowsers, expectNoExtensionRequests, type Session } from './harness/session'

const ARTICLE = staticArticleCase()
const SCROLL_Y = 600
const DOCS = path.join(ROOT, 'docs')

describeInBrowsers('popup and reader mode', (session) => {
  let page: E2EPage
  let popup: E2EPage
  let before: ReturnType<typeof pageState>

  it('the popup for the tab shows title, summary and people of the page', async () => {
    const s = session()
    const url = s.serve(ARTICLE.path, { html: ARTICLE.html, truth: ARTICLE.truth })
    page = await s.open(url)
    await page.evaluate((y) => window.scrollTo(0, y), SCROLL_Y)
    before = await page.evaluate(pageState)
    expect(before.scrollY, 'the page scrolled (it is long enough to test scroll restore)').toBeGreaterThan(0)

    popup = await s.openPopupFor(url)
    const shown = await waitForPopup(s, popup)
    const problems: string[] = []
    if (shown.title !== ARTICLE.truth.title) problems.push(`title is "${shown.title}", expected "${ARTICLE.truth.title}"`)
    if (shown.summary.length === 0) problems.push('no summary sentence shown')
    const articleText = ARTICLE.truth.article.join(' ')
    for (const sentence of shown.summary) if (!articleText.includes(sentence)) problems.push(`summary sentence not from the article: "${sentence}"`)
    for (const person of ARTICLE.truth.people) if (!shown.people.includes(person)) problems.push(`person missing: ${person} (shown: ${shown.people.join(', ')})`)
    const warned = await popup.evaluate(() => !(document.getElementById('warning') as HTMLElement).hidden)
    if (warned) problems.push('the popup warns that the rules found nothing, on a page where they hid clutter')
    for (const person of ARTICLE.truth.notPeople) if (shown.people.some((p) => p.includes(person.split(' ').pop() ?? person))) problems.push(`a name from the ads shown as a person: ${person}`)
    await s.failIf(popup, 'popup-content', problems)
    await screenshotForDocs(s, popup, 'popup', { fullPage: true })
  })

  it('copy as Markdown: the summary, and the whole article without its clutter', async () => {
    const s = session()
    // What the popup hands the clipboard, seen from outside: the test wraps the page's Clipboard API
    // (the call still goes through to the browser).
    await popup.evaluate(() => {
      const clipboard = navigator.clipboard
      const write = clipboard.writeText.bind(clipboard)
      const copied: string[] = []
      ;(window as unknown as { e2eCopied: string[] }).e2eCopied = copied
      clipboard.writeText = (text: string) => {
        copied.push(text)
        return write(text)
      }
    })
    const copy = async (button: string, what: string) => {
      await popup.evaluate((id) => {
        delete document.body.dataset.copied
        ;(document.getElementById(id) as HTMLButtonElement).click()
      }, button)
      await popup.waitFor(`the popup to copy the ${what}`, (w) => document.body.dataset.copied === w, what)
      return popup.evaluate(() => (window as unknown as { e2eCopied: string[] }).e2eCopied.at(-1) ?? '')
    }
    const summary = await copy('copy-summary', 'summary')
    const article = await copy('copy-article', 'article')
    const shownSummary = await popup.evaluate(() => Array.from(document.querySelectorAll('#summary li')).map((li) => (li.textContent ?? '').trim()))
    const problems: string[] = []
    if (!summary.includes(ARTICLE.truth.title)) problems.push('the summary Markdown lacks the title')
    for (const sentence of shownSummary) if (!normalize(summary).includes(normalize(sentence))) problems.push(`summary sentence missing from the Markdown: "${sentence.slice(0, 60)}"`)
    for (const paragraph of ARTICLE.truth.article) if (!normalize(article).includes(normalize(paragraph))) problems.push(`article paragraph missing from the Markdown: "${paragraph.slice(0, 60)}"`)
    for (const clutter of ARTICLE.truth.clutter) if (normalize(article).includes(normalize(clutter))) problems.push(`clutter in the article Markdown: "${clutter.slice(0, 60)}"`)
    // Markdown autolinks (<https://…>) are fine; an HTML tag is not.
    const tag = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i.exec(article.replace(/<(https?|mailto):[^>\s]*>/gi, ''))
    if (tag) problems.push(`HTML in the article Markdown: ${tag[0]}`)
    await s.failIf(popup, 'popup-copy-markdown', problems)
  })

  it('the reader switch turns reader mode on: the overlay shows the sanitized article over the page', async () => {
    const s = session()
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    await popup.waitFor('the popup switch to show reader on', () => document.getElementById('reader-switch')?.getAttribute('aria-checked') === 'true')
    const reader = await waitForReader(page)
    const problems: string[] = []
    for (const paragraph of ARTICLE.truth.article) if (!reader.text.includes(normalize(paragraph))) problems.push(`article paragraph missing from the reader: "${paragraph.slice(0, 80)}"`)
    for (const clutter of ARTICLE.truth.clutter) if (reader.text.includes(normalize(clutter))) problems.push(`clutter shown in the reader: "${clutter.slice(0, 80)}"`)
    if (reader.title !== ARTICLE.truth.title) problems.push(`reader title "${reader.title}", expected "${ARTICLE.truth.title}"`)
    problems.push(...reader.violations.map((v) => `unsanitized: ${v}`))
    if (!reader.coversViewport) problems.push(...reader.abovePoints.map((p) => `page element above the reader at ${p}`))
    await page.bringToFront()
    await s.failIf(page, 'reader-on', problems)
  })

  it('choosing a person in the popup marks their mentions in the reader and scrolls to the first', async () => {
    const s = session()
    const person = ARTICLE.truth.people[0] as string
    await popup.evaluate((name) => {
      const button = Array.from(document.querySelectorAll<HTMLButtonElement>('#people button.person')).find((b) => b.dataset.person === name)
      button?.click()
    }, person)
    const marked = await page.waitFor('marks in the reader', (name) => {
      const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
      const marks = Array.from(root?.querySelectorAll('mark') ?? [])
      if (marks.length === 0) return null
      const first = marks[0] as HTMLElement
      const rect = first.getBoundingClientRect()
      const surname = name.split(' ').pop() ?? name
      return { count: marks.length, allAboutPerson: marks.every((m) => (m.textContent ?? '').includes(surname) || name.includes((m.textContent ?? '').trim())), firstInView: rect.top >= 0 && rect.bottom <= innerHeight }
    }, person)
    const problems: string[] = []
    if (!marked.allAboutPerson) problems.push(`marks that are not mentions of ${person}`)
    if (!marked.firstInView) problems.push('the first mention was not scrolled into view')
    await s.failIf(page, 'reader-people-highlight', problems)
    expect(marked.count).toBeGreaterThan(1)
  })

  it('the reader shows in light, dark and sepia themes (screenshots)', async () => {
    const s = session()
    await page.bringToFront()
    for (const theme of ['light', 'dark', 'sepia'] as const) {
      await page.evaluate((t) => {
        const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
        ;(root?.querySelector(`button[data-theme="${t}"]`) as HTMLButtonElement | null)?.click()
      }, theme)
      const colors = await page.waitFor(`the ${theme} theme to apply`, (t) => {
        const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
        const themed = root?.querySelector('[data-theme]:not(button)') as HTMLElement | null
        if (themed?.dataset.theme !== t) return null
        const style = getComputedStyle(root?.querySelector('.kt-page') ?? themed)
        return { background: style.backgroundColor, color: style.color }
      }, theme)
      expect(colors.background, `${theme} background`).not.toBe(colors.color)
      await screenshotForDocs(s, page, `reader-${theme}`)
    }
  })

  it('the reader switch turns reader mode off: DOM byte-identical to before, scroll position restored', async () => {
    const s = session()
    expect(await page.evaluate(() => Boolean(document.querySelector('[data-klartext-reader]'))), 'the reader is open before switching it off').toBe(true)
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    await popup.waitFor('the popup switch to show reader off', () => document.getElementById('reader-switch')?.getAttribute('aria-checked') === 'false')
    await page.waitFor('the reader overlay to be removed', () => !document.querySelector('[data-klartext-reader]'))
    const after = await page.evaluate(pageState)
    const problems: string[] = []
    if (after.html !== before.html) problems.push(`DOM differs after reader off: ${firstDifference(before.html, after.html)}`)
    if (after.scrollY !== before.scrollY || after.scrollX !== before.scrollX) problems.push(`scroll (${after.scrollX}, ${after.scrollY}), expected (${before.scrollX}, ${before.scrollY})`)
    await s.failIf(page, 'reader-off', problems)
  })

  // The same popup over every article fixture: the browser's analysis of the live page (clutter
  // hidden, Readability in the content script) gives the title and paragraphs the core gives in Node.
  for (const fixture of fixtureCases().filter((c) => c.isArticle && c.onSite && c.expected?.title)) {
    it(`${fixture.name}: the popup shows the fixture's title and a summary from its paragraphs`, async () => {
      const s = session()
      const url = s.serve(fixture.path, { html: fixture.html, truth: fixture.truth })
      const tab = await s.open(url)
      const fixturePopup = await s.openPopupFor(url)
      try {
        const shown = await waitForPopup(s, fixturePopup)
        const text = normalize((fixture.expected?.paragraphs ?? []).join(' '))
        const problems: string[] = []
        if (shown.state !== 'ready') problems.push(`popup state ${shown.state}: ${shown.message}`)
        if (shown.title !== fixture.expected?.title) problems.push(`title "${shown.title}", expected "${fixture.expected?.title}"`)
        if (shown.summary.length === 0) problems.push('no summary')
        for (const sentence of shown.summary) if (!text.includes(normalize(sentence))) problems.push(`summary sentence not in the article's paragraphs: "${sentence}"`)
        await s.failIf(fixturePopup, `popup-${fixture.name}`, problems)
      } finally {
        await fixturePopup.close()
        await tab.close()
      }
    })
  }

  it('an article where the rules found none of the clutter they expect: the popup warns, the reader still works', async () => {
    const s = session()
    // The site's article page without any of its usual clutter (as after a redesign the rules miss).
    const url = s.serve('/e2e/no-clutter-article/', { html: articlePage([]) })
    const tab = await s.open(url)
    const plainPopup = await s.openPopupFor(url)
    try {
      const shown = await waitForPopup(s, plainPopup)
      const warning = await plainPopup.evaluate(() => {
        const el = document.getElementById('warning') as HTMLElement | null
        return el && !el.hidden ? (el.textContent ?? '').trim() : ''
      })
      const problems: string[] = []
      if (shown.state !== 'ready') problems.push(`popup state ${shown.state}: ${shown.message}`)
      if (!warning) problems.push('no warning that the rules found nothing on this article')
      await s.failIf(plainPopup, 'popup-rules-found-nothing', problems)
      await plainPopup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
      const reader = await waitForReader(tab)
      expect(reader.text).toContain(normalize(ARTICLE_PARAGRAPHS[0] ?? '').slice(0, 60))
    } finally {
      await plainPopup.close()
      await tab.close()
    }
  })

  it('a listing page: the popup says it is not an article and the page stays untouched', async () => {
    const s = session()
    const home = fixtureCases().find((c) => !c.isArticle)
    expect(home, 'a listing fixture exists').toBeDefined()
    if (!home) return
    const url = s.serve(home.path, { html: home.html, truth: home.truth })
    const tab = await s.open(url)
    const untouched = await tab.evaluate(pageState)
    const listingPopup = await s.openPopupFor(url)
    try {
      const shown = await waitForPopup(s, listingPopup)
      const after = await tab.evaluate(pageState)
      const problems: string[] = []
      if (shown.state !== 'not-article') problems.push(`popup state "${shown.state}", expected "not-article"`)
      if (!shown.message) problems.push('the popup gives no message')
      if (shown.switchEnabled) problems.push('the reader switch is enabled on a listing page')
      if (after.html !== untouched.html) problems.push(`the page changed: ${firstDifference(untouched.html, after.html)}`)
      await s.failIf(listingPopup, `popup-${home.name}`, problems)
    } finally {
      await listingPopup.close()
      await tab.close()
    }
  })

  it('made no network request of its own', async () => {
    await popup?.close()
    await page?.close()
    expectNoExtensionRequests(session())
  })
})

async function waitForPopup(s: Session, popup: E2EPage): Promise<PopupState> {
  try {
    return await poll('the popup to show its analysis', async () => {
      const state = await popup.evaluate(inspectPopup)
      return state.state && state.state !== 'loading' ? state : null
    }, 15_000)
  } catch (error) {
    const state = await popup.evaluate(inspectPopup).catch(() => null)
    await s.failIf(popup, 'popup-never-ready', [`${(error as Error).message}; popup shows ${JSON.stringify(state)}`])
    throw error
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Docs screenshots come from Chromium; Firefox's go to test-results/ for inspection. */
async function screenshotForDocs(s: Session, page: E2EPage, name: string, options?: { fullPage?: boolean }): Promise<void> {
  await page.bringToFront()
  await page.screenshot(s.name === 'chromium' ? path.join(DOCS, `${name}.png`) : s.resultFile(name), options)
}
