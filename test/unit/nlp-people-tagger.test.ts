// The person tagger (src/core/text/person-tagger.ts) next to the rules, and the rule classes added with it:
// names listed with a person, a common-word surname after a role, a given name that is a word after an article.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'
import { tokenize } from '../../src/core/text/name-tokens'
import { tagPersonNames } from '../../src/core/text/person-tagger'
import type { Person } from '../../src/core/types'

const de = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'de' }).map((p: Person) => p.name)
const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p: Person) => p.name)

/** What the tagger alone reads as names, with no help from the rules. */
function tagged(text: string): string[] {
  const tokens = tokenize([text])
  return tagPersonNames(tokens, [], false).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b]!.start + tokens[b]!.text.length))
}

describe('the person tagger', () => {
  it('reads full names in German running text without the rules', () => {
    expect(tagged('Nach dem Spiel lobte Trainer Jürgen Klopp seinen Stürmer Mohamed Salah für die Leistung.')).toEqual(['Jürgen Klopp', 'Mohamed Salah'])
  })
  it('tags no common nouns, places or companies', () => {
    expect(tagged('Die Regierung in Berlin kündigte am Montag neue Regeln für Unternehmen wie Siemens und die Deutsche Bahn an.')).toEqual([])
  })
  it('reads a third name word the rules leave out: "Richterin Yvonne Gonzalez Rogers"', () => {
    expect(de('Das entschied Richterin Yvonne Gonzalez Rogers am Dienstag in Oakland, wie das Gericht mitteilte.')).toEqual(['Yvonne Gonzalez Rogers'])
  })
  it('its names still pass the rules\' filters: "Claude Sonnet" is a product', () => {
    expect(de('Anthropic hat Claude inzwischen in mehreren Versionen veröffentlicht, darunter Claude Sonnet und Claude Opus.')).toEqual([])
  })
})

describe('names listed with a person', () => {
  it('"Mehmet Yılmaz und Budi Santoso": an unknown given name in a list with a person', () => {
    expect(de('Laut Mehmet Yılmaz und Budi Santoso ist das Verfahren neu und noch kaum erprobt.')).toEqual(['Mehmet Yılmaz', 'Budi Santoso'])
  })
  it('before the person as well: "Budi Santoso und Mehmet Yılmaz"', () => {
    expect(de('Das Verfahren haben Budi Santoso und Mehmet Yılmaz gemeinsam entwickelt.').sort()).toEqual(['Budi Santoso', 'Mehmet Yılmaz'])
  })
  it('English, transliterated: "Oleksandr Syrskyi and Kyrylo Budanov"', () => {
    expect(en('Oleksandr Syrskyi and Kyrylo Budanov met in Kyiv on Monday to discuss the offensive.')).toEqual(['Oleksandr Syrskyi', 'Kyrylo Budanov'])
  })
  it('surnames in a list: "Ellison, Okonkwo and Brennholt"', () => {
    expect(en('Ellison, Okonkwo and Brennholt will join the board, the company said on Monday.')).toEqual(['Larry Ellison', 'Okonkwo', 'Brennholt'])
  })
  it('people of today\'s news by surname: "Altman, Nadella and Pichai"', () => {
    expect(en('Altman, Nadella and Pichai spoke at the summit about the next models.')).toEqual(['Sam Altman', 'Satya Nadella', 'Sundar Pichai'])
  })
  it('a place or a company in the list is none: "Merkel und Frankreich", "Musk und Tesla"', () => {
    expect(de('Zwischen Merkel und Frankreich gab es Streit, sagte ein Sprecher am Montag.')).toEqual(['Angela Merkel'])
    expect(de('Der Streit zwischen Musk und Tesla-Aktionären geht weiter, hieß es am Montag.')).toEqual(['Elon Musk'])
  })
})

describe('name boundaries found with the tagger', () => {
  it('a common-word surname after a role and a given name: "Council member David Park"', () => {
    expect(en('Council member David Park said the plan was flawed.')).toEqual(['David Park'])
  })
  it('a given name that is also a word, after an article, is the word: "Der Roman von Dörte Hansen"', () => {
    expect(de('Der Roman von Dörte Hansen wurde im vergangenen Jahr zum Bestseller.')).toEqual(['Dörte Hansen'])
  })
})
