// English-only finders of the person finder. English capitalises names and little else, so two capitalised
// words in a row are a name more often than in German; these finders read such pairs with evidence German
// text cannot give (or that would mislead there).
import type { Token } from './text/name-tokens'
import { CALENDAR_WORDS, ENGLISH_DEMONYM_SET, ORG_FOLLOWERS, PLACE_SET, TITLES } from './text/names-data'
import { baseForm, isEnglishWordGivenName, isGivenName, isNameShaped, isSurnameWord } from './text/name-words'
import { isSecondNameWord, type TextFacts } from './text/name-facts'
import { afterPlacePrefix, inPlacePhrase, isSentenceStart, skipInitials } from './people-links'
import type { Mention } from './people-merge'
import { isPlaceName } from './people-places'
import { isBareNameWord, isTeamInTable, lineTokens, sportsNameAt, type MakeMention } from './people-sports'
import { ARTICLES, KINSHIP, pronounFollows, titleOrRoleBefore } from './text/name-evidence'
import { isRoleToken } from './text/roles'
import { isLoneNameWord } from './text/name-facts'
import { PERSONAL_PRONOUNS, SPEECH_VERBS } from './text/names-data'
import { ENGLISH_STOPWORDS } from './text/tokens'
import { isGivenNameAWord, isSharedSurname, knownPersonBySurname } from './text/known-names'
import { brandSurnameSpeakerAt } from './people-english-lone'
import { vietnameseNameAt } from './people-vietnamese'


/** A name of English text that the general rules miss, starting at `i`. */
export function englishNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  if (!facts.english) return null
  return nicknamedNameAt(tokens, i, make) ?? vietnameseNameAt(tokens, i, make) ?? wordGivenNameAt(tokens, i, facts, make)
    ?? eastAsianNameAt(tokens, i, facts, make) ?? brandSurnameSpeakerAt(tokens, i, facts, make) ?? sportsNameAt(tokens, i, facts, make)
}

/** Plural endings of words for groups of people ("Traders", "Analysts", "Officials", "Economists") that
 * open a sentence before "said" as a lone surname would; a well-known surname so shaped ("Sanders") or a
 * given name with an "s" ("Rogers", "Peters") is a surname. */
const PEOPLE_PLURAL = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ials|ives|ees|ies)$/u

export function isPluralOfPeople(word: string): boolean {
  return PEOPLE_PLURAL.test(word) && !knownPersonBySurname(word) && !isSharedSurname(word) && !isGivenName(word.slice(0, -1))
}

/** 'Roberto "Hands of Stone" Duran', 'Earvin "Magic" Johnson': a given name, a nickname of up to four words
 * in quotes, a surname. The nickname is part of the name as written. */
function nicknamedNameAt(tokens: readonly Token[], i: number, make: MakeMention): Mention | null {
  const given = tokens[i]
  if (!given || !(isGivenName(given.text) || isEnglishWordGivenName(given.text)) || !QUOTES.test(tokens[i + 1]?.text ?? '')) return null
  let close = i + 2
  while (close < i + 7 && tokens[close]?.word && (isNameShaped(tokens[close]!.text) || /^(?:of|the)$/.test(tokens[close]!.text))) close++
  if (close === i + 2 || !QUOTES.test(tokens[close]?.text ?? '')) return null
  const surname = tokens[close + 1]
  return surname && isSurnameWord(surname, true) && !isNameShaped(tokens[close + 2]?.text ?? '') ? make(i, close + 1) : null
}

/** "Kim In-so", "Li Song-ho", "Kang Young-hoon", "Mao Tse-tung": a short family name, then a given name of
 * two romanised syllables joined by a hyphen. English text writes Korean and Chinese names so. */
function eastAsianNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const family = tokens[i]
  const given = tokens[i + 1]
  // Not isSecondNameWord: family names may be words of places and things ("Park", "Long").
  if (!family || !given || !/^\p{Lu}\p{Ll}{1,4}$/u.test(family.text) || ENGLISH_STOPWORDS.has(family.lower) || PLACE_SET.has(family.lower)) return null
  const syllables = given.text.toLowerCase().split('-')
  if (!/^\p{Lu}/u.test(given.text) || syllables.length !== 2 || !syllables.every((s) => ROMANISED_SYLLABLE.test(s))) return null
  if (facts.lowered.has(given.lower) || facts.lowered.has(family.lower) || facts.afterArticle.has(family.text)) return null
  return make(i, i + 1)
}

/** One syllable of Korean or Chinese romanisation: "in", "song", "young", "hoon", "tse", "yeh". */
const ROMANISED_SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3})(?:[aeiouy]{1,3})(?:ng|n|m|k|p|t|l|h)?$/

/** "Billy Andrade", "Randy Velarde", "Shawn Estes": a given name that is also a word or a surname, before a
 * surname: a name when both words are never written in lower case or after an article in the text and no
 * third capitalised word follows ("Golden State Warriors"). */
function wordGivenNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const start = tokens[i]
  if (!start || !isEnglishWordGivenName(start.text) || !isSecondNameWord(start, facts)) return null
  const prev = tokens[i - 1]
  if (facts.afterArticle.has(start.text) || ARTICLES.has(prev?.lower ?? '') || afterPlacePrefix(tokens, i) || inPlacePhrase(tokens, i)) return null
  // "the Loxene Golden Disc awards": a capitalised word before makes it the name of a thing.
  if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1)) return null
  const surnameAt = skipInitials(tokens, i + 1)
  const surname = tokens[surnameAt]
  if (!surname || !isSecondNameWord(surname, facts) || inPlacePhrase(tokens, surnameAt) || BUILDING.test(surname.lower)) return null
  // "Billie Jean King": a given name after it is a middle name when a surname follows.
  const middle = isGivenName(surname.text) && (isRoleSurname(tokens, surnameAt + 1) || isSecondNameWord(tokens[surnameAt + 1] ?? surname, facts))
  const last = middle && surnameAt + 1 < tokens.length ? surnameAt + 1 : surnameAt
  const after = tokens[last + 1]
  if ((after?.word && isNameShaped(after.text)) || ORG_FOLLOWERS.has(after?.lower ?? '') || isShortHeading(tokens, i)) return null
  return make(i, last)
}

/** A line of a few capitalised words and nothing else ("Mac Apps"): a heading or a menu entry. */
function isShortHeading(tokens: readonly Token[], i: number): boolean {
  const words = lineTokens(tokens, i).filter((t) => t.word)
  return words.length < 4 && !words.some((t) => t.text === t.lower && /^\p{Ll}/u.test(t.text))
}

/** English text: two name words, or one, with evidence of a person around them that the general rules
 * do not read: a role or kinship noun or an age before ("captain Will Carling", "his mother Nurbika
 * Mamatuyeva", "20-year-old Tiger Woods"), an age after ("Jeerasak Densakul, 24,"), a verb of saying after
 * (with no "it" following, which would make it a company), "who" after with "he", "his", "she" or "her"
 * next (British English writes "who" of teams too: "Steaua Bucharest, who finished bottom"), a
 * role before a comma ("The speaker of the parliament, Semyon Sharetsky,"). */
export function evidencedEnglishNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  if (!facts.english || !isPairWord(tokens, i, facts)) return null
  const prev = tokens[i - 1]
  // "little-known Mexican Ariel Cruz, 30,": a word for a people before a name is no part of it.
  if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1) && !titleOrRoleBefore(tokens, i, true) && !ENGLISH_DEMONYM_SET.has(prev.lower)) return null
  // "The Ministry's Umar": a possessive ends a name, so no name word follows it.
  const pair = isPairWord(tokens, i + 1, facts) && !/['’]s?$/.test(tokens[i]!.text) && !endsKnownName(tokens, i)
  const last = pair ? i + 1 : i
  const after = tokens[last + 1]
  if (after?.word && isNameShaped(after.text)) return null
  if (ageAfter(tokens, last)) return pair || isLoneNameWord(tokens[i]!, facts) ? make(i, last) : null
  if (!pair) return null
  const before = prev?.word && (titleOrRoleBefore(tokens, i, true) || KINSHIP.has(prev.lower) || /^\d+-year-old$/.test(prev.lower) || PERSON_CUES.has(prev.lower))
  const speaks = after?.word && SPEECH_VERBS.has(after.lower) && pronounFollows(tokens, last)
  // "Tiger Woods, who made the cut in his first …"; not "Steaua Bucharest, who finished bottom of their group".
  const who = after?.text === ',' && /^(?:who|whose)$/.test(tokens[last + 2]?.lower ?? '') && personalPronounNext(tokens, last + 2)
  return before || speaks || who || roleBeforeComma(tokens, i, last) ? make(i, last) : null
}

/** "Suu Kyi": the end of a longer well-known name, which the linking of well-known people reads whole. */
function endsKnownName(tokens: readonly Token[], i: number): boolean {
  const pair = `${tokens[i]!.text} ${tokens[i + 1]!.text}`
  const known = knownPersonBySurname(tokens[i + 1]!.text)?.name
  return known !== undefined && known !== pair && known.endsWith(` ${pair}`)
}

/** The next pronoun within the sentence's reach is "he", "his", "she" or "her". */
function personalPronounNext(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + 30); k++) {
    const lower = tokens[k]!.lower
    if (PERSONAL_PRONOUNS.has(lower)) return true
    if (/^(?:it|its|they|their|them)$/.test(lower)) return false
  }
  return false
}

/** "The speaker of the Belarus parliament, Semyon Sharetsky, told …", "said a 30-year-old woman, Mubatik
 * Dagayeva.": a noun phrase headed by a role or a word for a person, a comma, the name, then a comma or the
 * sentence's end. */
function roleBeforeComma(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.text !== ',' || !/^[,.]$/.test(tokens[last + 1]?.text ?? '')) return false
  for (let k = first - 2; k >= Math.max(0, first - 9); k--) {
    const t = tokens[k]!
    if (!t.word) return false
    if (isRoleToken(t.lower) || KINSHIP.has(t.lower) || PERSON_NOUNS.has(t.lower)) return true
  }
  return false
}

const PERSON_NOUNS = new Set(['woman', 'man', 'girl', 'boy', 'resident', 'witness', 'farmer', 'student', 'worker', 'victim', 'owner'])

/** "Trinity Church", "Grace Chapel": a building named with a given name. */
const BUILDING = /^(?:church|chapel|temple|mosque|synagogue|abbey|hall|house)$/

const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/

/** Words before a name that only a person follows: "team mate Les Ferdinand", "quoted Majorie Orr". */
const PERSON_CUES = new Set(['mate', 'teammate', 'champ', 'compatriot', 'countryman', 'countrywoman', 'quoted', 'veteran', 'rookie'])

/** A capitalised word that may be part of a name: never in lower case or after an article in the text,
 * no place. */
function isPairWord(tokens: readonly Token[], i: number, facts: TextFacts): boolean {
  const t = tokens[i]
  if (!t || !isSecondNameWord(t, facts) || facts.afterArticle.has(t.text) || PLACE_SET.has(t.lower)) return false
  return !inPlacePhrase(tokens, i) && !afterPlacePrefix(tokens, i)
}

/** ", 24," or ", 24." after a name: the age news give a person. */
function ageAfter(tokens: readonly Token[], last: number): boolean {
  if (MONTH.test(tokens[last]!.text)) return false // "Tuesday, Nov, 29, 2016"
  return tokens[last + 1]?.text === ',' && /^\d{1,2}$/.test(tokens[last + 2]?.text ?? '') && /^[,.]$/.test(tokens[last + 3]?.text ?? '')
}

/** English text: a name the text never gives more than one word that somewhere stands next to a word of
 * companies or media ("Pirelli SpA", "Ericsson spokesman", "news agency Tanjug", "cables giant Pirelli") is
 * an organisation, and so is every mention of it ("Pirelli said …"); a name quoted whole is a work's title;
 * the author's bio line is no mention. */
export function withoutOrganisations(tokens: readonly Token[], all: Mention[]): Mention[] {
  const mentions = all.filter((m) => !isQuotedWhole(tokens, m) && !isInTitle(tokens, m) && !isAuthorBio(tokens, m) && !isFirmName(tokens, m) && !isTeamInTable(tokens, m))
  const longer = new Set(mentions.filter((m) => m.name.includes(' ')).map((m) => m.surname))
  const lone = new Set(mentions.filter((m) => m.first === m.last && !longer.has(m.surname)).map((m) => m.surname))
  // Also a well-known person's surname the text writes alone: "Blackburn" is a club before "skipper".
  const written = new Set(mentions.filter((m) => m.last > m.first).map((m) => m.surname))
  const single = new Set(mentions.filter((m) => m.first === m.last && !written.has(m.surname)).map((m) => m.surname))
  if (single.size === 0) return mentions
  const organisations = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.text.replace(/['’]s?$/, '')
    if (lone.has(word) && (ORG_AFTER.has(tokens[i + 1]?.lower ?? '') || ORG_BEFORE.has(tokens[i - 1]?.lower ?? '') || businessOf(tokens, i))) organisations.add(word)
    // "the former Hartley and Bromwich skipper": a club's name before a word for a member of its team.
    const teamAt = tokens[i + 1]?.lower === 'and' && isNameShaped(tokens[i + 2]?.text ?? '') ? i + 3 : i + 1
    if (single.has(word) && TEAM_ROLES.has(tokens[teamAt]?.text ?? '')) organisations.add(word)
  }
  for (const word of countriesAfterNames(tokens, lone)) organisations.add(word)
  return organisations.size ? mentions.filter((m) => !organisations.has(m.surname)) : mentions
}

/** "Ato Mensah (Trinidad) 20.37": a word the text only ever writes in brackets after a name is the country or
 * club of the name before; not a person's other name, which recurs outside ("Abu Ammar (Arafat)" … "Arafat
 * said") or is a well-known surname ("Saddam (Hussein)"). */
function countriesAfterNames(tokens: readonly Token[], lone: ReadonlySet<string>): Set<string> {
  const inBrackets = new Set<string>()
  const outside = new Set<string>()
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!
    if (!lone.has(t.text)) continue
    const bracketed = tokens[i - 1]!.text === '(' && tokens[i + 1]!.text === ')' && isNameShaped(tokens[i - 2]?.text ?? '')
    ;(bracketed ? inBrackets : outside).add(t.text)
  }
  return new Set([...inBrackets].filter((w) => !outside.has(w) && !knownPersonBySurname(w) && !isSharedSurname(w)))
}

/** "Ardent's shares", "Ardent's first-half output": a possessive before a word of a business's figures. */
function businessOf(tokens: readonly Token[], i: number): boolean {
  if (!/['’]s?$/.test(tokens[i]!.text)) return false
  for (let k = i + 1; k <= i + 3 && tokens[k]?.word; k++) if (BUSINESS_FIGURES.has(tokens[k]!.lower)) return true
  return false
}

const BUSINESS_FIGURES = new Set(`shares stock output profit profits sales revenue revenues earnings turnover shareholders
  subsidiary subsidiaries plant plants factory factories exports`.split(/\s+/))

/** "Harlow & Sons", "Brandt & Co": a name before an ampersand and a word of partners is a firm's (not
 * "Marlon Wayans & Regina Hall"). */
function isFirmName(tokens: readonly Token[], m: Mention): boolean {
  return tokens[m.last + 1]?.text === '&' && FIRM_PARTNERS.test(tokens[m.last + 2]?.text ?? '')
}

const FIRM_PARTNERS = /^(?:Co|Cie|Company|Sons|Son|Partners|Associates|Brothers|Bros)$/

/** '" Lawrence of Arabia "', '"Anne of the Thousand Days"': a name inside a short quotation in Title Case
 * is part of a work's title (a quoted sentence has words in lower case). */
function isInTitle(tokens: readonly Token[], m: Mention): boolean {
  let open = m.first - 1
  while (open >= m.first - 6 && tokens[open] && !QUOTES.test(tokens[open]!.text)) open--
  let close = m.last + 1
  while (close <= m.last + 6 && tokens[close] && !QUOTES.test(tokens[close]!.text)) close++
  if (!QUOTES.test(tokens[open]?.text ?? '') || !QUOTES.test(tokens[close]?.text ?? '') || close - open < 4) return false
  const inside = tokens.slice(open + 1, close)
  return inside.every((t) => t.word && (/^\p{Lu}/u.test(t.text) || TITLE_SMALL_WORDS.has(t.text))) && quotesBefore(tokens, open) % 2 === 0
}

const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'with', 'at', 'from'])

/** How many quotation marks the paragraph has before token `i` (even: a mark at `i` opens a quotation). */
function quotesBefore(tokens: readonly Token[], i: number): number {
  let count = 0
  for (let k = i - 1; k >= 0 && tokens[k]!.text !== '\n'; k--) if (QUOTES.test(tokens[k]!.text)) count++
  return count
}

/** "best known for \"Viva Zapata\"", "a film than over \"Michael Collins\"": a name that is the whole of a
 * quotation is the title of a work. */
function isQuotedWhole(tokens: readonly Token[], m: Mention): boolean {
  return QUOTES.test(tokens[m.first - 1]?.text ?? '') && QUOTES.test(tokens[m.last + 1]?.text ?? '')
}

const QUOTES = /^["“”„«»]$/

/** "Corey Doe is a Metro reporter covering …": the author's bio line names no person of the article. */
function isAuthorBio(tokens: readonly Token[], m: Mention): boolean {
  const before = tokens[m.first - 1]
  if (before && before.text !== '\n') return false
  if (!/^(?:is|was)$/.test(tokens[m.last + 1]?.lower ?? '')) return false
  for (let k = m.last + 2; k < m.last + 8 && tokens[k]?.word; k++) if (AUTHOR_ROLE.test(tokens[k]!.lower)) return true
  return false
}

const AUTHOR_ROLE = /^(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|author)s?$/

/** After a company's or agency's name: legal forms, its shares, its spokesperson. */
const ORG_AFTER = new Set(`spa ab plc nv sa bv ag ltd inc corp co shares share stock spokesman spokeswoman
  spokesperson cables division unit subsidiary agency newspaper daily news`.split(/\s+/))
/** After a club's name, in lower case: "the Leeds skipper", "a Chelsea striker". */
const TEAM_ROLES = new Set(`skipper striker midfielder defender goalkeeper keeper winger forward coach manager
  captain`.split(/\s+/))
/** Before it: what kind of organisation it is ("news agency Tanjug", "telecoms group Ericsson"). */
const ORG_BEFORE = new Set(`agency group company firm giant maker carrier airline insurer retailer
  conglomerate newspaper daily magazine broadcaster network chain manufacturer producer`.split(/\s+/))

/** English headlines in capitals ("SOCCER - SHEARER NAMED AS CAPTAIN", "KEVIN BROWN LOWERS ERA"): a word
 * or pair that is, in capitals, a name the text gives elsewhere is that person. */
export function linkCapitalised(tokens: readonly Token[], covered: Set<number>, out: Mention[]): void {
  const byCapitals = new Map<string, Mention>()
  for (const m of out) {
    byCapitals.set(m.surname.toUpperCase(), m)
    if (m.full && m.name.split(' ').length === 2) byCapitals.set(m.name.toUpperCase(), m)
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (covered.has(i) || !isCapitalsWord(t)) continue
    const next = tokens[i + 1]
    const pair = next && isCapitalsWord(next) && !covered.has(i + 1) ? byCapitals.get(`${t.text} ${next.text}`) : undefined
    const known = pair ?? byCapitals.get(t.text)
    if (!known) continue
    const last = pair ? i + 1 : i
    out.push({ first: i, last, name: known.surname, surname: known.surname, role: null, full: false })
    i = last
  }
}

const isCapitalsWord = (t: Token) => t.word && t.text.length >= 3 && /^\p{Lu}[\p{Lu}'’-]+$/u.test(t.text)

/** "Trevor Holland", "MaliVai Washington": in English a place's name after a given name that is no word
 * is a surname, unless another capitalised word follows ("Christian Europe", "Jordan Israel Syria"). */
export function isPlaceSurname(tokens: readonly Token[], i: number, given: Token, facts: TextFacts): boolean {
  const t = tokens[i]
  if (!t?.word || !isNameShaped(t.text) || !PLACE_SET.has(t.lower) || ORG_FOLLOWERS.has(t.lower) || isGivenNameAWord(given.lower, true)) return false
  const next = tokens[i + 1]
  return !(next?.word && isNameShaped(next.text)) && !facts.lowered.has(t.lower) && !facts.afterArticle.has(t.text)
}

/** Words of rank that are also common English surnames (not "Prime", "Chief", "General"). */
const ROLE_SURNAMES = new Set(`king bishop judge knight major dean marshal marshall chancellor sheriff pope abbott
  baron earl duke prince mayor chamberlain steward sergeant`.split(/\s+/))

/** "Billie Jean King said", "Stephen Bishop, 34,": in English a capitalised word of a role or rank after a
 * given name is the surname when no name follows it (then it would be a title: "Prince Charles"). */
export function isRoleSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t?.word || !isNameShaped(t.text) || !ROLE_SURNAMES.has(baseForm(t.lower))) return false
  const next = tokens[i + 1]
  return !(next?.word && isNameShaped(next.text)) && !ORG_FOLLOWERS.has(next?.lower ?? '')
}

/** "Ogun Temizkanoglu" after "3 - Ogun Temizkanoglu" in a line-up: a surname linked later, with a capitalised
 * word before it inside a sentence that is never lower case or after an article and no place, is read with
 * that given name. */
export function withGivenNamesBefore(tokens: readonly Token[], facts: TextFacts, mentions: Mention[]): Mention[] {
  const starts = new Set(mentions.map((m) => m.first))
  const ends = new Set(mentions.map((m) => m.last))
  return mentions.map((m) => {
    if (m.full || m.first !== m.last) return m
    // "allowed Van der Westhuizen to score": capitalised particles before the surname belong to it.
    const particles = capitalisedParticlesBefore(tokens, m.first)
    if (particles < m.first && !ends.has(m.first - 1)) return { ...m, first: particles }
    const at = m.first - 1
    const given = tokens[at]
    if (!given || starts.has(at) || ends.has(at) || isSentenceStart(tokens, at)) return m
    // "Mr Obama", "Sir Elton": British English writes titles without a full stop.
    if (!isBareNameWord(given, facts) || TITLES.has(given.lower) || ENGLISH_DEMONYM_SET.has(given.lower) || CALENDAR_WORDS.has(given.lower) || isRoleToken(given.lower)
      || isPlaceName(given.lower)) return m
    const before = tokens[at - 1]
    if (before?.word && isNameShaped(before.text)) return m
    // "worried Tasos Georgelis, deputy commissioner" … "Mr. Georgelis said": the person's name is the full one.
    return { ...m, first: at, name: `${given.text} ${m.surname}`, full: true }
  })
}

/** Where "Van der", "De la", "Van" before the word at `i` start (`i` itself when none). */
function capitalisedParticlesBefore(tokens: readonly Token[], i: number): number {
  const second = tokens[i - 1]?.text ?? ''
  if (/^(?:der|den|la|le)$/.test(second) && /^(?:Van|De|Von)$/.test(tokens[i - 2]?.text ?? '')) return i - 2
  return /^(?:Van|De|Von|Di|Da|Du|Del|Della|Dos)$/.test(second) ? i - 1 : i
}
