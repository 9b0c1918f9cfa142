// "von" after a person's name: where the person works ("Dan Ives von Wedbush") or a noble particle
// ("Johannes Nepomuk von Tschiderer"). Our own sentences.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const people = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'de' }).map((p) => [p.name, p.mentions])

describe('German "von" after a name', () => {
  it('before a company is where the person works: "Mark Gurman von Bloomberg", "Henrik Olsen von Google"', () => {
    expect(people('Laut Mark Gurman von Bloomberg plant Apple ein faltbares Telefon.')).toEqual([['Mark Gurman', 1]])
    expect(people('Wie Henrik Olsen von Google erklärte, sinken die Kosten.')).toEqual([['Henrik Olsen', 1]])
  })
  it('when the text calls the person by the surname alone, the word after "von" is no part of the name', () => {
    expect(people('Analyst Dan Ives von Wedbush ist optimistisch. Ives erwartet steigende Kurse.')).toEqual([['Dan Ives', 2]])
  })
  it('a noble particle stays part of the name: "Ursula von der Leyen", "Johannes Nepomuk von Tschiderer"', () => {
    expect(people('Das sagte Ursula von der Leyen in Brüssel.')).toEqual([['Ursula von der Leyen', 1]])
    expect(people('Die Kirche weihte Johannes Nepomuk von Tschiderer 1832 zum Bischof.')).toEqual([['Johannes Nepomuk von Tschiderer', 1]])
  })
})
