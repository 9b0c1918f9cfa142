/**
 * The held-out clutter variations (test/clutter-variations/), written apart from the site rules:
 * every kind Klartext promises to hide, in 6 markups x 5 wordings, placed after the article, inside
 * it, between its paragraphs or in the sidebar, beside article paragraphs that use the same words.
 *   - every promised-kind block is hidden (its texts in `hidden`) and absent from `paragraphs`;
 *   - author and related-article boxes are absent from `paragraphs` (hiding them is optional);
 *   - no article paragraph is hidden or missing from `paragraphs`;
 *   - no person from an ad, a bio or a teaser is among `people`.
 * Per-kind recall and false positives are printed as a table.
 */
import fc from 'fast-check'
import { JSDOM, VirtualConsole } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/shared/analysis'
import type { Analysis } from '../../src/core/types'
import {
  composePage,
  gridCompositions,
  markupCount,
  PLACEMENTS,
  PROMISED_KINDS,
  READER_ONLY_KINDS,
  VARIATION_KINDS,
  wordingCount,
  type Composition,
  type HeldOutPage,
  type VariationKind,
} from '../clutter-variations'

/** The product's public analysis of a page: the one place to adapt when analyze()'s signature changes. */
function analyzePage(page: HeldOutPage): Analysis {
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() })
  try {
    return analyze(dom.window.document, page.url)
  } finally {
    dom.window.close()
  }
}

const norm = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()

/** A unit reached the reader: a paragraph is it, or holds it (when it is long enough to be telling). */
function inReader(unit: string, paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => p === unit || (unit.length >= 20 && p.includes(unit)))
}

function reportedAs(person: string, analysis: Analysis): string | null {
  const surname = person.split(' ').at(-1)!
  return analysis.people.find((p) => p.name.split(/\s+/).includes(surname))?.name ?? null
}

interface BlockVerdict {
  kind: VariationKind
  label: string
  notHidden: string[]
  inReader: string[]
  people: string[]
}

interface PageVerdict {
  blocks: BlockVerdict[]
  /** Article paragraphs hidden or missing, by the kind whose words they use ('base' for the plain report). */
  article: { kind: VariationKind | 'base'; text: string; hidden: boolean; missing: boolean }[]
}

function judge(page: HeldOutPage, analysis: Analysis): PageVerdict {
  const hidden = analysis.hidden.map((h) => norm(h.text))
  const paragraphs = analysis.paragraphs.map(norm)
  const blocks = page.clutter.map((block) => ({
    kind: block.kind,
    label: `${block.kind} markup ${block.markup} wording ${block.wording} (${block.placement})`,
    notHidden: block.units.map(norm).filter((unit) => !hidden.some((h) => h.includes(unit))),
    inReader: block.units.map(norm).filter((unit) => inReader(unit, paragraphs)),
    people: block.people.flatMap((person) => reportedAs(person, analysis) ?? []),
  }))
  const article = page.article.map((p) => {
    const text = norm(p.text)
    return {
      kind: p.kind,
      text,
      hidden: hidden.some((h) => h.includes(text) || (h.length >= 15 && text.includes(h))),
      missing: !paragraphs.some((q) => q.includes(text)),
    }
  })
  return { blocks, article }
}

function problemsOf(verdict: PageVerdict): string[] {
  return [
    ...verdict.blocks.flatMap((b) => [
      ...((PROMISED_KINDS as readonly string[]).includes(b.kind) ? b.notHidden.map((u) => `${b.label}: not hidden: "${u.slice(0, 70)}"`) : []),
      ...b.inReader.map((u) => `${b.label}: in the reader: "${u.slice(0, 70)}"`),
      ...b.people.map((name) => `${b.label}: reported as a person: ${name}`),
    ]),
    ...verdict.article.flatMap((a) => [
      ...(a.hidden ? [`article paragraph (${a.kind}) hidden: "${a.text.slice(0, 70)}"`] : []),
      ...(a.missing ? [`article paragraph (${a.kind}) missing from the reader: "${a.text.slice(0, 70)}"`] : []),
    ]),
  ]
}

const grid = gridCompositions().map((composition) => {
  const page = composePage(composition)
  return { composition, page, verdict: judge(page, analyzePage(page)) }
})
const blocks = grid.flatMap((g) => g.verdict.blocks)
const articleVerdicts = grid.flatMap((g) => g.verdict.article)

printFigures()

function printFigures(): void {
  const rows: Record<string, Record<string, number | string>> = {}
  for (const kind of VARIATION_KINDS) {
    const mine = blocks.filter((b) => b.kind === kind)
    const promised = (PROMISED_KINDS as readonly string[]).includes(kind)
    const innocent = articleVerdicts.filter((a) => a.kind === kind)
    rows[kind] = {
      blocks: mine.length,
      'hidden in page': promised ? mine.filter((b) => b.notHidden.length === 0).length : '(optional)',
      'out of reader': mine.filter((b) => b.inReader.length === 0).length,
      'people reported': mine.reduce((n, b) => n + b.people.length, 0),
      'innocent paragraphs': innocent.length,
      'hidden (FP)': innocent.filter((a) => a.hidden).length,
      'missing (FP)': innocent.filter((a) => a.missing).length,
    }
  }
  const base = articleVerdicts.filter((a) => a.kind === 'base')
  rows['base article'] = { 'innocent paragraphs': base.length, 'hidden (FP)': base.filter((a) => a.hidden).length, 'missing (FP)': base.filter((a) => a.missing).length }
  console.log(`held-out clutter variations: ${grid.length} pages, ${blocks.length} blocks`)
  console.table(rows)
}

describe('held-out clutter variations: the set itself', () => {
  it('has at least 6 markups x 5 wordings per kind, each pair on some page, in every placement', () => {
    for (const kind of VARIATION_KINDS) {
      expect(markupCount(kind), kind).toBeGreaterThanOrEqual(6)
      expect(wordingCount(kind), kind).toBeGreaterThanOrEqual(5)
      const pairs = new Set(grid.flatMap((g) => g.composition.blocks.filter((b) => b.kind === kind).map((b) => `${b.markup}/${b.wording}`)))
      expect(pairs.size, kind).toBe(markupCount(kind) * wordingCount(kind))
      const placements = new Set(grid.flatMap((g) => g.composition.blocks.filter((b) => b.kind === kind).map((b) => b.placement)))
      expect([...placements].sort(), kind).toEqual([...PLACEMENTS].sort())
    }
  })

  it('every truth text is on its page (a truth the page lacks would make the checks vacuous)', () => {
    for (const { page } of grid) {
      const body = norm(new JSDOM(page.html).window.document.body.textContent ?? '')
      for (const block of page.clutter) for (const unit of block.units) expect(body, `${block.kind} ${block.markup}/${block.wording}`).toContain(norm(unit))
      for (const paragraph of page.article) expect(body).toContain(norm(paragraph.text))
    }
  })
})

/**
 * The goal is no miss at all. These are the blocks (of 30 per kind) the rules still miss on this set,
 * measured when the set was last run against new rules: a floor that only goes down. A change that
 * misses more fails; one that misses fewer should lower the number here.
 */
const KNOWN_MISSES: Record<VariationKind, number> = {
  jobs: 0, books: 0, subscribe: 0, support: 0, comments: 0, search: 0, promo: 0, author: 0, related: 0,
}
const KNOWN_AD_PEOPLE = 0

const missed = (b: BlockVerdict) => ((PROMISED_KINDS as readonly string[]).includes(b.kind) && b.notHidden.length > 0) || b.inReader.length > 0

describe('held-out clutter variations: analyze() on every markup x wording', () => {
  it.each([...VARIATION_KINDS])('%s: no more blocks missed (not hidden, or in the reader) than the known floor', (kind) => {
    const misses = blocks.filter((b) => b.kind === kind && missed(b))
    const listing = misses.map((b) => `${b.label}: ${[...b.notHidden.map((u) => `not hidden "${u.slice(0, 50)}"`), ...b.inReader.map((u) => `in the reader "${u.slice(0, 50)}"`)].join('; ')}`)
    expect(misses.length, listing.join('\n')).toBeLessThanOrEqual(KNOWN_MISSES[kind])
  })

  it('no article paragraph is hidden or missing from the paragraphs, whatever words it shares with clutter', () => {
    const problems = articleVerdicts.flatMap((a) => [...(a.hidden ? [`(${a.kind}) hidden: ${a.text.slice(0, 70)}`] : []), ...(a.missing ? [`(${a.kind}) missing: ${a.text.slice(0, 70)}`] : [])])
    expect([...new Set(problems)]).toEqual([])
  })

  it('no more people from book ads, author bios or related-article teasers than the known floor', () => {
    const problems = blocks.flatMap((b) => b.people.map((name) => `${b.label}: ${name}`))
    expect(problems.length, problems.join('\n')).toBeLessThanOrEqual(KNOWN_AD_PEOPLE)
  })
})

const placedBlock = fc.record({
  kind: fc.constantFrom(...VARIATION_KINDS),
  markup: fc.nat(5),
  wording: fc.nat(4),
  placement: fc.constantFrom(...PLACEMENTS),
})
const composition: fc.Arbitrary<Composition> = fc.record({
  blocks: fc.array(placedBlock, { minLength: 1, maxLength: 6 }),
  innocent: fc.subarray([...VARIATION_KINDS]),
})

describe('held-out clutter variations: any composition', () => {
  it('keeps every article paragraph, whatever the mix (30 runs)', () => {
    fc.assert(
      fc.property(composition, (c) => {
        const page = composePage(c)
        const verdict = judge(page, analyzePage(page))
        expect(problemsOf({ blocks: [], article: verdict.article })).toEqual([])
      }),
      { numRuns: 30, seed: 20261207 },
    )
  })

  it('misses no clutter over the same 30 compositions', () => {
    const problems = fc.sample(composition, { numRuns: 30, seed: 20261207 }).flatMap((c) => {
      const page = composePage(c)
      return problemsOf({ ...judge(page, analyzePage(page)), article: [] })
    })
    console.log(`held-out compositions: ${problems.length} clutter problems over 30 pages`)
    expect(problems).toEqual([])
  })
})
