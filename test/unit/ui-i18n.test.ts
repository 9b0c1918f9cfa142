import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { countText, createTranslator, formatDate, formatNumber, localizeTree, normalizeLocale, readingTimeText, type GetMessage } from '../../src/ui/i18n'
import { badgeFor } from '../../src/background/badge'

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>
const locales = { en: load('en'), de: load('de') }

function load(lang: string): Messages {
  return JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Messages
}

/** The browser's i18n.getMessage semantics: $NAME$ placeholders whose content is $1..$9. */
function getMessageFrom(messages: Messages): GetMessage {
  return (key, substitutions) => {
    const entry = messages[key]
    if (!entry) return ''
    const subs = [substitutions ?? []].flat()
    return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? ''
      return content.replace(/\$(\d)/g, (_m, index: string) => subs[Number(index) - 1] ?? '')
    })
  }
}

describe('locales', () => {
  it('have the same keys in German and English, and every placeholder used is declared', () => {
    expect(Object.keys(locales.de).sort()).toEqual(Object.keys(locales.en).sort())
    for (const messages of Object.values(locales)) {
      for (const [key, entry] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/)
        for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
          expect(entry.placeholders?.[name!.toLowerCase()], `${key} uses $${name}$`).toBeDefined()
        }
      }
    }
  })

  it('cover every key the UI code and pages ask for', () => {
    const sources = [
      'src/popup/controller.ts', 'src/popup/popup.html', 'src/options/controller.ts', 'src/options/options.html',
      'src/content/reader/reader.ts', 'src/background/badge.ts', 'src/background/handlers.ts', 'src/content/analysis.ts',
    ].map((file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'))
    const used = new Set<string>()
    for (const source of sources) {
      for (const [, key] of source.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) used.add(key!)
      for (const [, key] of source.matchAll(/data-i18n(?:-label|-title)?="([A-Za-z0-9_]+)"/g)) used.add(key!)
      for (const [, key] of source.matchAll(/'(kind_[a-z]+|theme[A-Z][a-z]+|opt[A-Z][A-Za-z]+|mentions(?:One|Many)|badgeTooltip(?:One|Many))'/g)) used.add(key!)
    }
    for (const kind of ['promo', 'jobs', 'books', 'comments', 'subscribe', 'search']) used.add(`kind_${kind}`)
    const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')
    for (const [, key] of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(key!)
    const missing = [...used].filter((key) => !(key in locales.en))
    expect(missing).toEqual([])
  })
})

describe('translator and formatting', () => {
  const de = createTranslator(getMessageFrom(locales.de))
  const en = createTranslator(getMessageFrom(locales.en))

  it('fills placeholders and falls back to the key for a missing message', () => {
    expect(de('highlightFound', 'Donald Trump', 4)).toBe('4 Erwähnungen von Donald Trump hervorgehoben.')
    expect(en('no-such-key')).toBe('no-such-key')
  })

  it('formats reading time, counts and dates in the UI language', () => {
    expect(readingTimeText(de, 3, 'de')).toBe('3 Min. Lesezeit')
    expect(readingTimeText(en, 0, 'en')).toBe('1 min read')
    expect(countText(de, 'mentionsOne', 'mentionsMany', 1, 'de')).toBe('1 Erwähnung')
    expect(countText(de, 'mentionsOne', 'mentionsMany', 1200, 'de')).toBe('1.200 Erwähnungen')
    expect(formatDate('2025-07-05', 'de')).toBe('5. Juli 2025')
    expect(formatDate('2025-07-05', 'en-US')).toBe('July 5, 2025')
    expect(formatDate('not a date', 'de')).toBeNull()
    expect(formatDate(null, 'de')).toBeNull()
  })

  it('formats numbers as Intl does, in every locale (small whole numbers in de and en without asking it)', () => {
    const values = [0, 1, 7, 42, 999, 1000, 1200, 123456, 2.5, -3]
    for (const locale of ['de', 'de-DE', 'de-CH', 'en', 'en-US', 'en-IN', 'en-u-nu-arab', 'de-DE-u-nu-thai', 'ar-EG', 'hi-IN-u-nu-deva', 'fa']) {
      for (const value of values) expect(formatNumber(value, locale), `${value} in ${locale}`).toBe(new Intl.NumberFormat(locale).format(value))
    }
  })

  it('writes long dates as Intl does, every day of a leap year, as a calendar day and as an instant', () => {
    const intl = (iso: string, locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { timeZone: 'UTC' } : {}) }).format(new Date(iso))
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10))
    const isos = [...days, ...days.filter((_, i) => i % 7 === 0).map((day) => `${day}T23:30:00+02:00`), '0999-03-05', '2025-07-05T00:15:00Z']
    for (const locale of ['de', 'de-DE', 'de-CH', 'de-AT', 'en', 'en-US', 'en-GB', 'fr']) {
      for (const iso of isos) expect(formatDate(iso, locale), `${iso} in ${locale}`).toBe(intl(iso, locale))
    }
  })

  it('normalizes the browser UI language to a tag Intl accepts', () => {
    expect(normalizeLocale('de_DE')).toBe('de-DE')
    expect(normalizeLocale('')).toBe('en')
    expect(normalizeLocale('???')).toBe('en')
  })

  it('badge: count and localized tooltip, nothing for zero', () => {
    expect(badgeFor(3, de, 'de')).toEqual({ text: '3', title: 'Klartext: 3 Störelemente ausgeblendet' })
    expect(badgeFor(1, en, 'en')).toEqual({ text: '1', title: 'Klartext: 1 clutter block hidden' })
    expect(badgeFor(250, en, 'en').text).toBe('99+')
    expect(badgeFor(0, en, 'en')).toEqual({ text: '', title: 'Klartext' })
  })

  it('localizes static page text through data attributes', () => {
    const { document } = new JSDOM('<p data-i18n="summaryHeading">x</p><button data-i18n-label="readerClose" data-i18n-title="openOptions"></button>').window
    localizeTree(document, de)
    expect(document.querySelector('p')?.textContent).toBe('Zusammenfassung')
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Lesemodus schließen (Esc)')
    expect(document.querySelector('button')?.title).toBe('Einstellungen')
  })
})
