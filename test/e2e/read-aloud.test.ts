/**
 * Read aloud and the reader's images, in the real browsers with the built extension.
 *
 * The reader's code runs in the extension's isolated world (Firefox: its content-script sandbox), where
 * the page's scripts cannot reach. The test puts a speechSynthesis stand-in there itself, with
 * scripting.executeScript from the extension's own popup page: it records every utterance and ends one
 * only when the test says so. The product has no hook for it: it uses whatever `speechSynthesis` its
 * world has. Without the stand-in, the real headless browsers have no voice at all: the bar must say so.
 */
import path from 'node:path'
import { expect, it } from 'vitest'
import { ROOT, poll, type E2EPage } from './harness/browsers'
import { axeViolations, describeFindings } from './harness/axe'
import { fixtureCases, staticArticleCase } from './harness/cases'
import { waitForReader } from './harness/reader-probe'
import { describeInBrowsers } from './harness/session'

const ARTICLE = staticArticleCase()
const LAZY = fixtureCases().find((c) => c.name === 'lazy-images')!
const DOCS = path.join(ROOT, 'docs')
const UPLOADS = '/wp-content/uploads/2025/07/'

interface Spoken {
  text: string
  lang: string
  rate: number
  voice: string | null
}

type StubCommand = 'install' | 'log' | 'finish' | 'voices'
interface StubState {
  log: Spoken[]
  /** The text of the utterance being spoken, null when silent. */
  current: string | null
  /** The browser's own number of voices (command 'voices', before any stand-in). */
  voices?: number
}

/**
 * From the popup page (an extension page), into the tab's isolated world with scripting.executeScript:
 * 'install' the stand-in (two German voices, one English), read its 'log', 'finish' the current
 * utterance, or count the browser's own 'voices'. Self-contained: it is serialized into the popup.
 */
async function speech(popup: E2EPage, tabId: number, command: StubCommand): Promise<StubState> {
  return popup.evaluate(
    async ({ tabId, command }) => {
      type Api = { scripting: { executeScript(injection: object): Promise<{ result?: unknown }[]> } }
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api }
      const api = (scope.browser ?? scope.chrome)!
      const run = async (func: () => unknown) => (await api.scripting.executeScript({ target: { tabId }, func }))[0]?.result

      /** Runs in the tab's isolated world. No class syntax: the function is serialized as it is written. */
      function install() {
        type Utterance = EventTarget & { text: string; lang: string; rate: number; voice: { name: string } | null }
        const log: { text: string; lang: string; rate: number; voice: string | null }[] = []
        let current: Utterance | null = null
        function SpeechSynthesisUtterance(text: string): Utterance {
          return Object.assign(new EventTarget(), { text, lang: '', rate: 1, pitch: 1, volume: 1, voice: null })
        }
        const voices = [
          { name: 'Anna', lang: 'de-DE', default: false },
          { name: 'Markus', lang: 'de-AT', default: true },
          { name: 'Samantha', lang: 'en-US', default: false },
        ].map((v) => ({ ...v, voiceURI: `urn:e2e:${v.name}`, localService: true }))
        const events = new EventTarget()
        const synth = {
          speaking: false,
          pending: false,
          paused: false,
          speak(utterance: Utterance) {
            current = utterance
            log.push({ text: utterance.text, lang: utterance.lang, rate: utterance.rate, voice: utterance.voice?.name ?? null })
          },
          cancel() {
            const interrupted = current
            current = null
            interrupted?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }))
          },
          pause() {},
          resume() {},
          getVoices: () => voices,
          addEventListener: events.addEventListener.bind(events),
          removeEventListener: events.removeEventListener.bind(events),
        }
        const define = (name: string, value: unknown) => Object.defineProperty(globalThis, name, { value, configurable: true, writable: true })
        define('speechSynthesis', synth)
        define('SpeechSynthesisUtterance', SpeechSynthesisUtterance)
        define('__e2eSpeech', {
          log,
          current: () => current?.text ?? null,
          finish() {
            const done = current
            current = null
            done?.dispatchEvent(new Event('end'))
          },
        })
      }

      if (command === 'install') await run(install)
      if (command === 'voices') {
        const voices = (await run(() => (globalThis as unknown as { speechSynthesis?: SpeechSynthesis }).speechSynthesis?.getVoices().length ?? -1)) as number
        return { log: [], current: null, voices }
      }
      // Each func is serialized on its own: it reaches the stand-in through the isolated world's global.
      if (command === 'finish') await run(() => (globalThis as unknown as { __e2eSpeech?: { finish(): void } }).__e2eSpeech?.finish())
      return (await run(() => {
        const stub = (globalThis as unknown as { __e2eSpeech?: { log: unknown[]; current(): string | null } }).__e2eSpeech
        return { log: stub?.log ?? [], current: stub?.current() ?? null }
      })) as StubState
    },
    { tabId, command },
  )
}

/** What the reader shows of read aloud (page side, self-contained). */
function readAloudView() {
  const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const bar = root?.querySelector<HTMLElement>('.kt-read-aloud')
  const play = root?.querySelector<HTMLButtonElement>('[data-action="play"]')
  return {
    open: Boolean(root),
    barOpen: Boolean(bar && !bar.hidden),
    status: norm(root?.querySelector('.kt-read-aloud-status')?.textContent),
    playLabel: norm(play?.querySelector('.kt-sr')?.textContent),
    playDisabled: Boolean(play?.disabled),
    highlighted: norm(Array.from(root?.querySelectorAll('.kt-speaking') ?? []).map((piece) => piece.textContent).join('')),
  }
}

/** Click something in the reader (page side). */
function clickInReader(selector: string): boolean {
  const target = document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector<HTMLElement>(selector)
  target?.click()
  return Boolean(target)
}

describeInBrowsers('read aloud in the reader', (session) => {
  let page: E2EPage
  let popup: E2EPage
  let tabId: number

  const view = () => page.evaluate(readAloudView)
  const waitForSpeech = (what: string, test: (state: StubState) => boolean) =>
    poll(what, async () => {
      const state = await speech(popup, tabId, 'log')
      return test(state) ? state : null
    }, 10_000)

  it('without a voice (the real headless browser): the bar says there is none, play is disabled, nothing fails silently', async () => {
    const s = session()
    const url = s.serve(ARTICLE.path, { html: ARTICLE.html, truth: ARTICLE.truth })
    page = await s.open(url)
    popup = await s.openPopupFor(url)
    tabId = Number(await popup.evaluate(() => new URLSearchParams(location.search).get('tab')))
    await popup.waitFor('the popup to be ready', () => document.body.dataset.state === 'ready')
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    await waitForReader(page)
    expect(await page.evaluate(clickInReader, '[data-action="read-aloud"]')).toBe(true)
    const settled = await page.waitFor('the bar to find voices or say there are none', () => {
      const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
      const status = root?.querySelector('.kt-read-aloud-status')?.textContent ?? ''
      const select = root?.querySelectorAll('.kt-read-aloud select')[1]
      const final = /Keine Stimme|No \S+ voice|cannot read aloud|kann nicht vorlesen/.test(status)
      return final || (select && select.querySelectorAll('option').length > 0) ? status || 'voices' : null
    }, undefined, 15_000)
    const browserVoices = (await speech(popup, tabId, 'voices')).voices ?? -1
    const state = await view()
    if (browserVoices > 0) {
      console.warn(`[e2e] ${s.name} has ${browserVoices} voices of its own: the no-voice message is not shown there (bar: "${settled}")`)
      return
    }
    const problems: string[] = []
    const expected = browserVoices < 0 ? /Dieser Browser kann nicht vorlesen|This browser cannot read aloud/ : /Keine Stimme für Deutsch|No German voice/
    if (!expected.test(state.status)) problems.push(`status is "${state.status}", expected ${expected}`)
    if (!state.playDisabled) problems.push('play is enabled with no voice to speak with')
    await s.failIf(page, 'read-aloud-no-voice', problems)
    console.info(`[e2e] ${s.name}: browser voices ${browserVoices}; the bar says "${state.status}"`)
  })

  it('the popup\'s read-aloud button opens the reader and reads title, byline, then the article, sentence by sentence, highlighted', async () => {
    const s = session()
    await page.evaluate(clickInReader, '[data-action="close"]')
    await speech(popup, tabId, 'install')
    await popup.evaluate(() => (document.getElementById('read-aloud') as HTMLButtonElement).click())
    await waitForReader(page)
    const first = await waitForSpeech('the title to be spoken', (st) => st.log.length >= 1)
    const problems: string[] = []
    const spoken0 = first.log[0]!
    if (spoken0.text !== ARTICLE.truth.title) problems.push(`first utterance "${spoken0.text}", expected the title`)
    if (spoken0.lang !== 'de' || spoken0.rate !== 1 || spoken0.voice !== 'Markus') problems.push(`first utterance lang/rate/voice ${spoken0.lang}/${spoken0.rate}/${spoken0.voice}, expected de/1/Markus (the default German voice)`)
    if ((await view()).highlighted !== spoken0.text) problems.push(`highlighted "${(await view()).highlighted}" while speaking the title`)
    await speech(popup, tabId, 'finish')
    await speech(popup, tabId, 'finish')
    const third = await waitForSpeech('the first sentence of the article', (st) => st.log.length >= 3)
    const firstParagraph = ARTICLE.truth.article[0]!.replace(/\s+/g, ' ')
    if (!firstParagraph.startsWith(third.log[2]!.text)) problems.push(`third utterance "${third.log[2]!.text}" does not begin the first paragraph "${firstParagraph.slice(0, 80)}"`)
    if (third.log[2]!.text.length >= firstParagraph.length && /[.!?]\s+\p{Lu}/u.test(firstParagraph)) problems.push('the first paragraph was spoken as one utterance, not by sentence')
    const shown = await view()
    if (shown.highlighted !== third.current) problems.push(`highlight "${shown.highlighted}" is not the sentence being spoken "${third.current}"`)
    await s.failIf(page, 'read-aloud-queue', problems)
  })

  it('the controls: next, previous, speed (remembered in storage.sync), N pauses and resumes, a click on a sentence reads from there, close stops', async () => {
    const s = session()
    const problems: string[] = []
    const before = await speech(popup, tabId, 'log')
    await page.evaluate(clickInReader, '[data-action="next-sentence"]')
    const next = await waitForSpeech('the next sentence', (st) => st.log.length === before.log.length + 1)
    await page.evaluate(clickInReader, '[data-action="previous-sentence"]')
    const previous = await waitForSpeech('the previous sentence', (st) => st.log.length === before.log.length + 2)
    if (previous.current !== before.current) problems.push(`previous went to "${previous.current}", expected "${before.current}"`)
    if (next.current === before.current) problems.push('next did not move on')

    await page.evaluate(() => {
      const select = document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector<HTMLSelectElement>('.kt-read-aloud select')
      if (!select) return
      select.value = '1.5'
      select.dispatchEvent(new Event('change'))
    })
    const faster = await waitForSpeech('the sentence again at 1.5x', (st) => st.log.at(-1)?.rate === 1.5)
    if (faster.current !== before.current) problems.push('changing the speed moved to another sentence')
    const stored = await popup.waitFor('the speed in storage.sync', async () => {
      type Api = { storage: { sync: { get(key: string): Promise<Record<string, { rate?: number }>> } } }
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api }
      const items = await (scope.browser ?? scope.chrome)!.storage.sync.get('klartext.readAloud')
      return items['klartext.readAloud']?.rate === 1.5 ? items['klartext.readAloud'] : null
    })
    if (stored.rate !== 1.5) problems.push('speed not stored')

    await page.bringToFront()
    await page.evaluate(() => document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector<HTMLElement>('.kt-reader')?.focus())
    await page.keyboard('n')
    const paused = await waitForSpeech('N to pause', (st) => st.current === null)
    const label = (await view()).playLabel
    if (!/Vorlesen|Read aloud/.test(label)) problems.push(`after N the play button says "${label}"`)
    await page.keyboard('n')
    const resumed = await waitForSpeech('N to resume', (st) => st.current !== null)
    if (resumed.current !== faster.current || resumed.log.length !== paused.log.length + 1) problems.push(`N resumed with "${resumed.current}", expected "${faster.current}" again`)

    const target = await page.evaluate(() => {
      const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
      const pieces = Array.from(root?.querySelectorAll<HTMLElement>('.kt-content p .kt-sentence') ?? [])
      const piece = pieces[Math.floor(pieces.length / 2)]
      if (!piece) return null
      const index = piece.getAttribute('data-sentence')
      const text = Array.from(root!.querySelectorAll(`.kt-sentence[data-sentence="${index}"]`)).map((p) => p.textContent).join('').replace(/\s+/g, ' ').trim()
      piece.click()
      return text
    })
    const clicked = await waitForSpeech('the clicked sentence', (st) => st.current === target)
    if ((await view()).highlighted !== clicked.current) problems.push('the clicked sentence is not highlighted')

    await page.evaluate(clickInReader, '[data-action="close"]')
    const closed = await waitForSpeech('silence after closing', (st) => st.current === null)
    await speech(popup, tabId, 'finish')
    const after = await speech(popup, tabId, 'log')
    if (after.log.length !== closed.log.length) problems.push(`spoke ${after.log.length - closed.log.length} more utterance(s) after the reader closed`)
    await s.failIf(page, 'read-aloud-controls', problems)
  })

  for (const theme of ['light', 'dark', 'sepia', 'system'] as const) {
    it(`axe-core: no violations with the read-aloud bar open and a sentence highlighted (${theme} theme)`, async () => {
      const s = session()
      if (!(await view()).open) {
        await popup.evaluate(() => (document.getElementById('read-aloud') as HTMLButtonElement).click())
        await waitForReader(page)
        for (let i = 0; i < 4; i++) await speech(popup, tabId, 'finish')
      }
      await page.evaluate(clickInReader, `button[data-theme="${theme}"]`)
      await page.waitFor(`the ${theme} theme`, (t) => document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelector<HTMLElement>('.kt-reader')?.dataset.theme === t, theme)
      const state = await view()
      const problems = [
        ...(state.barOpen ? [] : ['the read-aloud bar is not open']),
        ...(state.highlighted ? [] : ['no sentence highlighted']),
        ...describeFindings(await axeViolations(page, '[data-klartext-reader]')),
      ]
      await s.failIf(page, `a11y-read-aloud-${theme}`, problems)
      if (theme === 'light' && s.name === 'chromium') {
        await page.bringToFront()
        await page.evaluate(() => {
          const root = document.querySelector('[data-klartext-reader]')?.shadowRoot
          root?.querySelector<HTMLButtonElement>('[data-action="resume-dismiss"]')?.click()
          root?.querySelector('.kt-speaking')?.scrollIntoView({ block: 'center', behavior: 'instant' })
        })
        await page.screenshot(path.join(DOCS, 'reader-read-aloud.png'))
      }
    })
  }

  it('the reader keeps lazy-loaded pictures (WordPress plug-in markup), each once, loaded', async () => {
    const s = session()
    const url = s.serve(LAZY.path, { html: LAZY.html, truth: LAZY.truth })
    const lazyPage = await s.open(url)
    const lazyPopup = await s.openPopupFor(url)
    try {
      await lazyPopup.waitFor('the popup to be ready', () => document.body.dataset.state === 'ready')
      await lazyPopup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
      await waitForReader(lazyPage)
      const images = await lazyPage.waitFor('the reader\'s pictures to load', () => {
        const imgs = Array.from(document.querySelector('[data-klartext-reader]')?.shadowRoot?.querySelectorAll('.kt-content img') ?? []) as HTMLImageElement[]
        return imgs.every((img) => img.complete) ? imgs.map((img) => ({ src: img.getAttribute('src'), loaded: img.naturalWidth > 0 && !img.hidden, html: img.outerHTML })) : null
      })
      // The fixture's picture addresses are relative: the test server answers them with a small image.
      const expected = ['lager-kameras.jpg', 'regalgasse.png', 'stapler-1280x720.webp', 'hallenplan.jpg'].map((name) => new URL(UPLOADS + name, url).href)
      const problems: string[] = []
      if (JSON.stringify(images.map((i) => i.src)) !== JSON.stringify(expected)) problems.push(`reader images ${JSON.stringify(images.map((i) => i.src))}, expected ${JSON.stringify(expected)}`)
      for (const image of images) if (!image.loaded) problems.push(`not loaded or hidden: ${image.html}`)
      await s.failIf(lazyPage, 'reader-lazy-images', problems)
    } finally {
      await lazyPopup.close()
      await lazyPage.close()
    }
  })
})
