// An actor's role is a fictional character, not a person of the article (src/core/text/fictional.ts).
// Our own sentences, both sides of the rule.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const names = (lang: 'de' | 'en', text: string) => findPeople([text], { lang }).map((p) => p.name)

describe('a character an actor plays', () => {
  it('after an actor verb and the character\'s trade with its article', () => {
    expect(names('en', 'In the film, Tom Wexler, playing the chemist Victor Lamm, barely speaks.')).toEqual(['Tom Wexler'])
    expect(names('en', 'Nora Quint portrays the detective Ada Crane in the new series.')).toEqual(['Nora Quint'])
    expect(names('de', 'In der Serie verkörpert Hanna Berger die Kommissarin Lisa Rautmann.')).toEqual(['Hanna Berger'])
  })
})

describe('no character', () => {
  it('the subject right after the verb, an opponent, a partner or an adjective before the name', () => {
    expect(names('de', 'Heute spielt Jonas Kern gegen Felix Brandt um den Titel.')).toEqual(['Jonas Kern', 'Felix Brandt'])
    expect(names('en', 'Tonight the veteran Mark Ellison plays the young Owen Hartley.')).toEqual(['Mark Ellison', 'Owen Hartley'])
    expect(names('en', 'She played alongside Owen Hartley for years.')).toEqual(['Owen Hartley'])
  })
})
