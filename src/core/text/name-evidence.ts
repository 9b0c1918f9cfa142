// Evidence that a capitalised word is a person's name: a title or role before it, a verb of saying
// next to it, an apposition after it.
import type { Token } from './name-tokens'
import { germanRoleHead, isCapitalisedNoun, isRoleToken, readRoleAfter } from './roles'
import { isNameShaped } from './name-words'
import { ENGLISH_SPEECH_VERBS, PERSONAL_PRONOUNS, SENTENCE_ADVERBS, SPEECH_VERBS, SPEECH_VERBS_BEFORE_SPEAKER, TITLES } from './names-data'

/** Articles: a capitalised word right after one is a noun ("die Regierung", "the Committee"). */
export const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'eines', 'einer', 'the', 'a', 'an'])
/** Words allowed right before a surname that stands before a verb of saying ("… und Musk sagte"). */
const CLAUSE_START = new Set(['und', 'aber', 'doch', 'auch', 'als', 'wie', 'dass', 'weil', 'denn', 'and', 'but', 'as'])
/** "sagte Hilfe zu", "teilte Google mit": the verb's particle shows the word after it is its object. */
export const SEPARABLE_PARTICLES = new Set(['zu', 'an', 'ab', 'auf', 'aus', 'mit', 'vor', 'ein', 'nach', 'hinzu', 'fest', 'voraus', 'zurück', 'bei', 'dar'])
/** Pronouns that refer back to an organisation or a plural ("Publishers warned … their websites"). */
const NON_PERSON_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them'])
/** How far after "X said" to look for the pronoun that refers back to X. */
const PRONOUN_WINDOW = 40

export function titleOrRoleBefore(tokens: readonly Token[], i: number, english: boolean): boolean {
  const prev = tokens[i - 1]
  if (prev?.text === '.') return TITLES.has(tokens[i - 2]?.lower ?? '') // "Dr. Berger", not "App Manager. Learn"
  if (!prev || !prev.word) return false
  if (TITLES.has(prev.lower)) return true
  if (germanRoleHead(prev.lower) !== null && isCapitalisedNoun(prev.text) && !english) return true
  // English: "the Executive Committee", "the General Assembly" are names of bodies, not a title and a name;
  // a role in lower case after the article is a role ("the goalkeeper Rustu Recber").
  const body = english && ARTICLES.has(tokens[i - 2]?.lower ?? '') && prev.text !== prev.lower
  return (isRoleToken(prev.lower) || germanRoleHead(prev.lower) !== null) && !body
}

/** "sagte Scholz", "so Altman.", "…," said Musk", "according to Musk". */
export function speechVerbBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (prev && SPEECH_VERBS_BEFORE_SPEAKER.has(prev.lower)) {
    if (ENGLISH_SPEECH_VERBS.has(prev.lower) && !/^[,"”“’]$/.test(tokens[i - 2]?.text ?? '')) return false
    return !next?.word || !SEPARABLE_PARTICLES.has(next.lower)
  }
  if (prev?.lower === 'so' && tokens[i - 2]?.text === ',' && next && !next.word) return true
  return prev?.lower === 'to' && tokens[i - 2]?.lower === 'according'
}

/** "Scholz betonte", "Musk said": a word opening a clause right before a verb of saying. Weak on its own
 * ("Mozilla said it …" is a company), so the pronoun that follows must not be "it" (see pronounFollows). */
export function speakerBeforeVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!next || !SPEECH_VERBS.has(next.lower) || next.lower === 'so') return false
  if (SENTENCE_ADVERBS.has(tokens[i]!.lower)) return false
  // "Gleichzeitig warnte Kress": a name right after the verb is the subject, the word before is not.
  const afterVerb = tokens[i + 2]
  if (afterVerb?.word && isNameShaped(afterVerb.text)) return false
  return !prev || !prev.word || CLAUSE_START.has(prev.lower)
}

/** After "X said", the next pronoun tells person from organisation: "he"/"she"/"er" or "it"/"its". */
export function pronounFollows(tokens: readonly Token[], i: number): boolean {
  const end = Math.min(tokens.length, i + PRONOUN_WINDOW)
  for (let k = i + 1; k < end; k++) {
    const lower = (tokens[k] as Token).lower
    if (PERSONAL_PRONOUNS.has(lower)) return true
    if (NON_PERSON_PRONOUNS.has(lower)) return false
  }
  return true
}

/** "X, der Leiter des …", "X, the chief executive of …": a role noun heads the apposition. */
export function appositionAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === ',' && readRoleAfter(tokens, last) !== null
}

/** "Der Schweizer Reto Brunner", "die Ukrainerin Olena Hrytsenko": a nationality noun right before a name
 * whose given name no list knows. Two name words must follow ("der Schweizer Armee" is an army). */
export function nationalityBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (!prev?.word || !NATIONALITY_NOUN.test(prev.text) || !ARTICLES.has(tokens[i - 2]?.lower ?? '')) return false
  return next !== undefined && next.word && isNameShaped(next.text)
}

const NATIONALITY_NOUN = new RegExp(`^(?:US-)?(?:${[
  'Schweizer', 'Österreicher', 'Deutsche', 'Franzose', 'Französin', 'Brite', 'Britin', 'Engländer', 'Schotte', 'Ire', 'Irin',
  'Amerikaner', 'Kanadier', 'Mexikaner', 'Brasilianer', 'Argentinier', 'Chilene', 'Kolumbianer', 'Australier', 'Neuseeländer',
  'Italiener', 'Spanier', 'Portugiese', 'Portugiesin', 'Niederländer', 'Holländer', 'Belgier', 'Luxemburger', 'Däne', 'Dänin',
  'Schwede', 'Schwedin', 'Norweger', 'Finne', 'Finnin', 'Isländer', 'Pole', 'Polin', 'Tscheche', 'Tschechin', 'Slowake', 'Slowakin',
  'Ungar', 'Rumäne', 'Rumänin', 'Bulgare', 'Bulgarin', 'Grieche', 'Griechin', 'Türke', 'Türkin', 'Serbe', 'Serbin', 'Kroate',
  'Kroatin', 'Slowene', 'Slowenin', 'Bosnier', 'Albaner', 'Russe', 'Russin', 'Ukrainer', 'Weißrusse', 'Belarusse', 'Georgier',
  'Armenier', 'Litauer', 'Lette', 'Lettin', 'Este', 'Estin', 'Israeli', 'Palästinenser', 'Iraner', 'Iraker', 'Syrer', 'Libanese',
  'Libanesin', 'Ägypter', 'Saudi', 'Afghane', 'Afghanin', 'Pakistaner', 'Inder', 'Chinese', 'Chinesin', 'Japaner', 'Koreaner',
  'Südkoreaner', 'Taiwaner', 'Vietnamese', 'Vietnamesin', 'Thailänder', 'Indonesier', 'Philippiner', 'Malaysier', 'Nigerianer',
  'Kenianer', 'Südafrikaner', 'Äthiopier', 'Marokkaner', 'Algerier', 'Tunesier',
].join('|')})(?:in|n)?$`)

/** Kinship nouns: "seinen Sohn Tobias", "Bhuttos Schwester", "Brians Sohn Murchad". */
export const KINSHIP = new Set(`sohn tochter vater mutter bruder schwester frau mann ehefrau ehemann onkel tante neffe nichte enkel enkelin
  cousin cousine großvater großmutter opa oma freund freundin son daughter father mother brother sister wife husband uncle aunt`.split(/\s+/))

/** "Bhuttos Schwester", "Brians Sohn", "Bitar's son": a genitive before a kinship noun is a person's. */
export function kinshipAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  const next = tokens[i + 1]
  if (!t || !next?.word || !KINSHIP.has(next.lower)) return false
  return /(?:s|['’]s?)$/.test(t.text) && t.text.length > 3
}
