import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM, VirtualConsole } from 'jsdom'
import { findClutter, type ClutterMatch } from '../../src/core/clutter'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { htmlTreeArb, plantedArticleArb } from '../security/html-arbitraries'
import { countTreeSteps, nodeCount } from '../security/tree-steps'

/** Runs per property: moderate, CI has two cores shared with the rest of the suite. */
const RUNS = { planted: 150, random: 100 }
/*
 * No wall-clock bounds (they fail under load and pass on a fast machine): findClutter() reads every
 * node a few times (one walk, then ancestor climbs bounded by the page's depth): up to 40 tree steps per
 * node of the fuzz pages, bounded here at 100. A hang or a re-scan per block shows as many times more.
 */
const MAX_STEPS_PER_NODE = 100
let casesRun = 0
let mostStepsPerNode = 0

afterAll(() => {
  console.log(`fuzz-clutter: ${casesRun} findClutter() cases run, at most ${mostStepsPerNode.toFixed(1)} tree steps per node`)
})

/** findClutter() on `doc`, its tree work bounded by the page's size. */
function findClutterWithinBound(doc: Document): ClutterMatch[] {
  let matches: ClutterMatch[] = []
  const steps = countTreeSteps(() => {
    matches = findClutter(doc, itBoltwise)
  })
  const perNode = steps / nodeCount(doc)
  mostStepsPerNode = Math.max(mostStepsPerNode, perNode)
  expect(perNode, `${steps} tree steps on ${nodeCount(doc)} nodes`).toBeLessThan(MAX_STEPS_PER_NODE)
  return matches
}

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
        const matches = findClutterWithinBound(doc)
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
        const matches = findClutterWithinBound(doc)
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
