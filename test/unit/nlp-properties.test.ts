import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findPeople } from '../../src/core/people'
import { summarize } from '../../src/core/summary'

// Words that exercise every rule: names, roles, titles, verbs of saying, articles, punctuation, quotes.
const WORDS = [
  'Sam', 'Altman', 'Altmans', 'OpenAI-Chef', 'der', 'ukrainische', 'Präsident', 'Wolodymyr', 'Selenskyj', ',', '.',
  'sagte', 'said', 'Scholz', 'Prof.', 'Dr.', 'Anna', 'von', 'Leyen', 'Ursula', 'Leiter', 'des', 'Amtes', 'Porsche',
  'Kiew', 'die', 'Regierung', '„', '“', '"', 'he', 'it', 'F.', 'John', 'Kennedy', 'Nvidia-CEO', 'Huang', '…', '?',
  'und', 'ein', 'Modell', 'Mr.', 'CEO', 'the', 'chief', 'executive', 'of', '(', ')', '-', 'Von', '\n',
]

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' '))
const paragraphs = fc.array(text, { maxLength: 6 })

describe('people and summary on arbitrary word salad', () => {
  it('findPeople never throws; every person has a surname from the text (the rest may come from the known people), at least one mention, a role or null', () => {
    fc.assert(fc.property(paragraphs, (ps) => {
      const people = findPeople(ps, { lang: 'de' })
      const all = ps.join('\n')
      for (const p of people) {
        expect(p.name.length).toBeGreaterThan(0)
        expect(all).toContain(p.name.split(' ').at(-1))
        expect(p.mentions).toBeGreaterThanOrEqual(1)
        expect(p.role === null || p.role.length > 0).toBe(true)
      }
      for (let i = 1; i < people.length; i++) expect(people[i - 1]!.mentions).toBeGreaterThanOrEqual(people[i]!.mentions)
    }))
  })

  it('a summary quotes a repeated line once (fast-check found ["?", "?"] quoted twice)', () => {
    const summary = summarize(['?', '?'], { title: '?', lang: 'de', count: 2 })
    expect(summary.length).toBe(new Set(summary).size)
  })

  it('summarize never throws and returns at most `count` distinct sentences, each verbatim from a paragraph', () => {
    fc.assert(fc.property(paragraphs, fc.integer({ min: 1, max: 5 }), (ps, count) => {
      const summary = summarize(ps, { title: ps[0] ?? null, lang: 'de', count })
      expect(summary.length).toBeLessThanOrEqual(count)
      expect(new Set(summary).size).toBe(summary.length)
      for (const s of summary) expect(ps.some((p) => p.includes(s))).toBe(true)
    }))
  })
})
