import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS, words } from './tokens'

/** Enough function words to tell the languages apart; shorter texts get no guess. */
const MIN_EVIDENCE = 3
/** German and English prose is about 40% function words; French or Czech text hits the lists only by
 * accident, far below this share. */
const MIN_SHARE = 0.1
/** Look at the opening of long texts only: the language does not change mid-article. */
const SAMPLE_WORDS = 400

/** Guess "de" or "en" (or null) from text, for pages without a lang attribute. */
export function detectLanguage(text: string): string | null {
  let de = 0
  let en = 0
  const sample = words(text).slice(0, SAMPLE_WORDS)
  for (const w of sample) {
    const inDe = GERMAN_STOPWORDS.has(w)
    const inEn = ENGLISH_STOPWORDS.has(w)
    // Words on both lists ("in", "an", "so") say nothing about the language.
    if (inDe && !inEn) de++
    else if (inEn && !inDe) en++
    else if (!inDe && !inEn && /[äöüß]/.test(w)) de++
  }
  if (de + en < MIN_EVIDENCE || de + en < MIN_SHARE * sample.length) return null
  if (de >= 2 * en) return 'de'
  if (en >= 2 * de) return 'en'
  return de >= en ? 'de' : 'en'
}
