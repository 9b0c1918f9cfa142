/**
 * The utterance queue: speaks a list of sentences one utterance each, through the Web Speech API.
 * One sentence at a time because Chrome cuts an utterance off after about 15 s, and because the
 * sentence is the unit the reader highlights and skips by. Pausing cancels the utterance and
 * resuming speaks its sentence again from the start: speechSynthesis.pause() is unreliable (it does
 * nothing with some Linux and Android voices, and Chrome stops paused speech after a while).
 */

/** The Web Speech API as this module uses it (the browser's, or whatever stands in for it). */
export interface SpeechApi {
  synth: Pick<SpeechSynthesis, 'speak' | 'cancel' | 'getVoices' | 'addEventListener' | 'removeEventListener'>
  Utterance: new (text: string) => SpeechSynthesisUtterance
}

/** The Web Speech API of this realm, looked up when needed; null where the browser has none. */
export function speechApi(scope: object = globalThis): SpeechApi | null {
  const { speechSynthesis, SpeechSynthesisUtterance } = scope as Partial<typeof globalThis>
  return speechSynthesis && SpeechSynthesisUtterance ? { synth: speechSynthesis, Utterance: SpeechSynthesisUtterance } : null
}

export type PlayerState = 'stopped' | 'playing' | 'paused'

export interface QueuedSentence {
  text: string
  lang: string
}

export interface PlayerEvents {
  /** The sentence at `index` is now the current one (being read, or where reading will go on). */
  onSentence(index: number): void
  onState(state: PlayerState): void
  /** The last sentence was read. */
  onFinished(): void
  /** The browser refused to speak: 'not-allowed' (no user gesture in the page yet), or another error code. */
  onError(code: string): void
}

export interface Player {
  play(from?: number): void
  pause(): void
  toggle(): void
  next(): void
  previous(): void
  /** Make `index` the current sentence without speaking (where play will start). */
  seek(index: number): void
  setRate(rate: number): void
  /** Speak with `voice` from now on; `restart` says the current sentence again with it. */
  setVoice(voice: SpeechSynthesisVoice | null, restart?: boolean): void
  stop(): void
  readonly state: PlayerState
  readonly index: number
}

/** Errors of an utterance we ended ourselves (cancel before the next sentence, pause, stop). */
const OWN_INTERRUPTIONS = new Set(['interrupted', 'canceled'])

export function createPlayer(speech: SpeechApi, sentences: readonly QueuedSentence[], options: { rate: number; voice: SpeechSynthesisVoice | null }, events: PlayerEvents): Player {
  let state: PlayerState = 'stopped'
  let index = 0
  let { rate, voice } = options
  /** Bumped whenever the current utterance is abandoned: its late events are ignored. */
  let generation = 0
  // Chrome drops the end event of an utterance nothing references any more: keep the current one.
  let current: SpeechSynthesisUtterance | null = null
  /** The last sentence was read: play starts over. */
  let finished = false

  const setState = (next: PlayerState) => {
    if (next === state) return
    state = next
    events.onState(state)
  }

  function silence() {
    generation++
    if (current) speech.synth.cancel()
    current = null
  }

  function speakCurrent() {
    silence()
    const sentence = sentences[index]
    if (!sentence) return finish()
    const mine = generation
    const utterance = new speech.Utterance(sentence.text)
    utterance.lang = sentence.lang
    utterance.rate = rate
    if (voice) utterance.voice = voice
    utterance.addEventListener('end', () => {
      if (mine !== generation) return
      current = null
      if (index + 1 >= sentences.length) return finish()
      index++
      events.onSentence(index)
      speakCurrent()
    })
    utterance.addEventListener('error', (event) => {
      if (mine !== generation) return
      const code = (event as SpeechSynthesisErrorEvent).error ?? 'synthesis-failed'
      if (OWN_INTERRUPTIONS.has(code)) return
      current = null
      generation++
      setState('paused')
      events.onError(code)
    })
    current = utterance
    setState('playing')
    speech.synth.speak(utterance)
  }

  function finish() {
    finished = true
    silence()
    setState('stopped')
    events.onFinished()
  }

  const clamp = (i: number) => Math.max(0, Math.min(sentences.length - 1, i))
  function moveTo(i: number) {
    finished = false
    index = clamp(i)
    events.onSentence(index)
    if (state === 'playing') speakCurrent()
  }

  return {
    play(from) {
      if (sentences.length === 0) return
      if (from !== undefined) index = clamp(from)
      else if (finished) index = 0
      finished = false
      events.onSentence(index)
      speakCurrent()
    },
    pause() {
      if (state !== 'playing') return
      silence()
      setState('paused')
    },
    toggle() {
      if (state === 'playing') this.pause()
      else this.play()
    },
    next: () => moveTo(index + 1),
    previous: () => moveTo(index - 1),
    seek: (i) => moveTo(i),
    setRate(next) {
      rate = next
      // An utterance keeps the rate it started with: say the sentence again at the new speed.
      if (state === 'playing') speakCurrent()
    },
    setVoice(next, restart = true) {
      if (next === voice) return
      voice = next
      if (restart && state === 'playing') speakCurrent()
    },
    stop() {
      silence()
      setState('stopped')
    },
    get state() {
      return state
    },
    get index() {
      return index
    },
  }
}
