// Rules of the person finder for German text only: forms of address ("Herr Lange"), the particles of
// foreign names ("de Klerk"), and words of time that end a name ("Präsident Santer Anfang des Jahres").
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { germanRoleHead, isRoleToken, readRoleBeforeComma } from './text/roles'
import { appositionAfter, speechVerbBefore, titleOrRoleBefore } from './text/name-evidence'
import { genitiveBase, isGivenName, isNameShaped, isSurnameWord } from './text/name-words'
import { isLoneNameWord, isSecondNameWord, NOUN_ENDING, type TextFacts } from './text/name-facts'
import { NON_PERSON_SET, ORG_FOLLOWERS, PLACE_SET, SENTENCE_ADVERBS, TITLES } from './text/names-data'
import { GERMAN_STOPWORDS } from './text/tokens'
import { isSentenceStart, otherGivenNameBefore } from './people-links'

/** Words of time that follow a name without being part of it: "Präsident Santer Anfang dieses Jahres". */
export const TIME_NOUNS: ReadonlySet<string> = new Set(['anfang', 'ende', 'mitte', 'beginn'])

/** German forms of address: the name after them is a surname ("Herr Lange", "Frau Schwarz"). */
const HONORIFICS = new Set(['Herr', 'Herrn', 'Frau'])

/** Articles, possessives, demonstratives and ordinals before "Frau" or "Herr" make it a noun. */
const NOUN_MARKERS = /^(?:der|die|das|dem|den|des|k?eine?[mnrs]?|(?:m|d|s)eine?[mnrs]?|ihre?[mnrs]?|unsere?[mnrs]?|eure?[mnrs]?|diese?[mnrs]?|jede?[mnrs]?|jene?[mnrs]?|welche?[mnrs]?|\p{Ll}*(?:erst|zweit|dritt|letzt|neu|jung|alt|älter)e[mnrs]?)$/u

function isRoleWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && (isRoleToken(t.lower) || germanRoleHead(t.lower) !== null)
}

/** Past the particles between a form of address and the surname: "Herr von Wogau", "Herrn De Coene",
 * "Frau von der Leyen". */
function afterParticles(tokens: readonly Token[], i: number): number {
  const first = tokens[i]?.text ?? ''
  const second = tokens[i + 1]?.text ?? ''
  if (/^(?:[Vv]on|[Vv]an|[Dd]e)$/.test(first) && /^(?:der|den|la)$/.test(second) && isNameShaped(tokens[i + 2]?.text ?? '')) return i + 2
  if (/^(?:[Vv]on|[Vv]an|[Dd]e|[Dd]i|[Dd]a|zu)$/.test(first) && isNameShaped(second)) return i + 1
  return i
}

/** "Herr Lange", "Frau Schwarz", "Herrn Kommissar Monti", "Herr von Wogau", "Frau Kjer Hansen": after a
 * German form of address (and a role) a capitalised word is a surname, even one that is also a word or a
 * given name. The token range [first, last] of the name, or null. */
export function honorificSurnameAt(tokens: readonly Token[], i: number, facts: TextFacts): [number, number] | null {
  if (facts.english) return null
  let h = i - 1
  if (isRoleWord(tokens[h])) h--
  const honorific = tokens[h]
  if (!honorific || !HONORIFICS.has(honorific.text)) return null
  // "seine Frau", "erster Herr von Werthern": after an article, a possessive or an ordinal the word is a
  // noun (a woman, a wife, a lord), no form of address.
  if (NOUN_MARKERS.test(tokens[h - 1]?.lower ?? '')) return null
  const at = afterParticles(tokens, i)
  const surname = tokens[at]
  // After "von der" the surname stands after an article by its form ("von der Leyen"): the word test alone.
  const nameLike = surname && (at > i ? isSurnameWord(surname, true) : isSecondNameWord(surname, facts))
  if (!surname || !nameLike || isRoleWord(surname) || isGivenName(tokens[at + 1]?.text ?? '')) return null
  // A second surname word, unless the first is the genitive of a name the text also writes without it
  // ("Wynn" … "Herrn Wynns Bericht").
  const second = tokens[at + 1]
  const genitive = genitiveBase(surname.text, facts.bare) !== surname.text
  const twoWords = second !== undefined && !genitive && isSecondNameWord(second, facts) && !isRoleWord(second) && !TIME_NOUNS.has(second.lower)
  return [i, twoWords ? at + 1 : at]
}

/** "antwortete de Klerk", "van der Westhuizen sagte": the particles of a foreign name, words of no German
 * sentence, belong to the surname after them ("von" is also a preposition: only "Herr von Wogau" takes it). */
const FOREIGN_PARTICLES = /^(?:de|van|van der|van den|van de|de la|del|della|dos|du|ter|ten|di)$/

/** Mentions of a surname alone widened over the foreign particles before them, on German text (English news
 * data do not agree on it: CoNLL-2003 has both "[van Boxmeer]" and "van [Boxmeer]"). */
export function withForeignParticles<T extends { mentions: Mention[]; tokens: Token[]; english: boolean }>(found: T): T {
  const { tokens } = found
  if (found.english) return found
  for (const m of found.mentions) {
    if (isGivenName(tokens[m.first]?.text ?? '')) continue
    for (const n of [2, 1]) {
      const words = tokens.slice(Math.max(0, m.first - n), m.first)
      if (words.length === n && words.every((w) => w.word && w.text === w.lower) && FOREIGN_PARTICLES.test(words.map((w) => w.text).join(' '))) {
        m.first -= n
        break
      }
    }
  }
  return found
}

/** "ANC-Sprecherin Gill [Marcus]", "[William] FitzEmpress", "[Christoffel] van der Westhuizen": the tagger
 * often reads one word of a name of two whose other word no list knows. A name word next to a lone tagged
 * word joins it: before a surname after a role or a comma, a word that passes the surname tests (at a sentence start, a
 * given name);
 * after a given name, a surname or a foreign particle and a surname. The widened range [first, last]. */
export function widenTaggedName(tokens: readonly Token[], first: number, last: number, facts: TextFacts): [number, number] {
  if (first !== last) return [first, last]
  const prev = tokens[first - 1]
  const start = first - 1 === 0 || /^[.!?:\n"“„«]$/.test(tokens[first - 2]?.text ?? '\n')
  // Before: only right after a role or a comma ("Bild Jesu", "Nachrichtenagentur Anatolia" are a noun and a name).
  const opens = isRoleWord(tokens[first - 2]) || /^[,(]$/.test(tokens[first - 2]?.text ?? '')
  // At a sentence start: a given name, or a word that opens no sentence ("Sherlock [Holmes] löst …").
  if (prev && isNameWordBefore(prev, facts) && (start ? otherGivenNameBefore(tokens, first) : opens)) {
    return [first - 1, last]
  }
  if (!isGivenName(tokens[last]!.text)) return [first, last]
  let at = last + 1
  const particles = `${tokens[at]?.text ?? ''} ${tokens[at + 1]?.text ?? ''}`
  if (/^(?:van|de) (?:der|den|la)$/.test(particles)) at += 2
  else if (/^(?:van|de|da|di|ter|ten)$/.test(tokens[at]?.text ?? '')) at += 1
  const next = tokens[at]
  if (!next || !isSecondNameWord(next, facts) || isRoleWord(next) || TIME_NOUNS.has(next.lower) || ORG_FOLLOWERS.has(tokens[at + 1]?.lower ?? '')) return [first, last]
  return isNameShaped(tokens[at + 1]?.text ?? '') ? [first, last] : [first, at]
}

function isNameWordBefore(t: Token, facts: TextFacts): boolean {
  return isSecondNameWord(t, facts) && !isRoleWord(t) && !TITLES.has(t.lower) && !GERMAN_STOPWORDS.has(t.lower) && !SENTENCE_ADVERBS.has(t.lower)
}

/** "Xi Jinping" … "Xi betonte": a lone word the tagger reads that opens a full name found in the text is
 * that person (family name first, or a given name alone). */
export function asFullNameStart(tokens: readonly Token[], m: Mention, mentions: readonly Mention[]): Mention {
  if (m.first !== m.last) return m
  const owner = mentions.find((o) => o.full && o.first < o.last && tokens[o.first]!.text === tokens[m.first]!.text)
  return owner ? { ...m, name: owner.name, surname: owner.surname } : m
}

/** Where the surname after foreign particles at `i` stands ("van der Merwe"), else -1. */
function surnameAfterForeignParticles(tokens: readonly Token[], i: number): number {
  for (const n of [2, 1]) {
    const words = tokens.slice(i, i + n)
    if (words.length === n && words.every((w) => w.word && w.text === w.lower) && FOREIGN_PARTICLES.test(words.map((w) => w.text).join(' '))
      && tokens[i + n] && isSurnameWord(tokens[i + n]!, true)) return i + n
  }
  return -1
}

/** "Verhandlungsführer van der Merwe", "erklärte de Villiers": a surname with foreign particles after a role
 * or a verb of saying, or before an apposition. The token range, or null. */
export function particleSurnameAt(tokens: readonly Token[], i: number, facts: TextFacts): [number, number] | null {
  if (facts.english) return null
  const at = surnameAfterForeignParticles(tokens, i)
  if (at < 0) return null
  return titleOrRoleBefore(tokens, i, false) || speechVerbBefore(tokens, i) || appositionAfter(tokens, at) ? [i, at] : null
}

/** "Der Kapitän der Mannschaft, Tjorven Halvorsen, lobte": one or two name words set off by commas after a
 * role phrase name its holder, whatever lists know the words. The token range, or null. */
export function appositiveNameAt(tokens: readonly Token[], i: number, facts: TextFacts): [number, number] | null {
  if (facts.english || tokens[i - 1]?.text !== ',') return null
  const first = tokens[i]
  if (!first || !isNameWordBefore(first, facts)) return null
  const second = tokens[i + 1]
  const last = second && isSecondNameWord(second, facts) && !isRoleWord(second) ? i + 1 : i
  return readRoleBeforeComma(tokens, i, last) !== null ? [i, last] : null
}

/** Titles of rank that are common German surnames: after a given name they are the surname ("Friedrich
 * König", "Thomas Kaiser"), unless a "von"/"des" names the realm ("Friedrich König von Preußen" is rare
 * without a comma, but "Karl Herzog von Württemberg" is not). */
const RANK_SURNAMES = new Set(['könig', 'kaiser', 'richter', 'graf', 'fürst', 'herzog', 'bischof', 'vogt', 'prinz', 'meister', 'probst'])

export function isRoleSurnameAt(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]
  if (!t?.word || !RANK_SURNAMES.has(t.lower) || t.text === t.lower) return false
  const next = tokens[at + 1]
  return !/^(?:von|vom|zu|des|der|den|in|im|of)$/.test(next?.lower ?? '') && !isNameShaped(next?.text ?? '')
}

/** German text: no lone "Drittens, …", "Überdies …", "Solange …", adverbs and conjunctions that open a
 * sentence capitalised (the tagger reads some as names there, and an apposition after one as evidence); no
 * genitive of a place ("die Wirtschaftsforscher Deutschlands"); no institution named after a person. */
export function withoutGermanNonNames<T extends { mentions: Mention[]; tokens: Token[]; english: boolean }>(found: T): T {
  if (found.english) return found
  const { tokens } = found
  const lone = (m: Mention) => m.first === m.last
  found.mentions = found.mentions.filter((m) => !(lone(m) && (isSentenceWord(tokens, m.first) || isPlaceGenitive(tokens[m.first]!))) && !namesInstitution(tokens, m.first) && !namesClub(tokens, m) && !joinedByAmpersand(tokens, m))
  return found
}

/** "Deutschlands", "Bremens": the genitive of a place. */
function isPlaceGenitive(t: Token): boolean {
  return t.lower.length > 3 && t.lower.endsWith('s') && PLACE_SET.has(t.lower.slice(0, -1))
}

/** "im Verlag Paul Haupt", "die Galerie Johann König", "das Restaurant Tim Raue": a name right after the noun
 * of a firm or an institution is the institution's name, no person the text talks about. */
function namesInstitution(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1]
  return prev !== undefined && prev.word && /^\p{Lu}/u.test(prev.text) && INSTITUTION_NOUN.test(prev.lower)
}

const INSTITUTION_NOUN = /(?:verlag|kanzlei|galerie|stiftung|restaurant|hotel|klinik|praxis|autohaus|brauerei|weingut|agentur|firma|reederei|spedition|gasthaus|gasthof|apotheke|buchhandlung|gymnasium|museum|werft)$/

function isSentenceWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!
  if (SENTENCE_ADVERBS.has(t.lower) || ORDINAL_ADVERB.test(t.lower) || SENTENCE_OPENING_WORDS.has(t.lower)) return true
  // A function word inside a sentence may be a name ("des Surrealisten Ernst"), at its start it is the word.
  return GERMAN_STOPWORDS.has(t.lower) && (i === 0 || /^[.!?:\n"“„«]$/.test(tokens[i - 1]!.text))
}

const ORDINAL_ADVERB = /^(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|letzt)ens$/
const SENTENCE_OPENING_WORDS = new Set(['überdies', 'solange', 'sodann', 'sobald', 'sofern', 'soweit', 'wenngleich', 'obgleich', 'obwohl', 'zumal', 'folglich', 'jedenfalls', 'immerhin', 'allerdings', 'insofern', 'deshalb', 'deswegen', 'daher', 'trotzdem', 'nämlich', 'falls'])

/** "Zabels Entscheidung", "Stanleys Geburtsdatum", "Buurmanns Ausscheiden": German puts a genitive before a
 * noun without an article only for proper names; one ending in "s" there, whose stem is no place, company,
 * or thing, is a person's. The token range of the genitive, or null. */
export function genitiveOwnerAt(tokens: readonly Token[], i: number, facts: TextFacts): [number, number] | null {
  const t = tokens[i]
  const noun = tokens[i + 1]
  if (facts.english || !t?.word || !noun?.word || !/^\p{Lu}\p{Ll}+$/u.test(noun.text) || GERMAN_STOPWORDS.has(noun.lower)) return null
  if (!/[^s']s$/.test(t.text) || NOT_GENITIVE_ENDING.test(t.lower) || t.text.length < 5 || isSentenceWord(tokens, i) || !isLoneNameWord(t, facts)) return null
  const stem = t.lower.slice(0, -1)
  if (PLACE_SET.has(stem) || NON_PERSON_SET.has(stem) || ORG_FOLLOWERS.has(stem) || ORG_FOLLOWERS.has(noun.lower) || NOUN_ENDING.test(stem)) return null
  // "des Jahres Ende", "eines Tages", "des gegenwärtigen Steuersystems", "zum Europäischen Entwicklungsfonds":
  // after a determiner or an adjective the word is a noun's genitive or part of a name of a thing.
  const prev = tokens[i - 1]
  if (prev?.word && (BEFORE_GENITIVE_NOUN.test(prev.lower) || (prev.lower.length > 4 && /(?:e|en|em|er|es)$/.test(prev.lower) && !GERMAN_STOPWORDS.has(prev.lower)))) return null
  // "MZ Trans Classic": after a capitalised word inside a sentence it ends a name of a thing.
  if (prev?.word && prev.text !== prev.lower && !isSentenceStart(tokens, i)) return null
  return t.text.length > 14 || t.text.includes('-') ? null : [i, i]
}

/** Adjectives ("Hohes", "Europäisches"), Latin and Greek names in the nominative ("Pomponius", "Iphitos"),
 * and nouns in "-eis" ("Kreis", "Preis"). */
const NOT_GENITIVE_ENDING = /(?:[^aeiou]es|us|os|ys|eis|as|os)$/
const BEFORE_GENITIVE_NOUN = /^(?:zu[mr]|[iav]m|beim|d(?:es|er|em|en)|k?eine[sr]|(?:m|d|s)eine[sr]|ihre[sr]|unsere[sr]|diese[sr]|jede[sr])$/

/** German and Austrian parties, as news put them in brackets after a politician's name. */
const PARTIES = new Set(['SPD', 'CDU', 'CSU', 'FDP', 'AfD', 'Grüne', 'Grünen', 'Linke', 'BSW', 'PDS', 'NPD', 'ÖVP', 'SPÖ', 'FPÖ', 'NEOS', 'SVP', 'FW', 'parteilos'])

/** "Hörstmann (SPD) kritisierte", "so Brückner (Grüne)": a party in brackets after a word follows a
 * politician's name. */
export function partyAfter(tokens: readonly Token[], i: number, facts: TextFacts): boolean {
  return !facts.english && tokens[i + 1]?.text === '(' && PARTIES.has(tokens[i + 2]?.text ?? '') && /^[)/,]$/.test(tokens[i + 3]?.text ?? '')
}

/** Abbreviations that open the name of a sports club: "FC Toulon", "SV Wolfgang", "1. FC Viktoria Kelsterbach". */
const CLUB_PREFIX = /^(?:\d+\.)?(?:FC|SV|SG|SC|AC|AS|US|VfB|VfR|VfL|TSV|TuS|TSG|BSC|FSG|FSV|DJK|SpVgg|CD|CF|FK|SK|RC|SSV|TuRa|SSC|ASK|BV|KSV|SpV|SpVg|TV|TG)$/

/** A club, no person: a name after a club's abbreviation, or a team in a line of results ("Leeds United 4:1",
 * "Vorwärts Steyr - Rapid Wien 4:1": names, a dash, names, one score). A tennis result has several scores
 * ("Sampras - Becker 6:3, 6:4") and names persons. */
function namesClub(tokens: readonly Token[], m: Mention): boolean {
  if (CLUB_PREFIX.test(tokens[m.first - 1]?.text ?? '')) return true
  let dash = tokens[m.first - 1]?.text === '-'
  for (let k = m.last + 1; k < m.last + 10; k++) {
    const t = tokens[k]
    if (!t) return false
    if (isScore(tokens, k)) return dash && !moreSetsAfter(tokens, k + 3)
    if (t.text === '-' || t.text === '/') { dash = true; continue }
    if (!t.word || t.text === t.lower) return false
  }
  return false
}

/** "7:6 (7:5), 6:3": after a tennis set (and its tie-break) another set follows. */
function moreSetsAfter(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.text === '(' && isScore(tokens, k + 1)) k += 5
  return /^(?:,|und)$/.test(tokens[k]?.text ?? '') && isScore(tokens, k + 1)
}

function isScore(tokens: readonly Token[], k: number): boolean {
  return /^\d+$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ':' && /^\d+$/.test(tokens[k + 2]?.text ?? '')
}

/** "Hollmer & Weiss", "Procter & Gamble": names joined by an ampersand name a firm. */
function joinedByAmpersand(tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.last + 1]?.text === '&' || tokens[m.first - 1]?.text === '&'
}
