// English-only finders of the person finder. English capitalises names and little else, so two capitalised
// words in a row are a name more often than in German; these finders read such pairs with evidence German
// text cannot give (or that would mislead there).
import type { Token } from './text/name-tokens'
import { ORG_FOLLOWERS, PLACE_PHRASE_SET, PLACE_SET } from './text/names-data'
import { isEnglishWordGivenName, isNameShaped } from './text/name-words'
import { isSecondNameWord, type TextFacts } from './text/name-facts'
import { afterLocative, afterPlacePrefix, inPlacePhrase, isSentenceStart, skipInitials } from './people-links'
import type { Mention } from './people-merge'

type MakeMention = (first: number, last: number) => Mention

/** A name of English text that the general rules miss, starting at `i`. */
export function englishNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  if (!facts.english) return null
  return wordGivenNameAt(tokens, i, facts, make) ?? nameBeforeCountry(tokens, i, facts, make)
}

/** "Billy Andrade", "Randy Velarde", "Shawn Estes": a given name that is also a word or a surname, before a
 * surname: a name when both words are never written in lower case or after an article in the text and no
 * third capitalised word follows ("Golden State Warriors"). */
function wordGivenNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const start = tokens[i]
  if (!start || !isEnglishWordGivenName(start.text) || !isSecondNameWord(start, facts)) return null
  if (facts.afterArticle.has(start.text) || afterPlacePrefix(tokens, i) || inPlacePhrase(tokens, i)) return null
  const surnameAt = skipInitials(tokens, i + 1)
  const surname = tokens[surnameAt]
  if (!surname || !isSecondNameWord(surname, facts) || inPlacePhrase(tokens, surnameAt)) return null
  const after = tokens[surnameAt + 1]
  if ((after?.word && isNameShaped(after.text)) || ORG_FOLLOWERS.has(after?.lower ?? '')) return null
  return make(i, surnameAt)
}

/** "Aliuska Lopez (Cuba) 12.92", "Jiri Novak (Czech Republic)": two or three name words and a country in
 * brackets, as results and line-ups give an athlete's. The words must not be places (nor follow "in", "from") or stand in lower case
 * in the text; a headline in Title Case is allowed (result lines are all capitals). */
function nameBeforeCountry(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const prev = tokens[i - 1]
  if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1)) return null
  // "in Monte Carlo (Monaco)": a place and its country.
  if (afterLocative(tokens, i) || inPlacePhrase(tokens, i)) return null
  let last = i
  while (last - i < 3 && isBareNameWord(tokens[last], facts)) last++
  last--
  if (last <= i || !countryInBrackets(tokens, last + 1)) return null
  return make(i, last)
}

function isBareNameWord(t: Token | undefined, facts: TextFacts): boolean {
  if (!t?.word || !isNameShaped(t.text) || PLACE_SET.has(t.lower) || ORG_FOLLOWERS.has(t.lower)) return false
  return !facts.lowered.has(t.lower) && !facts.afterArticle.has(t.text)
}

/** "(Cuba)", "(U.S.)", "(New Zealand)", "(Czech Republic)". */
function countryInBrackets(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false
  const words: string[] = []
  let k = open + 1
  for (; k < open + 5 && tokens[k] && tokens[k]!.text !== ')'; k++) if (tokens[k]!.word) words.push(tokens[k]!.lower)
  if (tokens[k]?.text !== ')' || words.length === 0 || words.length > 2) return false
  const phrase = words.join(' ')
  return PLACE_SET.has(words[0]!) || PLACE_PHRASE_SET.has(phrase) || /^(?:u\.s|u\.k)$/.test(words[0]!) || COUNTRY_SECOND.test(words[1] ?? '')
}

/** Second words of country names: "Czech Republic", "South Africa", "Ivory Coast". */
const COUNTRY_SECOND = /^(?:republic|africa|korea|coast|arabia|zealand|lanka|guinea|islands|emirates|kingdom|states)$/
