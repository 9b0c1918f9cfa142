// npm run data:names: regenerates src/core/text/name-knowledge.ts, the person finder's compact knowledge.
//   Given names: the lists of the npm package gender-detection-from-name (MIT; de, en, es, fr, it, tr),
//     and the first names of @faker-js/faker's locales in Latin script (MIT), none a German or English word:
//     all of the German and Turkish lists; of the others, names in at least two lists or in the Italian or
//     Spanish one (the English and French lists alone hold ~48,000 rare spellings: too big for the popup).
//     A name from those that is also an English or German word ("will", "rose", "marine") is left out;
//     the hand list in names-data.ts keeps the common ones ("Frank", "Mark"). Words: an-array-of-english-words
//     (MIT) and dictionary-de (igerman98 Hunspell list), both only read here.
//   Well-known people: Pantheon 1.0 (Yu et al. 2016, "a manually verified dataset of globally famous
//     biographies", Harvard Dataverse doi:10.7910/DVN/28201; people with Wikipedia pages in 25+ languages):
//     name, occupation and gender of those born since 1850. Optionally (KLARTEXT_PANTHEON_2025) a selection of
//     Pantheon 2025 (name, occupation, birth year, popularity index; mirror coltonomous/NameDrop,
//     client/assets/celebrities.json) for the people of today's news that the 2013 data lacks.
// Source of pantheon.tsv: KLARTEXT_PANTHEON or the first argument, a file, or a git directory whose HEAD
// (or KLARTEXT_PANTHEON_COMMIT) holds pantheon.tsv (mirror: HasteKhai/Fictional-Name-Classification@8a455dd).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { allLocales } from '@faker-js/faker'
import path from 'node:path'

const require = createRequire(import.meta.url)
const englishWords = new Set(require('an-array-of-english-words'))
const germanWords = readGermanWords()

/** Lower-cased German words of the igerman98 Hunspell list (dictionary-de): entries in lower case, and
 * capitalised ones with a noun or adjective flag ("Mutter/NSmij"); names carry none ("Merkel/S"). */
function readGermanWords() {
  const words = new Set()
  for (const line of readFileSync(path.resolve('node_modules/dictionary-de/index.dic'), 'utf8').split('\n')) {
    const [word = '', flags = ''] = line.trim().split('/')
    if (!/^\p{L}+$/u.test(word)) continue
    if (word === word.toLowerCase() || /[mhij]/.test(flags)) words.add(word.toLowerCase())
  }
  return words
}

/** A surname that, alone, may just be a word in a German or English text: a German word ("Mutter", "Kohl",
 * "Model") or a short English one ("Mac", "Ray"). Longer English words that are also surnames of famous
 * people ("Trump", "Macron", "Gates") are rare as words; a text that uses one in lower case shows it. */
const isSurnameAWord = (lower) => germanWords.has(lower) || (englishWords.has(lower) && lower.length <= 3)

/** A word of either language: as a given name or lone surname it may just be that word ("Will", "Mutter"). */
const isCommonWord = (lower) => englishWords.has(lower) || germanWords.has(lower)
const OUT = path.resolve('src/core/text/name-knowledge.ts')
const LANGS = ['de', 'en', 'es', 'fr', 'it', 'tr']
const BORN_SINCE = 1850
/** A lone surname is expanded to the full name only for people of today's news: "Vance" in 2025 is not
 * Cyrus Vance (born 1917), "Altman" not Robert Altman (1925). Older people's surnames still name a person,
 * without a full name. */
const EXPANDED_BORN_SINCE = 1940

/** Surnames of well-known people, lower case: "Vance" is in faker's English first names, but in news a
 * surname ("Vice President JD Vance"). */
function famousSurnames(people, sharedSurnames) {
  return new Set([...people.map((line) => surnameOf(line.slice(0, line.indexOf('|')))), ...sharedSurnames].map((s) => s.toLowerCase()))
}

function givenNames(surnames) {
  const lists = new Map()
  for (const lang of LANGS) {
    for (const name of require(`gender-detection-from-name/names/${lang}`).keys()) {
      if (/^[\p{Ll}-]{2,}$/u.test(name)) lists.set(name, [...(lists.get(name) ?? []), lang])
    }
  }
  const curated = (langs) => langs.includes('de') || langs.includes('tr')
  // Short names of the large lists are mostly abbreviations in news text ("Mio", "Abs").
  const common = (name, langs) => name.length >= 4 && (langs.length >= 2 || langs.includes('it') || langs.includes('es'))
  const names = [...lists].filter(([name, langs]) => curated(langs) || (common(name, langs) && !isCommonWord(name))).map(([name]) => name)
  return [...new Set([...names, ...fakerGivenNames().filter((name) => !surnames.has(name))])].sort()
}

/** The first names of @faker-js/faker's locales written in Latin letters (Indonesian, Turkish, Swiss,
 * Czech, Vietnamese, Nigerian … names the lists above lack), none a word of either language; the caller
 * leaves out those that are surnames of well-known people. */
function fakerGivenNames() {
  const names = []
  for (const locale of Object.values(allLocales)) {
    const first = locale.person?.first_name
    if (!first) continue
    const list = Array.isArray(first) ? first : [...(first.generic ?? []), ...(first.female ?? []), ...(first.male ?? [])]
    for (const name of list) {
      const lower = name.toLowerCase()
      if (/^[a-zà-öø-ÿāăąćčďđēėęěğīįıķļľłńňōőœřśşšţťūůűųźżž-]{3,}$/.test(lower) && !isCommonWord(lower)) names.push(lower)
    }
  }
  return names
}

/** Given names (the hand list of names-data.ts and the curated lists) that are also words of a language
 * ("Roman", "Rock", "Anders"; "Christian", "German"): part of a full name, but alone no person. */
function givenNamesThatAreWords(given, words) {
  const handList = readFileSync(path.resolve('src/core/text/names-data.ts'), 'utf8').match(/const GIVEN_NAMES = `([^`]*)`/)[1]
  const names = new Set([...given, ...handList.split(/\s+/).filter(Boolean)])
  return [...names].filter((n) => words.has(n)).sort()
}

function readPantheon() {
  const source = process.argv[2] ?? process.env.KLARTEXT_PANTHEON
  if (!source) throw new Error('pantheon.tsv source missing: see the head of scripts/data/name-knowledge.mjs')
  if (existsSync(source) && statSync(source).isFile()) return readFileSync(source, 'utf8')
  const commit = process.env.KLARTEXT_PANTHEON_COMMIT ?? 'HEAD'
  return execFileSync('git', ['--git-dir', source, 'show', `${commit}:pantheon.tsv`], { encoding: 'utf8', maxBuffer: 64 << 20 })
}

/** The word a person is called by alone: the last one, without "Jr." or a regnal number. */
function surnameOf(name) {
  const words = name.split(' ')
  let end = words.length
  while (end > 1 && /^(?:Jr\.?|Sr\.?|[IVX]+)$/.test(words[end - 1])) end--
  return words[end - 1]
}

const OCCUPATION_CODES = new Map()
const codeOf = (occupation) => {
  if (!OCCUPATION_CODES.has(occupation)) OCCUPATION_CODES.set(occupation, OCCUPATION_CODES.size)
  return OCCUPATION_CODES.get(occupation).toString(36)
}

/** Pantheon 1.0 rows: fame is the number of Wikipedia languages. */
function pantheonPeople() {
  const [header, ...rows] = readPantheon().split('\n').filter(Boolean)
  const col = Object.fromEntries(header.split('\t').map((h, i) => [h, i]))
  return rows.map((row) => row.split('\t')).map((f) => ({
    name: f[col.Name], born: Number(f[col.birthyear]), fame: Number(f[col.numlangs]), female: f[col.gender] === 'Female',
    occupation: f[col.occupation].toLowerCase(), source: 1,
  }))
}

/** The Pantheon 2025 selection (name, occupation, birthYear, hpi) of KLARTEXT_PANTHEON_2025, if given:
 * today's newsmakers that Pantheon 1.0 (2013) lacks. Fame is the historical popularity index. */
function pantheon2025People(femaleGiven) {
  const source = process.env.KLARTEXT_PANTHEON_2025
  if (!source) return []
  const rows = JSON.parse(readFileSync(source, 'utf8'))
  return rows.filter((r) => r.hpi > 0).map((r) => ({
    name: r.name, born: Number(r.birthYear), fame: r.hpi, female: femaleGiven.has(r.name.split(' ')[0].toLowerCase()),
    occupation: String(r.occupation).toLowerCase(), source: 2025,
  }))
}

/** Given names the German and English lists call female. */
function femaleGivenNames() {
  const female = new Set()
  for (const lang of ['de', 'en']) {
    for (const [name, gender] of require(`gender-detection-from-name/names/${lang}`)) if (gender === 'female') female.add(name)
  }
  return female
}

function knownPeople() {
  const all = [...pantheon2025People(femaleGivenNames()), ...pantheonPeople()]
    .filter((p) => p.name && p.born >= BORN_SINCE && !/[,()]| of /.test(p.name))
  const bySurname = new Map()
  const seen = new Set()
  for (const p of all) {
    if (seen.has(p.name)) continue // the 2025 entry comes first and wins
    seen.add(p.name)
    bySurname.set(surnameOf(p.name), [...(bySurname.get(surnameOf(p.name)) ?? []), p])
  }
  // A surname names the most famous holder only when that one clearly leads: among the 2025 entries (if any
  // holds it) by 8 points of the popularity index, else by twice the Wikipedia languages.
  const leader = (holders) => {
    const recent = holders.filter((h) => h.source === 2025).sort((a, b) => b.fame - a.fame)
    const pool = recent.length ? recent : [...holders].sort((a, b) => b.fame - a.fame)
    const [first, second] = pool
    const clear = !second || (first.source === 2025 ? first.fame - second.fame >= 8 : first.fame >= 2 * second.fame)
    return clear && first.born >= EXPANDED_BORN_SINCE ? first : null
  }
  const entries = [...bySurname.entries()].map(([surname, holders]) => [surname, leader(holders)])
  // Surnames several well-known people share ("Clinton", "Bush") or of people of the past still name a
  // person, just not which one. A surname that is also a word ("Mutter", "Wall", "Kohl") marks its holder
  // "w": named by that surname only where the text shows a person (a role, a verb of saying).
  const shared = entries.filter(([surname, lead]) => !lead && !isCommonWord(surname.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(surname))
  return {
    // Sorted by surname (code unit order): the finder looks a surname up by binary search, no index to build.
    people: entries.filter(([, lead]) => lead).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([surname, lead]) => {
      const flags = `${lead.female ? 'f' : ''}${isSurnameAWord(surname.toLowerCase()) ? 'w' : ''}`
      return `${lead.name}|${codeOf(lead.occupation)}${flags ? `|${flags}` : ''}`
    }),
    sharedSurnames: shared.map(([surname]) => surname).sort(),
  }
}

const { people, sharedSurnames } = knownPeople()
const given = givenNames(famousSurnames(people, sharedSurnames))
const wordNames = givenNamesThatAreWords(given, germanWords)
const englishWordNames = givenNamesThatAreWords(given, englishWords)
const source = `// Generated by scripts/data/name-knowledge.mjs (npm run data:names): do not edit.
// Given names: gender-detection-from-name and @faker-js/faker (both MIT). Well-known people: Pantheon 1.0 (Yu et al. 2016) and, if given,
// a selection of Pantheon 2025; born since ${BORN_SINCE}.

/** ${given.length} given names, sorted, lower case, space-separated (split by the engine in ~3 ms; a
 * front-coded list was a third smaller but took five times as long to decode in JavaScript). */
export const GIVEN_NAMES = ${JSON.stringify(given.join(' '))}

/** ${wordNames.length} given names that are also German words, space-separated. */
export const GIVEN_NAMES_THAT_ARE_WORDS = ${JSON.stringify(wordNames.join(' '))}

/** ${englishWordNames.length} given names that are also English words ("Christian", "German", "Frank"), space-separated. */
export const GIVEN_NAMES_THAT_ARE_ENGLISH_WORDS = ${JSON.stringify(englishWordNames.join(' '))}

/** Occupations of the well-known people, by code (base 36). */
export const OCCUPATIONS: readonly string[] = ${JSON.stringify([...OCCUPATION_CODES.keys()])}

/** ${people.length} people born since ${EXPANDED_BORN_SINCE}, each the best-known holder of their surname, sorted by surname:
 * "Full Name|occupation code[|flags]", one a line; flags "f": female, "w": the surname is also a common word. */
export const KNOWN_PEOPLE = ${JSON.stringify(people.join('\n'))}

/** ${sharedSurnames.length} surnames of well-known people that are not expanded to a full name (several share
 * it, or the best known was born before ${EXPANDED_BORN_SINCE}), none a common word. */
export const SHARED_SURNAMES = ${JSON.stringify(sharedSurnames.join(' '))}
`
writeFileSync(OUT, source)
console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${given.length} given names, ${people.length} people, ${Buffer.byteLength(source)} bytes`)
