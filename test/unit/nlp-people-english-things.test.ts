// English: things named in Title Case with a person's or a given name in them; the sentences are the team's own.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p) => p.name)

describe('English: a name inside the name of a product or work', () => {
  it('after a prefix of products or capitalised words an article opens', () => {
    expect(en('Nintendo released Super Mario Run for phones on Thursday.')).toEqual([])
    expect(en('She wore the Pearl Oscar Dress to the ceremony.')).toEqual([])
  })
  it('an article right before a full name used as a modifier, and its lone mentions', () => {
    expect(en('The Margaret Hamilton Lego minifigure sold out within hours.')).toEqual([])
    expect(en('The Arduino Zero board costs 40 dollars.', 'Zero has a faster chip than the Uno.')).toEqual([])
  })
  it('a person the text also names otherwise stays', () => {
    expect(en('The Margaret Hamilton Lego minifigure sold out.', 'Margaret Hamilton wrote the flight software.')).toEqual(['Margaret Hamilton'])
  })
  it('not a rank or role before the name', () => {
    expect(en('The treaty was signed by the Holy Roman Emperor Charles VI in 1714.')).not.toEqual([])
    expect(en('The talks were led by the Bosnian President Alija Izetbegovic on Friday.')).toEqual(['Alija Izetbegovic'])
  })
})

describe('English: a person named as the topic of a case or trial', () => {
  it('"the Marc Dutroux case" is about the person', () => {
    expect(en('Police would not say if it was linked to the Karel Vandersteen case.')).toEqual(['Karel Vandersteen'])
  })
})
