// English: one capitalised word alone, read by what the rest of the text and the grammar around it say. A
// later word that opens a full name of the text stands for that person (Chinese, Korean and Vietnamese
// names put the family name first; Thai and Indonesian news call people by the first name); a plural verb
// after a word makes it a plural noun, no surname ("Crews repair a pipe"); a verb of saying after a brand's
// name that is also a common surname ("Johnson said") makes it a person unless the text treats it as a firm.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { baseForm, isGivenName, isNameShaped } from './text/name-words'
import type { TextFacts } from './text/name-facts'
import { isSentenceStart } from './people-links'
import { ORG_FOLLOWERS, PERSONAL_PRONOUNS, SPEECH_VERBS } from './text/names-data'
import { ARTICLES, pronounFollows, speechVerbBefore } from './text/name-evidence'

/** "Ai Weiwei" … "Ai said", "Moon Jae-in" … "Moon said", "Srettha Thavisin" … "Srettha": a lone word that
 * opens one person's full name in the text, and ends none, is that person (not a namesake known by that
 * surname). A word that opens two persons' names ("Li Song-ho", "Li In-mo") stays as it is. */
export function withFirstWordsLinked(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const longer = mentions.filter((m) => m.last > m.first && m.name.includes(' '))
  const surnames = new Set(longer.map((m) => m.surname))
  const byFirst = new Map<string, Mention | null>()
  for (const m of longer) {
    const word = tokens[m.first]!.text
    const seen = byFirst.get(word)
    byFirst.set(word, seen === undefined || seen?.surname === m.surname ? m : null)
  }
  return mentions.map((m) => {
    if (m.first !== m.last) return m
    const word = baseForm(tokens[m.first]!.text)
    const full = byFirst.get(word)
    if (!full || surnames.has(word) || m.surname === full.surname) return m
    return { ...m, name: full.surname, surname: full.surname, full: false }
  })
}

/** Forms of "be", "have" and "do" that agree with a plural subject only. */
const PLURAL_VERBS = new Set(['are', 'were', 'have', 'do', "don't", 'don’t', "aren't", 'aren’t', "weren't", 'weren’t', "haven't", 'haven’t'])

/** Past forms without "-ed" that look like the plain verb ("Woods shot a 68", "Jones hit the post"). */
const IRREGULAR_PAST = new Set(`beat became began bet bit blew bore bought broke brought built burst came cast caught chose
  cost crept cut dealt did drew drank drove dug ate fell fed felt fled flew forbade forgot fought found froze gave
  got grew hung had heard held hid hit hurt kept knew laid led left lent let lay lit lost made meant met paid put
  quit ran rang read rode rose said sank sat saw sent set shed shook shone shot showed shut sang slid slept sold
  sought spoke spent spun split spread sprang stood stole stuck struck stung strove swam swept swore swung taught
  tore told thought threw took understood upset woke won wore wove wrote`.split(/\s+/))

/** Words right after a subject that are no plain verb: modals, adverbs, conjunctions, pronouns. */
const NOT_PLAIN_VERBS = new Set(`will would can could may might must shall should also then still never already again
  later once twice too now often soon even just only alone himself herself and or but nor who whose which that
  of to in on at for with by from as than said told is was has does`.split(/\s+/))

/** Words that open the object or adverbial after a plain verb ("repair a pipe", "work through the night"). */
const OBJECT_OPENERS = new Set(`a an the their its this these those some more new two three through into on in at across
  around along near for over up down out off back`.split(/\s+/))

/** "Crews repair a pipe", "Sparks are flying": a word ending in "s" that opens a sentence before a verb in the
 * plural (a form of "be", "have" or "do", or a plain verb before its object) is a plural noun: a person's
 * surname would take "repairs" or "is". */
export function isPluralSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t?.word || !/\p{Ll}s$/u.test(t.text) || !isSentenceStart(tokens, i)) return false
  const verb = tokens[i + 1]
  if (!verb?.word || verb.text !== verb.lower) return false
  if (PLURAL_VERBS.has(verb.lower)) return true
  const plain = verb.lower.length >= 3 && !/(?:s|ed|ing|ly)$/.test(verb.lower) && !IRREGULAR_PAST.has(verb.lower) && !NOT_PLAIN_VERBS.has(verb.lower)
  return plain && OBJECT_OPENERS.has(tokens[i + 2]?.lower ?? '')
}

/** Drops the lone mentions that are a plural subject (see isPluralSubject). */
export function withoutPluralSubjects(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.first !== m.last || !isPluralSubject(tokens, m.first))
}

/** Brand names that are also common surnames of people in the news: "Johnson said" is a person far more
 * often than the firm. Not "Reuters", "Tesla", "Disney", "Ford": those say things as firms. */
const SURNAMES_OF_BRANDS = new Set(['johnson', 'martin', 'watson', 'abrams', 'lincoln', 'stern', 'braun'])

/** "Johnson said the vote would come", "said Ford, who …": a lone brand name that is a common surname, with a
 * verb of saying next to it and no "it" or "its" after, in a text that never writes it in lower case, after
 * an article or next to another capitalised word or a word of organisations ("Johnson & Johnson",
 * "Ford Motor", "the Ford plant"). */
export function brandSurnameSpeakerAt(tokens: readonly Token[], i: number, facts: TextFacts, make: (first: number, last: number) => Mention): Mention | null {
  const t = tokens[i]
  if (!facts.english || !t?.word || !isNameShaped(t.text) || !SURNAMES_OF_BRANDS.has(t.lower)) return null
  const prev = tokens[i - 1]
  if (prev?.word && (isNameShaped(prev.text) || ARTICLES.has(prev.lower)) && !isSentenceStart(tokens, i - 1)) return null
  const speaks = (SPEECH_VERBS.has(tokens[i + 1]?.lower ?? '') && pronounFollows(tokens, i)) || speechVerbBefore(tokens, i)
  return speaks && !usedAsFirm(tokens, t.text, facts) ? make(i, i) : null
}

function usedAsFirm(tokens: readonly Token[], word: string, facts: TextFacts): boolean {
  if (facts.lowered.has(word.toLowerCase()) || facts.afterArticle.has(word) || facts.attributive.has(word)) return true
  for (let i = 0; i < tokens.length; i++) {
    if (baseForm(tokens[i]!.text) !== word) continue
    const next = tokens[i + 1]
    if (next?.text === '&' || ORG_FOLLOWERS.has(next?.lower ?? '') || (next?.word && isNameShaped(next.text) && !PERSONAL_PRONOUNS.has(next.lower))) return true
    const prev = tokens[i - 1]
    // "Boris Johnson" is a person; "Ace Johnson" or "Mead Johnson" a firm.
    if (prev?.word && isNameShaped(prev.text) && !isGivenName(prev.text) && !isSentenceStart(tokens, i - 1)) return true
  }
  return false
}
