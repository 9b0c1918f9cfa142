// The person finder's knowledge from public data (generated into name-knowledge.ts by npm run data:names):
// a large list of given names and well-known people by surname. Decoded on first use, so the cost falls on
// the first analysis, never on a page load (only the analysis bundles import this module).
import { GIVEN_NAMES_CODED, GIVEN_NAMES_THAT_ARE_WORDS, KNOWN_PEOPLE, OCCUPATIONS, SHARED_SURNAMES } from './name-knowledge'

export interface KnownPerson {
  name: string
  /** Short description from the occupation, in English and in German (gendered). */
  description: { en: string; de: string }
  /** The surname is also a common word ("Kohl", "Gates"): alone it names the person only with evidence. */
  commonWord: boolean
}

let givenNames: ReadonlySet<string> | null = null
let bySurname: ReadonlyMap<string, KnownPerson> | null = null
let byName: ReadonlyMap<string, KnownPerson> | null = null
let sharedSurnames: ReadonlySet<string> | null = null
let wordNames: ReadonlySet<string> | null = null

/** Given names, lower case. */
export function knownGivenNames(): ReadonlySet<string> {
  givenNames ??= new Set(decodeFrontCoded(GIVEN_NAMES_CODED))
  return givenNames
}

/** A given name that is also a German word ("Roman", "Rock", "Anders"), lower case. */
export function isGivenNameAWord(lower: string): boolean {
  wordNames ??= new Set(GIVEN_NAMES_THAT_ARE_WORDS.split(' '))
  return wordNames.has(lower)
}

/** The well-known person a lone surname stands for ("Zuckerberg" -> Mark Zuckerberg), if one clearly does. */
export function knownPersonBySurname(surname: string): KnownPerson | undefined {
  if (!bySurname) loadPeople()
  return bySurname!.get(surname)
}

/** A surname several well-known people share ("Clinton"): a person, though not which one. */
export function isSharedSurname(surname: string): boolean {
  sharedSurnames ??= new Set(SHARED_SURNAMES.split(' '))
  return sharedSurnames.has(surname)
}

/** The well-known person of this full name, if any. */
export function knownPersonByName(name: string): KnownPerson | undefined {
  if (!byName) loadPeople()
  return byName!.get(name)
}

function loadPeople(): void {
  const surnames = new Map<string, KnownPerson>()
  const names = new Map<string, KnownPerson>()
  for (const line of KNOWN_PEOPLE.split('\n')) {
    const [name = '', code = '', flags = ''] = line.split('|')
    const female = flags.includes('f')
    const occupation = OCCUPATIONS[parseInt(code, 36)] ?? ''
    const person: KnownPerson = { name, description: { en: occupation, de: germanOccupation(occupation, female) }, commonWord: flags.includes('w') }
    const words = name.split(' ').filter((w) => !SUFFIX.test(w))
    if (words.length > 1) surnames.set(words[words.length - 1]!, person)
    names.set(name, person)
  }
  bySurname = surnames
  byName = names
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|[IVX]+)$/

/** "2dam" after "aaron" is "aadam": each word keeps a prefix of the one before (see the generator). */
export function decodeFrontCoded(coded: string): string[] {
  const words: string[] = []
  let previous = ''
  for (const part of coded.split(' ')) {
    const word = previous.slice(0, part.charCodeAt(0) - 48) + part.slice(1)
    words.push(word)
    previous = word
  }
  return words
}

/** German for the occupations that news mention most; others keep the English word. */
const GERMAN_OCCUPATIONS: Record<string, [string, string]> = {
  politician: ['Politiker', 'Politikerin'],
  actor: ['Schauspieler', 'Schauspielerin'],
  writer: ['Schriftsteller', 'Schriftstellerin'],
  singer: ['Sänger', 'Sängerin'],
  musician: ['Musiker', 'Musikerin'],
  'soccer player': ['Fußballspieler', 'Fußballspielerin'],
  'tennis player': ['Tennisspieler', 'Tennisspielerin'],
  'basketball player': ['Basketballspieler', 'Basketballspielerin'],
  'racecar driver': ['Rennfahrer', 'Rennfahrerin'],
  businessperson: ['Unternehmer', 'Unternehmerin'],
  'computer scientist': ['Informatiker', 'Informatikerin'],
  physicist: ['Physiker', 'Physikerin'],
  chemist: ['Chemiker', 'Chemikerin'],
  mathematician: ['Mathematiker', 'Mathematikerin'],
  economist: ['Ökonom', 'Ökonomin'],
  philosopher: ['Philosoph', 'Philosophin'],
  composer: ['Komponist', 'Komponistin'],
  painter: ['Maler', 'Malerin'],
  'film director': ['Filmregisseur', 'Filmregisseurin'],
  inventor: ['Erfinder', 'Erfinderin'],
  engineer: ['Ingenieur', 'Ingenieurin'],
  journalist: ['Journalist', 'Journalistin'],
  diplomat: ['Diplomat', 'Diplomatin'],
  'religious figure': ['Geistlicher', 'Geistliche'],
  'military personnel': ['Militär', 'Militär'],
  astronaut: ['Astronaut', 'Astronautin'],
  biologist: ['Biologe', 'Biologin'],
  physician: ['Arzt', 'Ärztin'],
  architect: ['Architekt', 'Architektin'],
  'social activist': ['Aktivist', 'Aktivistin'],
  presenter: ['Moderator', 'Moderatorin'],
  athlete: ['Sportler', 'Sportlerin'],
}

function germanOccupation(occupation: string, female: boolean): string {
  const forms = GERMAN_OCCUPATIONS[occupation]
  return forms ? forms[female ? 1 : 0] : occupation
}
