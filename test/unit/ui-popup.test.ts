import { describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { resolveTabId, runPopup, type PopupApi } from '../../src/popup/controller'
import type { Message, PageStatus } from '../../src/shared/messages'
import type { Analysis } from '../../src/core/types'
import { analyze } from '../../src/shared/analysis'
import { SETTINGS_KEY } from '../../src/shared/settings'
import { fakeSyncStorage, fakeTabsSend, fakeRuntimeSend, fakeExecuteScript, fakeTab } from './fake-api'

const POPUP_HTML = readFileSync(new URL('../../src/popup/popup.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/g, '')
const ARTICLE_URL = 'https://www.it-boltwise.de/selenskyj-und-trump-diskutieren-ueber-verteidigungskooperation.html'

/** The page in the tab: the seed fixture, analysed for real by the popup. */
const PAGE_HTML = readFileSync(new URL('../fixtures/it-boltwise/seed-after-article/source.html', import.meta.url), 'utf8')
const expected = JSON.parse(readFileSync(new URL('../fixtures/it-boltwise/seed-after-article/expected.json', import.meta.url), 'utf8')) as Pick<Analysis, 'title' | 'byline' | 'published'>

const status: PageStatus = {
  site: 'it-boltwise',
  isArticle: true,
  hidden: [
    { rule: 'job-listings', kind: 'jobs', text: 'Stellenangebote …' },
    { rule: 'job-listings', kind: 'jobs', text: 'Werkstudent (m/w/d)' },
    { rule: 'book-ads', kind: 'books', text: 'Ray Kurzweil …' },
  ],
  shownKinds: [],
  rulesFoundNothing: false,
  readerOn: false,
}

interface FakeTab {
  url: string
  title?: string
  /** The page's HTML, as the snapshot script serializes it (none: the snapshot fails). */
  html?: string
  /** What the content scripts of the tab answer; throwing = no receiving end. */
  answer?: (message: Message) => unknown
}

function fakeApi(tabs: Record<number, FakeTab>, activeTabId: number) {
  const sent: { tabId: number; message: Message }[] = []
  /** Files injected per tab, and 'snapshot' for each snapshot taken. */
  const injected: { tabId: number; what: string }[] = []
  const store: Record<string, unknown> = { [SETTINGS_KEY]: { summarySentences: 2, hideKinds: ['promo', 'jobs', 'books', 'comments', 'subscribe'] } }
  const api: PopupApi = {
    runtime: { sendMessage: fakeRuntimeSend(async () => undefined), openOptionsPage: async () => undefined },
    tabs: {
      query: async () => [fakeTab({ id: activeTabId, url: tabs[activeTabId]?.url })],
      get: async (id) => fakeTab({ id, url: tabs[id]?.url, title: tabs[id]?.title }),
      sendMessage: fakeTabsSend(async (tabId, message) => {
        sent.push({ tabId, message: message as Message })
        const answer = tabs[tabId]?.answer
        if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.')
        return answer(message as Message)
      }),
    },
    scripting: {
      executeScript: fakeExecuteScript(async (injection) => {
        const tab = tabs[injection.target.tabId]
        if (injection.files) {
          injected.push(...injection.files.map((file) => ({ tabId: injection.target.tabId, what: file })))
          return [{ result: undefined }]
        }
        injected.push({ tabId: injection.target.tabId, what: 'snapshot' })
        if (tab?.html === undefined) throw new Error('Cannot access contents of the page.')
        return [{ result: snapshotOf(tab) }]
      }),
    },
    storage: { sync: fakeSyncStorage(store) },
    i18n: { getMessage: (key, subs) => [key, ...[subs ?? []].flat()].join(':'), getUILanguage: () => 'de' },
  }
  return { api, sent, injected }
}

/** The snapshot of the tab's page, as src/shared/snapshot.ts takes it in the page. */
function snapshotOf(tab: FakeTab) {
  const siteName = tab.html === undefined ? null : (/property="og:site_name" content="([^"]+)"/.exec(tab.html)?.[1] ?? null)
  return { url: tab.url, html: tab.html, siteName }
}

/** Settle the popup's work after it is ready (the hand-over to the page). */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

async function open(api: PopupApi, search = '') {
  const dom = new JSDOM(POPUP_HTML, { url: 'chrome-extension://abc/popup.html' + search })
  const copies: string[] = []
  await runPopup({ doc: dom.window.document, api, search, writeClipboard: async (text) => void copies.push(text) })
  await flush()
  return { doc: dom.window.document, copies }
}

function articleTab(overrides: Partial<PageStatus> = {}, html: string = PAGE_HTML): FakeTab {
  let shown: PageStatus['shownKinds'] = []
  const tab: FakeTab = {
    url: ARTICLE_URL,
    html,
    answer: (message) => {
      switch (message.type) {
        case 'page/status':
          return { ...status, ...overrides, shownKinds: shown }
        case 'page/snapshot': {
          // The early script serializes the page itself, an article only.
          const now = { ...status, ...overrides, shownKinds: shown }
          return { status: now, snapshot: now.isArticle ? snapshotOf(tab) : null }
        }
        case 'page/adopt':
          return { ok: true }
        case 'clutter/show-kind':
          shown = message.show ? [...shown, message.kind] : shown.filter((k) => k !== message.kind)
          return { ...status, ...overrides, shownKinds: shown }
        case 'reader/set':
          return { ok: true, readerOn: message.on === true }
        case 'people/highlight':
          return { ok: true, found: 3 }
        case 'page/markdown':
          return { ok: true, markdown: '# Artikel\n' }
        default:
          return undefined
      }
    },
  }
  return tab
}

/** A summary line as the article says it: without the label the popup puts before the page's teaser. */
const summaryText = (li: Element) => [...li.childNodes].filter((n) => !(n instanceof li.ownerDocument.defaultView!.HTMLElement && n.classList.contains('teaser-label'))).map((n) => n.textContent).join('').trim()

describe('popup', () => {
  it('targets ?tab=<id> when given, else the active tab', async () => {
    const { api } = fakeApi({ 7: articleTab() }, 3)
    expect(await resolveTabId(api, '?tab=7')).toBe(7)
    expect(await resolveTabId(api, '?tab=x')).toBe(3)
    expect(await resolveTabId(api, '')).toBe(3)
  })

  it('analyses a snapshot of the page: title, meta, summary of the configured length, people, hidden kinds', async () => {
    const { api, sent, injected } = fakeApi({ 7: articleTab(), 3: { url: 'https://example.org/' } }, 3)
    const { doc } = await open(api, '?tab=7')
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.documentElement.lang).toBe('de')
    // One message brings the status and the page's DOM (the early script serializes it); the
    // reader's bundle follows once the analysis is shown.
    expect(sent.map((s) => s.message.type)).toEqual(['page/snapshot', 'page/adopt'])
    expect(injected).toEqual([{ tabId: 7, what: 'content-reader.js' }])
    // The same analysis as the core's on the same page, with the options' summary length (2) and the
    // kinds the options leave in the text (search).
    const own = analyze(new JSDOM(PAGE_HTML).window.document, ARTICLE_URL, { summarySentences: 2, showKinds: ['search'] })
    expect(own.title).toBe(expected.title)
    expect(own.summary).toHaveLength(2)
    expect(doc.getElementById('title')!.textContent).toBe(expected.title)
    expect(doc.getElementById('meta')!.textContent).toBe(`readingTime:${own.readingMinutes} · 5. Juli 2025 · Martin Schmidt`)
    expect([...doc.querySelectorAll('#summary li')].map(summaryText)).toEqual(own.summary)
    const people = [...doc.querySelectorAll<HTMLButtonElement>('#people button.person')]
    expect(people.map((b) => b.dataset.person)).toEqual(own.people.map((p) => p.name))
    expect(people[0]!.dataset.person).toBe('Wolodymyr Selenskyj') // the most mentioned, as a reader would say
    expect(people[0]!.querySelector('.person-count')!.getAttribute('aria-hidden')).toBe('true')
    const kinds = [...doc.querySelectorAll<HTMLElement>('#hidden-kinds li.kind')]
    expect(kinds.map((k) => [k.dataset.kind, k.querySelector('.kind-count')!.textContent])).toEqual([
      ['jobs', 'kindCount:2'],
      ['books', 'kindCount:1'],
    ])
    const readerSwitch = doc.getElementById('reader-switch')!
    expect(readerSwitch.getAttribute('role')).toBe('switch')
    expect(readerSwitch.getAttribute('aria-checked')).toBe('false')
    expect(doc.getElementById('warning')!.hidden).toBe(true)
    // The hand-over: the popup's analysis and Readability's HTML, so the page need not run Readability.
    const adopt = sent[1]!.message as Extract<Message, { type: 'page/adopt' }>
    expect(adopt.analysis.summary).toEqual(own.summary)
    expect(adopt.contentHtml).toContain('Luftverteidigung')
    expect(adopt.contentHtml).not.toMatch(/Stellenangebote|Du willst nichts verpassen/)
    expect(adopt.publishedText).toBe('5. Juli 2025')
  })

  it('the read-aloud button opens the reader and asks it to read aloud; the real popup then closes, one in a tab stays', async () => {
    for (const search of ['?tab=7', '']) {
      const { api, sent } = fakeApi({ 7: articleTab() }, 7)
      const { doc } = await open(api, search)
      const button = doc.getElementById('read-aloud') as HTMLButtonElement
      expect(button.disabled).toBe(false)
      expect(button.textContent).toBe('popupReadAloud')
      const close = vi.spyOn(doc.defaultView!, 'close').mockImplementation(() => undefined)
      button.click()
      await flush()
      expect(sent.at(-1)!.message).toEqual({ type: 'reader/set', on: true, readAloud: true })
      expect(doc.getElementById('reader-switch')!.getAttribute('aria-checked')).toBe('true')
      expect(close).toHaveBeenCalledTimes(search ? 0 : 1)
    }
  })

  it('drives the page: reader switch, person highlight, show-kind switch, copy as Markdown', async () => {
    const { api, sent } = fakeApi({ 7: articleTab() }, 7)
    const { doc, copies } = await open(api)
    doc.getElementById('reader-switch')!.click()
    await flush()
    expect(sent.at(-1)!.message).toEqual({ type: 'reader/set', on: true })
    expect(doc.getElementById('reader-switch')!.getAttribute('aria-checked')).toBe('true')

    const first = doc.querySelector<HTMLButtonElement>('#people button.person')!
    first.click()
    await flush()
    const name = first.dataset.person!
    expect(sent.at(-1)!.message).toEqual({ type: 'people/highlight', name, aliases: [name.split(' ').at(-1)] })
    expect(doc.getElementById('people-status')!.textContent).toBe(`highlightFound:${name}:3`)

    doc.querySelector<HTMLButtonElement>('#hidden-kinds button[data-kind="jobs"]')!.click()
    await flush()
    expect(sent.at(-1)!.message).toEqual({ type: 'clutter/show-kind', kind: 'jobs', show: true })
    const jobs = doc.querySelector<HTMLButtonElement>('#hidden-kinds button[data-kind="jobs"]')!
    expect(jobs.getAttribute('aria-checked')).toBe('true')
    expect(doc.activeElement).toBe(jobs)

    doc.getElementById('copy-summary')!.click()
    await flush()
    const summary = [...doc.querySelectorAll('#summary li')].map(summaryText)
    expect(copies.at(-1)).toBe(`# ${expected.title}\n\n${summary.map((line) => `- ${line}\n`).join('')}\n<${ARTICLE_URL}>\n`)
    doc.getElementById('copy-article')!.click()
    await flush()
    expect(copies.at(-1)).toBe('# Artikel\n')
    expect(doc.body.dataset.copied).toBe('article')
  })

  it('warns when the rules found nothing on an article page, and still offers reader mode', async () => {
    const { api } = fakeApi({ 7: articleTab({ hidden: [], rulesFoundNothing: true }) }, 7)
    const { doc } = await open(api)
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.getElementById('warning')!.hidden).toBe(false)
    expect((doc.getElementById('reader-switch') as HTMLButtonElement).disabled).toBe(false)
    expect(doc.querySelector('#hidden-kinds li')!.textContent).toBe('hiddenNone')
  })

  it('reads a page of another site: no status there, the snapshot analysed with the generic rules, the site named', async () => {
    const html = readFileSync(new URL('../fixtures/generic/city-news-en/source.html', import.meta.url), 'utf8')
    const url = 'https://news.harbor-ledger.example/local/2025/09/rail-yard-park-vote'
    const { api, injected } = fakeApi({ 3: { url, html } }, 3)
    const { doc } = await open(api)
    expect(injected[0]).toEqual({ tabId: 3, what: 'snapshot' })
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.getElementById('site')!.textContent).toBe('The Harbor Ledger')
    expect(doc.getElementById('site')!.hidden).toBe(false)
    expect(doc.getElementById('title')!.textContent).toBe('Harbor City votes to turn old rail yard into a public park')
    // The article's language on its text; the UI keeps the browser's.
    expect(doc.getElementById('summary')!.lang).toBe('en')
    expect(doc.documentElement.lang).toBe('de')
    expect([...doc.querySelectorAll('#people .person-name')].map((el) => el.textContent)).toEqual(expect.arrayContaining(['Elena Ruiz']))
    expect(doc.querySelector('#hidden-kinds')!.textContent).toBe('hiddenNone')
  })

  it("labels the page's own teaser in the summary, and only that line", async () => {
    const html = readFileSync(new URL('../nlp/summary-pages/newsletter-form.html', import.meta.url), 'utf8')
    const url = 'https://news.example/bike-lanes'
    const { api } = fakeApi({ 3: { url, html } }, 3)
    const { doc } = await open(api)
    expect(doc.body.dataset.state).toBe('ready')
    const lines = [...doc.querySelectorAll('#summary li')]
    expect(lines.length).toBeGreaterThan(1)
    expect(lines[0]!.classList.contains('teaser')).toBe(true)
    expect(lines[0]!.querySelector('.teaser-label')!.textContent).toBe('summaryTeaser')
    expect(lines[0]!.textContent).toContain('The council voted 7 to 2')
    expect(lines.slice(1).some((li) => li.classList.contains('teaser') || li.querySelector('.teaser-label'))).toBe(false)
  })

  it('names the site by its host when the page gives no og:site_name', async () => {
    const html = '<!doctype html><html lang="en"><head><title>T</title></head><body><article><h1>T</h1>' + '<p>The harbor authority said on Monday that the new ferry line would start in May and carry up to four hundred passengers a day.</p>'.repeat(6) + '</article></body></html>'
    const { api } = fakeApi({ 3: { url: 'https://www.ferries.example/news/1', html } }, 3)
    const { doc } = await open(api)
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.getElementById('site')!.textContent).toBe('ferries.example')
  })

  it.each(['chrome://extensions/', 'about:addons', 'view-source:https://example.org/', 'https://chromewebstore.google.com/detail/x', 'https://example.org/paper.pdf'])(
    'says plainly that the browser keeps %s from extensions, without injecting anything',
    async (url) => {
      const { api, injected } = fakeApi({ 3: { url } }, 3)
      const { doc } = await open(api)
      expect(doc.body.dataset.state).toBe('not-article')
      expect(doc.body.dataset.reason).toBe('forbidden')
      expect(doc.getElementById('message')!.textContent).toBe('forbiddenPage')
      expect(doc.getElementById('title')!.textContent).toBe('notSiteTitle')
      expect(doc.querySelector('.skeleton-line')).toBeNull()
      expect(doc.getElementById('hidden-section')!.dataset.empty).toBe('true')
      expect(injected).toEqual([])
    },
  )

  it('says the same when the browser refuses the snapshot of an http(s) tab (its PDF viewer, a local file not allowed)', async () => {
    const { api, injected } = fakeApi({ 3: { url: 'https://example.org/viewer' } }, 3)
    const { doc } = await open(api)
    expect(injected).toEqual([{ tabId: 3, what: 'snapshot' }])
    expect(doc.body.dataset.state).toBe('not-article')
    expect(doc.body.dataset.reason).toBe('forbidden')
  })

  it('says when an IT BOLTWISE page is not an article (home, archive, search)', async () => {
    const { api, sent, injected } = fakeApi({ 3: { ...articleTab({ isArticle: false }), title: 'KI-News - IT BOLTWISE® x Artificial Intelligence' } }, 3)
    const { doc } = await open(api)
    expect(doc.getElementById('title')!.textContent).toBe('KI-News')
    expect(doc.body.dataset.state).toBe('not-article')
    expect(doc.body.dataset.reason).toBe('not-article')
    expect(sent.map((s) => s.message.type)).toEqual(['page/snapshot'])
    expect(injected).toEqual([]) // nothing to analyse: no snapshot in the answer, no script injected
    expect(doc.querySelectorAll('#hidden-kinds li.kind')).toHaveLength(2)
  })

  it('analyses a site tab opened before install (no early script answering)', async () => {
    const { api, injected } = fakeApi({ 3: { url: ARTICLE_URL, html: PAGE_HTML } }, 3)
    const { doc } = await open(api)
    expect(injected[0]).toEqual({ tabId: 3, what: 'snapshot' })
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.getElementById('title')!.textContent).toBe(expected.title)
    expect(doc.querySelector('#hidden-kinds')!.textContent).toBe('hiddenNone')
    expect(doc.querySelector('#hidden-kinds .skeleton')).toBeNull()
  })

  it('says when the page cannot be read, and when its article cannot be found', async () => {
    // A site tab without its early script (open before install) whose snapshot the browser refuses.
    const unreadable = fakeApi({ 3: { url: ARTICLE_URL } }, 3)
    const first = await open(unreadable.api)
    expect(first.doc.body.dataset.state).toBe('error')
    // The browser's own reason, shown as it is.
    expect(first.doc.getElementById('message')!.textContent).toMatch(/Cannot access contents of the page/)

    // An article page (says the early script) whose snapshot holds no article text.
    const empty = fakeApi({ 3: articleTab({}, '<html><body><nav><a href="/">Start</a></nav></body></html>') }, 3)
    const second = await open(empty.api)
    expect(second.doc.body.dataset.state).toBe('not-article')
    expect(empty.injected).toEqual([])
  })
})
