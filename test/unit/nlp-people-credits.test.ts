// Photo credits inside captions name the photographer, not a person of the article
// (src/core/text/credits.ts). Our own captions, in the forms news sites print them.
import { describe, expect, it } from 'vitest'
import { findPeople, findPersonMentions } from '../../src/core/people'

const names = (lang: 'de' | 'en', ...paragraphs: string[]) => findPeople(paragraphs, { lang }).map((p) => p.name)

describe('a credit inside a caption', () => {
  it('in brackets after the caption: the person of the caption stays, the photographer goes', () => {
    expect(names('en', 'Mayor Linda Okafor opens the new bridge in Leeds on Monday. (Derek Hale/AFP/Getty Images)')).toEqual(['Linda Okafor'])
    expect(names('en', 'Fishermen unload halibut at the terminal, watched by skipper Tom Reyes. (Marta J. Lind / The Harbour Times)')).toEqual(['Tom Reyes'])
    expect(names('de', 'Ministerin Katrin Albers besucht das Werk in Jena. (Foto: Jonas Pieper/dpa)')).toEqual(['Katrin Albers'])
  })
  it('glued to the caption or after "Photograph:"', () => {
    expect(names('en', 'Workers repair a pipe in Queens under the eye of engineer Priya Nair.CreditSamuel K. Ortiz/The New York Times')).toEqual(['Priya Nair'])
    expect(names('en', 'Protesters gather outside parliament as Senator Ruth Adler speaks. Photograph: Colin Marsh/Reuters')).toEqual(['Ruth Adler'])
  })
  it('a short caption keeps its people when only its credit is cut', () => {
    expect(names('en', 'Prime Minister Aaron Whitlock at the summit. (Hugo Brandt/AFP)')).toEqual(['Aaron Whitlock'])
  })
  it('offsets of later names stay true after a credit blanked in the middle', () => {
    const text = 'Sculptor Ines Vidal in her studio. (Paul Roux/AFP) Her partner Marc Olsen helps.'
    expect(findPersonMentions([text], { lang: 'en' }).map((m) => text.slice(m.start, m.end))).toEqual(['Ines Vidal', 'Marc Olsen'])
  })
})

describe('no credit', () => {
  it('a credit line alone is still nobody', () => {
    expect(names('en', 'DEREK HALE/AFP/Getty Images')).toEqual([])
  })
  it('a party pair in brackets is no credit and takes no person with it', () => {
    expect(names('de', 'Der Abgeordnete Lukas Brenner (CDU/CSU) stimmte dagegen.')).toEqual(['Lukas Brenner'])
  })
})
