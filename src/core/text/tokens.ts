// Words, stopwords and a light stemmer shared by the summary and the language guess.
import { deu, eng } from 'stopword'

export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(deu)
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng)
const ALL_STOPWORDS: ReadonlySet<string> = new Set([...deu, ...eng])

// Latin letters as explicit ranges (faster than Unicode property classes; the texts are German and English).
const WORD = /[0-9a-zß-öø-ɏḁ-ỿ]+(?:['’-][0-9a-zß-öø-ɏḁ-ỿ]+)*/g

/** Lower-cased words of `text` (hyphenated compounds and apostrophes kept together). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** "de-DE", "de_AT", "EN" -> "de", "de", "en": pages give their language in many spellings. */
export function primaryLanguage(lang: string | null | undefined): string | null {
  if (!lang) return null
  return lang.trim().toLowerCase().split(/[-_]/)[0] || null
}

export function stopwordsFor(lang: string | null): ReadonlySet<string> {
  if (lang === 'de') return GERMAN_STOPWORDS
  if (lang === 'en') return ENGLISH_STOPWORDS
  return ALL_STOPWORDS
}

const GERMAN_SUFFIXES = ['ern', 'em', 'en', 'er', 'es', 'e', 's'] as const
const ENGLISH_SUFFIXES = ['ing', 'ies', 'ed', 'es', 's', 'ly'] as const

/**
 * A deliberately light stemmer: strips one inflectional ending so "ukrainischen" and "ukrainische",
 * "Gespräche" and "Gespräch" meet. Keeps at least four letters of stem, so short words stay whole.
 */
export function stem(word: string, lang: string | null): string {
  const w = word.replace(/['’]s$/, '')
  const suffixes = lang === 'en' ? ENGLISH_SUFFIXES : GERMAN_SUFFIXES
  for (const suffix of suffixes) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
      return suffix === 'ies' ? `${w.slice(0, -3)}y` : w.slice(0, -suffix.length)
    }
  }
  return w
}

/** Content terms of `text`: stopwords, numbers and one-letter tokens dropped, the rest stemmed. */
export function contentTerms(text: string, lang: string | null): string[] {
  return termsOf(words(text), lang)
}

/** Content terms of already split, lower-cased words. */
export function termsOf(wordList: readonly string[], lang: string | null): string[] {
  const stop = stopwordsFor(lang)
  const cache = lang === 'en' ? englishStems : germanStems
  const terms: string[] = []
  for (const w of wordList) {
    if (w.length < 2 || stop.has(w)) continue
    let term = cache.get(w)
    if (term === undefined) {
      term = DIGITS.test(w) ? '' : stem(w, lang)
      if (cache.size >= STEM_CACHE_LIMIT) cache.clear()
      cache.set(w, term)
    }
    if (term) terms.push(term)
  }
  return terms
}

const DIGITS = /^\d+$/
// Stemming is pure and words repeat across sentences and articles; the caches are bounded.
const STEM_CACHE_LIMIT = 20_000
const germanStems = new Map<string, string>()
const englishStems = new Map<string, string>()
