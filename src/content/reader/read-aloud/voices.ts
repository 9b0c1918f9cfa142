/**
 * The voices for an article's language. Browsers fill their voice list late (Chrome: empty at first,
 * then a 'voiceschanged' event), and some have none at all (headless browsers, Linux without
 * speech-dispatcher): the read-aloud bar must tell "still looking" from "there is none".
 */
import type { SpeechApi } from './player'

/** How long the bar says "looking for voices" before it says there is none. */
export const VOICE_WAIT_MS = 2000

/** Voices speaking `lang` ("de" matches de-DE, de-AT …): the browser's default first, then local ones, then by name. */
export function voicesFor(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice[] {
  const primary = primarySubtag(lang)
  return voices
    .filter((voice) => primarySubtag(voice.lang) === primary)
    .sort((a, b) => rank(b) - rank(a) || a.name.localeCompare(b.name))
}

/** The remembered voice when it is still there, else the first of `voices`. */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], rememberedUri: string | undefined): SpeechSynthesisVoice | null {
  return voices.find((voice) => voice.voiceURI === rememberedUri) ?? voices[0] ?? null
}

export type VoiceList =
  | { kind: 'waiting' }
  | { kind: 'none' }
  | { kind: 'ready'; voices: SpeechSynthesisVoice[] }

/**
 * Report the voices for `lang` now and whenever the browser's list changes; 'waiting' until the list
 * is filled or VOICE_WAIT_MS have passed, then 'none' if it stays empty. Returns the unsubscribe.
 */
export function watchVoices(speech: SpeechApi, lang: string, win: Pick<Window, 'setTimeout' | 'clearTimeout'>, report: (list: VoiceList) => void): () => void {
  let waited = false
  const update = () => {
    const voices = voicesFor(speech.synth.getVoices(), lang)
    if (voices.length > 0) report({ kind: 'ready', voices })
    else report({ kind: waited || speech.synth.getVoices().length > 0 ? 'none' : 'waiting' })
  }
  const timer = win.setTimeout(() => {
    waited = true
    update()
  }, VOICE_WAIT_MS)
  speech.synth.addEventListener('voiceschanged', update)
  update()
  return () => {
    win.clearTimeout(timer)
    speech.synth.removeEventListener('voiceschanged', update)
  }
}

function rank(voice: SpeechSynthesisVoice): number {
  return (voice.default ? 2 : 0) + (voice.localService ? 1 : 0)
}

function primarySubtag(lang: string | null | undefined): string {
  return (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? ''
}
