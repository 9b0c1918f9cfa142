// Word tests of the person finder: could this word be a given name, a surname, a name at all?
// Tests repeat for the same words within and across articles, so their answers are cached (bounded).
import type { Token } from './name-tokens'
import { germanRoleHead, isRoleToken } from './roles'
import { isEnglishGivenName, knownGivenNames } from './known-names'
import {
  BRAND_SURNAMES,
  CALENDAR_WORDS,
  ENGLISH_FUNCTION_WORDS,
  GIVEN_NAME_SET,
  NON_PERSON_SET,
  ORG_FOLLOWERS,
  PLACE_SET,
  TITLES,
} from './names-data'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './tokens'


export function isGivenName(word: string): boolean {
  if (!startsUpper(word)) return false
  return givenCache.get(word) ?? remember(givenCache, word, !isAllCaps(word) && givenTest(word))
}

/** "SAN FRANCISCO (IT BOLTWISE)": a dateline in capitals names a place, not a person. */
function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase()
}

function givenTest(word: string): boolean {
  const lower = word.toLowerCase()
  if (isGivenLower(lower)) return true
  return lower.includes('-') && lower.split('-').every(isGivenLower)
}

/** The hand list, then the large public one; words that name places, roles or things are not given names
 * there ("Marine", "Florence" are in the public lists). */
function isGivenLower(lower: string): boolean {
  if (GIVEN_NAME_SET.has(lower)) return true
  return knownGivenNames().has(lower) && namesNoThing(lower)
}

function namesNoThing(lower: string): boolean {
  return !PLACE_SET.has(lower) && !NON_PERSON_SET.has(lower) && !CALENDAR_WORDS.has(lower)
    && !GERMAN_STOPWORDS.has(lower) && !ENGLISH_STOPWORDS.has(lower) && !isRoleToken(lower) && germanRoleHead(lower) === null
}

/** "Billy", "Randy", "Shawn": a given name of English text that is also a word or a surname. It starts a
 * name only before a surname (the caller checks), never alone. */
export function isEnglishWordGivenName(word: string): boolean {
  if (!startsUpper(word) || isAllCaps(word)) return false
  const lower = word.toLowerCase()
  return isEnglishGivenName(lower) && namesNoThing(lower) && !TITLES.has(lower)
}

/** Capitalised like a name: "Selenskyj", "LeCun", "O'Brien", "Leutheusser-Schnarrenberger"; not "USA", "OpenAI". */
export function isNameShaped(word: string): boolean {
  // Arabic names: "Ali al-Nuaimi", "Abd al-Fattah el-Sisi": the article before the capitalised name.
  if (ARABIC_ARTICLE.test(word)) return isNameShaped(word.slice(3))
  if (!startsUpper(word)) return false
  return shapeCache.get(word) ?? remember(shapeCache, word, word.split('-').every((part) => NAME_PART.test(part)))
}

/** Cheap first test before any regular expression: most tokens are lower case or punctuation. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  if (c < 192) return false
  const ch = word.charAt(0)
  return ch !== ch.toLowerCase()
}

// Word tests repeat for the same words within and across articles; the caches are bounded.
const givenCache = new Map<string, boolean>()
const shapeCache = new Map<string, boolean>()
const CACHE_LIMIT = 20_000

function remember(cache: Map<string, boolean>, key: string, value: boolean): boolean {
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(key, value)
  return value
}
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|at|az|an)-\p{Lu}/u

/** "al-Sisi", "el-Baradei": a name part with the Arabic article, never a common word. */
export function hasArabicArticle(word: string): boolean {
  return ARABIC_ARTICLE.test(word)
}
const NAME_PART = /^(?:(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’]s?)?)$/u

/** Could this token be a surname? `afterGiven` relaxes the stopword test ("Thomas Mann"). */
export function isSurnameWord(t: Token, afterGiven: boolean): boolean {
  if (!t.word || !isNameShaped(t.text)) return false
  const cache = afterGiven ? surnameAfterGivenCache : surnameCache
  return cache.get(t.text) ?? remember(cache, t.text, surnameTest(t, afterGiven))
}

const surnameCache = new Map<string, boolean>()
const surnameAfterGivenCache = new Map<string, boolean>()

function surnameTest(t: Token, afterGiven: boolean): boolean {
  const lower = baseForm(t.text).toLowerCase()
  if (PLACE_SET.has(lower) || ORG_FOLLOWERS.has(lower) || TITLES.has(lower)) return false
  if (NON_PERSON_SET.has(lower) && !(afterGiven && BRAND_SURNAMES.has(lower))) return false
  if (CALENDAR_WORDS.has(lower)) return false
  if (isRoleToken(lower) || isRoleToken(lower.replace(/s$/, '')) || germanRoleHead(lower)) return false
  // After a given name a capitalised function word is a surname ("Frank Will", "Thomas Mann").
  const stop = GERMAN_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower) || ENGLISH_FUNCTION_WORDS.has(lower)
  if (stop && (!afterGiven || lower.length < 4)) return false
  return true
}

/** "Musks" is a genitive when "Musk" also stands alone in the text ("Jobs" alone is not). */
export function genitiveBase(word: string, bare: Map<string, number>): string {
  if (!word.endsWith('s')) return word
  const base = word.slice(0, -1)
  return (bare.get(base) ?? 0) > 0 ? base : word
}

/** Strip an English possessive ("Musk's" -> "Musk"). German genitives are resolved by linking. */
export function baseForm(word: string): string {
  return word.replace(/['’]s?$/, '')
}

