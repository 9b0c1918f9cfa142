// English people finding, by error class met on public English news (CoNLL-2003 dev); the sentences are
// the team's own.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p) => p.name)

describe('English: a given name that is also a word or a surname', () => {
  it('"Randy", "Billy", "Shawn" start a name before a surname', () => {
    expect(en('The striker Randy Kowalczyk scored twice before Billy Okafor replaced him.')).toEqual(['Randy Kowalczyk', 'Billy Okafor'])
    expect(en('Shawn Delacroix won the opening stage in the rain.')).toEqual(['Shawn Delacroix'])
  })
  it('not alone, nor where the text writes the word in lower case', () => {
    expect(en('The grant covers Golden Valley Farms and the river.')).toEqual([])
    expect(en('Dusty Roads are common here, and the dusty roads flood each spring.')).toEqual([])
  })
})
