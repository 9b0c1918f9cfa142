// Person finder for German and English news text: hand rules, and on German text a small trained tagger
// (text/person-tagger.ts) whose proposals pass the same filters.
//
// In German every noun is capitalised, so a capitalised word is weak evidence. A name is accepted only
// with evidence: a known given name ("Wolodymyr Selenskyj"), initials ("J. K. Rowling"), a role, title or
// nationality right before it ("OpenAI-Chef Sam Altman", "Kanzler Scholz", "Der Schweizer Reto Brunner"),
// an apposition after it ("Jermak, der Leiter des …"), a verb of saying next to it ("sagte Scholz"), or
// being the surname of a well-known person ("Zuckerberg" -> Mark Zuckerberg). A name found without a
// given name must also pass the whole text: never written in lower case, never after an article.
// Later mentions by surname, genitive ("Musks") or title plus surname are linked to the same person,
// and the first role the text gives (next to the name, else in a following "Der Tesla-Chef …") is kept.
//
// Passes: tokenize -> facts about the whole text -> full names and evidenced surnames -> linking of
// lone surnames -> one entry per person with mentions and role. Linear in the text's length.
import type { Person } from './types'
import { germanRoleHead, isRoleToken, readRoleAfter, readRoleBefore, readRoleBeforeComma } from './text/roles'
import { tokenize, type Token } from './text/name-tokens'
import { BRAND_SURNAMES, NAME_PARTICLES, NON_PERSON_SET, ORG_FOLLOWERS, PLACE_SET } from './text/names-data'
import { baseForm, genitiveBase, hasArabicArticle, isGivenName, isNameShaped, isSurnameWord } from './text/name-words'
import { englishNameAt, evidencedEnglishNameAt, isPluralOfPeople, isPlaceSurname, isRoleSurname, withGivenNamesBefore, linkCapitalised, withoutOrganisations } from './people-english'
import { collectFacts, FULL_NAME_NOUN_ENDING, isLoneNameWord, isSecondNameWord, type TextFacts } from './text/name-facts'
import { afterPlacePrefix, afterQuantity, inPlacePhrase, INITIALS, isSentenceStart, linkGivenNames, NOT_INITIALS, skipInitials, linkKnownPeople, linkListedNames, linkSurnameMentions, titleBefore } from './people-links'
import {
  appositionAfter,
  ARTICLES,
  kinshipAfter,
  nationalityBefore,
  pronounFollows,
  speakerBeforeVerb,
  speechVerbBefore,
  titleOrRoleBefore,
} from './text/name-evidence'
import { withoutLonePlaces } from './people-places'
import { withFirstWordsLinked, withoutPluralSubjects } from './people-english-lone'
import { withoutNamedThings } from './people-english-things'
import { withNamePartsBefore } from './people-name-parts'
import { anaphoricRoles, mergeIntoPeople, type Mention } from './people-merge'
import { linkRecurringNames } from './people-recurring'
import { withLateGermanNames } from './people-de-late'
import { isGivenNameAWord, isSharedSurname, knownPersonBySurname } from './text/known-names'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS, primaryLanguage } from './text/tokens'
import { tagPersonNames } from './text/person-tagger'
import { characterCueBefore, isFictionalName } from './text/fictional'
import { withoutProducts } from './text/products'
import { withoutFirms } from './text/firms'
import { withoutCredits } from './text/credits'
import { appositiveNameAt, asFullNameStart, honorificSurnameAt, isRoleSurnameAt, withoutGermanNonNames, particleSurnameAt, genitiveOwnerAt, partyAfter, TIME_NOUNS, widenTaggedName, withForeignParticles } from './people-de'

export interface PeopleOptions {
  lang: string | null
}

/** Where a person is named: paragraph index and character range of the name as written (without an
 * English possessive), and the person it stands for. */
export interface PersonMention {
  paragraph: number
  start: number
  end: number
  person: string
}



/** Persons mentioned in the article text, most mentioned first. */
export function findPeople(paragraphs: readonly string[], options: PeopleOptions): Person[] {
  const { mentions, tokens, english } = mentionsIn(paragraphs, options)
  const cued = new Set(mentions.filter((m) => characterCueBefore(tokens, m.first)).map((m) => m.surname))
  return mergeIntoPeople(mentions, anaphoricRoles(tokens, mentions), english)
    .filter((p) => !isFictionalName(p.name) && !cued.has(p.name.slice(p.name.lastIndexOf(' ') + 1)))
}

/** Every place a person is named, in reading order (for evaluation against mention-level gold data). */
export function findPersonMentions(paragraphs: readonly string[], options: PeopleOptions): PersonMention[] {
  const { mentions, tokens } = mentionsIn(paragraphs, options)
  const people = new Map(mergeIntoPeople(mentions, new Map(), false).map((p) => [p.name, p]))
  return mentions
    .sort((a, b) => a.first - b.first)
    .map((m) => {
      const first = tokens[m.first] as Token
      const last = tokens[m.last] as Token
      const end = last.start + baseForm(last.text).length
      const person = people.has(m.name) ? m.name : [...people.keys()].find((n) => n.endsWith(m.surname)) ?? m.name
      return { paragraph: first.paragraph, start: first.start, end, person }
    })
}

function mentionsIn(paragraphs: readonly string[], options: PeopleOptions): { mentions: Mention[]; tokens: Token[]; english: boolean } {
  const rules = ruleMentions(paragraphs, options)
  const found = withoutFirms(withoutProducts(withoutGermanNonNames(withForeignParticles(withLateGermanNames(taggedMentions(rules, options), rules.facts)))))
  return { ...found, mentions: withoutLonePlaces(found.tokens, found.mentions, primaryLanguage(options.lang) === 'en') }
}

/** On German text, the tagger's names join the rules' ones. */
function taggedMentions(found: ReturnType<typeof ruleMentions>, options: PeopleOptions): { mentions: Mention[]; tokens: Token[]; english: boolean } {
  // The tagger learnt from German text only: on English text it lowered the dev figures (CoNLL-2003 dev
  // F1 0.830 -> 0.822), on German text it raised them (GermEval dev, half held out: 0.692 -> 0.700).
  // Text of another or an unknown language keeps the rules alone.
  if (primaryLanguage(options.lang) !== 'de') return found
  const { tokens, facts, mentions } = found
  const added: Mention[] = []
  const all = [...mentions]
  for (const [taggedFirst, taggedLast] of tagPersonNames(tokens, mentions, false)) {
    const [first, last] = all.some((m) => m.first <= taggedLast && taggedFirst <= m.last) ? [taggedFirst, taggedLast] : widenTaggedName(tokens, taggedFirst, taggedLast, facts)
    const overlap = all.findIndex((m) => m.first <= last && first <= m.last)
    if (overlap >= 0) {
      // "Richterin Yvonne Gonzalez Rogers": the tagger reads a third name word the rules left out.
      const m = all[overlap]!
      if (m.first === first && m.first < m.last && m.last < last && m.full && isNameTail(tokens, m.last + 1, last, facts)) all[overlap] = mention(tokens, first, last, true, facts)
      continue
    }
    if (!isTaggedName(tokens, first, last, facts)) continue
    added.push(asFullNameStart(tokens, mention(tokens, first, last, last > first, facts), all))
  }
  all.push(...added)
  if (added.length === 0) return { mentions: all, tokens, english: false }
  // Later lone mentions of a surname only the tagger found: "Åke Walleborn" … "Walleborn".
  const covered = coveredBy(all)
  linkSurnameMentions(tokens, covered, new Set(added.map((m) => m.surname)), all)
  // "Kessler und Brandauer", "Haydn, Brahms und Dvořák": names listed with one the tagger found.
  linkListedNames(tokens, covered, facts, all, (first, last) => mention(tokens, first, last, last > first, facts))
  return { mentions: all, tokens, english: false }
}

/** The tokens the mentions take. */
function coveredBy(mentions: readonly Mention[]): Set<number> {
  const covered = new Set<number>()
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i)
  return covered
}

/** Name words after a name, each written like a surname throughout the text. */
function isNameTail(tokens: readonly Token[], from: number, to: number, facts: TextFacts): boolean {
  for (let i = from; i <= to; i++) if (!isSecondNameWord(tokens[i] as Token, facts)) return false
  return !ORG_FOLLOWERS.has(tokens[to + 1]?.lower ?? '')
}

/** A span the tagger proposes passes the rules' filters: it ends in a name-shaped word, is no known
 * thing alone, stands in no headline, and neither holds nor precedes a company or product word. */
function isTaggedName(tokens: readonly Token[], first: number, last: number, facts: TextFacts): boolean {
  const end = tokens[last] as Token
  if (!end.word || !isNameShaped(baseForm(end.text)) || facts.titleCase.has(end.source)) return false
  if (!tokens[first]?.word || inAbbreviation(tokens, first)) return false
  if (first === last && (NON_PERSON_SET.has(end.lower) || afterQuantity(tokens, first))) return false
  for (let i = first; i <= last; i++) if (inPlacePhrase(tokens, i)) return false
  // "Claude Sonnet", "Gemini Flash": a word that names products or bodies after a name ends no person's name.
  for (let i = first; i <= last + 1; i++) if (ORG_FOLLOWERS.has(tokens[i]?.lower ?? '')) return false
  return true
}

/** The mentions the hand rules find, over the finder's tokens (the person tagger learns from them). */
export function ruleMentions(paragraphs: readonly string[], options: PeopleOptions): { mentions: Mention[]; tokens: Token[]; english: boolean; facts: TextFacts } {
  const english = primaryLanguage(options.lang) === 'en'
  const tokens = tokenize(paragraphs.map(withoutCredits))
  const facts = collectFacts(tokens, english)
  const mentions = findNamedMentions(tokens, facts)
  const covered = coveredBy(mentions)
  const surnames = new Set(mentions.map((m) => m.surname))
  linkSurnameMentions(tokens, covered, surnames, mentions)
  if (english) linkCapitalised(tokens, covered, mentions)
  // German word order only: in French "Il accueillait …" stands where a German name would.
  if (primaryLanguage(options.lang) === 'de') linkRecurringNames(tokens, coveredBy(mentions), facts, mentions)
  linkKnownPeople(tokens, covered, facts, mentions)
  linkGivenNames(tokens, covered, facts, mentions)
  linkListedNames(tokens, covered, facts, mentions, (first, last) => mention(tokens, first, last, last > first, facts))
  // The surnames the later passes found, in their other forms: "Pellegrini hatte …" … "das Dementi Pellegrinis".
  const later = new Set(mentions.map((m) => m.surname).filter((s) => !surnames.has(s)))
  if (!english && later.size > 0) linkSurnameMentions(tokens, coveredBy(mentions), later, mentions)
  // English: names inside things' names dropped, lone words read by the full names and the grammar around them.
  const read = english ? withFirstWordsLinked(tokens, withoutPluralSubjects(tokens, withNamePartsBefore(tokens, facts, withoutNamedThings(tokens, withGivenNamesBefore(tokens, facts, withoutOrganisations(tokens, mentions)))))) : mentions
  return { mentions: read, tokens, english, facts }
}

/** Pass 1: full names (given name, role, title or apposition evidence) and lone surnames with evidence. */
function findNamedMentions(tokens: readonly Token[], facts: TextFacts): Mention[] {
  const found: Mention[] = []
  const make = (first: number, last: number) => mention(tokens, first, last, true, facts)
  for (let i = 0; i < tokens.length; i++) {
    const free = (found[found.length - 1]?.last ?? -1) + 1
    // The German and English finders each return null on text of the other language.
    const m = fullNameAt(tokens, i, facts) ?? initialsNameAt(tokens, i, facts) ?? englishNameAt(tokens, i, facts, make)
      ?? spanMention(tokens, honorificSurnameAt(tokens, i, facts) ?? particleSurnameAt(tokens, i, facts), facts)
      ?? evidencedSurnameAt(tokens, i, facts, free) ?? evidencedEnglishNameAt(tokens, i, facts, make)
      ?? spanMention(tokens, appositiveNameAt(tokens, i, facts), facts) ?? ownerMention(tokens, genitiveOwnerAt(tokens, i, facts), facts)
    if (!m) continue
    found.push(m)
    i = m.last
  }
  return found
}

/** "Wolodymyr Selenskyj", "John F. Kennedy", "Ursula von der Leyen", "Recep Tayyip Erdogan". */
function fullNameAt(tokens: readonly Token[], i: number, facts: TextFacts): Mention | null {
  const bare = facts.bare
  const start = tokens[i]
  if (!start || !isGivenName(start.text) || afterPlacePrefix(tokens, i) || inPlacePhrase(tokens, i)) return null
  // "Der Roman von Dörte Hansen", "die Iris": a given name that is also a word, after an article, is the word.
  if (ARTICLES.has(tokens[i - 1]?.lower ?? '') && isGivenNameAWord(start.lower, facts.english)) return null
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
  const afterParticles = skipParticles(tokens, j)
  const next = tokens[afterParticles]
  // "Mark Gurman von Bloomberg": two name words, then where the person works.
  if (afterParticles > j && last > i && next && isAffiliation(tokens[last] as Token, tokens[j] as Token, next, facts)) return mention(tokens, i, last, true, facts)
  let surnameAt: number
  if (next && isSurnameWord(next, true)) surnameAt = afterParticles
  else if (next && facts.english && afterParticles === j && isPlaceSurname(tokens, j, start, facts)) surnameAt = j // not "Santiago de Cuba"
  else if (facts.english && afterParticles === j && isRoleSurname(tokens, j)) surnameAt = j
  else if (isSurnameAfterRole(next) && titleOrRoleBefore(tokens, i, facts.english)) surnameAt = afterParticles
  else if (!facts.english && isRoleSurnameAt(tokens, afterParticles)) surnameAt = afterParticles
  else if (last > i && tokens[last]?.word && j === last + 1) surnameAt = last // "Frank Thomas": last given is the surname
  else if (last > i && tokens[last]?.text === '.' && !facts.english) surnameAt = last // "Claudia B.": a surname cut short
  else return null
  if (FULL_NAME_NOUN_ENDING.test(tokens[surnameAt]?.lower ?? '')) return null
  // A third name part that recurs alone is the real surname: "Recep Tayyip Erdogan" … "Erdogan".
  const after = tokens[surnameAt + 1]
  const possessive = /['’]s?$/.test(tokens[surnameAt]?.text ?? '')
  // English capitalises only names, so a third capitalised word is part of it too ("Miguel Angel Jimenez").
  const third = after !== undefined && !possessive && isSurnameWord(after, false) && isSecondNameWord(after, facts)
    && !ORG_FOLLOWERS.has(tokens[surnameAt + 2]?.lower ?? '')
  if (third && ((bare.get(after.text) ?? 0) > 1 || hasArabicArticle(after.text) || (facts.english && !isNameShaped(tokens[surnameAt + 2]?.text ?? '')))) surnameAt++
  // A particle and a name after the surname: "Fernando Collor de Mello", "Johannes Nepomuk von Tschiderer".
  const particleName = tokens[surnameAt + 2]
  // Not after a particle already read: "Joseph Victor von Scheffel zu Gast" ends at "Scheffel".
  if (afterParticles === j && TRAILING_PARTICLE.test(tokens[surnameAt + 1]?.text ?? '') && particleName && isSecondNameWord(particleName, facts)
    && !isNameShaped(tokens[surnameAt + 3]?.text ?? '') && !isAffiliation(tokens[surnameAt] as Token, tokens[surnameAt + 1] as Token, particleName, facts)) surnameAt += 2
  // "Tony Abbott’s office" is his; "Percy Liang von der Stanford University" names a body after him.
  if (ORG_FOLLOWERS.has(tokens[surnameAt + 1]?.lower ?? '') && !(facts.english && /['’]s?$/.test(tokens[surnameAt]?.text ?? ''))) {
    // "Percy Liang von der Stanford University": the particle starts the place, the name ended before it.
    return afterParticles > j && last > i && surnameAt === afterParticles ? mention(tokens, i, last, true, facts) : null
  }
  // "German Defence Minister Volker Ruehe": English capitalises a role before a name, so a name ends before it.
  const roleAfter = tokens[surnameAt + 1]
  if (facts.english && roleAfter?.word && isNameShaped(roleAfter.text) && isRoleToken(roleAfter.lower)) return null
  // "Mercedes Benz" is a car; "Claude Shannon" and "Ferdinand Porsche" are persons.
  if (NON_PERSON_SET.has(start.lower) && NON_PERSON_SET.has(tokens[surnameAt]?.lower ?? '')) return null
  return mention(tokens, i, surnameAt, true, facts)
}

/** "Dan Ives von Wedbush", "Mark Gurman von Bloomberg": German "von" after a surname names where the
 * person works when the word after it is a company, or when the text calls the person by the surname alone. */
const NOBLE_TITLES: ReadonlySet<string> = new Set('graf gräfin freiherr freifrau fürst fürstin prinz prinzessin herzog herzogin ritter edler edle baron baronin markgraf landgraf erbprinz'.split(' '))

function isAffiliation(surname: Token, particle: Token, after: Token, facts: TextFacts): boolean {
  if (particle.text !== 'von' && particle.text !== 'zu') return false
  if (NON_PERSON_SET.has(after.lower) || BRAND_SURNAMES.has(after.lower)) return true
  // A noble name puts "von" after given names or a title ("Johannes Nepomuk von …", "Alexander Graf von
  // Schwerin") or before a place or a house ("Ernst August von Hannover", "… von Hohenzollern-Sigmaringen");
  // after a surname it names the employer.
  if (!isGivenName(surname.text) && !NOBLE_TITLES.has(surname.lower) && !PLACE_SET.has(after.lower) && !after.text.includes('-')) return true
  return (facts.bare.get(surname.text) ?? 0) > (facts.bare.get(after.text) ?? 0)
}

/** "Council member David Park", "Präsident Frank Will": after a role and a given name, a capitalised
 * word that is also a common word, a place or a park is the surname. */
function isSurnameAfterRole(t: Token | undefined): t is Token {
  return t !== undefined && t.word && isNameShaped(t.text) && !GERMAN_STOPWORDS.has(t.lower) && !ENGLISH_STOPWORDS.has(t.lower)
    && !isRoleToken(t.lower) && germanRoleHead(t.lower) === null
}

/** "J. K. Rowling", "C. J. Chen", "J.D. Salinger": initials, each with its full stop, then a surname. */
function initialsNameAt(tokens: readonly Token[], i: number, facts: TextFacts): Mention | null {
  if (inAbbreviation(tokens, i)) return null
  let j = i
  let initials = 0
  while (INITIALS.test(tokens[j]?.text ?? '') && !NOT_INITIALS.has(tokens[j]!.text) && tokens[j + 1]?.text === '.') {
    initials += tokens[j]!.text.split('.').length
    j += 2
  }
  if (initials === 0) return null
  j = skipParticles(tokens, j)
  // "C. Eugene Steuerle": in English a given name after the initial is a middle name.
  const afterMiddle = tokens[j + 1]
  if (facts.english && isGivenName(tokens[j]?.text ?? '') && afterMiddle !== undefined && isSecondNameWord(afterMiddle, facts)) j++
  const surname = tokens[j]
  // One initial before a capitalised word may end a sentence ("Plan B. Danach"): it needs a second initial
  // or a surname that never stands lower case or after an article.
  if (!surname || !isSurnameWord(surname, false) || FULL_NAME_NOUN_ENDING.test(surname.lower)) return null
  // English capitalises names only: "P. Johnson" in running text, a surname never written in lower case.
  if (initials < 2 && !isLoneNameWord(surname, facts) && !(facts.english && isSecondNameWord(surname, facts))) return null
  if (ORG_FOLLOWERS.has(tokens[j + 1]?.lower ?? '')) return null
  return mention(tokens, i, j, true, facts)
}

/** "z. B. Lavendel", "u. a. Kinder": a capital after a lower-case letter and its full stop ends an abbreviation. */
function inAbbreviation(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.text === '.' && /^\p{Ll}$/u.test(tokens[i - 2]?.text ?? '')
}

const TRAILING_PARTICLE = /^(?:von|de|van|da|di|zu|del|dos|du)$/
const CAPITALISED_PARTICLE = /^(?:De|Van|Von|Di|Da|Del|Della|Dos|Du|Ter|Ten)$/

/** Particles between given name and surname: "von", "von der", "van den", "de la", "zu", "bin". */
function skipParticles(tokens: readonly Token[], j: number): number {
  const first = tokens[j]
  // "Joost van der Westhuizen", also capitalised in Dutch and Belgian names ("Johan De Wilde", "Van Moer", "Van Der Beek").
  if (first && CAPITALISED_PARTICLE.test(first.text) && /^(?:[Dd]er|[Dd]en)$/.test(tokens[j + 1]?.text ?? '') && isNameShaped(tokens[j + 2]?.text ?? '')) return j + 2
  if (first && CAPITALISED_PARTICLE.test(first.text) && isNameShaped(tokens[j + 1]?.text ?? '')) return j + 1
  if (!first || !NAME_PARTICLES.has(first.text)) return j
  const second = tokens[j + 1]
  if (second && /^(?:der|den|la|le)$/.test(second.text) && /^(?:von|van|de)$/.test(first.text)) return j + 2
  if (/^(?:der|den|la|le|y|el|al)$/.test(first.text)) return j
  return j + 1
}

/** A lone capitalised word (or two) with a role, title, apposition or verb of saying next to it. */
function evidencedSurnameAt(tokens: readonly Token[], i: number, facts: TextFacts, free: number): Mention | null {
  const t = tokens[i]
  // "Vice President JD Vance": two capitals are initials of a given name when a role stands before them.
  if (t && /^[A-Z]{2}$/.test(t.text) && titleOrRoleBefore(tokens, i, facts.english)) {
    const surname = tokens[i + 1]
    if (surname && isLoneNameWord(surname, facts)) return mention(tokens, i, i + 1, true, facts)
  }
  if (!t || !isLoneNameWord(t, facts, facts.english && titleBefore(tokens, i)) || inPlacePhrase(tokens, i)) return null
  // "sagte Mibrag-Betriebsrat Mario Gierl": a given name next starts the name; this word is a role or place.
  if (isGivenName(tokens[i + 1]?.text ?? '')) return null
  const evidence = titleOrRoleBefore(tokens, i, facts.english) || nationalityBefore(tokens, i) || speechVerbBefore(tokens, i)
    || appositionAfter(tokens, i) || kinshipAfter(tokens, i) || partyAfter(tokens, i, facts)
    || (speakerBeforeVerb(tokens, i) && pronounFollows(tokens, i) && !(facts.english && isPluralOfPeople(t.text)))
  const bare = facts.bare
  if (evidence) {
    // "Senator Ted Cruz", "Berater Mychajlo Podoljak" with an unknown given name: news introduce a person
    // by full name, so a second name word belongs to it, unless the first one recurs alone (then it is
    // the surname, and the next word starts something else: "… dass Kanzler Scholz Reformen …").
    const secondAt = skipInitials(tokens, i + 1)
    const second = tokens[secondAt]
    // "Rabbi Schachs Diktatur": a genitive of a name the text writes alone ends the name.
    const genitive = !facts.english && genitiveBase(t.text, bare) !== t.text
    const pair = second !== undefined && isSecondNameWord(second, facts) && (bare.get(t.text) ?? 0) <= 1 && !TIME_NOUNS.has(second.lower) && !genitive
    const last = pair ? secondAt : i
    // English capitalises only names: a longer capitalised run is an organisation or a title
    // ("according to Environmental Protection Department officials").
    const after = tokens[last + 1]
    if (facts.english && after?.word && isNameShaped(after.text)) return null
    // "Mushtaq Ahmed said": an unknown name word right before, inside the sentence, is the given name.
    const before = tokens[i - 1]
    const first = !pair && before?.word && isLoneNameWord(before, facts) && !isSentenceStart(tokens, i - 1) && i - 1 >= free ? i - 1 : i
    return mention(tokens, first, last, pair || first < i, facts)
  }
  // "Andrij Jermak, der Leiter …" with an unknown given name.
  const second = tokens[i + 1]
  if (second && isLoneNameWord(second, facts) && appositionAfter(tokens, i + 1)) return mention(tokens, i, i + 1, true, facts)
  return null
}

/** "Zabels Entscheidung": the person is named without the genitive ending. */
function ownerMention(tokens: readonly Token[], span: [number, number] | null, facts: TextFacts): Mention | null {
  const m = spanMention(tokens, span, facts)
  return m && m.surname === tokens[m.last]!.text ? { ...m, name: m.name.slice(0, -1), surname: m.surname.slice(0, -1) } : m
}

function spanMention(tokens: readonly Token[], span: [number, number] | null, facts: TextFacts): Mention | null {
  return span ? mention(tokens, span[0], span[1], span[1] > span[0], facts) : null
}

function mention(tokens: readonly Token[], first: number, last: number, full: boolean, facts: TextFacts): Mention {
  // Regnal numbers belong to the name: "Papst Leo XIV.", "König Charles III."
  if (REGNAL_NUMBER.test(tokens[last + 1]?.text ?? '')) return regnalMention(tokens, first, last + 1)
  const a = tokens[first] as Token
  const b = tokens[last] as Token
  // English marks the genitive with an apostrophe only: "Andrews", "Benes" are surnames as written.
  const surname = facts.english ? baseForm(b.text) : knownGenitiveBase(genitiveBase(baseForm(b.text), facts.bare))
  const name = a === b ? surname : `${a.source.slice(a.start, b.start)}${surname}`.replace(/\s+/g, ' ').replace(/\u00AD/g, '')
  const role = readRoleBefore(tokens, first) ?? readRoleAfter(tokens, last) ?? readRoleBeforeComma(tokens, first, last)
  return { first, last, name, surname, role, full }
}

/** "Bushs Parteikollegen": the genitive of a well-known person's surname stands for the surname, even
 * where the text never writes it alone ("Jobs" itself is the surname). */
function knownGenitiveBase(word: string): string {
  if (word.length < 4 || !word.endsWith('s') || knownPersonBySurname(word) || isSharedSurname(word)) return word
  const base = word.slice(0, -1)
  return knownPersonBySurname(base) || isSharedSurname(base) ? base : word
}

/** After "II." a lower-case word or a comma shows the full stop ends no sentence. */
function isGermanOrdinalContext(tokens: readonly Token[], next: number): boolean {
  const t = tokens[next]
  return t !== undefined && (/^[,;]$/.test(t.text) || (t.word && t.text === t.lower))
}

const REGNAL_NUMBER = /^(?:[IVX]{2,5}|I|V|X)$/

function regnalMention(tokens: readonly Token[], first: number, numeral: number): Mention {
  const a = tokens[first] as Token
  // German writes ordinals with a full stop ("Elisabeth II. besuchte"); it belongs to the name.
  if (tokens[numeral + 1]?.text === '.' && isGermanOrdinalContext(tokens, numeral + 2)) numeral++
  const n = tokens[numeral] as Token
  const name = a.source.slice(a.start, n.start + n.text.length).replace(/\s+/g, ' ')
  const role = readRoleBefore(tokens, first) ?? readRoleAfter(tokens, numeral)
  // Later mentions use the first name alone ("Leo hatte …"), so it is the key for linking.
  return { first, last: numeral, name, surname: a.text, role, full: true }
}
