/** User settings, kept in storage.sync under one key; shared by content scripts, popup and options page. */
import { CLUTTER_KINDS, type ClutterKind } from './core/types'

export type ReaderTheme = 'system' | 'light' | 'sepia' | 'dark'
export type ReaderFont = 'serif' | 'sans'

export interface ReaderSettings {
  theme: ReaderTheme
  /** Base font size in px. */
  fontSize: number
  /** Line width in characters (ch). */
  lineWidth: number
  font: ReaderFont
}

export interface ReadAloudSettings {
  /** Speech rate, 0.5-2 (1 = the voice's normal speed). */
  rate: number
  /** The chosen voice (its voiceURI) per article language ("de", "en"). */
  voices: Record<string, string>
  /** Read figure captions too. */
  captions: boolean
}

export interface Settings {
  /** Open reader mode automatically on IT BOLTWISE articles. */
  autoReader: boolean
  /** Summary length, 1-5 sentences. */
  summarySentences: number
  /** Clutter kinds to hide. */
  hideKinds: ClutterKind[]
  reader: ReaderSettings
  readAloud: ReadAloudSettings
}

export const SETTINGS_KEY = 'klartext.settings'

export const DEFAULT_SETTINGS: Settings = {
  autoReader: false,
  summarySentences: 3,
  hideKinds: [...CLUTTER_KINDS],
  reader: { theme: 'system', fontSize: 19, lineWidth: 66, font: 'serif' },
  readAloud: { rate: 1, voices: {}, captions: false },
}

export const READ_ALOUD_RATES = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2] as const

export const READER_LIMITS = { fontSize: [14, 28], lineWidth: [45, 90] } as const

/** Merge what storage holds with the defaults, dropping anything malformed (storage is user-editable). */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>
  const reader = (raw.reader && typeof raw.reader === 'object' ? raw.reader : {}) as Partial<Record<keyof ReaderSettings, unknown>>
  const d = DEFAULT_SETTINGS
  return {
    autoReader: typeof raw.autoReader === 'boolean' ? raw.autoReader : d.autoReader,
    summarySentences: clampInt(raw.summarySentences, 1, 5, d.summarySentences),
    hideKinds: Array.isArray(raw.hideKinds)
      ? CLUTTER_KINDS.filter((kind) => (raw.hideKinds as unknown[]).includes(kind))
      : [...d.hideKinds],
    reader: {
      theme: oneOf(reader.theme, ['system', 'light', 'sepia', 'dark'] as const, d.reader.theme),
      fontSize: clampInt(reader.fontSize, ...READER_LIMITS.fontSize, d.reader.fontSize),
      lineWidth: clampInt(reader.lineWidth, ...READER_LIMITS.lineWidth, d.reader.lineWidth),
      font: oneOf(reader.font, ['serif', 'sans'] as const, d.reader.font),
    },
    readAloud: normalizeReadAloud(raw.readAloud),
  }
}

/** The part of `browser.storage.sync` / `chrome.storage.sync` this module needs. */
export interface SettingsStorage {
  get(key: string): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
}

export async function loadSettings(storage: SettingsStorage): Promise<Settings> {
  try {
    return normalizeSettings((await storage.get(SETTINGS_KEY))[SETTINGS_KEY])
  } catch {
    return normalizeSettings(undefined)
  }
}

export async function saveSettings(storage: SettingsStorage, settings: Settings): Promise<void> {
  await storage.set({ [SETTINGS_KEY]: normalizeSettings(settings) })
}

const MAX_REMEMBERED_VOICES = 20

function normalizeReadAloud(stored: unknown): ReadAloudSettings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof ReadAloudSettings, unknown>>
  const d = DEFAULT_SETTINGS.readAloud
  const rate = typeof raw.rate === 'number' && Number.isFinite(raw.rate) ? raw.rate : d.rate
  const voices = raw.voices && typeof raw.voices === 'object' ? Object.entries(raw.voices as Record<string, unknown>) : []
  return {
    rate: READ_ALOUD_RATES.reduce((best, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best), d.rate),
    voices: Object.fromEntries(
      voices
        .filter((entry): entry is [string, string] => /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= 500)
        .slice(0, MAX_REMEMBERED_VOICES),
    ),
    captions: typeof raw.captions === 'boolean' ? raw.captions : d.captions,
  }
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.round(value)))
}

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback
}
