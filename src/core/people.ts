// Person finder for German and English news text, without a model.
//
// In German every noun is capitalised, so a capitalised word is weak evidence. A name is accepted only
// with evidence: a known given name ("Wolodymyr Selenskyj"), a role or title right before it
// ("OpenAI-Chef Sam Altman", "Kanzler Scholz", "Prof. Dr. Anna Müller"), an apposition after it
// ("Jermak, der Leiter des …"), or a verb of saying next to it ("sagte Scholz"). A name found without a
// given name must also pass the whole text: never written in lower case, never after an article.
// Later mentions by surname, genitive ("Musks") or title plus surname are linked to the same person,
// and the first role the text gives (next to the name, else in a following "Der Tesla-Chef …") is kept.
//
// Passes: tokenize -> facts about the whole text -> full names and evidenced surnames -> linking of
// lone surnames -> one entry per person with mentions and role. Linear in the text's length.
import type { Person } from './types'
import { germanRoleHead, isCapitalisedNoun, isRoleToken, normalizeGermanRole, readRoleAfter, readRoleBefore, readRoleBeforeComma } from './text/roles'
import { tokenize, type Token } from './text/name-tokens'
import {
  BRAND_SURNAMES,
  CALENDAR_WORDS,
  ENGLISH_FUNCTION_WORDS,
  ENGLISH_SPEECH_VERBS,
  GIVEN_NAME_SET,
  NAME_PARTICLES,
  NON_PERSON_SET,
  ORG_FOLLOWERS,
  PERSONAL_PRONOUNS,
  PLACE_SET,
  SENTENCE_ADVERBS,
  SPEECH_VERBS,
  SPEECH_VERBS_BEFORE_SPEAKER,
  TITLES,
} from './text/names-data'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS, primaryLanguage } from './text/tokens'

export interface PeopleOptions {
  lang: string | null
}

/** A name found in the text: token range, the name as written and the role next to it. */
interface Mention {
  first: number
  last: number
  name: string
  surname: string
  role: string | null
  full: boolean
}

interface Candidate {
  name: string
  surname: string
  role: string | null
  mentions: number
  firstAt: number
  tokens: number
}

/** German nouns end like this; surnames found without a given name must not. */
const NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|ität|tät|ismus|nis|tum|ment|chen|lein|ik|ing|enz|anz|ie|ur)s?$/
/** Endings of German and English abstract nouns, never of a surname ("Roman Catholicism"). */
const FULL_NAME_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|ismus|ism|ität|nis)$/
/** Words allowed right before a surname that stands before a verb of saying ("… und Musk sagte"). */
const CLAUSE_START = new Set(['und', 'aber', 'doch', 'auch', 'als', 'wie', 'dass', 'weil', 'denn', 'and', 'but', 'as'])

/** "sagte Hilfe zu", "teilte Google mit": the verb's particle shows the word after it is its object. */
const SEPARABLE_PARTICLES = new Set(['zu', 'an', 'ab', 'auf', 'aus', 'mit', 'vor', 'ein', 'nach', 'hinzu', 'fest', 'voraus', 'zurück', 'bei', 'dar'])

/** What the whole text says about its words; a lone capitalised word is judged against it. */
interface TextFacts {
  /** How often each capitalised word stands on its own: a surname is re-mentioned alone. */
  bare: Map<string, number>
  /** Words that also occur in lower case: "Environmental"/"environmental" is no name. */
  lowered: Set<string>
  /** Words that occur right after an article: "die Regierung", "the Committee" are no names. */
  afterArticle: Set<string>
  /** Paragraphs in Title Case (headlines, where every word is capitalised). */
  titleCase: Set<string>
  english: boolean
}

const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'eines', 'einer', 'the', 'a', 'an'])
/** "Von Lena Hoffmann, 02.07.2025", "By Jane Doe": the author is no person of the article. */
const BYLINE = /^(?:[Vv]on|VON|[Bb]y|BY)\s+\p{Lu}[\p{L}.'’ -]{1,50}(?:[,|–-]\s*[\p{L}\d., /:-]{0,40})?$/u
/** Share of capitalised words above which a line is a headline in Title Case. */
const TITLE_CASE_SHARE = 0.7
/** Pronouns that refer back to an organisation or a plural ("Publishers warned … their websites"). */
const NON_PERSON_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'them'])
/** How far after "X said" to look for the pronoun that refers back to X. */
const PRONOUN_WINDOW = 40

/** Persons mentioned in the article text, most mentioned first. */
export function findPeople(paragraphs: readonly string[], options: PeopleOptions): Person[] {
  const tokens = tokenize(paragraphs.filter((p) => !BYLINE.test(p)))
  const facts = collectFacts(tokens, primaryLanguage(options.lang) === 'en')
  const mentions = findNamedMentions(tokens, facts)
  const covered = new Set<number>()
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i)
  const surnames = new Set(mentions.map((m) => m.surname))
  linkSurnameMentions(tokens, covered, surnames, mentions)
  return mergeIntoPeople(mentions, anaphoricRoles(tokens, mentions))
}

function collectFacts(tokens: readonly Token[], english: boolean): TextFacts {
  const facts: TextFacts = { bare: new Map(), lowered: new Set(), afterArticle: new Set(), titleCase: new Set(), english }
  let capitalised = 0
  let words = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.text === '\n') {
      if (words >= 4 && capitalised / words > TITLE_CASE_SHARE) facts.titleCase.add(t.source)
      capitalised = 0
      words = 0
      continue
    }
    if (!t.word) continue
    words++
    if (isNameShaped(t.text)) {
      capitalised++
      facts.bare.set(t.text, (facts.bare.get(t.text) ?? 0) + 1)
      const prev = tokens[i - 1]
      if (prev?.word && ARTICLES.has(prev.text)) facts.afterArticle.add(t.text)
    } else if (t.text === t.lower) {
      facts.lowered.add(t.lower)
    }
  }
  return facts
}

/** Pass 1: full names (given name, role, title or apposition evidence) and lone surnames with evidence. */
function findNamedMentions(tokens: readonly Token[], facts: TextFacts): Mention[] {
  const found: Mention[] = []
  for (let i = 0; i < tokens.length; i++) {
    const m = fullNameAt(tokens, i, facts.bare) ?? evidencedSurnameAt(tokens, i, facts)
    if (!m) continue
    found.push(m)
    i = m.last
  }
  return found
}

/** "Wolodymyr Selenskyj", "John F. Kennedy", "Ursula von der Leyen", "Recep Tayyip Erdogan". */
function fullNameAt(tokens: readonly Token[], i: number, bare: Map<string, number>): Mention | null {
  const start = tokens[i]
  if (!start || !isGivenName(start.text)) return null
  let j = i + 1
  let last = i
  // Further given names and initials: "Mark Elliot Zuckerberg", "John F. Kennedy".
  for (;;) {
    const t = tokens[j]
    if (t && isGivenName(t.text)) { last = j; j++; continue }
    if (t && /^\p{Lu}$/u.test(t.text) && tokens[j + 1]?.text === '.') { last = j + 1; j += 2; continue }
    break
  }
  if (REGNAL_NUMBER.test(tokens[last + 1]?.text ?? '') && last === j - 1) return regnalMention(tokens, i, last + 1)
  j = skipParticles(tokens, j)
  const next = tokens[j]
  let surnameAt: number
  if (next && isSurnameWord(next, true)) surnameAt = j
  else if (last > i && tokens[last]?.word && j === last + 1) surnameAt = last // "Frank Thomas": last given is the surname
  else return null
  if (FULL_NAME_NOUN_ENDING.test(tokens[surnameAt]?.lower ?? '')) return null
  // A third name part that recurs alone is the real surname: "Recep Tayyip Erdogan" … "Erdogan".
  const after = tokens[surnameAt + 1]
  const possessive = /['’]s?$/.test(tokens[surnameAt]?.text ?? '')
  if (!possessive && after && isSurnameWord(after, false) && (bare.get(after.text) ?? 0) > 1) surnameAt++
  if (ORG_FOLLOWERS.has(tokens[surnameAt + 1]?.lower ?? '')) return null
  // "Mercedes Benz" is a car; "Claude Shannon" and "Ferdinand Porsche" are persons.
  if (NON_PERSON_SET.has(start.lower) && NON_PERSON_SET.has(tokens[surnameAt]?.lower ?? '')) return null
  return mention(tokens, i, surnameAt, true, bare)
}

/** Particles between given name and surname: "von", "von der", "van den", "de la", "zu", "bin". */
function skipParticles(tokens: readonly Token[], j: number): number {
  const first = tokens[j]
  if (!first || !NAME_PARTICLES.has(first.text)) return j
  const second = tokens[j + 1]
  if (second && /^(?:der|den|la|le)$/.test(second.text) && /^(?:von|van|de)$/.test(first.text)) return j + 2
  if (/^(?:der|den|la|le|y|el|al)$/.test(first.text)) return j
  return j + 1
}

/** A lone capitalised word (or two) with a role, title, apposition or verb of saying next to it. */
function evidencedSurnameAt(tokens: readonly Token[], i: number, facts: TextFacts): Mention | null {
  const t = tokens[i]
  // "Vice President JD Vance": two capitals are initials of a given name when a role stands before them.
  if (t && /^[A-Z]{2}$/.test(t.text) && titleOrRoleBefore(tokens, i, facts.english)) {
    const surname = tokens[i + 1]
    if (surname && isLoneNameWord(surname, facts)) return mention(tokens, i, i + 1, true, facts.bare)
  }
  if (!t || !isLoneNameWord(t, facts)) return null
  const evidence = titleOrRoleBefore(tokens, i, facts.english) || speechVerbBefore(tokens, i) || appositionAfter(tokens, i)
    || (speakerBeforeVerb(tokens, i) && pronounFollows(tokens, i))
  const bare = facts.bare
  if (evidence) {
    // "Senator Ted Cruz", "Berater Mychajlo Podoljak" with an unknown given name: news introduce a person
    // by full name, so a second name word belongs to it, unless the first one recurs alone (then it is
    // the surname, and the next word starts something else: "… dass Kanzler Scholz Reformen …").
    const second = tokens[i + 1]
    const pair = second !== undefined && isLoneNameWord(second, facts) && (bare.get(t.text) ?? 0) <= 1
    const last = pair ? i + 1 : i
    // English capitalises only names: a longer capitalised run is an organisation or a title
    // ("according to Environmental Protection Department officials").
    const after = tokens[last + 1]
    if (facts.english && after?.word && isNameShaped(after.text)) return null
    return mention(tokens, i, last, pair, bare)
  }
  // "Andrij Jermak, der Leiter …" with an unknown given name.
  const second = tokens[i + 1]
  if (second && isLoneNameWord(second, facts) && appositionAfter(tokens, i + 1)) return mention(tokens, i, i + 1, true, bare)
  return null
}

/** Could this word be a surname met without a given name? The whole text must agree: never written in
 * lower case, never after an article, not a known non-person, not in a headline, not shaped like a noun. */
function isLoneNameWord(t: Token, facts: TextFacts): boolean {
  if (!isSurnameWord(t, false) || NOUN_ENDING.test(t.lower) || isGivenName(t.text)) return false
  if (facts.titleCase.has(t.source)) return false
  const base = baseForm(t.text)
  return !facts.lowered.has(base.toLowerCase()) && !facts.afterArticle.has(t.text) && !facts.afterArticle.has(base)
}

function mention(tokens: readonly Token[], first: number, last: number, full: boolean, bare: Map<string, number>): Mention {
  // Regnal numbers belong to the name: "Papst Leo XIV.", "König Charles III."
  if (REGNAL_NUMBER.test(tokens[last + 1]?.text ?? '')) return regnalMention(tokens, first, last + 1)
  const a = tokens[first] as Token
  const b = tokens[last] as Token
  const surname = genitiveBase(baseForm(b.text), bare)
  const name = a === b ? surname : `${a.source.slice(a.start, b.start)}${surname}`.replace(/\s+/g, ' ').replace(/\u00AD/g, '')
  const role = readRoleBefore(tokens, first) ?? readRoleAfter(tokens, last) ?? readRoleBeforeComma(tokens, first, last)
  return { first, last, name, surname, role, full }
}

const REGNAL_NUMBER = /^(?:[IVX]{2,5}|I|V|X)$/

function regnalMention(tokens: readonly Token[], first: number, numeral: number): Mention {
  const a = tokens[first] as Token
  const n = tokens[numeral] as Token
  const name = a.source.slice(a.start, n.start + n.text.length).replace(/\s+/g, ' ')
  const role = readRoleBefore(tokens, first) ?? readRoleAfter(tokens, numeral)
  // Later mentions use the first name alone ("Leo hatte …"), so it is the key for linking.
  return { first, last: numeral, name, surname: a.text, role, full: true }
}

/** Pass 2: surname alone, genitive ("Musks", "Selenskyjs", "Musk's") or title plus surname. */
function linkSurnameMentions(
  tokens: readonly Token[], covered: Set<number>, surnames: Set<string>, out: Mention[],
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (!t || covered.has(i) || !t.word || !isNameShaped(t.text)) continue
    const key = surnameKey(t.text, surnames)
    if (!key || NON_PERSON_SET.has(key.toLowerCase())) continue
    const role = readRoleBefore(tokens, i) ?? readRoleAfter(tokens, i)
    out.push({ first: i, last: i, name: key, surname: key, role, full: false })
  }
}

/** The known surname a word stands for: itself, or its genitive ("Musks", "Musk's", "Hassabis'"). */
function surnameKey(word: string, surnames: Set<string>): string | null {
  if (surnames.has(word)) return word
  const base = word.replace(/(?:['’]s|['’]|s)$/, '')
  return base !== word && surnames.has(base) ? base : null
}

/** One entry per person: lone surnames join the full name that shares them (the latest before, else the first). */
function mergeIntoPeople(mentions: readonly Mention[], laterRoles: ReadonlyMap<Mention, string>): Person[] {
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  const people: Candidate[] = []
  const bySurname = new Map<string, Candidate[]>()
  const lastSeen = new Map<Candidate, number>()
  const fullFirst = [...sorted.filter((m) => m.full), ...sorted.filter((m) => !m.full)]
  for (const m of fullFirst) {
    const list = bySurname.get(m.surname) ?? []
    let person = m.full ? list.find((p) => sameFullName(p.name, m.name)) : pickByPosition(list, lastSeen, m.first)
    if (!person) {
      person = { name: m.name, surname: m.surname, role: null, mentions: 0, firstAt: m.first, tokens: 0 }
      people.push(person)
      list.push(person)
      bySurname.set(m.surname, list)
    }
    person.mentions++
    if (m.first < person.firstAt) person.firstAt = m.first
    if (m.full && (lastSeen.get(person) ?? -1) < m.first) lastSeen.set(person, m.first)
    const length = m.name.split(' ').length
    if (length > person.tokens) { person.tokens = length; person.name = m.name }
  }
  assignRoles(sorted, bySurname, lastSeen)
  // A role met only as "Der Tesla-Chef …" after the name fills in where the text gives none next to it.
  const withLaterRoles = sorted.filter((m) => laterRoles.has(m)).map((m) => ({ ...m, role: laterRoles.get(m) ?? null }))
  assignRoles(withLaterRoles, bySurname, lastSeen)
  return people
    .sort((a, b) => b.mentions - a.mentions || a.firstAt - b.firstAt)
    .map((p) => ({ name: p.name, mentions: p.mentions, role: p.role }))
}

/** "Musk wirft OpenAI vor, … Der Tesla-Chef hatte …": a sentence that opens with a definite article and a
 * role noun refers to the person mentioned last, a few words before. */
function anaphoricRoles(tokens: readonly Token[], mentions: readonly Mention[]): Map<Mention, string> {
  const roles = new Map<Mention, string>()
  if (mentions.length === 0) return roles
  const byPosition = [...mentions].sort((a, b) => a.last - b.last)
  let m = 0
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if ((t.text !== 'Der' && t.text !== 'Die') || !SENTENCE_END.has(tokens[i - 1]!.text)) continue
    while (m + 1 < byPosition.length && byPosition[m + 1]!.last < i) m++
    const antecedent = byPosition[m]
    if (!antecedent || antecedent.last >= i || i - antecedent.last > ANAPHOR_WINDOW) continue
    const role = definiteRoleAt(tokens, i)
    if (role) roles.set(antecedent, role)
  }
  return roles
}

/** "Der (neue) Tesla-Chef hatte …" -> "neuer Tesla-Chef"; "Die Forscher" (a plural) and "Der Tesla-Chef Elon
 * Musk" (a name follows, read directly) give nothing. */
function definiteRoleAt(tokens: readonly Token[], i: number): string | null {
  let h = i + 1
  const adjectives: string[] = []
  while (adjectives.length < 2 && /^[a-zäöüß]+(?:e|en)$/.test(tokens[h]?.text ?? '') && !GERMAN_STOPWORDS.has(tokens[h]!.lower)) {
    adjectives.push(tokens[h]!.text)
    h++
  }
  const head = tokens[h]
  const after = tokens[h + 1]
  if (!head || !isCapitalisedNoun(head.text) || !germanRoleHead(head.lower)) return null
  if (after?.word && isNameShaped(after.text)) return null
  const article = tokens[i]!.lower
  if (article === 'die' && !/in$/.test(head.lower)) return null
  return normalizeGermanRole(adjectives, head.text, article, [])
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '“', '"', '«'])
/** Tokens between a name and "Der Tesla-Chef …" for the role to refer back to it. */
const ANAPHOR_WINDOW = 40

/** The first role the text gives a person, in reading order. */
function assignRoles(sorted: readonly Mention[], bySurname: Map<string, Candidate[]>, lastSeen: Map<Candidate, number>): void {
  for (const m of sorted) {
    if (!m.role) continue
    const list = bySurname.get(m.surname) ?? []
    const person = m.full ? list.find((p) => sameFullName(p.name, m.name)) : pickByPosition(list, lastSeen, m.first)
    if (person && !person.role) person.role = m.role
  }
}

function pickByPosition(list: readonly Candidate[], lastSeen: Map<Candidate, number>, at: number): Candidate | undefined {
  if (list.length <= 1) return list[0]
  let best: Candidate | undefined
  for (const p of list) {
    const seen = lastSeen.get(p) ?? -1
    if (seen < at && (!best || seen > (lastSeen.get(best) ?? -1))) best = p
  }
  return best ?? list[0]
}

/** "Elon Musk" and "Elon R. Musk" are one person; so are a short and a long form of the same name. */
function sameFullName(a: string, b: string): boolean {
  const first = (s: string) => s.split(' ')[0]
  return first(a) === first(b) || a.endsWith(b) || b.endsWith(a)
}

// ---- word tests ----

function isGivenName(word: string): boolean {
  if (!startsUpper(word)) return false
  return givenCache.get(word) ?? remember(givenCache, word, givenTest(word))
}

function givenTest(word: string): boolean {
  const lower = word.toLowerCase()
  if (GIVEN_NAME_SET.has(lower)) return true
  return lower.includes('-') && lower.split('-').every((part) => GIVEN_NAME_SET.has(part))
}

/** Capitalised like a name: "Selenskyj", "LeCun", "O'Brien", "Leutheusser-Schnarrenberger"; not "USA", "OpenAI". */
export function isNameShaped(word: string): boolean {
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
const NAME_PART = /^(?:(?:Mc|Mac|Le|La|De|Di|Da|Du|Van|O['’]|D['’])?\p{Lu}[\p{Ll}\p{M}]+(?:['’]s?)?)$/u

/** Could this token be a surname? `afterGiven` relaxes the stopword test ("Thomas Mann"). */
function isSurnameWord(t: Token, afterGiven: boolean): boolean {
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
  if (CALENDAR_WORDS.has(lower) || ENGLISH_FUNCTION_WORDS.has(lower)) return false
  if (isRoleToken(lower) || germanRoleHead(lower)) return false
  const stop = GERMAN_STOPWORDS.has(lower) || ENGLISH_STOPWORDS.has(lower)
  if (stop && (!afterGiven || lower.length < 4)) return false
  return true
}

/** "Musks" is a genitive when "Musk" also stands alone in the text ("Jobs" alone is not). */
function genitiveBase(word: string, bare: Map<string, number>): string {
  if (!word.endsWith('s')) return word
  const base = word.slice(0, -1)
  return (bare.get(base) ?? 0) > 0 ? base : word
}

/** Strip an English possessive ("Musk's" -> "Musk"). German genitives are resolved by linking. */
function baseForm(word: string): string {
  return word.replace(/['’]s?$/, '')
}

function titleOrRoleBefore(tokens: readonly Token[], i: number, english: boolean): boolean {
  const prev = tokens[i - 1]
  if (prev?.text === '.') return TITLES.has(tokens[i - 2]?.lower ?? '') // "Dr. Berger", not "App Manager. Learn"
  if (!prev || !prev.word) return false
  if (TITLES.has(prev.lower)) return true
  if (germanRoleHead(prev.lower) !== null && isCapitalisedNoun(prev.text) && !english) return true
  // English: "the Executive Committee", "the General Assembly" are names of bodies, not a title and a name.
  return (isRoleToken(prev.lower) || germanRoleHead(prev.lower) !== null) && !(english && ARTICLES.has(tokens[i - 2]?.lower ?? ''))
}

/** "sagte Scholz", "so Altman.", "…," said Musk", "according to Musk". */
function speechVerbBefore(tokens: readonly Token[], i: number): boolean {
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
function speakerBeforeVerb(tokens: readonly Token[], i: number): boolean {
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
function pronounFollows(tokens: readonly Token[], i: number): boolean {
  const end = Math.min(tokens.length, i + PRONOUN_WINDOW)
  for (let k = i + 1; k < end; k++) {
    const lower = (tokens[k] as Token).lower
    if (PERSONAL_PRONOUNS.has(lower)) return true
    if (NON_PERSON_PRONOUNS.has(lower)) return false
  }
  return true
}

/** "X, der Leiter des …", "X, the chief executive of …": a role noun heads the apposition. */
function appositionAfter(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.text === ',' && readRoleAfter(tokens, last) !== null
}
