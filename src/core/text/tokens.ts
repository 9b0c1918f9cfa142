// Words, stopwords and a light stemmer shared by the summary and the language guess.
import { deu, eng } from 'stopword'

export const GERMAN_STOPWORDS: ReadonlySet<string> = new Set(deu)
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(eng)
const ALL_STOPWORDS: ReadonlySet<string> = new Set([...deu, ...eng])

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

/** Lower-cased words of `text` (hyphenated compounds and apostrophes kept together). */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase())
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

/** Content terms of `text`: stopwords and one-letter tokens dropped, the rest stemmed. */
export function contentTerms(text: string, lang: string | null): string[] {
  const stop = stopwordsFor(lang)
  const terms: string[] = []
  for (const w of words(text)) {
    if (w.length < 2 || stop.has(w) || /^\d+$/.test(w)) continue
    terms.push(stem(w, lang))
  }
  return terms
}
