// The generated name knowledge (src/core/text/name-knowledge.ts) and its reader.
import { describe, expect, it } from 'vitest'
import { isGivenNameAWord, isSharedSurname, knownGivenNames, knownPersonByName, knownPersonBySurname } from '../../src/core/text/known-names'
import { KNOWN_PEOPLE } from '../../src/core/text/name-knowledge'
import { NEWS_PEOPLE } from '../../src/core/text/news-people'

const NEWS_SURNAMES = new Set(NEWS_PEOPLE.split('\n').map((line) => line.slice(0, line.indexOf('|')).split(' ').at(-1)!))

const SUFFIX = /^(?:Jr\.?|Sr\.?|[IVX]+)$/

describe('known names', () => {
  it('every well-known person is found by their surname (the lines are sorted the way the reader searches)', () => {
    const unreachable = KNOWN_PEOPLE.split('\n').map((line) => line.slice(0, line.indexOf('|'))).filter((name) => {
      const words = name.split(' ')
      let end = words.length
      while (end > 1 && SUFFIX.test(words[end - 1]!)) end--
      return knownPersonBySurname(words[end - 1]!)?.name !== name
    })
    // Today's news name another holder of these surnames (src/core/text/news-people.ts).
    expect(unreachable.filter((name) => !NEWS_SURNAMES.has(name.split(' ').at(-1)!))).toEqual([])
  })
  it('a person of today\'s news wins over an older namesake and is described in German', () => {
    expect(knownPersonBySurname('Pistorius')?.name).toBe('Boris Pistorius')
    expect(knownPersonBySurname('Altman')).toEqual({ name: 'Sam Altman', description: { en: 'businessperson', de: 'Unternehmer' }, commonWord: false })
    expect(knownPersonBySurname('Murati')?.description.de).toBe('Unternehmerin')
  })
  it('knows given names of many languages from the public lists', () => {
    const given = knownGivenNames()
    for (const name of ['oleksandr', 'volodymyr', 'mehmet', 'ayşe', 'giorgia', 'annalena']) expect(given.has(name)).toBe(true)
    expect(given.size).toBeGreaterThan(10_000)
  })
  it('describes a person in English and in gendered German', () => {
    expect(knownPersonByName('Angela Merkel')?.description).toEqual({ en: 'politician', de: 'Politikerin' })
    expect(knownPersonByName('Olaf Scholz')?.description).toEqual({ en: 'politician', de: 'Politiker' })
    expect(knownPersonByName('Olaf Müller')).toBeUndefined()
  })
  it('marks surnames that are also words, and surnames several people share', () => {
    expect(knownPersonBySurname('Zuckerberg')?.commonWord).toBe(false)
    expect(knownPersonBySurname('Bausch')?.commonWord).toBe(true) // German "Bausch"
    expect(isSharedSurname('Clinton')).toBe(true)
    expect(knownPersonBySurname('Clinton')).toBeUndefined()
    expect(isGivenNameAWord('roman', false)).toBe(true)
    expect(isGivenNameAWord('christian', true)).toBe(true)
    expect(isGivenNameAWord('wolodymyr', false)).toBe(false)
  })
})
