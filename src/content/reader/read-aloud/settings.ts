/**
 * The read-aloud choices, in storage.sync under their own key: the load-time script (which reads
 * klartext.settings on every page) does not carry code it never uses.
 */
import type { SettingsStorage } from '../../../shared/extension-api'

export interface ReadAloudSettings {
  /** Speech rate, 0.5-2 (1 = the voice's normal speed). */
  rate: number
  /** The chosen voice (its voiceURI) per article language ("de", "en"). */
  voices: Record<string, string>
  /** Read figure captions too. */
  captions: boolean
}

export const READ_ALOUD_KEY = 'klartext.readAloud'
export const READ_ALOUD_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const
export const DEFAULT_READ_ALOUD: ReadAloudSettings = { rate: 1, voices: {}, captions: false }
const MAX_REMEMBERED_VOICES = 20

/** What storage holds, made valid: the nearest offered rate, voices under language codes only. */
export function normalizeReadAloud(stored: unknown): ReadAloudSettings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ReadAloudSettings, unknown>>
  const d = DEFAULT_READ_ALOUD
  const rate = typeof raw.rate === 'number' && Number.isFinite(raw.rate) ? raw.rate : d.rate
  const voices = raw.voices && typeof raw.voices === 'object' ? Object.entries(raw.voices as Record<string, unknown>) : []
  return {
    rate: READ_ALOUD_RATES.reduce((best: number, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best), d.rate),
    voices: Object.fromEntries(
      voices
        .filter((entry): entry is [string, string] => /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= 500)
        .slice(0, MAX_REMEMBERED_VOICES),
    ),
    captions: typeof raw.captions === 'boolean' ? raw.captions : d.captions,
  }
}

export async function loadReadAloud(storage: SettingsStorage): Promise<ReadAloudSettings> {
  try {
    return normalizeReadAloud((await storage.get(READ_ALOUD_KEY))[READ_ALOUD_KEY])
  } catch {
    return { ...DEFAULT_READ_ALOUD }
  }
}

export async function saveReadAloud(storage: SettingsStorage, settings: ReadAloudSettings): Promise<void> {
  await storage.set({ [READ_ALOUD_KEY]: normalizeReadAloud(settings) })
}
