// German text: a capitalised word no list knows, met several times in places where a common noun would need
// an article ("kokettierte Deri mit …", "Deri sei …", "dass Deri diese Regierung …"), is a person's name.
// One such place alone is weak evidence (after a verb also stands a bare object: "hat Maßnahmen ergriffen";
// at a sentence start a mass noun: "Geld spielt keine Rolle"), but a word that stands there twice or more
// and never after an article, in lower case or like a plural is rarely anything but a name.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { BEFORE_ADJECTIVE, isLoneNameWord, type TextFacts } from './text/name-facts'
import { NON_PERSON_SET, PLACE_SET } from './text/names-data'
import { isSentenceStart, afterLocative } from './people-links'
import { readRoleAfter, readRoleBefore } from './text/roles'
import { GERMAN_STOPWORDS } from './text/tokens'

/** Finite verbs of the third person singular that end in neither "-t" nor "-te" (strong past, modals). */
const IRREGULAR_FINITE = new Set(`war ging gab kam sah nahm fand rief schrieb stand lag blieb zog traf sprach warf trat fiel galt lief
  bat ließ wies verließ erhielt gewann begann schien hieß hielt bot wusste kann muss will soll darf mag musste wollte sollte durfte
  konnte wird wurde ist hat hatte sei habe wäre hätte`.split(/\s+/))
/** Lower-case words ending like a verb that are adverbs or prepositions. */
const NOT_VERBS = new Set(`nicht jetzt erst oft fast selbst meist längst zuletzt zunächst insgesamt seit bisher bereits sonst
  zumeist weit gut recht acht nacht mit samt nebst`.split(/\s+/))
/** Conjunctions that open a clause whose subject follows at once ("dass Deri diese Regierung …"). */
const SUBORDINATORS = new Set(['dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'wie', 'nachdem', 'obwohl', 'während', 'bevor', 'damit'])
/** Endings of German plurals and feminine nouns ("Maßnahmen", "Kinder", "Vorwürfe", "Arbeit"). */
const PLURAL_OR_NOUN_ENDING = /(?:e|en|ern|eln|eit|ung|ion|tät|ik|ur|nis|tum|schaft|ist|s)$/
/** A separable particle closing the clause: "gab Apple bekannt.", "teilte Siemens mit," name an object or a company. */
const CLOSING_PARTICLES = new Set(['zu', 'an', 'ab', 'auf', 'aus', 'mit', 'vor', 'ein', 'nach', 'hinzu', 'fest', 'voraus', 'zurück', 'bei', 'dar', 'bekannt', 'fort', 'her', 'hin', 'weiter', 'los', 'um'])

/** Participles of verbs with a separable prefix ("eingesammelt", "angekündigt"): they end a clause, no
 * subject follows them. */
const PARTICIPLE = /^(?:ein|an|auf|aus|ab|vor|zu|mit|nach|bei|dar|fest|her|hin|los|weg|zurück|um|vorbei|weiter)ge\p{Ll}+t$/u

/** How many places of its own a word needs in the text. */
const PLACES_NEEDED = 2

/** A finite verb of the third person singular, by its ending or from the list. */
function isFiniteVerb(tokens: readonly Token[], v: number): boolean {
  const verb = tokens[v]
  if (!verb?.word || verb.text !== verb.lower || NOT_VERBS.has(verb.lower)) return false
  if (IRREGULAR_FINITE.has(verb.lower)) return true
  if (verb.lower.length < 4 || !/(?:[^s]t|te)$/.test(verb.lower) || GERMAN_STOPWORDS.has(verb.lower) || PARTICIPLE.test(verb.lower)) return false
  return !BEFORE_ADJECTIVE.test(tokens[v - 1]?.lower ?? '')
}

/** After the word: a lower-case word that is no closing particle, or a punctuation mark. */
function clauseGoesOn(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (!next || next.text === '\n') return true
  if (!next.word) return /^[,.;:!?)]$/.test(next.text)
  if (next.text !== next.lower || /^\d/.test(next.text)) return false
  return !(CLOSING_PARTICLES.has(next.lower) && !tokens[i + 2]?.word)
}

/** Is the word at i in a place where German puts a name but a common noun only with an article: the subject
 * after the finite verb ("bezifferte Lehr am Freitag"), at a sentence start before the verb ("Deri sei"), after
 * a subordinating conjunction ("dass Deri diese"), or before a relative clause ("Mahn, der früher …")? */
function inNamePlace(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  // "600 Mio. Euro eingesammelt": after a number or an abbreviation's full stop no sentence starts.
  if (/^(?:\d.*|\p{L}{1,3})$/u.test(tokens[i - 2]?.text ?? '') && tokens[i - 1]?.text === '.') return false
  if (isSentenceStart(tokens, i)) return isFiniteVerb(tokens, i + 1)
  const before = tokens[i - 1]?.lower === 'sich' ? i - 2 : i - 1
  if (isFiniteVerb(tokens, before) && clauseGoesOn(tokens, i)) return true
  if (SUBORDINATORS.has(tokens[i - 1]?.lower ?? '') && next?.word && next.text === next.lower) return true
  return next?.text === ',' && /^(?:der|dem|dessen)$/.test(tokens[i + 2]?.lower ?? '') && !BEFORE_ADJECTIVE.test(tokens[i - 1]?.lower ?? '')
}

/** Mentions of words the text uses as names more than once (see the head of this file), each occurrence. */
export function linkRecurringNames(tokens: readonly Token[], covered: Set<number>, facts: TextFacts, mentions: Mention[]): void {
  if (facts.english) return
  const places = new Map<string, number>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!covered.has(i) && t.word && (facts.bare.get(t.text) ?? 0) >= PLACES_NEEDED && inNamePlace(tokens, i)) places.set(t.text, (places.get(t.text) ?? 0) + 1)
  }
  const names = new Set([...places].filter(([word, n]) => n >= PLACES_NEEDED && isRecurringName(tokens, word, facts)).map(([word]) => word))
  if (names.size === 0) return
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (covered.has(i) || !names.has(t.text) || afterLocative(tokens, i)) continue
    covered.add(i)
    mentions.push({ first: i, last: i, name: t.text, surname: t.text, role: readRoleBefore(tokens, i) ?? readRoleAfter(tokens, i), full: false })
  }
}

function isRecurringName(tokens: readonly Token[], word: string, facts: TextFacts): boolean {
  const lower = word.toLowerCase()
  if (PLURAL_OR_NOUN_ENDING.test(lower) || PLACE_SET.has(lower) || NON_PERSON_SET.has(lower) || facts.afterAdjective.has(word)) return false
  const token = tokens.find((t) => t.text === word)
  return token !== undefined && isLoneNameWord(token, facts)
}
