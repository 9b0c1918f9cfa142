// The person finder's knowledge from public data (generated into name-knowledge.ts by npm run data:names):
// a large list of given names and well-known people by surname. Decoded on first use, so the cost falls on
// the first analysis, never on a page load (only the analysis bundles import this module).
import { GIVEN_NAMES, GIVEN_NAMES_THAT_ARE_ENGLISH_WORDS, GIVEN_NAMES_THAT_ARE_WORDS, KNOWN_PEOPLE, OCCUPATIONS, SHARED_SURNAMES } from './name-knowledge'
import { NEWS_PEOPLE } from './news-people'
import { ENGLISH_GIVEN_NAMES } from './english-given-names'
import { ENGLISH_WORD_SURNAMES } from './word-surnames'

export interface KnownPerson {
  name: string
  /** Short description from the occupation, in English and in German (gendered). */
  description: { en: string; de: string }
  /** The surname is also a common word ("Kohl", "Gates"): alone it names the person only with evidence. */
  commonWord: boolean
}

let givenNames: ReadonlySet<string> | null = null
/** The lines of KNOWN_PEOPLE, sorted by surname; a line is parsed when its person is asked for. */
let peopleLines: readonly string[] | null = null
const parsed = new Map<string, KnownPerson | undefined>()
let sharedSurnames: ReadonlySet<string> | null = null
let wordNames: ReadonlySet<string> | null = null
let englishWordNames: ReadonlySet<string> | null = null

/** Given names, lower case. */
export function knownGivenNames(): ReadonlySet<string> {
  givenNames ??= new Set(GIVEN_NAMES.split(' '))
  return givenNames
}

let englishGivenNames: ReadonlySet<string> | null = null

/** Given names of English text that are also words or surnames ("billy", "randy", "shawn"), lower case. */
export function isEnglishGivenName(lower: string): boolean {
  englishGivenNames ??= new Set(ENGLISH_GIVEN_NAMES.split(' '))
  return englishGivenNames.has(lower)
}

/** A given name that is also a word ("Roman", "Anders"; in English "Christian", "Frank"), lower case. */
export function isGivenNameAWord(lower: string, english: boolean): boolean {
  if (english) {
    englishWordNames ??= new Set(GIVEN_NAMES_THAT_ARE_ENGLISH_WORDS.split(' '))
    return englishWordNames.has(lower)
  }
  wordNames ??= new Set(GIVEN_NAMES_THAT_ARE_WORDS.split(' '))
  return wordNames.has(lower)
}

let englishWordSurnames: ReadonlySet<string> | null = null

function isEnglishWordSurname(surname: string): boolean {
  englishWordSurnames ??= new Set(ENGLISH_WORD_SURNAMES.split(' '))
  return englishWordSurnames.has(surname.toLowerCase())
}

/** The well-known person a lone surname stands for ("Zuckerberg" -> Mark Zuckerberg), if one clearly does. */
export function knownPersonBySurname(surname: string): KnownPerson | undefined {
  if (parsed.has(surname)) return parsed.get(surname)
  peopleLines ??= KNOWN_PEOPLE.split('\n')
  const news = newsPersonLine(surname)
  const line = news ?? findBySurname(peopleLines, surname)
  // The news lines name the occupation, the generated ones give its code.
  const parsedLine = line === undefined ? undefined : parsePerson(line, news ? (occupation) => occupation : occupationOfCode)
  // "Jobs", "Date", "Game": a surname that is also an English word, which German text borrows too.
  const person = parsedLine && !news && isEnglishWordSurname(surname) ? { ...parsedLine, commonWord: true } : parsedLine
  if (parsed.size >= 5_000) parsed.clear()
  parsed.set(surname, person)
  return person
}

let newsPeople: ReadonlyMap<string, string> | null = null

/** The line of a person of today's news by surname: it wins over an older namesake of the public data. */
function newsPersonLine(surname: string): string | undefined {
  newsPeople ??= new Map(NEWS_PEOPLE.split('\n').map((line) => [surnameOf(line.slice(0, line.indexOf('|'))), line]))
  return newsPeople.get(surname)
}

/** Binary search over lines sorted by the surname of their name, in code unit order. */
function findBySurname(lines: readonly string[], surname: string): string | undefined {
  let lo = 0
  let hi = lines.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const line = lines[mid]!
    const key = surnameOf(line.slice(0, line.indexOf('|')))
    if (key === surname) return line
    if (key < surname) lo = mid + 1
    else hi = mid - 1
  }
  return undefined
}

/** A surname of well-known people that names a person, though not which one for sure ("Clinton", "Vance"). */
export function isSharedSurname(surname: string): boolean {
  sharedSurnames ??= new Set(SHARED_SURNAMES.split(' '))
  return sharedSurnames.has(surname)
}

/** The well-known person of this full name, if any. */
export function knownPersonByName(name: string): KnownPerson | undefined {
  if (!name.includes(' ')) return undefined
  const person = knownPersonBySurname(surnameOf(name))
  return person?.name === name ? person : undefined
}

const occupationOfCode = (code: string): string => OCCUPATIONS[parseInt(code, 36)] ?? ''

function parsePerson(line: string, occupationOf: (field: string) => string): KnownPerson {
  const [name = '', field = '', flags = ''] = line.split('|')
  const occupation = occupationOf(field)
  const description = { en: occupation, de: germanOccupation(occupation, flags.includes('f')) }
  return { name, description, commonWord: flags.includes('w') }
}

/** The word a person is called by alone: the last, before "Jr." or a regnal number (a one-word name is
 * itself). Must agree with the generator's, which sorted the lines by it. */
function surnameOf(name: string): string {
  const words = name.split(' ')
  let end = words.length
  while (end > 1 && SUFFIX.test(words[end - 1]!)) end--
  return words[end - 1] ?? ''
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|[IVX]+)$/

/** German for the occupations that news mention most (masculine; the feminine adds "-in" unless listed
 * below); others keep the English word. */
const GERMAN_OCCUPATIONS: Record<string, string> = {
  politician: 'Politiker', actor: 'Schauspieler', writer: 'Schriftsteller', singer: 'Sänger', musician: 'Musiker',
  'soccer player': 'Fußballspieler', 'tennis player': 'Tennisspieler', 'basketball player': 'Basketballspieler',
  'racecar driver': 'Rennfahrer', 'racing driver': 'Rennfahrer', businessperson: 'Unternehmer',
  'computer scientist': 'Informatiker', physicist: 'Physiker', chemist: 'Chemiker', mathematician: 'Mathematiker',
  economist: 'Ökonom', philosopher: 'Philosoph', composer: 'Komponist', painter: 'Maler', 'film director': 'Filmregisseur',
  inventor: 'Erfinder', engineer: 'Ingenieur', journalist: 'Journalist', diplomat: 'Diplomat', astronaut: 'Astronaut',
  architect: 'Architekt', 'social activist': 'Aktivist', presenter: 'Moderator', athlete: 'Sportler',
  'religious figure': 'Geistlicher', 'military personnel': 'Militär', biologist: 'Biologe', physician: 'Arzt',
}
const GERMAN_FEMININE: Record<string, string> = { Geistlicher: 'Geistliche', Militär: 'Militär', Biologe: 'Biologin', Arzt: 'Ärztin' }

function germanOccupation(occupation: string, female: boolean): string {
  const masculine = GERMAN_OCCUPATIONS[occupation]
  if (!masculine) return occupation
  return female ? GERMAN_FEMININE[masculine] ?? `${masculine}in` : masculine
}
