// The person finder's linking passes: lone surnames and genitives of names found before, surnames of
// well-known people, and given names alone; with the tests that keep places and words out of them.
import { readRoleAfter, readRoleBefore, germanRoleHead, isRoleToken } from './text/roles'
import type { Token } from './text/name-tokens'
import { NAME_PARTICLES, NON_PERSON_SET, ORG_FOLLOWERS, PLACE_PHRASE_SET, PLACE_SET, SENTENCE_ADVERBS, TITLES } from './text/names-data'
import { baseForm, isGivenName, isNameShaped } from './text/name-words'
import { ARTICLES, KINSHIP } from './text/name-evidence'
import { isLoneNameWord, type TextFacts } from './text/name-facts'
import { isGivenNameAWord, isSharedSurname, knownPersonBySurname, type KnownPerson } from './text/known-names'
import type { Mention } from './people-merge'
import { isPlaceName } from './people-places'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './text/tokens'

/** "Dr. Berger", "Mr Obama": a form of address right before the word. */
export function titleBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return TITLES.has((prev?.text === '.' ? tokens[i - 2] : prev)?.lower ?? '')
}

export function isSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  return !prev || /^[.!?:\n"“„«]$/.test(prev.text)
}

/** "in Florenz", "in Witten", "from Chelsea": a lone capitalised word after a preposition of place is
 * more often the place than a person of that name. */
export function afterLocative(tokens: readonly Token[], i: number): boolean {
  return LOCATIVES.has(tokens[i - 1]?.text ?? '')
}

const LOCATIVES = new Set(['in', 'nach', 'aus', 'im', 'ins', 'from', 'into', 'near', 'at'])

/** "zahlreicher Romane", "viele Filme", "654 Mio": after a quantifier or a number a capitalised word is
 * a plural noun or a unit, even where it is spelt like a given name ("Romane", "Mio"). */
export function afterQuantity(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? ''
  return /^\d/.test(prev) || QUANTIFIER.test(prev) || /^(?:many|several|numerous|few|some|all|both)$/.test(prev)
}

const QUANTIFIER = /^(?:zahlreich|viel|mehrer|einig|etlich|manch|sämtlich|weiter|verschieden|unzählig|wenig|beid)(?:e|en|er|es|em)?$/

/** "San Francisco", "St. Johann Baptist", "Sankt Peter": places and churches named after saints. */
export function afterPlacePrefix(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (prev?.text === '.') return /^(?:St|Ste)$/.test(tokens[i - 2]?.text ?? '')
  return prev !== undefined && PLACE_PREFIXES.has(prev.text)
}

/** "Santa Clara", "Sri Lanka", "New York": the word at `i` is part of a place of several words. */
export function inPlacePhrase(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? ''
  return PLACE_PHRASE_SET.has(`${tokens[i - 1]?.lower ?? ''} ${word}`) || PLACE_PHRASE_SET.has(`${word} ${tokens[i + 1]?.lower ?? ''}`)
}

/** Past middle initials ("Clarence E. Case"): the index of the word after them. */
export function skipInitials(tokens: readonly Token[], j: number): number {
  while (INITIALS.test(tokens[j]?.text ?? '') && !NOT_INITIALS.has(tokens[j]!.text) && tokens[j + 1]?.text === '.') j += 2
  return j
}

/** "J", "K", "J.D" (the tokenizer keeps "J.D" whole; its last full stop is a token of its own). */
export const INITIALS = /^\p{Lu}(?:\.\p{Lu}){0,2}$/u
/** Abbreviations of places and bodies written like initials: "U.S. Treasury" is no person. */
export const NOT_INITIALS = new Set(['U.S', 'U.K', 'U.N', 'E.U', 'L.A', 'D.C', 'N.Y', 'S.F', 'A.G'])

const CAPITALISED_PARTICLE = /^(?:Van|Von|De|Di|Da|Del|Della|Du|Le|La|Ter|Ten)$/

const PLACE_PREFIXES = new Set(['San', 'Santa', 'Santo', 'São', 'Sankt', 'Saint', 'Sainte', 'Los', 'Las', 'Port', 'Fort', 'Mount', 'Lake', 'Cape'])

/** Pass 2: surname alone, genitive ("Musks", "Selenskyjs", "Musk's") or title plus surname. */
export function linkSurnameMentions(
  tokens: readonly Token[], covered: Set<number>, surnames: Set<string>, out: Mention[],
): void {
  const twoWordSurnames = new Map<string, string>()
  for (const m of out) {
    const words = m.name.split(' ')
    if (m.full && words.length >= 3) twoWordSurnames.set(words.slice(-2).join(' '), m.surname)
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || covered.has(i) || !t.word || !isNameShaped(t.text)) continue
    // "Suu Kyi" after "Aung San Suu Kyi": the last two words of a longer name stand for it as well.
    const pair = `${t.text} ${tokens[i + 1]?.text ?? ''}`
    if (twoWordSurnames.has(pair) && !covered.has(i + 1)) {
      const surname = twoWordSurnames.get(pair)!
      out.push({ first: i, last: i + 1, name: surname, surname, role: readRoleBefore(tokens, i), full: false })
      i++
      continue
    }
    const key = surnameKey(t.text, surnames)
    // "Mount Cook", "Lake Louise", "San Martín": a surname after a place's prefix names the place.
    if (!key || NON_PERSON_SET.has(key.toLowerCase()) || afterPlacePrefix(tokens, i)) continue
    // "Billie Jean King" … "King Hussein": a surname that is a role word is a title before a name.
    if (isRoleToken(key.toLowerCase()) && isNameShaped(tokens[i + 1]?.text ?? '')) continue
    const role = readRoleBefore(tokens, i) ?? readRoleAfter(tokens, i)
    // "Van Boxmeer said": a capitalised particle opening the sentence belongs to the surname.
    const first = CAPITALISED_PARTICLE.test(tokens[i - 1]?.text ?? '') && !covered.has(i - 1) && isSentenceStart(tokens, i - 1) ? i - 1 : i
    out.push({ first, last: i, name: key, surname: key, role, full: false })
  }
}

/** The known surname a word stands for: itself, or its genitive ("Musks", "Musk's", "Hassabis'"). */
function surnameKey(word: string, surnames: Set<string>): string | null {
  if (surnames.has(word)) return word
  const base = word.replace(/(?:['’]s|['’]|s)$/, '')
  return base !== word && surnames.has(base) ? base : null
}


/** Pass 3: a lone surname of a well-known person whom the text names no other way ("Auch Zuckerberg
 * äußerte sich.", "Macron sagte …", "Luthers Thesen") is that person; a surname the text gave a full name
 * keeps it. A surname several well-known people share ("Clinton") stays as written. */
export function linkKnownPeople(tokens: readonly Token[], covered: Set<number>, facts: TextFacts, mentions: Mention[]): void {
  const fullSurnames = new Set(mentions.filter((m) => m.full && m.name.includes(' ')).map((m) => m.surname))
  for (const m of mentions) {
    if (m.name.includes(' ') || fullSurnames.has(m.surname)) continue
    const known = knownPersonBySurname(m.surname)
    // "Dr. Berger", "Frau Weber": a title before a lone surname addresses someone, not the famous namesake.
    if (!known || titleBefore(tokens, m.first) || otherGivenNameBefore(tokens, m.first)) continue
    m.name = known.name
    m.full = true
    if (m.first === m.last) m.first = knownNameStart(tokens, m.first, known.name, new Set())
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (covered.has(i) || !t.word || !isNameShaped(t.text) || !isLoneNameWord(t, facts) || afterLocative(tokens, i)) continue
    const surname = knownSurnameOf(baseForm(t.text), facts)
    // "North America", "South Korea": a word before a place is part of the place's name.
    const next = tokens[i + 1]?.lower ?? ''
    if (!surname || fullSurnames.has(surname.key) || ORG_FOLLOWERS.has(next) || PLACE_SET.has(next)) continue
    if (facts.english && !inEnglishSentence(tokens, i)) continue
    // "Til Schweiger", "Aung San Suu Kyi": the words before are the rest of the known name, which no list has.
    const first = surname.person ? knownNameStart(tokens, i, surname.person.name, covered) : i
    // "Sherlock Holmes" is not Katie Holmes: another name word before the surname makes another person.
    const prev = tokens[first - 1]
    if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, first - 1)) continue
    if (otherGivenNameBefore(tokens, first)) continue
    if (titleBefore(tokens, first)) continue
    const role = readRoleBefore(tokens, first) ?? readRoleAfter(tokens, i)
    const name = surname.person?.name ?? surname.key
    // "Berti Vogts": a mention of the rest of the name found before ("Berti") is part of this one.
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.first >= first && mentions[k]!.last < i) mentions.splice(k, 1)
    mentions.push({ first, last: i, name, surname: surname.key, role, full: surname.person !== undefined })
  }
}

/** English text: a lone surname of a well-known person names that person as the whole name and in a
 * sentence: not before another capitalised word ("Duffy Waldorf", "Massoud Barzani": the given name of
 * someone else), nor before a number (a table row "Bolton 3 2 1 0 5 2 7", a result "Bradford 1 Tranmere 0"). */
function inEnglishSentence(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  return !(next?.word && (isNameShaped(next.text) || /^\d/.test(next.text)))
}

/** "Sherlock Holmes …", "Katie Holmes …" opening a sentence: a name word before the surname makes another
 * person than the well-known namesake, though the capital says nothing there. Words that open a sentence
 * before a name ("Auch", "Laut", "Sogar", a role) are not name words. */
export function otherGivenNameBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]
  if (!prev?.word || !isNameShaped(prev.text)) return false
  if (isGivenName(prev.text)) return true
  if (!isSentenceStart(tokens, i - 1)) return false
  const lower = prev.lower
  return !GERMAN_STOPWORDS.has(lower) && !ENGLISH_STOPWORDS.has(lower) && !SENTENCE_ADVERBS.has(lower)
    && !SENTENCE_OPENERS.has(lower) && !TITLES.has(lower) && germanRoleHead(lower) === null && !isRoleToken(lower)
}

/** Openers before a subject that neither stopword list has ("Sogar Musk räumte ein"). */
const SENTENCE_OPENERS = new Set(['sogar', 'trotz', 'ausgerechnet', 'selbst', 'ohne', 'wie', 'ob', 'even', 'only', 'like'])

/** Where the known name ending at the surname at `i` starts in the text: "Suu Kyi", "Aung San Suu Kyi". */
function knownNameStart(tokens: readonly Token[], i: number, name: string, covered: Set<number>): number {
  const words = name.split(' ')
  let k = words.length - 2
  let j = i - 1
  while (k >= 0 && j >= 0 && !covered.has(j) && tokens[j]!.text === words[k]) { j--; k-- }
  return j + 1
}

/** The surname a word is or is the genitive of ("Luthers"), with its well-known holder if one leads. */
function knownSurnameOf(word: string, facts: TextFacts): { key: string; person: KnownPerson | undefined } | null {
  const genitive = word.endsWith('s') && !facts.english ? word.slice(0, -1) : null
  for (const key of genitive ? [word, genitive] : [word]) {
    const person = knownPersonBySurname(key)
    if (person) return person.commonWord ? null : { key, person }
    if (isSharedSurname(key)) return { key, person: undefined }
  }
  return null
}

/** Pass 4: a given name alone ("Auf seinen Sohn Tobias …", "Lucy gefällt die Idee nicht.") names a person:
 * the one of the text's full names that starts with it, else one known by that name only. */
export function linkGivenNames(tokens: readonly Token[], covered: Set<number>, facts: TextFacts, mentions: Mention[]): void {
  const byGiven = new Map<string, Mention>()
  for (const m of mentions) if (m.full && m.name.includes(' ')) byGiven.set(m.name.split(' ')[0]!, m)
  const taken = new Set(mentions.map((m) => m.first))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    // English writes the possessive with an apostrophe: "Wang's family" after "Wang Donghai".
    const word = facts.english ? baseForm(t.text) : t.text
    // English: the first word of a full name of the text alone is that person, known given name or not ("Megawati").
    const given = isGivenName(t.text) || (facts.english && byGiven.has(word) && !isPlaceName(word.toLowerCase()))
    if (covered.has(i) || taken.has(i) || !t.word || !given || !standsAlone(tokens, i, facts, byGiven.has(word))) continue
    const full = byGiven.get(word)
    const role = readRoleBefore(tokens, i) ?? readRoleAfter(tokens, i)
    mentions.push(full ? { first: i, last: i, name: full.surname, surname: full.surname, role, full: false } : { first: i, last: i, name: t.text, surname: t.text, role, full: false })
  }
}

/** A capitalised word between words that are not names, never lower case or after an article in the
 * text, not in a headline, not before a company suffix. */
function standsAlone(tokens: readonly Token[], i: number, facts: TextFacts, startsFullName: boolean): boolean {
  const t = tokens[i] as Token
  const prev = tokens[i - 1]
  const next = tokens[i + 1]
  if (prev?.word && ARTICLES.has(prev.lower) || NAME_PARTICLES.has(prev?.text ?? '')) return false
  // "seinen Sohn Tobias", "Tante Cilli", "Trainerin Anna": a kinship or role noun before is no name part.
  if (prev?.word && isNameShaped(prev.text) && !KINSHIP.has(prev.lower) && germanRoleHead(prev.lower) === null) return false
  if (next?.word && (isNameShaped(next.text) || ORG_FOLLOWERS.has(next.lower) || NAME_PARTICLES.has(next.text))) return false
  if (next?.text === '-' || next?.text === '&' || facts.titleCase.has(t.source)) return false
  // English: "Milan", "Florence", "Victoria" alone are the places more often than the given names.
  if (facts.english && (!inEnglishSentence(tokens, i) || PLACE_SET.has(t.lower))) return false
  // "Mio. Euro", "Abs. 3": a short word with a full stop is an abbreviation.
  if (next?.text === '.' && t.text.length <= 3) return false
  if (NON_PERSON_SET.has(t.lower) || afterPlacePrefix(tokens, i) || afterLocative(tokens, i) || afterQuantity(tokens, i)) return false
  // English: "Alan" after "Alan Shearer" is him, though "alan" is also a word (a breed of dog).
  const word = isGivenNameAWord(t.lower, facts.english) && !(facts.english && startsFullName)
  if (word || GERMAN_STOPWORDS.has(t.lower) || ENGLISH_STOPWORDS.has(t.lower)) return false
  return !facts.lowered.has(t.lower) && !facts.afterArticle.has(t.text)
}

/** Words that join names in a list: "Yılmaz und Santoso", "Altman, Nadella and Pichai". */
const NAME_JOINERS = new Set([',', 'und', 'and', 'sowie', 'oder', 'or', '&'])

/** Pass 5: names listed with a person the text names ("Mehmet Yılmaz und Budi Santoso", "Altman, Nadella
 * and Pichai") are persons too when they are written alike (as many name words) and each word passes the
 * whole-text tests of a lone name (never lower case, never after an article, no place or thing). */
export function linkListedNames(
  tokens: readonly Token[], covered: Set<number>, facts: TextFacts, mentions: Mention[],
  make: (first: number, last: number) => Mention,
): void {
  // The linking passes before leave `covered` as pass 1 left it; a name is listed once.
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i)
  const queue = mentions.filter((m) => m.last - m.first <= 1 && tokens[m.first]!.word)
  while (queue.length) {
    const m = queue.pop()!
    const words = m.last - m.first + 1
    for (const first of [listedAfter(tokens, m.last, words), listedBefore(tokens, m.first, words)]) {
      if (first === null) continue
      const last = first + words - 1
      if (!isListedName(tokens, first, last, covered, facts)) continue
      for (let i = first; i <= last; i++) covered.add(i)
      const found = make(first, last)
      mentions.push(found)
      queue.push(found)
    }
  }
}

/** Where a name of `words` words after a joiner after token `last` would start. */
function listedAfter(tokens: readonly Token[], last: number, words: number): number | null {
  let j = afterBrackets(tokens, last + 1)
  if (!NAME_JOINERS.has(tokens[j]?.lower ?? '')) return null
  if (tokens[j]?.text === ',' && NAME_JOINERS.has(tokens[j + 1]?.lower ?? '')) j++
  const next = tokens[j + 1 + words]
  return next?.word && isNameShaped(next.text) ? null : j + 1
}

/** Past a short aside in brackets after a listed name ("Mike Atherton (captain), Nick Knight"). */
function afterBrackets(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== '(') return j
  for (let k = j + 1; k < j + 8 && tokens[k] && tokens[k]!.text !== '\n'; k++) if (tokens[k]!.text === ')') return k + 1
  return j
}

/** Where a name of `words` words before a joiner before token `first` would start. */
function listedBefore(tokens: readonly Token[], first: number, words: number): number | null {
  let j = first - 1
  if (!NAME_JOINERS.has(tokens[j]?.lower ?? '') || tokens[j]?.text === ',') return null
  if (tokens[j - 1]?.text === ',') j--
  const start = j - words
  const before = tokens[start - 1]
  return start < 0 || (before?.word && isNameShaped(before.text) && !isSentenceStart(tokens, start - 1)) ? null : start
}

function isListedName(tokens: readonly Token[], first: number, last: number, covered: Set<number>, facts: TextFacts): boolean {
  for (let i = first; i <= last; i++) {
    const t = tokens[i]
    if (!t || covered.has(i) || !t.word || !isLoneNameWord(t, facts) || NON_PERSON_SET.has(t.lower) || facts.afterAdjective.has(t.text)) return false
  }
  return !ORG_FOLLOWERS.has(tokens[last + 1]?.lower ?? '')
}
