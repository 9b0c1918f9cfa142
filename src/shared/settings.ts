/** User settings, kept in storage.sync under one key; shared by content scripts, popup and options page. */
import { CLUTTER_KINDS, type ClutterKind } from '../core/types'
import type { SettingsStorage } from './extension-api'

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

export interface Settings {
  /** Open reader mode automatically on IT BOLTWISE articles. */
  autoReader: boolean
  /** Summary length, 1-5 sentences. */
  summarySentences: number
  /** Clutter kinds to hide. */
  hideKinds: ClutterKind[]
  reader: ReaderSettings
}

export const SETTINGS_KEY = 'klartext.settings'

export const DEFAULT_SETTINGS: Settings = {
  autoReader: false,
  summarySentences: 3,
  hideKinds: [...CLUTTER_KINDS],
  reader: { theme: 'system', fontSize: 19, lineWidth: 66, font: 'serif' },
}

export const READER_LIMITS = { fontSize: [14, 28], lineWidth: [45, 90] } as const

/** Merge what storage holds with the defaults, dropping anything malformed (storage is user-editable). */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Partial<Record<keyof Settings, unknown>>
  const reader = (raw.reader && typeof raw.reader === 'object' ? raw.reader : {}) as Partial<Record<keyof ReaderSettings, unknown>>
  const d = DEFAULT_SETTINGS
  return {
    autoReader: typeof raw.autoReader === 'boolean' ? raw.autoReader : d.autoReader,
    summarySentences: clampInt(raw.summarySentences, 1, 5, d.summarySentences),
    hideKinds: hideKindsOf(raw),
    reader: {
      theme: oneOf(reader.theme, ['system', 'light', 'sepia', 'dark'] as const, d.reader.theme),
      fontSize: clampInt(reader.fontSize, ...READER_LIMITS.fontSize, d.reader.fontSize),
      lineWidth: clampInt(reader.lineWidth, ...READER_LIMITS.lineWidth, d.reader.lineWidth),
      font: oneOf(reader.font, ['serif', 'sans'] as const, d.reader.font),
    },
  }
}

/** The kinds to hide of what storage holds: all the load-time script reads (it stays small without the rest). */
export function hideKindsOf(stored: unknown): ClutterKind[] {
  const hideKinds = stored && typeof stored === 'object' ? (stored as { hideKinds?: unknown }).hideKinds : undefined
  return Array.isArray(hideKinds) ? CLUTTER_KINDS.filter((kind) => hideKinds.includes(kind)) : [...DEFAULT_SETTINGS.hideKinds]
}

export async function loadHideKinds(storage: SettingsStorage): Promise<ClutterKind[]> {
  try {
    return hideKindsOf((await storage.get(SETTINGS_KEY))[SETTINGS_KEY])
  } catch {
    return hideKindsOf(undefined)
  }
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

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback
  return Math.min(max, Math.max(min, Math.round(value)))
}

function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback
}
