import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { analyzeWithContent } from '../../src/shared/analysis'
import { createPageController, type PageAnalyzer, type PageApi } from '../../src/content/reader/controller'
import { dispatch, type Requests, type Responses } from '../../src/shared/messages'
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../src/shared/settings'
import { READ_ALOUD_KEY } from '../../src/content/reader/read-aloud/settings'
import type { AnalyzeOptions } from '../../src/core/types'
import { fakeSyncStorage } from './fake-api'

type Expected = { title: string; paragraphs: string[] }

function fixture(name: string) {
  const dir = new URL(`../fixtures/it-boltwise/${name}/`, import.meta.url)
  const html = readFileSync(new URL('source.html', dir), 'utf8')
  const url = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? 'https://www.it-boltwise.de/'
  const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Expected
  return { html, url, expected }
}

function setup(name: string, analyze: PageAnalyzer | null = analyzeWithContent) {
  const { html, url, expected } = fixture(name)
  const dom = new JSDOM(html, { url, pretendToBeVisual: true })
  const store: Record<string, unknown> = { [SETTINGS_KEY]: { summarySentences: 2 } }
  const api: PageApi = {
    i18n: { getMessage: (key, subs) => [key, ...[subs ?? []].flat()].join(':'), getUILanguage: () => 'de' },
    storage: { sync: fakeSyncStorage(store) },
  }
  const calls: AnalyzeOptions[] = []
  const counting: PageAnalyzer = (doc, pageUrl, options) => {
    calls.push(options)
    return analyze!(doc, pageUrl, options)
  }
  const page = createPageController(dom.window.document, dom.window as unknown as Window, api, analyze ? counting : null)
  const send = <T extends keyof Requests>(message: Requests[T]) => dispatch(page.handlers, message) as Promise<Responses[T]>
  return { dom, doc: dom.window.document, expected, calls, send, store, page }
}

/** What the popup hands over for a fixture (analysed in a document of its own). */
function popupAnalysis(name: string, publishedText?: string): Requests['page/adopt'] {
  const { html, url } = fixture(name)
  const { analysis, content } = analyzeWithContent(new JSDOM(html, { url }).window.document, url)
  return { type: 'page/adopt', analysis, contentHtml: content!.innerHTML, ...(publishedText ? { publishedText } : {}) }
}

afterEach(() => vi.restoreAllMocks())

describe('on-demand page controller', () => {
  it('without the popup: analyses the page once, with the settings, and reuses it', async () => {
    const { send, calls } = setup('seed-after-article')
    await send<'page/markdown'>({ type: 'page/markdown' })
    await send<'reader/set'>({ type: 'reader/set', on: true })
    await send<'reader/set'>({ type: 'reader/set', on: false })
    await send<'people/highlight'>({ type: 'people/highlight', name: 'Wolodymyr Selenskyj', aliases: ['Selenskyj'] })
    expect(calls.map((c) => [c.summarySentences, c.showKinds])).toEqual([[2, []]])
  })

  it("with the popup's analysis: no analysis in the page at all; without the analyser: a clear failure", async () => {
    const { send, calls, doc, expected } = setup('seed-after-article')
    const { analysis, content } = analyzeWithContent(new JSDOM(fixture('seed-after-article').html).window.document, 'https://www.it-boltwise.de/x.html')
    expect(await send<'page/adopt'>({ type: 'page/adopt', analysis, contentHtml: content!.innerHTML, publishedText: 'am Samstag' })).toEqual({ ok: true })
    expect(await send<'reader/set'>({ type: 'reader/set', on: true })).toEqual({ ok: true, readerOn: true })
    const text = doc.querySelector('[data-klartext-reader]')!.shadowRoot!.textContent ?? ''
    expect(text).toContain(expected.paragraphs[1]!.slice(0, 80))
    expect(text).toContain('am Samstag') // the popup's date, not one formatted again here
    const markdown = await send<'page/markdown'>({ type: 'page/markdown' })
    expect(markdown.ok && markdown.markdown).toContain(expected.paragraphs[1]!.slice(0, 60))
    expect(calls).toEqual([])

    const bare = setup('seed-after-article', null)
    expect(await bare.send<'reader/set'>({ type: 'reader/set', on: true })).toMatchObject({ ok: false, error: 'no-content-script' })
  })

  it('the reader got ready while the popup is read opens with the analysis handed over last, the settings and read-aloud choices of now', async () => {
    const { send, doc, dom, store, page } = setup('seed-after-article')
    const settle = () => new Promise((resolve) => dom.window.setTimeout(resolve, 0))
    const shadow = () => doc.querySelector('[data-klartext-reader]')!.shadowRoot!
    const openRate = () => {
      shadow().querySelector<HTMLButtonElement>('[data-action="read-aloud"]')!.click()
      return shadow().querySelector<HTMLSelectElement>('.kt-read-aloud select')!.value
    }
    store[SETTINGS_KEY] = { summarySentences: 2, reader: { theme: 'sepia' } }
    store[READ_ALOUD_KEY] = { rate: 1.5 }
    await send<'page/adopt'>(popupAnalysis('seed-after-article', 'am Samstag'))
    await settle()
    await send<'reader/set'>({ type: 'reader/set', on: true })
    expect(shadow().textContent).toContain('am Samstag')
    expect(shadow().querySelector<HTMLElement>('.kt-reader')!.dataset.theme).toBe('sepia')
    expect(openRate()).toBe('1.5')
    await send<'reader/set'>({ type: 'reader/set', on: false })

    // Another analysis handed over (the page changed), and the choices changed in another tab's reader.
    const other = popupAnalysis('figures-blockquote')
    await send<'page/adopt'>(other)
    await settle()
    store[READ_ALOUD_KEY] = { rate: 2 }
    page.readAloudChanged()
    await send<'reader/set'>({ type: 'reader/set', on: true })
    expect(shadow().querySelector('.kt-title')!.textContent).toBe(other.analysis.title)
    expect(shadow().textContent).toContain(other.analysis.paragraphs[0]!.slice(0, 60))
    expect(shadow().textContent).not.toContain('am Samstag')
    expect(openRate()).toBe('2')
  })

  it('a reader built ahead takes settings changed before it opens; one dropped unopened leaves the reading position alone', async () => {
    const { send, doc, dom, page } = setup('seed-after-article')
    const settle = () => new Promise((resolve) => dom.window.setTimeout(resolve, 0))
    const shadow = () => doc.querySelector('[data-klartext-reader]')!.shadowRoot!
    const handed = popupAnalysis('seed-after-article')
    const positions = JSON.stringify({ [handed.analysis.url]: 3 })
    dom.window.sessionStorage.setItem('klartext.reading-positions', positions)
    await send<'page/adopt'>(handed)
    await settle()
    // Dropped: another analysis handed over, then read-aloud choices changed elsewhere.
    await send<'page/adopt'>(popupAnalysis('figures-blockquote'))
    await settle()
    page.readAloudChanged()
    expect(dom.window.sessionStorage.getItem('klartext.reading-positions')).toBe(positions)

    await send<'page/adopt'>(handed)
    await settle()
    page.settingsChanged({ ...DEFAULT_SETTINGS, reader: { ...DEFAULT_SETTINGS.reader, theme: 'dark', fontSize: 22 } })
    await send<'reader/set'>({ type: 'reader/set', on: true })
    const root = shadow().querySelector<HTMLElement>('.kt-reader')!
    expect([root.dataset.theme, root.style.getPropertyValue('--size')]).toEqual(['dark', '22px'])
    expect(shadow().querySelector('button[data-theme="dark"]')!.getAttribute('aria-pressed')).toBe('true')
    expect(shadow().querySelector('.kt-resume')).not.toBeNull()
  })

  it('reader on and off: the article over the page, then the page byte-identical', async () => {
    const { send, doc, expected } = setup('seed-after-article')
    const before = doc.documentElement.outerHTML
    expect(await send<'reader/set'>({ type: 'reader/set', on: 'toggle' })).toEqual({ ok: true, readerOn: true })
    const host = doc.querySelector('[data-klartext-reader]')!
    const text = host.shadowRoot!.textContent ?? ''
    for (const paragraph of expected.paragraphs.slice(0, 3)) expect(text).toContain(paragraph)
    expect(text).not.toContain('Stellenangebote')
    expect(host.shadowRoot!.querySelector('script, style:not(:first-child), iframe, form')).toBeNull()
    expect(await send<'reader/set'>({ type: 'reader/set', on: 'toggle' })).toEqual({ ok: true, readerOn: false })
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('reader/set with readAloud opens the reader with the read-aloud bar and starts; a browser without speech is told, not ignored', async () => {
    const { send, doc } = setup('seed-after-article')
    expect(await send<'reader/set'>({ type: 'reader/set', on: true, readAloud: true })).toEqual({ ok: true, readerOn: true })
    const root = doc.querySelector('[data-klartext-reader]')!.shadowRoot!
    expect(root.querySelector<HTMLElement>('.kt-read-aloud')!.hidden).toBe(false)
    // Node has no speechSynthesis: the bar says so.
    expect(root.querySelector('.kt-read-aloud-status')!.textContent).toBe('readAloudUnsupported')
    expect(root.querySelector('[data-action="read-aloud"]')!.getAttribute('aria-expanded')).toBe('true')
  })

  it('highlights a person: opens the reader where the page cannot be highlighted without DOM changes', async () => {
    const { send, doc } = setup('seed-after-article')
    const person = 'Wolodymyr Selenskyj' // the seed article's most mentioned person (issue 2)
    const answer = await send<'people/highlight'>({ type: 'people/highlight', name: person, aliases: [person.split(' ').pop()!] })
    expect(answer.ok && answer.found).toBeGreaterThan(1)
    const marks = doc.querySelector('[data-klartext-reader]')!.shadowRoot!.querySelectorAll('mark')
    expect(marks.length).toBe(answer.ok ? answer.found : -1)
    expect(doc.body.querySelector('mark')).toBeNull()
  })

  it('exports the article as Markdown without the clutter', async () => {
    const { send, expected } = setup('seed-after-article')
    const answer = await send<'page/markdown'>({ type: 'page/markdown' })
    if (!answer.ok) throw new Error(answer.error)
    expect(answer.markdown.startsWith(`# ${expected.title}\n`)).toBe(true)
    expect(answer.markdown).toContain(expected.paragraphs[1]!.slice(0, 60))
    expect(answer.markdown).not.toContain('Stellenangebote')
    expect(answer.markdown).not.toContain('Kurzweil')
  })

  it('on a page that is not an article: a Failure, and the page untouched', async () => {
    const { send, doc } = setup('home')
    const before = doc.documentElement.outerHTML
    expect(await send<'page/markdown'>({ type: 'page/markdown' })).toEqual({ ok: false, error: 'not-article' })
    expect(await send<'reader/set'>({ type: 'reader/set', on: true })).toEqual({ ok: false, error: 'not-article' })
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('when extraction throws: extraction-failed, logged once, page untouched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { send, doc } = setup('seed-after-article', () => {
      throw new Error('Readability exploded')
    })
    const before = doc.documentElement.outerHTML
    const first = await send<'reader/set'>({ type: 'reader/set', on: true })
    expect(first).toMatchObject({ ok: false, error: 'extraction-failed' })
    await send<'reader/set'>({ type: 'reader/set', on: true })
    expect(warn).toHaveBeenCalledOnce()
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('leaves messages that are not its own to the other listeners', () => {
    const { dom } = setup('seed-after-article')
    const page = createPageController(dom.window.document, dom.window as unknown as Window, {
      i18n: { getMessage: () => '', getUILanguage: () => 'de' },
      storage: { sync: { get: async () => ({}), set: async () => undefined } },
    }, null)
    expect(dispatch(page.handlers, { type: 'page/status' })).toBeUndefined()
    expect(dispatch(page.handlers, { type: 'clutter/show-kind', kind: 'jobs', show: true })).toBeUndefined()
  })

  it('saves toolbar changes on top of what storage holds', async () => {
    const { send, doc, store } = setup('seed-after-article')
    await send<'reader/set'>({ type: 'reader/set', on: true })
    const root = doc.querySelector('[data-klartext-reader]')!.shadowRoot!
    root.querySelector<HTMLButtonElement>('button[data-theme="dark"]')!.click()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(store[SETTINGS_KEY]).toMatchObject({ summarySentences: 2, reader: { theme: 'dark' } })
  })
})
