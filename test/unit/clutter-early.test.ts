// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://www.it-boltwise.de/selenskyj-und-trump-diskutieren-ueber-verteidigungskooperation.html"}
/**
 * The load-time content script (src/content/early.ts) in a page, with a fake extension API:
 * hides the clutter, answers only its own messages, sends the badge count, honours the settings.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { findClutter, HIDDEN_ATTRIBUTE, SHOW_ATTRIBUTE } from '../../src/core/clutter'
import { SETTINGS_KEY } from '../../src/shared/settings'
import { itBoltwise } from '../../src/sites/it-boltwise'
import type { PageStatus } from '../../src/shared/messages'
import type { PageSnapshot } from '../../src/shared/snapshot'
import { readArticle } from '../../src/core/article'
import { listFixtures, parseFixture } from '../fixtures/load'

type Listener = (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => true | undefined

type StorageListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void
interface FakeApi {
  listeners: Listener[]
  sent: unknown[]
  storageListeners: StorageListener[]
  runtime: { sendMessage(message: unknown): Promise<void>; onMessage: { addListener(l: Listener): void } }
  storage: { sync: { get(key: string): Promise<Record<string, unknown>>; set(): Promise<void> }; onChanged: { addListener(l: StorageListener): void } }
}

function fakeApi(storedSettings: unknown): FakeApi {
  const api: FakeApi = {
    listeners: [],
    sent: [],
    storageListeners: [],
    runtime: {
      sendMessage: vi.fn(async (message: unknown) => void api.sent.push(message)),
      onMessage: { addListener: (l: Listener) => void api.listeners.push(l) },
    },
    storage: {
      sync: { get: async (key: string) => ({ [key]: storedSettings }), set: async () => undefined },
      onChanged: { addListener: (l: StorageListener) => void api.storageListeners.push(l) },
    },
  }
  return api
}

/** Send a message the way the browser does; undefined when the script leaves it to others. */
function ask(api: FakeApi, message: unknown): Promise<unknown> | undefined {
  let answer: Promise<unknown> | undefined
  for (const listener of api.listeners) {
    let resolve!: (r: unknown) => void
    const promise = new Promise((r) => (resolve = r))
    if (listener(message, {}, resolve) === true) answer = promise
  }
  return answer
}

function loadPage(name: string, edit?: (doc: Document) => void): void {
  const fixture = listFixtures().find((f) => f.name === name)!
  const { document: source } = parseFixture(fixture)
  edit?.(source)
  document.documentElement.replaceChildren(document.importNode(source.head, true), document.importNode(source.body, true))
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10))
const badges = (api: FakeApi) => api.sent.filter((m) => (m as { type: string }).type === 'badge/set')

describe('early.ts on an article page', () => {
  const api = fakeApi({ hideKinds: ['promo', 'jobs', 'comments', 'subscribe', 'search'] })
  beforeAll(async () => {
    loadPage('seed-after-article')
    ;(globalThis as unknown as { chrome: unknown }).chrome = api
    await import('../../src/content/early')
    await settle()
  })

  it('marks exactly the clutter blocks the engine finds', () => {
    const marked = Array.from(document.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))
    expect(marked).toEqual(findClutter(document, itBoltwise).map((m) => m.element))
    expect(marked.map((el) => el.getAttribute(HIDDEN_ATTRIBUTE))).toEqual(['promo', 'jobs', 'books', 'comments', 'subscribe', 'search'])
  })

  it('shows the kinds the settings do not hide, and sends the badge count of what stays hidden', () => {
    expect(document.documentElement.getAttribute(SHOW_ATTRIBUTE)).toBe('books')
    expect(badges(api).at(-1)).toEqual({ type: 'badge/set', count: 5 })
  })

  it("answers 'page/status'", async () => {
    const status = (await ask(api, { type: 'page/status' })) as PageStatus
    expect(status).toMatchObject({ site: 'it-boltwise', isArticle: true, shownKinds: ['books'], rulesFoundNothing: false, readerOn: false })
    expect(status.hidden.map((h) => h.rule)).toEqual(['promo-link-list', 'job-listings', 'book-ads', 'comment-prompt', 'subscription-prompt', 'search-prompt'])
    expect(status.hidden[1]!.text).toMatch(/^Stellenangebote \(Senior\) Expert/)
    document.documentElement.setAttribute('data-klartext-reader', '')
    expect(((await ask(api, { type: 'page/status' })) as PageStatus).readerOn).toBe(true)
    document.documentElement.removeAttribute('data-klartext-reader')
  })

  it("answers 'page/snapshot' with its status and the page's DOM, in one message", async () => {
    const answer = (await ask(api, { type: 'page/snapshot' })) as { status: PageStatus; snapshot: { url: string; html: string; siteName: string | null } }
    expect(answer.status).toEqual(await ask(api, { type: 'page/status' }))
    expect(answer.snapshot.url).toBe(location.href)
    expect(answer.snapshot.html).toBe(document.documentElement.outerHTML)
    expect(answer.snapshot.html).toContain('Stellenangebote') // the whole page: the popup's analysis removes the clutter itself
  })

  it("says the snapshot's marks are settled: an analysis taking them reads the article the rules read", async () => {
    const answer = (await ask(api, { type: 'page/snapshot' })) as { status: PageStatus; snapshot: PageSnapshot }
    expect(answer.snapshot.clutterMarked).toBe(true)
    const parse = () => new DOMParser().parseFromString(answer.snapshot.html, 'text/html')
    const byRules = readArticle(parse(), location.href, itBoltwise, { inPlace: true }).article
    const byMarks = readArticle(parse(), location.href, itBoltwise, { inPlace: true, markedClutter: answer.status.hidden }).article
    expect(byMarks).toEqual(byRules)
    expect(byMarks.paragraphs.join(' ')).not.toContain('Stellenangebote')
    // The marked blocks are taken as reported (the report's texts), not found again.
    const relabelled = answer.status.hidden.map((block) => ({ ...block, text: 'as reported' }))
    const taken = readArticle(parse(), location.href, itBoltwise, { inPlace: true, markedClutter: relabelled }).article
    expect(taken.hidden.map((block) => block.text)).toEqual(relabelled.map(() => 'as reported'))
    // Marks that disagree with the report (a block marked or unmarked since) are not taken: the rules run.
    const tampered = parse()
    tampered.querySelector(`[${HIDDEN_ATTRIBUTE}]`)?.removeAttribute(HIDDEN_ATTRIBUTE)
    expect(readArticle(tampered, location.href, itBoltwise, { inPlace: true, markedClutter: answer.status.hidden }).article).toEqual(byRules)
  })

  it('leaves the messages of other scripts unanswered', () => {
    for (const message of [{ type: 'page/markdown' }, { type: 'reader/set', on: true }, { type: 'people/highlight', name: 'X', aliases: [] }, { type: 'x' }, 'page/status']) {
      expect(ask(api, message)).toBeUndefined()
    }
  })

  it("shows and hides a kind again with 'clutter/show-kind', over the settings", async () => {
    const shown = (await ask(api, { type: 'clutter/show-kind', kind: 'jobs', show: true })) as PageStatus
    expect(shown.shownKinds).toEqual(['jobs', 'books'])
    expect(document.documentElement.getAttribute(SHOW_ATTRIBUTE)).toBe('jobs books')
    expect(badges(api).at(-1)).toEqual({ type: 'badge/set', count: 4 })
    const hidden = (await ask(api, { type: 'clutter/show-kind', kind: 'books', show: false })) as PageStatus
    expect(hidden.shownKinds).toEqual(['jobs'])
    expect(badges(api).at(-1)).toEqual({ type: 'badge/set', count: 5 })
  })

  it('follows a change of the settings in storage', () => {
    for (const listener of api.storageListeners) listener({ [SETTINGS_KEY]: { newValue: { hideKinds: ['jobs'] } } }, 'sync')
    // The page's own choices (jobs shown, books hidden) stay; the rest follows the settings.
    expect(document.documentElement.getAttribute(SHOW_ATTRIBUTE)).toBe('promo jobs comments subscribe search')
    for (const listener of api.storageListeners) listener({ other: { newValue: 1 } }, 'sync')
    expect(document.documentElement.getAttribute(SHOW_ATTRIBUTE)).toBe('promo jobs comments subscribe search')
  })

  it('hides a widget inserted after load and updates the badge', async () => {
    for (const kind of ['jobs', 'books']) await ask(api, { type: 'clutter/show-kind', kind, show: false })
    for (const listener of api.storageListeners) listener({ [SETTINGS_KEY]: { newValue: {} } }, 'sync')
    const before = badges(api).at(-1)
    const widget = document.createElement('section')
    widget.innerHTML = '<h3>Stellenangebote</h3><ul><li><a href="https://www.stepstone.de/x">Prompt Engineer (m/w/d)</a></li></ul>'
    document.querySelector('aside')!.appendChild(widget)
    await settle()
    expect(widget.getAttribute(HIDDEN_ATTRIBUTE)).toBe('jobs')
    expect(badges(api).at(-1)).toEqual({ type: 'badge/set', count: (before as { count: number }).count + 1 })
  })
})

describe('early.ts on a page that is not an article', () => {
  it("answers 'page/snapshot' with its status only: nothing to analyse", async () => {
    vi.resetModules()
    loadPage('home')
    const api = fakeApi(undefined)
    ;(globalThis as unknown as { chrome: unknown }).chrome = api
    await import('../../src/content/early')
    await settle()
    const answer = (await ask(api, { type: 'page/snapshot' })) as { status: PageStatus; snapshot: unknown }
    expect(answer.status).toMatchObject({ site: 'it-boltwise', isArticle: false })
    expect(answer.snapshot).toBeNull()
  })
})

describe('early.ts on an article page without any of the expected clutter', () => {
  it('reports rulesFoundNothing', async () => {
    vi.resetModules()
    loadPage('figures-blockquote', (doc) => doc.querySelector('.post-extras')!.remove())
    const api = fakeApi(undefined)
    ;(globalThis as unknown as { chrome: unknown }).chrome = api
    await import('../../src/content/early')
    await settle()
    const status = (await ask(api, { type: 'page/status' })) as PageStatus
    expect(status).toMatchObject({ isArticle: true, hidden: [], rulesFoundNothing: true })
    expect(badges(api).at(-1)).toEqual({ type: 'badge/set', count: 0 })
  })
})
