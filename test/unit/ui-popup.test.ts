import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { resolveTabId, runPopup, type PopupApi } from '../../src/popup/controller'
import type { Message, PageStatus } from '../../src/messages'
import type { Analysis } from '../../src/core/types'
import { SETTINGS_KEY } from '../../src/settings'

const POPUP_HTML = readFileSync(new URL('../../src/popup/popup.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/g, '')
const ARTICLE_URL = 'https://www.it-boltwise.de/selenskyj-und-trump-sprechen-ueber-luftverteidigung.html'

const analysis: Analysis = {
  url: ARTICLE_URL,
  site: 'it-boltwise',
  isArticle: true,
  title: 'Selenskyj und Trump sprechen über Luftverteidigung',
  byline: null,
  published: '2025-07-05',
  lang: 'de',
  readingMinutes: 3,
  paragraphs: ['KIEW / LONDON (IT BOLTWISE) – Ein Telefonat.', 'Selenskyj betonte die Dringlichkeit.'],
  summary: ['KIEW / LONDON (IT BOLTWISE) – Ein Telefonat.', 'Selenskyj betonte die Dringlichkeit.'],
  people: [
    { name: 'Wolodymyr Selenskyj', mentions: 5, role: 'ukrainischer Präsident' },
    { name: 'Andrij Jermak', mentions: 1, role: null },
  ],
  hidden: [],
}

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
  /** What the content scripts of the tab answer; throwing = no receiving end. */
  answer?: (message: Message) => unknown
}

function fakeApi(tabs: Record<number, FakeTab>, activeTabId: number) {
  const sent: { tabId: number; message: Message }[] = []
  const injected: number[] = []
  const store: Record<string, unknown> = { [SETTINGS_KEY]: { summarySentences: 2, hideKinds: ['promo', 'jobs', 'books', 'comments', 'subscribe'] } }
  const api: PopupApi = {
    runtime: { sendMessage: async () => undefined, openOptionsPage: async () => undefined },
    tabs: {
      query: async () => [{ id: activeTabId, url: tabs[activeTabId]?.url }],
      get: async (id) => ({ id, url: tabs[id]?.url, title: tabs[id]?.title }),
      sendMessage: async (tabId, message) => {
        sent.push({ tabId, message: message as Message })
        const answer = tabs[tabId]?.answer
        if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.')
        return answer(message as Message)
      },
    },
    scripting: { executeScript: async ({ target }) => void injected.push(target.tabId) },
    storage: { sync: { get: async (key) => ({ [key]: store[key] }), set: async (items) => void Object.assign(store, items) } },
    i18n: { getMessage: (key, subs) => [key, ...[subs ?? []].flat()].join(':'), getUILanguage: () => 'de' },
  }
  return { api, sent, injected }
}

async function open(api: PopupApi, search = '') {
  const dom = new JSDOM(POPUP_HTML, { url: 'chrome-extension://abc/popup.html' + search })
  const copies: string[] = []
  await runPopup({ doc: dom.window.document, api, search, writeClipboard: async (text) => void copies.push(text) })
  return { doc: dom.window.document, copies }
}

function articleTab(overrides: Partial<PageStatus> = {}): FakeTab {
  let shown: PageStatus['shownKinds'] = []
  return {
    url: ARTICLE_URL,
    answer: (message) => {
      switch (message.type) {
        case 'page/status':
          return { ...status, ...overrides, shownKinds: shown }
        case 'page/analyze':
          return { ok: true, analysis: { ...analysis, summary: analysis.summary.slice(0, message.summarySentences) }, readerOn: false }
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
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('popup', () => {
  it('targets ?tab=<id> when given, else the active tab', async () => {
    const { api } = fakeApi({ 7: articleTab() }, 3)
    expect(await resolveTabId(api, '?tab=7')).toBe(7)
    expect(await resolveTabId(api, '?tab=x')).toBe(3)
    expect(await resolveTabId(api, '')).toBe(3)
  })

  it('renders an article: title, meta, summary of the configured length, people, hidden kinds', async () => {
    const { api, sent, injected } = fakeApi({ 7: articleTab(), 3: { url: 'https://example.org/' } }, 3)
    const { doc } = await open(api, '?tab=7')
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.documentElement.lang).toBe('de')
    expect(injected).toEqual([7])
    expect(sent.map((s) => s.message.type)).toEqual(['page/status', 'page/analyze'])
    expect(sent[1]!.message).toMatchObject({ summarySentences: 2, showKinds: ['search'] })
    expect(doc.getElementById('title')!.textContent).toBe(analysis.title)
    expect(doc.getElementById('meta')!.textContent).toBe('readingTime:3 · 5. Juli 2025')
    expect([...doc.querySelectorAll('#summary li')].map((li) => li.textContent)).toEqual(analysis.summary)
    const people = [...doc.querySelectorAll<HTMLButtonElement>('#people button.person')]
    expect(people.map((b) => b.dataset.person)).toEqual(['Wolodymyr Selenskyj', 'Andrij Jermak'])
    expect(people[0]!.textContent).toBe('Wolodymyr Selenskyjukrainischer Präsident5mentionsMany:5')
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
  })

  it('drives the page: reader switch, person highlight, show-kind switch, copy as Markdown', async () => {
    const { api, sent } = fakeApi({ 7: articleTab() }, 7)
    const { doc, copies } = await open(api)
    doc.getElementById('reader-switch')!.click()
    await flush()
    expect(sent.at(-1)!.message).toEqual({ type: 'reader/set', on: true })
    expect(doc.getElementById('reader-switch')!.getAttribute('aria-checked')).toBe('true')

    doc.querySelector<HTMLButtonElement>('#people button.person')!.click()
    await flush()
    expect(sent.at(-1)!.message).toEqual({ type: 'people/highlight', name: 'Wolodymyr Selenskyj', aliases: ['Selenskyj'] })
    expect(doc.getElementById('people-status')!.textContent).toBe('highlightFound:Wolodymyr Selenskyj:3')

    doc.querySelector<HTMLButtonElement>('#hidden-kinds button[data-kind="jobs"]')!.click()
    await flush()
    expect(sent.at(-1)!.message).toEqual({ type: 'clutter/show-kind', kind: 'jobs', show: true })
    const jobs = doc.querySelector<HTMLButtonElement>('#hidden-kinds button[data-kind="jobs"]')!
    expect(jobs.getAttribute('aria-checked')).toBe('true')
    expect(doc.activeElement).toBe(jobs)

    doc.getElementById('copy-summary')!.click()
    await flush()
    expect(copies.at(-1)).toBe(`# ${analysis.title}\n\n- ${analysis.summary[0]}\n- ${analysis.summary[1]}\n\n<${ARTICLE_URL}>\n`)
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

  it('says plainly when the tab is not IT BOLTWISE, without injecting anything', async () => {
    const { api, injected } = fakeApi({ 3: { url: 'https://example.org/news.html' } }, 3)
    const { doc } = await open(api)
    expect(doc.body.dataset.state).toBe('not-article')
    expect(doc.body.dataset.reason).toBe('not-site')
    expect(doc.getElementById('message')!.textContent).toBe('notSite')
    expect(doc.getElementById('title')!.textContent).toBe('notSiteTitle')
    expect(doc.querySelector('.skeleton-line')).toBeNull()
    expect(doc.getElementById('hidden-section')!.dataset.empty).toBe('true')
    expect(injected).toEqual([])
  })

  it('says when an IT BOLTWISE page is not an article (home, archive, search)', async () => {
    const { api, sent } = fakeApi({ 3: { ...articleTab({ isArticle: false }), title: 'KI-News - IT BOLTWISE® x Artificial Intelligence' } }, 3)
    const { doc } = await open(api)
    expect(doc.getElementById('title')!.textContent).toBe('KI-News')
    expect(doc.body.dataset.state).toBe('not-article')
    expect(doc.body.dataset.reason).toBe('not-article')
    expect(sent.map((s) => s.message.type)).toEqual(['page/status']) // no analysis asked for
    expect(doc.querySelectorAll('#hidden-kinds li.kind')).toHaveLength(2)
  })

  it('falls back to the analysis script on a site tab opened before install (no early script)', async () => {
    const tab = articleTab()
    const answer = tab.answer!
    let injectedYet = false
    const { api, injected } = fakeApi({ 3: { url: ARTICLE_URL, answer: (m) => { if (!injectedYet) throw new Error('no receiver'); return answer(m) } } }, 3)
    api.scripting.executeScript = async ({ target }) => {
      injected.push(target.tabId)
      injectedYet = true
    }
    const { doc } = await open(api)
    expect(injected).toEqual([3])
    expect(doc.body.dataset.state).toBe('ready')
    expect(doc.querySelector('#hidden-kinds')!.textContent).toBe('hiddenNone')
    expect(doc.querySelector('#hidden-kinds .skeleton')).toBeNull()
  })

  it('reports extraction failures as an error state with a message', async () => {
    const tab = articleTab()
    const answer = tab.answer!
    const { api } = fakeApi({ 3: { url: ARTICLE_URL, answer: (m) => (m.type === 'page/analyze' ? { ok: false, error: 'extraction-failed' } : answer(m)) } }, 3)
    const { doc } = await open(api)
    expect(doc.body.dataset.state).toBe('error')
    expect(doc.getElementById('message')!.textContent).toBe('extractionFailed')
  })
})
