/**
 * The blind held-out set (clutter-variations-blind.ts, written before tuning) measured two ways:
 *   - at load time: the content-early engine's path (literal scanner over the text nodes, then
 *     clutterAround), as clutter-generalize.test.ts drives it;
 *   - in analyze(): the block's texts are all in `hidden` and none reaches `paragraphs`.
 * Each block sits on its own page, in turn after the article, between its paragraphs, in the
 * sidebar or inside the article's container, among all hard negatives. Figures are printed per
 * purpose; the floors below only go down.
 */
import { describe, expect, it } from 'vitest'
import { JSDOM, VirtualConsole } from 'jsdom'
import { analyze } from '../../src/shared/analysis'
import { clutterAround, literalScanner } from '../../src/core/clutter'
import { loadFiltersOf } from '../../src/core/load-filters'
import { itBoltwise } from '../../src/sites/it-boltwise'
import type { Place } from './clutter-variations-dev'
import { BLIND_URL as URL, blindPageHtml, placeOf } from './clutter-blind-page'
import { BLIND_BLOCKS, BLIND_NEGATIVES, type BlindBlock, type BlindPurpose } from './clutter-variations-blind'
import { FRESH_BLOCKS, FRESH_NEGATIVES } from './clutter-variations-blind-fresh'

const norm = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim()
const pageHtml = (block: BlindBlock | null, place: Place, negatives: string[]) => blindPageHtml(block ? [{ block, place }] : [], negatives)

const parse = (html: string) => new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4)
  const nodes: Text[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.trim()) nodes.push(node as Text)
  return nodes
}

function loadTimeClutter(doc: Document): Element[] {
  const scan = literalScanner(loadFiltersOf(itBoltwise))
  const flagged = textNodes(doc).filter((node) => scan(node))
  return clutterAround(doc.body, itBoltwise, flagged).map((m) => m.element)
}

interface Verdict { loadTime: boolean; analyzed: boolean; negativesHidden: string[]; people: string[] }

/** One page: is the block hidden whole at load time and in analyze(); which negatives were hidden or dropped. */
function measure(block: BlindBlock | null, place: Place, negatives: string[]): Verdict {
  const doc = parse(pageHtml(block, place, negatives))
  const early = loadTimeClutter(doc)
  const hiddenEarly = (node: Node) => early.some((el) => el.contains(node))
  const blockTexts = Array.from(doc.querySelectorAll('[data-clutter]')).flatMap((el) => textNodes(el))
  const loadTime = blockTexts.length > 0 && blockTexts.every(hiddenEarly)
  const articleEls = Array.from(doc.querySelectorAll('[data-article]'))
  const negativesHidden = articleEls.filter((p) => hiddenEarly(p) || early.some((el) => p.contains(el))).map((p) => `load time: ${norm(p.textContent ?? '')}`)

  const analysis = analyze(parse(pageHtml(block, place, negatives)), URL)
  const hidden = analysis.hidden.map((h) => norm(h.text))
  const paragraphs = analysis.paragraphs.map(norm)
  const units = blockTexts.map((n) => norm(n.data))
  const analyzed = units.every((u) => hidden.some((h) => h.includes(u))) && !units.some((u) => u.length >= 20 && paragraphs.some((p) => p.includes(u)))
  for (const p of articleEls) {
    const text = norm(p.textContent ?? '')
    if (hidden.some((h) => h.includes(text) || (h.length >= 15 && text.includes(h)))) negativesHidden.push(`analyze hidden: ${text}`)
    if (!paragraphs.some((q) => q.includes(text))) negativesHidden.push(`analyze dropped: ${text}`)
  }
  const people = (block?.people ?? []).filter((name) => analysis.people.some((p) => p.name.includes(name.split(' ').at(-1)!)))
  return { loadTime, analyzed, negativesHidden, people }
}

function run(name: string, blocks: BlindBlock[], negatives: string[]) {
  const results = blocks.map((block, i) => ({ block, place: placeOf(i), ...measure(block, placeOf(i), negatives) }))
  const bare = measure(null, 'after', negatives)
  const purposes = [...new Set(blocks.map((b) => b.purpose))] as BlindPurpose[]
  const rows = Object.fromEntries(purposes.map((p) => {
    const mine = results.filter((r) => r.block.purpose === p)
    return [p, { blocks: mine.length, 'hidden at load time': mine.filter((r) => r.loadTime).length, 'hidden in analyze()': mine.filter((r) => r.analyzed).length }]
  }))
  const falsePositives = [...new Set([...bare.negativesHidden, ...results.flatMap((r) => r.negativesHidden)])]
  console.log(`${name}: ${blocks.length} blocks, ${negatives.length} negatives; hidden at load time ${results.filter((r) => r.loadTime).length}, in analyze() ${results.filter((r) => r.analyzed).length}; negatives wrongly hidden or dropped: ${falsePositives.length}`)
  console.table(rows)
  for (const r of results.filter((r) => !r.loadTime || !r.analyzed)) console.log(`  missed${r.loadTime ? ' in analyze()' : r.analyzed ? ' at load time' : ''}: ${label(r)}`)
  return { results, falsePositives }
}

const label = (r: { block: BlindBlock; place: Place }) => `${r.block.purpose} (${r.place}): ${norm(JSDOM.fragment(r.block.html).textContent ?? '').slice(0, 70)}`

/** Blocks still missed on the blind set, per path: a floor that only goes down. */
const KNOWN_MISSES_BLIND = { loadTime: 1, analyzed: 1 }
/** Negatives hidden or dropped (each path counted): before tuning 3 (the bold "Quellen:" line at load time, hidden and dropped in analyze()). */
const KNOWN_FALSE_POSITIVES = 0

describe('blind held-out clutter set (written before tuning)', () => {
  const { results, falsePositives } = run('blind set', BLIND_BLOCKS, BLIND_NEGATIVES)
  it('no hard negative is hidden or dropped, beside any block', () => {
    expect(falsePositives.length, falsePositives.join('\n')).toBeLessThanOrEqual(KNOWN_FALSE_POSITIVES)
  })
  it('misses no more blocks at load time than the floor', () => {
    const missed = results.filter((r) => !r.loadTime).map(label)
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(KNOWN_MISSES_BLIND.loadTime)
  })
  it('misses no more blocks in analyze() than the floor', () => {
    const missed = results.filter((r) => !r.analyzed).map(label)
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(KNOWN_MISSES_BLIND.analyzed)
  })
  it('reports no person named only by a block', () => {
    expect(results.flatMap((r) => r.people)).toEqual([])
  })
})

/** The fresh set, written after the fixes and not tuned on: its floors are its first measurement. */
const KNOWN_MISSES_FRESH = { loadTime: 2, analyzed: 2 }
const KNOWN_FALSE_POSITIVES_FRESH = 0

describe('fresh held-out clutter set (written after the fixes, not tuned on)', () => {
  const { results, falsePositives } = run('fresh set', FRESH_BLOCKS, FRESH_NEGATIVES)
  it('hides no more hard negatives than the floor', () => {
    expect(falsePositives.length, falsePositives.join('\n')).toBeLessThanOrEqual(KNOWN_FALSE_POSITIVES_FRESH)
  })
  it('misses no more blocks than the floor, at load time and in analyze()', () => {
    expect(results.filter((r) => !r.loadTime).length).toBeLessThanOrEqual(KNOWN_MISSES_FRESH.loadTime)
    expect(results.filter((r) => !r.analyzed).length).toBeLessThanOrEqual(KNOWN_MISSES_FRESH.analyzed)
  })
  it('reports no person named only by a block', () => {
    expect(results.flatMap((r) => r.people)).toEqual([])
  })
})
