/**
 * Localization helpers shared by popup, options page, reader view and background.
 * Strings come from _locales via i18n.getMessage (the browser picks the UI language);
 * dates and numbers are formatted with Intl in that same language.
 */

/** The shape of `browser.i18n.getMessage` (kept as a parameter so these helpers run in tests). */
export type GetMessage = (key: string, substitutions?: string | string[]) => string

export type Translate = (key: string, ...substitutions: (string | number)[]) => string

/** A translator that never returns an empty string: a missing key shows as the key (visible, not blank). */
export function createTranslator(getMessage: GetMessage): Translate {
  return (key, ...substitutions) => {
    let text = ''
    try {
      text = getMessage(key, substitutions.map(String))
    } catch {
      text = ''
    }
    return text || key
  }
}

/** A BCP 47 tag Intl accepts ("en_US" from some APIs becomes "en-US"); "en" when unusable. */
export function normalizeLocale(language: string | null | undefined): string {
  const tag = (language ?? '').replace(/_/g, '-').trim()
  if (!tag) return 'en'
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en'
  } catch {
    return 'en'
  }
}

/**
 * Fill an HTML page's static text from its data attributes:
 * data-i18n -> textContent, data-i18n-label -> aria-label, data-i18n-title -> title.
 */
export function localizeTree(root: ParentNode, t: Translate): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n ?? '')
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nLabel ?? ''))
  }
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    element.title = t(element.dataset.i18nTitle ?? '')
  }
}

export function formatNumber(value: number, locale: string): string {
  // German and English write whole numbers below 1000 as plain Latin digits; the page's first Intl
  // formatter costs the reader ~25 ms before it can paint. Other locales (other digits) ask Intl.
  if (Number.isInteger(value) && value >= 0 && value < 1000 && PLAIN_DIGIT_LOCALE.test(locale)) return String(value)
  return new Intl.NumberFormat(locale).format(value)
}

/** de or en, with any region but no Unicode extension (which may ask for another numbering system). */
const PLAIN_DIGIT_LOCALE = /^(?:de|en)(?:-(?!u-)[a-z0-9]+)*$/i

/**
 * A published date for people ("5. Juli 2025" / "July 5, 2025"). A bare date (YYYY-MM-DD) is a
 * calendar day, not an instant: format it in UTC so no time zone moves it to the day before.
 */
export function formatDate(iso: string | null | undefined, locale: string): string | null {
  if (!iso) return null
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso)
  const written = LONG_DATES[locale]
  const year = dateOnly ? date.getUTCFullYear() : date.getFullYear()
  // The popup's first Intl date format costs it 12-25 ms before the summary shows: the UI languages'
  // own long dates are written here, exactly as Intl writes them (pinned by a test); others ask Intl.
  if (written && year >= 1000 && year <= 9999) {
    return dateOnly ? written(date.getUTCDate(), date.getUTCMonth(), year) : written(date.getDate(), date.getMonth(), year)
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date)
}

const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const germanDate = (day: number, month: number, year: number) => `${day}. ${GERMAN_MONTHS[month]} ${year}`
const americanDate = (day: number, month: number, year: number) => `${ENGLISH_MONTHS[month]} ${day}, ${year}`
/** Intl's long date (dateStyle 'long') of the locales whose pattern and month names are these. */
const LONG_DATES: Record<string, (day: number, month: number, year: number) => string> = {
  de: germanDate,
  'de-DE': germanDate,
  'de-CH': germanDate,
  en: americanDate,
  'en-US': americanDate,
}

/** Pick the singular or plural message for a count and fill in the formatted number. */
export function countText(t: Translate, oneKey: string, manyKey: string, count: number, locale: string): string {
  return t(count === 1 ? oneKey : manyKey, formatNumber(count, locale))
}

export function readingTimeText(t: Translate, minutes: number, locale: string): string {
  return t('readingTime', formatNumber(Math.max(1, minutes), locale))
}
