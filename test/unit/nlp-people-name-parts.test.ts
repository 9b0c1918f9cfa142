// English: a name with more parts than the lists know (Indonesian names); the sentences are the team's own.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p) => p.name)

describe('English: an unknown first part before a full name', () => {
  it('a capitalised word inside the sentence right before the name', () => {
    expect(en('The delegation met Susilo Bambang Yudhoyono in Bogor on Monday.')).toEqual(['Susilo Bambang Yudhoyono'])
  })
  it('"Sri" opening a name at the start of a sentence', () => {
    expect(en('Sri Mulyani Indrawati, the finance minister, presented the budget.')).toEqual(['Sri Mulyani Indrawati'])
  })
  it('not a rank, a party, the end of a role or an article before it', () => {
    expect(en('He met Lieutenant-Colonel Jakob Marrinek in Tuzla.')).toEqual(['Jakob Marrinek'])
    expect(en('It was Democrat Walter Mondale who lost.')).toEqual(['Walter Mondale'])
    expect(en('The envoy, Assistant Secretary of State John Kornblum, met him.')).toEqual(['John Kornblum'])
  })
})

describe('English: a title in Title Case is no longer name', () => {
  it('a capitalised word before the first part', () => {
    expect(en('The film asks viewers: Don\'t Forget George Floyd, who died in 2020.')).toEqual(['George Floyd'])
  })
})
