// German common nouns that stand without an article (mass and abstract nouns, plurals) are no persons, and
// an abbreviation's capital is no initial. Our own sentences, of the kinds that gave false persons on real
// German pages (trafilatura's test pages: "Energien", "Wasserstoff", "Wut", "B. Lavendel").
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const names = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'de' }).map((p) => p.name)

describe('a word the text uses as a common noun is no person', () => {
  it('after a preposition or determiner and an inflected adjective: "aus erneuerbaren Energien", "an klimaneutralem Wasserstoff"', () => {
    expect(names(
      'Bis 2030 soll der Strom aus erneuerbaren Energien stammen. In der Industrie spielt Wasserstoff eine Schlüsselrolle.',
      'Kasachstan setzt auf erneuerbare Energien und Wasserstoff. Für die Akteure dient Wasserstoff dem Erhalt des Systems.',
      'Europa braucht große Mengen an klimaneutralem Wasserstoff.',
    )).toEqual([])
  })
  it('after an article that opens a sentence: "Die Wut wächst."', () => {
    expect(names('Die Wut wächst. Wut ist ein starkes Gefühl, sagt die Therapeutin. Wer Wut unterdrückt, wird krank. Oft bleibt Wut lange.')).toEqual([])
  })
  it('a name in the same places stays a person', () => {
    expect(names('Im Finale spielt Kowalczyk gegen die Titelverteidigerin. Danach trifft Kowalczyk auf die Siegerin aus Paris.')).toEqual(['Kowalczyk'])
  })
})

describe('"z. B.", "u. a.": the capital of an abbreviation is no initial', () => {
  it('"z. B. Lavendel" names no "B. Lavendel"', () => {
    expect(names('Zur Beruhigung eignen sich z. B. Lavendel und Melisse. Lavendel duftet, Melisse schmeckt.')).toEqual([])
    expect(names('Verwenden Sie z. B. Kokosöl oder Olivenöl.')).toEqual([])
  })
  it('initials before a surname stay a name: "J. K. Rowling"', () => {
    expect(names('Die Autorin J. K. Rowling schrieb ein neues Buch.')).toEqual(['J. K. Rowling'])
  })
})
