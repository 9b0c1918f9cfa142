// What the whole text says about its capitalised words, and the tests of a lone name word against it:
// a surname met without a given name must never stand in lower case or after an article in the text.
import type { Token } from './name-tokens'
import { baseForm, isGivenName, isNameShaped, isSurnameWord } from './name-words'
import { ARTICLES, KINSHIP } from './name-evidence'
import { ENGLISH_STOPWORDS } from './tokens'

/** Endings of German and English abstract nouns, never of a surname ("Roman Catholicism"). */
export const FULL_NAME_NOUN_ENDING = /.{3}(?:ung|heit|keit|schaft|tion|sion|ismus|ism|ität|straße|strasse|allee|gasse)$/
/** What the whole text says about its words; a lone capitalised word is judged against it. */
export interface TextFacts {
  /** How often each capitalised word stands on its own: a surname is re-mentioned alone. */
  bare: Map<string, number>
  /** Words that also occur in lower case: "Environmental"/"environmental" is no name. */
  lowered: Set<string>
  /** Words that occur right after an article: "die Regierung", "the Committee" are no names. */
  afterArticle: Set<string>
  /** English: words met after an article only before a noun or another name word ("the Lorenz attractor",
   * "the Trump administration", "the Lorenz Center"): a person's name used of a thing named after them. */
  attributive: Set<string>
  /** Paragraphs in Title Case (headlines, where every word is capitalised). */
  titleCase: Set<string>
  /** English: words that stand right after "in", "at", "near" somewhere in the text ("in Baghdad"): places. */
  places: Set<string>
  /** German: words met after an inflected adjective that follows a determiner or preposition ("aus
   * erneuerbaren Energien", "auf grünen Wasserstoff"): common nouns, which German names never are there. */
  afterAdjective: Set<string>
  english: boolean
}

/** Words before an attributive adjective ("die bekannte", "mit neuester", "sehr gute"): a word ending in "-te"
 * after them is an adjective, not a verb. */
export const BEFORE_ADJECTIVE = /^(?:d(?:er|ie|as|em|en|es)|k?ein(?:e[mnrs]?)?|(?:m|d|s)ein(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|dies(?:e[mnrs]?)?|jede[mnrs]?|welche[mnrs]?|alle[mnrs]?|viele[mnrs]?|sehr|so|zu|ganz|besonders|äußerst|ziemlich|eher|noch|am|im|vom|zum|zur|beim|in|mit|von|für|auf|aus|nach|bei|an|als|wie|über|unter|durch|gegen|ohne|um|vor)$/
/** The endings of an inflected German adjective ("grünen", "klimaneutralem", "erneuerbare"). */
const ADJECTIVE_ENDING = /\p{Ll}{2}(?:e|en|em|er|es)$/u

/** "aus erneuerbaren Energien": a determiner or preposition, an inflected adjective, then the word. */
function afterAdjective(tokens: readonly Token[], i: number): boolean {
  const adjective = tokens[i - 1]
  if (!adjective?.word || adjective.text !== adjective.lower || !ADJECTIVE_ENDING.test(adjective.text)) return false
  return BEFORE_ADJECTIVE.test(tokens[i - 2]?.lower ?? '') && tokens[i - 2]?.word === true
}

/** English prepositions of place: the capitalised word after one is a place (or a company), not a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'outside', 'across', 'throughout'])

/** Share of capitalised words above which a line is a headline in Title Case. */
const TITLE_CASE_SHARE = 0.7

export function collectFacts(tokens: readonly Token[], english: boolean): TextFacts {
  const facts: TextFacts = { bare: new Map(), lowered: new Set(), afterArticle: new Set(), attributive: new Set(), titleCase: new Set(), places: new Set(), afterAdjective: new Set(), english }
  let capitalised = 0
  let words = 0
  let separators = 0
  let quoted = false
  const standalone = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.text === '\n') {
      // English: a line of capitalised words and commas, a few words between them, is a list of names ("Mike
      // Atherton (captain), Nick Knight, Alec Stewart"), not a headline in Title Case or a citation.
      const list = english && separators >= 2 && words <= 5 * (separators + 1) && !quoted
      if (words >= 4 && capitalised / words > TITLE_CASE_SHARE && !list) facts.titleCase.add(t.source)
      capitalised = 0
      words = 0
      separators = 0
      quoted = false
      continue
    }
    if (t.text === ',' || t.text === ';') separators++
    // A citation quotes a title or gives a year in brackets: 'Hay, Jennifer; Maclagan, Margaret (2008).'
    if (/^["“”]$/.test(t.text) || (/^(?:1[5-9]|20)\d\d$/.test(t.text) && tokens[i - 1]?.text === '(')) quoted = true
    if (!t.word) continue
    words++
    if (isNameShaped(t.text)) {
      capitalised++
      facts.bare.set(t.text, (facts.bare.get(t.text) ?? 0) + 1)
      const prev = tokens[i - 1]
      if (prev?.word && ARTICLES.has(english ? prev.text : prev.lower)) {
        facts.afterArticle.add(t.text)
        ;(english && isAttributive(tokens[i + 1], t) ? facts.attributive : standalone).add(t.text)
      }
      if (english && prev?.word && PLACE_PREPOSITIONS.has(prev.text) && !/['’]s?$/.test(t.text)) facts.places.add(t.text)
      if (!english && afterAdjective(tokens, i)) facts.afterAdjective.add(t.text)
    } else if (t.text === t.lower) {
      facts.lowered.add(t.lower)
    }
  }
  for (const word of standalone) facts.attributive.delete(word)
  return facts
}

/** "the Lorenz attractor", "the Lorenz Center": a name word after an article that a noun or another name
 * word follows (not "the Senate, which", "the Lorenz's"). */
function isAttributive(next: Token | undefined, t: Token): boolean {
  if (!next?.word || /['’]s?$/.test(t.text)) return false
  return isNameShaped(next.text) || (next.text === next.lower && !ENGLISH_STOPWORDS.has(next.lower))
}

/** German nouns end like this; surnames found without a given name must not. */
export const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|ität|tät|ismus|nis|tum|ment|chen|lein|ik|ing|enz|anz|ie|ur)s?$/
/** Could this word be a surname met without a given name? The whole text must agree: never written in
 * lower case, never after an article, not a known non-person, not in a headline, not shaped like a noun. */
export function isLoneNameWord(t: Token, facts: TextFacts, titled = false): boolean {
  if (!isSurnameWord(t, false) || NOUN_ENDING.test(t.lower) || isGivenName(t.text)) return false
  if (facts.titleCase.has(t.source) || facts.places.has(t.text)) return false
  const base = baseForm(t.text)
  // "Dr. Lorenz" … "the Lorenz attractor": with a title before it, a thing named after a person leaves the
  // surname a name (without one, "Commerce said" … "the Commerce Department" is a body).
  const article = [t.text, base].some((w) => facts.afterArticle.has(w) && !(titled && facts.attributive.has(w)))
  return !facts.lowered.has(base.toLowerCase()) && !article
}

/** The word after a name word met with evidence ("Ministerpräsidentin Heide Simonis"): shaped like a
 * surname, never lower case or after an article in the text. */
export function isSecondNameWord(t: Token, facts: TextFacts): boolean {
  if (!isSurnameWord(t, true) || FULL_NAME_NOUN_ENDING.test(t.lower) || KINSHIP.has(t.lower) || facts.titleCase.has(t.source)) return false
  const base = baseForm(t.text)
  // "Edward Norton Lorenz" … "the Lorenz attractor": after a given name, a thing named after the person
  // does not make the surname a common word.
  return !facts.lowered.has(base.toLowerCase()) && (!facts.afterArticle.has(base) || facts.attributive.has(base))
}
