import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM, VirtualConsole } from 'jsdom'
import { findClutter } from '../../src/core/clutter'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { htmlTreeArb, plantedArticleArb } from '../security/html-arbitraries'

/** Runs per property: moderate, CI has two cores shared with the rest of the suite. */
const RUNS = { planted: 150, random: 100 }
/** Generous per-case bound for pages of a few KB. */
const CASE_MS = 2_000
let casesRun = 0

afterAll(() => {
  console.log(`fuzz-clutter: ${casesRun} findClutter() cases run`)
})

function parse(html: string): Document {
  casesRun++
  return new JSDOM(html, { url: 'https://www.it-boltwise.de/fuzz.html', virtualConsole: new VirtualConsole() }).window.document
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

describe('findClutter (IT BOLTWISE rules) never hides article text', () => {
  it(`planted article paragraphs among clutter blocks (${RUNS.planted} runs)`, () => {
    fc.assert(
      fc.property(plantedArticleArb, ({ html, paragraphs }) => {
        const doc = parse(html)
        const planted = Array.from(doc.querySelectorAll('p')).filter((p) => paragraphs.includes(squash(p.textContent)))
        expect(planted.length).toBe(paragraphs.length)
        const started = performance.now()
        const matches = findClutter(doc, itBoltwise)
        expect(performance.now() - started).toBeLessThan(CASE_MS)
        // The invariant: no hidden block holds an article paragraph, or sits inside one.
        const offending = matches.filter((m) => planted.some((p) => m.element.contains(p) || p.contains(m.element)))
        expect(offending.map((m) => `${m.rule}: ${squash(m.element.textContent).slice(0, 100)}`)).toEqual([])
      }),
      { numRuns: RUNS.planted },
    )
  })

  it(`random trees (${RUNS.random} runs): no throw, outermost blocks only, in document order`, () => {
    fc.assert(
      fc.property(htmlTreeArb, (tree) => {
        const doc = parse(`<!DOCTYPE html><html><body>${tree}</body></html>`)
        const started = performance.now()
        const matches = findClutter(doc, itBoltwise)
        expect(performance.now() - started).toBeLessThan(CASE_MS)
        for (const [i, m] of matches.entries()) {
          expect(m.element.ownerDocument).toBe(doc)
          expect(['HTML', 'BODY']).not.toContain(m.element.tagName)
          const next = matches[i + 1]
          if (next) {
            expect(m.element.contains(next.element)).toBe(false)
            // DOCUMENT_POSITION_FOLLOWING: the next match comes later in the document.
            expect(m.element.compareDocumentPosition(next.element) & 4).toBe(4)
          }
        }
      }),
      { numRuns: RUNS.random },
    )
  })
})
