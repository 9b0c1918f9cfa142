/**
 * Read aloud in the reader view: the bar (bar.ts) bound to the utterance queue (player.ts) over the
 * article's sentences (script.ts). The sentence being read is highlighted and kept in view; a click
 * on a sentence reads from there; N plays and pauses; closing the reader or leaving the page stops.
 */
import type { ReadAloudSettings } from './settings'
import type { Translate } from '../../../ui/i18n'
import type { ReaderFeature, ReaderParts } from '../plugins'
import { buildReadAloudControls, buildReadAloudShell, showPlaying, type ReadAloudControls } from './bar'
import { createPlayer, type Player, type SpeechApi } from './player'
import { createScript, sentenceIndexOf, type SpokenSentence } from './script'
import { inIdleSteps } from '../idle'
import { chooseVoice, watchVoices, type VoiceList } from './voices'

export interface ReadAloudOptions {
  t: Translate
  locale: string
  settings: ReadAloudSettings
  save(settings: ReadAloudSettings): void
  /** The Web Speech API, looked up when first needed (null: the browser has none). */
  speech(): SpeechApi | null
}

export interface ReadAloud extends ReaderFeature {
  /** The article's sentences, wrapped in the reader on first access. */
  readonly sentences: readonly SpokenSentence[]
  /** Show the bar and read from the current sentence; a browser that wants a gesture first gets the play button focused. */
  start(): void
  /** The sentence reading is at (an index into `sentences`). */
  position(): number
  /** Make `index` the current sentence (the reading position offered on reopening). */
  seek(index: number): void
  /** Tell `listener` whenever reading moves to another sentence. */
  onMove(listener: (index: number) => void): void
  /** N plays and pauses (true when the key was used). */
  keydown(event: KeyboardEvent): boolean
}

const SPEAKING_CLASS = 'kt-speaking'
const PLAY_PAUSE_KEY = 'n'

export function attachReadAloud(parts: ReaderParts, options: ReadAloudOptions): ReadAloud {
  const { t } = options
  let settings = { ...options.settings, voices: { ...options.settings.voices } }
  // At attaching only what shows: the toolbar button (and the hidden bar it controls). The sentence
  // spans and the bar's controls are built when first needed, or in the browser's idle time once the
  // reader is open, block by block (together they cost 25-35 ms, sampled in Chromium). Not before:
  // a reader built ahead may never open, and Firefox stops (and reports) a content script still
  // running when its tab closes.
  const shell = buildReadAloudShell(parts.factory, t)
  parts.controls.append(shell.toggle)
  parts.toolbar.append(shell.bar)
  const script = createScript(parts)
  const sentences = () => script.all()
  let controls: ReadAloudControls | null = null
  const ui = () => (controls ??= bindControls(buildReadAloudControls(shell.bar, t, options.locale)))
  let idle: { cancel(): void } | null = null
  const prepareInIdleTime = () =>
    inIdleSteps(parts.win, () => {
      if (script.wrapNext()) return true
      ui()
      return false
    })

  let speech: SpeechApi | null | undefined
  let player: Player | null = null
  /** Queue position -> sentence index: captions are skipped unless chosen. */
  let queue: number[] = []
  let voices: SpeechSynthesisVoice[] = []
  let unwatch: (() => void) | null = null
  let highlighted = -1
  let position = 0
  const moveListeners: ((index: number) => void)[] = []

  function ensurePlayer(): Player | null {
    if (player) return player
    speech ??= options.speech()
    if (!speech) {
      say(t('readAloudUnsupported'))
      ui().play.disabled = true
      return null
    }
    unwatch ??= watchVoices(speech, parts.lang, parts.win ?? globalThis, onVoices)
    queue = sentences().flatMap((sentence, i) => (settings.captions || !sentence.caption ? [i] : []))
    player = newPlayer(speech)
    player.seek(queueIndexAt(position))
    return player
  }

  function newPlayer(api: SpeechApi): Player {
    const queued = queue.map((i) => ({ text: sentences()[i]!.text, lang: parts.lang }))
    return createPlayer(api, queued, { rate: settings.rate, voice: chooseVoice(voices, settings.voices[parts.lang]) }, {
      onSentence: (q) => show(queue[q] ?? 0, true),
      onState: (state) => {
        showPlaying(ui().play, state === 'playing', t)
        if (state === 'playing') say('')
      },
      onFinished: () => say(t('readAloudFinished')),
      onError: (code) => {
        // Chrome: no click or key press in the page yet. The next press of play (or N) is one.
        if (code === 'not-allowed') {
          say(t('readAloudPressPlay'))
          ui().play.focus()
        } else say(t('readAloudFailed', code))
      },
    })
  }

  function onVoices(list: VoiceList) {
    voices = list.kind === 'ready' ? list.voices : []
    const { voiceField, play, status, voice } = ui()
    voiceField.hidden = list.kind !== 'ready'
    play.disabled = list.kind === 'none'
    // The language named in the language of the message (the browser may show English messages in a German UI).
    if (list.kind === 'none') {
      player?.pause() // it started before the browser's voice list was known: nothing can speak it
      say(t('readAloudNoVoice', languageName(parts.lang, t('messagesLocale'))))
    } else if (list.kind === 'waiting') say(t('readAloudLoadingVoices'))
    else if (status.textContent === t('readAloudLoadingVoices')) say('')
    const chosen = chooseVoice(voices, settings.voices[parts.lang])
    voice.replaceChildren(
      ...voices.map((offered) => {
        const option = parts.factory.createElement('option')
        option.value = offered.voiceURI
        option.textContent = `${offered.name} (${offered.lang})`
        option.selected = offered === chosen
        return option
      }),
    )
    player?.setVoice(chosen, false)
  }

  /** Highlight sentence `index` (and bring it into view when reading moved there). */
  function show(index: number, follow: boolean) {
    position = index
    for (const piece of sentences()[highlighted]?.pieces ?? []) piece.classList.remove(SPEAKING_CLASS)
    highlighted = index
    const pieces = sentences()[index]?.pieces ?? []
    for (const piece of pieces) piece.classList.add(SPEAKING_CLASS)
    if (follow && pieces[0] && !inView(pieces[0])) pieces[0].scrollIntoView?.({ block: 'center' })
    for (const listener of moveListeners) listener(index)
  }

  function inView(element: HTMLElement): boolean {
    const rect = element.getBoundingClientRect()
    const top = parts.toolbar.getBoundingClientRect().bottom
    const bottom = parts.root.getBoundingClientRect().bottom
    return rect.top >= top && rect.bottom <= bottom
  }

  /** The queue position of sentence `index`, or of the next one read when it is skipped (a caption). */
  function queueIndexAt(index: number): number {
    const at = queue.findIndex((i) => i >= index)
    return at < 0 ? Math.max(0, queue.length - 1) : at
  }

  function say(text: string) {
    const { status } = ui()
    if (status.textContent !== text) status.textContent = text
  }

  function setBarOpen(open: boolean) {
    if (open) ui()
    shell.bar.hidden = !open
    shell.toggle.setAttribute('aria-expanded', String(open))
    if (open) ensurePlayer()
    else player?.pause()
  }

  /** Play or pause, unless there is nothing to speak with (the bar says why). */
  function playPause() {
    const ready = ensurePlayer()
    if (ready && !ui().play.disabled) ready.toggle()
  }

  function update(patch: Partial<ReadAloudSettings>) {
    settings = { ...settings, ...patch }
    options.save(settings)
  }

  function bindControls(bar: ReadAloudControls): ReadAloudControls {
    bar.play.addEventListener('click', playPause)
    bar.previous.addEventListener('click', () => ensurePlayer()?.previous())
    bar.next.addEventListener('click', () => ensurePlayer()?.next())
    bar.rate.value = String(settings.rate)
    bar.rate.addEventListener('change', () => {
      update({ rate: Number(bar.rate.value) })
      player?.setRate(settings.rate)
    })
    bar.voice.addEventListener('change', () => {
      update({ voices: { ...settings.voices, [parts.lang]: bar.voice.value } })
      player?.setVoice(chooseVoice(voices, bar.voice.value))
    })
    bar.captions.checked = settings.captions
    bar.captions.addEventListener('change', () => {
      update({ captions: bar.captions.checked })
      // The queue changes: go on from the same sentence with the new one.
      const wasPlaying = player?.state === 'playing'
      player?.stop()
      player = null
      if (wasPlaying) ensurePlayer()?.play()
    })
    return bar
  }

  shell.toggle.addEventListener('click', () => setBarOpen(shell.bar.hidden))
  const onClick = (event: MouseEvent) => {
    if (shell.bar.hidden || (event.target as Element | null)?.closest?.('a')) return
    if (parts.win?.getSelection()?.isCollapsed === false) return // selecting text, not choosing a sentence
    const index = sentenceIndexOf(event.target)
    if (index >= 0) ensurePlayer()?.play(queueIndexAt(index))
  }
  parts.article.addEventListener('click', onClick)
  const onPageHide = () => player?.stop()

  return {
    get sentences() {
      return sentences()
    },
    start() {
      setBarOpen(true)
      const started = ensurePlayer()
      if (!started) return
      if (ui().play.disabled) return shell.toggle.focus()
      started.play()
      if (started.state !== 'playing') ui().play.focus()
    },
    position: () => position,
    onMove: (listener) => void moveListeners.push(listener),
    seek(index) {
      ui() // reading goes on from there next: the bar's controls are ready
      position = Math.max(0, Math.min(sentences().length - 1, index))
      if (player) player.seek(queueIndexAt(position))
      else show(position, false)
    },
    keydown(event) {
      if (event.key.toLowerCase() !== PLAY_PAUSE_KEY || event.ctrlKey || event.metaKey || event.altKey) return false
      if ((event.target as Element | null)?.closest?.('select, input')) return false
      event.preventDefault()
      if (shell.bar.hidden) setBarOpen(true)
      playPause()
      return true
    },
    // The page's window is listened to only once the reader is in the page: a reader built ahead and
    // never opened leaves nothing of ours to run when the tab closes.
    opened() {
      parts.win?.addEventListener('pagehide', onPageHide)
      idle ??= prepareInIdleTime()
    },
    close() {
      idle?.cancel()
      parts.article.removeEventListener('click', onClick)
      player?.stop()
      unwatch?.()
      parts.win?.removeEventListener('pagehide', onPageHide)
    },
  }
}

/** "Deutsch" for "de" in a German UI; the code itself where Intl cannot name it. */
function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang
  } catch {
    return lang
  }
}
