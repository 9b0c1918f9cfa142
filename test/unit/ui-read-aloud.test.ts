/**
 * Read aloud in the reader view, on a real fixture article (analysed, sanitized, shown), with a
 * speechSynthesis stand-in this test installs: it records every utterance and ends one only when the
 * test says so, so that what is spoken, in which order, and what is highlighted can be checked step by step.
 */
import { describe, expect, it, vi } from 'vitest'
import { JSDOM } from 'jsdom'
import { analyzeWithContent } from '../../src/shared/analysis'
import { createSanitizer } from '../../src/core/sanitize'
import { splitSentences } from '../../src/core/text/sentences'
import { openReader } from '../../src/content/reader/reader'
import { readerExtras } from '../../src/content/reader/extras'
import { sessionPositionStore } from '../../src/content/reader/extras/position'
import type { SpeechApi } from '../../src/content/reader/read-aloud/player'
import { watchVoices, VOICE_WAIT_MS } from '../../src/content/reader/read-aloud/voices'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'
import { DEFAULT_READ_ALOUD, normalizeReadAloud, type ReadAloudSettings } from '../../src/content/reader/read-aloud/settings'
import { listFixtures, parseFixture } from '../fixtures/load'

/** Messages as their keys (with their substitutions), in German where the code asks which language they are in. */
const t = (key: string, ...subs: (string | number)[]) => (key === 'messagesLocale' ? 'de' : [key, ...subs].join(':'))

class FakeUtterance extends EventTarget {
  lang = ''
  rate = 1
  voice: SpeechSynthesisVoice | null = null
  constructor(readonly text: string) {
    super()
  }
}

const voice = (name: string, lang: string, isDefault = false) =>
  ({ name, lang, voiceURI: `urn:voice:${name}`, default: isDefault, localService: true }) as SpeechSynthesisVoice
const GERMAN = [voice('Anna', 'de-DE'), voice('Markus', 'de-AT', true), voice('Samantha', 'en-US')]

/** A speechSynthesis that records and never ends an utterance by itself. */
function fakeSpeech(voices: SpeechSynthesisVoice[] = GERMAN) {
  const spoken: FakeUtterance[] = []
  let current: FakeUtterance | null = null
  const cancels = { count: 0 }
  const events = new EventTarget()
  const synth = {
    speak(utterance: SpeechSynthesisUtterance) {
      current = utterance as unknown as FakeUtterance
      spoken.push(current)
    },
    cancel() {
      cancels.count++
      const interrupted = current
      current = null
      interrupted?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }))
    },
    getVoices: () => voices,
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
  }
  return {
    api: { synth, Utterance: FakeUtterance } as unknown as SpeechApi,
    spoken,
    cancels,
    texts: () => spoken.map((u) => u.text),
    /** The current utterance reaches its end. */
    finish() {
      const done = current
      current = null
      done?.dispatchEvent(new Event('end'))
    },
    fail(code: string) {
      const failed = current
      current = null
      failed?.dispatchEvent(Object.assign(new Event('error'), { error: code }))
    },
    /** The browser's voice list changed. */
    announceVoices() {
      events.dispatchEvent(new Event('voiceschanged'))
    },
    get current() {
      return current
    },
  }
}

const FIXTURE = listFixtures().find((f) => f.name === 'figures-blockquote')!
/** Analysed once: every test opens the reader on the same analysis, as the popup hands it over. */
const ANALYSED = (() => {
  const { document } = parseFixture(FIXTURE)
  const { analysis, content } = analyzeWithContent(document, FIXTURE.url)
  return { analysis, contentHtml: content?.innerHTML ?? '', source: document }
})()

function openArticle(speech: ReturnType<typeof fakeSpeech> | null, readAloud: Partial<ReadAloudSettings> = {}, dom?: JSDOM, contentHtml?: string) {
  const { analysis, contentHtml: analysedHtml, source } = ANALYSED
  const page = dom ?? new JSDOM('<!doctype html><html lang="de"><body><p>Seite</p></body></html>', { url: FIXTURE.url, pretendToBeVisual: true })
  const saved: ReadAloudSettings[] = []
  const extras = readerExtras({
    t,
    locale: 'de',
    readAloud: { ...DEFAULT_READ_ALOUD, ...readAloud },
    saveReadAloud: (s) => saved.push(s),
    speech: () => speech?.api ?? null,
    positions: sessionPositionStore(page.window as unknown as Window),
  })
  const reader = openReader(page.window.document, {
    title: analysis.title,
    byline: analysis.byline,
    published: analysis.published,
    siteName: 'IT BOLTWISE',
    readingMinutes: analysis.readingMinutes,
    lang: analysis.lang ?? 'de',
    url: analysis.url,
    content: createSanitizer(page.window as unknown as Window)(contentHtml ?? analysedHtml),
  }, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader, plugins: [extras.plugin] })
  const root = reader.host.shadowRoot!
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!
  return { analysis, page, reader, root, $, saved, readAloud: () => extras.readAloud()!, source }
}

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
const highlighted = (root: ShadowRoot) => norm(Array.from(root.querySelectorAll('.kt-speaking')).map((s) => s.textContent).join(''))

/** Finish utterances until the reader has read to the end (bounded). */
function readToEnd(speech: ReturnType<typeof fakeSpeech>) {
  for (let i = 0; i < 200 && speech.current; i++) speech.finish()
}

describe('read aloud: the queue of utterances', () => {
  it('reads title, byline, then every paragraph sentence by sentence, without captions, in the article language and chosen rate and voice', () => {
    const speech = fakeSpeech()
    const { analysis, source, readAloud, root } = openArticle(speech, { rate: 1.5, voices: { de: 'urn:voice:Anna' } })
    readAloud().start()
    readToEnd(speech)
    const captions = new Set(Array.from(source.querySelectorAll('figcaption')).map((c) => norm(c.textContent)))
    const body = analysis.paragraphs.filter((p) => !captions.has(p)).flatMap((p) => splitSentences(p, 'de'))
    expect(captions.size).toBe(2)
    expect(speech.texts()).toEqual([analysis.title, `readerByline:${analysis.byline}`, ...body])
    expect(new Set(speech.spoken.map((u) => `${u.lang} ${u.rate} ${u.voice?.name}`))).toEqual(new Set(['de 1.5 Anna']))
    expect(root.querySelector('.kt-read-aloud-status')?.textContent).toBe('readAloudFinished')
  })

  it('reads the captions too when chosen, each after the text before it', () => {
    const speech = fakeSpeech()
    const { readAloud, source } = openArticle(speech, { captions: true })
    readAloud().start()
    readToEnd(speech)
    const captions = Array.from(source.querySelectorAll('figcaption')).map((c) => norm(c.textContent))
    for (const caption of captions) expect(speech.texts()).toContain(caption)
  })

  it('without a remembered voice takes the browser default for the language; the voice list offers only that language', () => {
    const speech = fakeSpeech()
    const { readAloud, $ } = openArticle(speech)
    readAloud().start()
    expect(speech.spoken[0]?.voice?.name).toBe('Markus')
    const voiceOptions = Array.from(($<HTMLElement>('.kt-read-aloud').querySelectorAll('select')[1] as HTMLSelectElement).options).map((o) => o.textContent)
    expect(voiceOptions).toEqual(['Markus (de-AT)', 'Anna (de-DE)'])
  })
})

describe('read aloud: controls', () => {
  it('next and previous move by sentence while reading; pause silences; play says the same sentence again', () => {
    const speech = fakeSpeech()
    const { readAloud, $, root } = openArticle(speech)
    readAloud().start()
    const [title, byline, first] = readAloud().sentences.map((s) => s.text)
    $<HTMLButtonElement>('[data-action="next-sentence"]').click()
    $<HTMLButtonElement>('[data-action="next-sentence"]').click()
    expect(speech.texts()).toEqual([title, byline, first])
    expect(highlighted(root)).toBe(first)
    $<HTMLButtonElement>('[data-action="previous-sentence"]').click()
    expect(speech.texts().at(-1)).toBe(byline)
    const cancelsBefore = speech.cancels.count
    $<HTMLButtonElement>('[data-action="play"]').click()
    expect(speech.cancels.count).toBe(cancelsBefore + 1)
    expect(speech.current).toBeNull()
    expect($('[data-action="play"]').textContent).toContain('readAloudPlay')
    $<HTMLButtonElement>('[data-action="play"]').click()
    expect(speech.texts().slice(-2)).toEqual([byline, byline])
    expect($('[data-action="play"]').textContent).toContain('readAloudPause')
  })

  it('a click on a sentence reads from there on; a click on a link does not', () => {
    const speech = fakeSpeech()
    const { readAloud, $, root } = openArticle(speech)
    $<HTMLButtonElement>('[data-action="read-aloud"]').click()
    const target = readAloud().sentences[6]!
    target.pieces[0]!.click()
    expect(speech.texts()).toEqual([target.text])
    speech.finish()
    expect(speech.texts()[1]).toBe(readAloud().sentences[7]!.text)
    expect(highlighted(root)).toBe(readAloud().sentences[7]!.text)
  })

  it('N plays and pauses from anywhere in the reader, but not while a select has focus; the speed is remembered and applied', () => {
    const speech = fakeSpeech()
    const { readAloud, $, page, saved } = openArticle(speech)
    const press = (target: Element, key: string) => target.dispatchEvent(new page.window.KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }))
    press($('.kt-content'), 'n')
    expect(speech.spoken).toHaveLength(1)
    expect(readAloud().keydown).toBeTypeOf('function')
    const rate = $<HTMLSelectElement>('.kt-read-aloud select')
    press(rate, 'n')
    expect(speech.current).not.toBeNull()
    rate.value = '2'
    rate.dispatchEvent(new page.window.Event('change'))
    expect(saved.at(-1)?.rate).toBe(2)
    expect(speech.spoken.at(-1)?.rate).toBe(2)
    press($('.kt-content'), 'N')
    expect(speech.current).toBeNull()
  })
})

describe('read aloud: highlight', () => {
  it('every sentence\'s highlighted pieces hold exactly its text, in the reader; the text of the article is unchanged', () => {
    const speech = fakeSpeech()
    const { readAloud, root, analysis } = openArticle(speech)
    const sentences = readAloud().sentences
    expect(sentences.length).toBeGreaterThan(10)
    for (const sentence of sentences) expect(norm(sentence.pieces.map((p) => p.textContent).join(''))).toBe(sentence.text)
    readAloud().start()
    for (let i = 0; i < 5; i++) {
      expect(highlighted(root)).toBe(norm(speech.current?.text))
      speech.finish()
    }
    const paragraphs = Array.from(root.querySelectorAll('.kt-content p, .kt-content h2, .kt-content figcaption')).map((p) => norm(p.textContent))
    expect(paragraphs).toEqual(analysis.paragraphs)
  })

  it('a sentence that runs through a link is highlighted in pieces, the link kept; a click on the link does not start reading', () => {
    const speech = fakeSpeech()
    const html = '<p>Der Bericht nennt <a href="https://example.org/x">drei neue Modelle</a> und <em>zwei</em> Preise. Danach folgt mehr.</p>'
    const { readAloud, root, $ } = openArticle(speech, {}, undefined, html)
    const sentence = readAloud().sentences.find((s) => s.text.startsWith('Der Bericht'))!
    expect(sentence.text).toBe('Der Bericht nennt drei neue Modelle und zwei Preise.')
    expect(sentence.pieces.map((p) => p.textContent)).toEqual(['Der Bericht nennt ', 'drei neue Modelle', ' und ', 'zwei', ' Preise.'])
    expect($('.kt-content a')?.textContent).toBe('drei neue Modelle')
    $<HTMLButtonElement>('[data-action="read-aloud"]').click()
    $<HTMLElement>('.kt-content a .kt-sentence').click()
    expect(speech.spoken).toHaveLength(0)
    $<HTMLElement>('.kt-content em .kt-sentence').click()
    expect(speech.texts()).toEqual([sentence.text])
    expect(highlighted(root)).toBe(sentence.text)
  })
})

describe('read aloud: what is not read', () => {
  it('a date-and-author line at the top of the body is not read again after the byline; text about the author is', () => {
    const speech = fakeSpeech()
    const about = 'Thomas Berger hat zuvor zwölf Jahre lang für eine Tageszeitung über Robotik, Automatisierung und die Industrie berichtet, bevor er zur Redaktion kam. Er lebt in München und schreibt über Forschung aus Deutschland und Europa.'
    const html = `<p>18. Juni 2025 · Thomas Berger</p><p>Erster Absatz des Artikels.</p><p>${about}</p>`
    const { readAloud } = openArticle(speech, {}, undefined, html)
    readAloud().start()
    readToEnd(speech)
    expect(speech.texts().slice(1)).toEqual(['readerByline:Thomas Berger', 'Erster Absatz des Artikels.', ...splitSentences(about, 'de')])
  })
})

describe('read aloud: stopping', () => {
  it('closing the reader stops the speech; a late end event of the old utterance speaks nothing more', () => {
    const speech = fakeSpeech()
    const { readAloud, reader } = openArticle(speech)
    readAloud().start()
    const before = speech.cancels.count
    const last = speech.current!
    reader.close()
    expect(speech.cancels.count).toBe(before + 1)
    last.dispatchEvent(new Event('end'))
    expect(speech.spoken).toHaveLength(1)
  })

  it('leaving the page (pagehide) stops the speech', () => {
    const speech = fakeSpeech()
    const { readAloud, page } = openArticle(speech)
    readAloud().start()
    page.window.dispatchEvent(new page.window.Event('pagehide'))
    expect(speech.current).toBeNull()
  })

  it('a browser that wants a gesture first (not-allowed): the bar says press play, and play has focus', () => {
    const speech = fakeSpeech()
    const { readAloud, root, $ } = openArticle(speech)
    readAloud().start()
    speech.fail('not-allowed')
    expect($('.kt-read-aloud-status').textContent).toBe('readAloudPressPlay')
    expect(root.activeElement).toBe($('[data-action="play"]'))
  })
})

describe('read aloud: no voice', () => {
  it('says there is no voice for the article language (voices of other languages only), and play is disabled', () => {
    const speech = fakeSpeech([voice('Samantha', 'en-US')])
    const { readAloud, $ } = openArticle(speech)
    readAloud().start()
    expect($('.kt-read-aloud-status').textContent).toBe('readAloudNoVoice:Deutsch')
    expect($<HTMLButtonElement>('[data-action="play"]').disabled).toBe(true)
    expect(speech.spoken).toHaveLength(0)
  })

  it('says the browser cannot read aloud where it has no speechSynthesis', () => {
    const { readAloud, $ } = openArticle(null)
    readAloud().start()
    expect($('.kt-read-aloud-status').textContent).toBe('readAloudUnsupported')
  })

  it('an empty voice list is "waiting" until the wait is over, then "none"; voices arriving later make it "ready"', () => {
    const speech = fakeSpeech([])
    const timers: (() => void)[] = []
    const win = { setTimeout: (fn: () => void) => timers.push(fn), clearTimeout: vi.fn() } as unknown as Window
    const reports: string[] = []
    watchVoices(speech.api, 'de', win, (list) => reports.push(list.kind))
    expect(reports).toEqual(['waiting'])
    timers[0]!()
    expect(reports).toEqual(['waiting', 'none'])
    ;(speech.api.synth.getVoices() as SpeechSynthesisVoice[]).push(voice('Anna', 'de-DE'))
    speech.announceVoices()
    expect(reports).toEqual(['waiting', 'none', 'ready'])
    expect(VOICE_WAIT_MS).toBeGreaterThan(0)
  })
})

describe('reading position and progress', () => {
  it('remembers the sentence read last per article for the session and offers to go on there', () => {
    const speech = fakeSpeech()
    const page = new JSDOM('<!doctype html><html><body></body></html>', { url: FIXTURE.url, pretendToBeVisual: true })
    const first = openArticle(speech, {}, page)
    first.readAloud().start()
    for (let i = 0; i < 6; i++) speech.finish()
    const at = first.readAloud().sentences.findIndex((sentence) => sentence.text === speech.current?.text)
    expect(at).toBeGreaterThan(5)
    expect(first.readAloud().position()).toBe(at)
    first.reader.close()
    const again = openArticle(speech, {}, page)
    const offer = again.$('.kt-resume')
    expect(offer.textContent).toContain(again.readAloud().sentences[at]!.text.slice(0, 20))
    again.$<HTMLButtonElement>('[data-action="resume"]').click()
    expect(again.root.querySelector('.kt-resume')).toBeNull()
    again.$<HTMLButtonElement>('[data-action="play"]').click()
    expect(speech.texts().at(-1)).toBe(again.readAloud().sentences[at]!.text)
  })

  it('opening shows the read-aloud button only; the sentences and the hidden bar\'s controls are ready once the browser is idle', async () => {
    const { root, $ } = openArticle(fakeSpeech())
    expect($('[data-action="read-aloud"]').getAttribute('aria-expanded')).toBe('false')
    expect($<HTMLElement>('.kt-read-aloud').hidden).toBe(true)
    expect(root.querySelector('.kt-sentence, .kt-read-aloud [data-action="play"]')).toBeNull()
    await vi.waitFor(() => expect(root.querySelector('.kt-read-aloud [data-action="play"]')).not.toBeNull(), { timeout: 5000 })
    expect(root.querySelectorAll('.kt-sentence').length).toBeGreaterThan(10)
    expect($<HTMLElement>('.kt-read-aloud').hidden).toBe(true)
  })

  it('no offer for an article read from the top, or in another tab session', () => {
    const speech = fakeSpeech()
    const { root } = openArticle(speech)
    expect(root.querySelector('.kt-resume')).toBeNull()
  })

  it('the progress bar follows the reader\'s scroll position', async () => {
    const { root, page } = openArticle(fakeSpeech())
    const scroller = root.querySelector<HTMLElement>('.kt-reader')!
    Object.defineProperty(scroller, 'scrollHeight', { value: 2500 })
    Object.defineProperty(scroller, 'clientHeight', { value: 500 })
    scroller.scrollTop = 500
    scroller.dispatchEvent(new page.window.Event('scroll'))
    await new Promise((resolve) => page.window.requestAnimationFrame(resolve))
    expect(root.querySelector<HTMLElement>('.kt-progress')?.dataset.progress).toBe('25')
  })
})

describe('read-aloud settings', () => {
  it('rate snaps to the offered steps, voices keep valid language keys only', () => {
    expect(normalizeReadAloud({ rate: 1.6, voices: { de: 'urn:a', 'x y': 'b', en: 3 }, captions: 'yes' })).toEqual({ rate: 1.5, voices: { de: 'urn:a' }, captions: false })
    expect(normalizeReadAloud({ rate: 9 }).rate).toBe(2)
    expect(normalizeReadAloud('garbage')).toEqual(DEFAULT_READ_ALOUD)
  })
})
