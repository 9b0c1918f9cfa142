/**
 * Load-time support: findClutter()'s result from the places where it can only be, so that the
 * load-time script judges a few blocks instead of the page.
 */
import type { SiteModule } from '../site'
import { HitBook } from './accept'
import { blockHit, linkHit } from './hits'
import { lazyProse } from './prose'
import { lazyMeasure, resolveClutter } from './resolve'
import { boxes, type BoxHit } from './evidence'
import { isLabel, labelsIn } from './score'
import { compileRules, hasFamilyWord, linksToTarget, linksToTargets, type ClutterMatch } from './rules'
import { MAX_DEPTH, isBlock, isLink, isOpaque, nearestBlock, ownText } from './text'

/**
 * What the load-time script tests natively before it runs any rule (made by loadFiltersOf() in
 * src/core/load-filters.ts, at build time for the extension):
 * - literals: one regex of the signatures' required literals (src/core/regex-literals.ts): a block
 *   or link can only hit by its text where one occurs in a text node (or across adjacent ones);
 *   null when the site has no signatures. Undefined when a signature has no literal the parser can
 *   prove: then there is no shortcut and the whole page is judged.
 * - carry: how many characters of the text before a node a literal may start in.
 */
export interface LoadFilters {
  literals: RegExp | null | undefined
  carry: number
}

/**
 * findClutter(scope) from the text nodes where the site's literals occur (LoadFilters) and the
 * links to its targets: only their blocks and links are judged, and prose is measured only around
 * the hits. Every block or link findClutter would find a hit on lies on such a path, so the
 * result is the same (test/unit/clutter-fast.test.ts).
 */
export function clutterAround(
  scope: Element,
  site: SiteModule,
  textNodes: Iterable<Node>,
  /** Own texts already read (the load-time script's, of blocks the parser had closed). */
  ownTexts: ReadonlyMap<Element, string> = new Map(),
  /** Box verdicts already reached (the same). */
  boxVerdicts: ReadonlyMap<Element, BoxHit | null> = new Map(),
  /** Text lengths already measured (the same): filled further. */
  lengths = new Map<Element, number>(),
): ClutterMatch[] {
  const rules = compileRules(site)
  if (rules.length === 0) return []
  const blocks = new Set<Element>()
  const links = new Set<Element>()
  /** Elements in the scope and outside scripts and the like, with every ancestor up to the scope. */
  const cleared = new Set<Element>()
  const collect = (start: Element | null) => {
    const path: Element[] = []
    let el = start
    for (let hops = 0; el && !cleared.has(el) && hops < MAX_DEPTH; el = el.parentElement, hops++) {
      if (isOpaque(el)) return
      path.push(el)
      if (el === scope) break
    }
    if (!el) return // outside the scope
    for (const p of path) {
      cleared.add(p)
      if (p === scope || isBlock(p)) blocks.add(p)
      else if (isLink(p)) links.add(p)
    }
  }
  for (const node of textNodes) collect(node.parentElement)
  for (const link of linksToTargets(scope, rules)) collect(link)
  for (const heading of labelsIn(rules, scope)) collect(heading)
  // As findClutter: block hits first, then link hits.
  const book = new HitBook()
  const evidence: Element[] = []
  for (const block of blocks) {
    const text = ownTexts.get(block) ?? ownText(block)
    const hit = blockHit(rules, block, text)
    if (hit) book.add(hit)
    if (hasFamilyWord(rules, text) || isLabel(rules, block, text)) evidence.push(block)
  }
  for (const link of links) if (linksToTarget(link, rules)) evidence.push(nearestBlock(link))
  for (const box of boxes(rules, site.boxScoring, evidence, scope, lengths, boxVerdicts)) book.add(box)
  for (const link of links) {
    const hit = linkHit(rules, link, lengths)
    if (hit) book.add(hit)
  }
  return resolveClutter(scope, book, lazyProse(rules, scope, ownTexts), lazyMeasure(lengths))
}

/**
 * Finds the text nodes where a literal occurs, fed one by one in document order: a literal may
 * start in the nodes before (inline markup inside a word), so each test sees their last characters.
 */
export function literalScanner(filters: LoadFilters): (node: Text) => boolean {
  const { literals, carry: span } = filters
  if (!literals) return () => false
  /** The last characters of the text before, when it ends inside a word (a literal holds no space). */
  let carry = ''
  return (node) => {
    const data = node.data
    let found = literals.test(data)
    if (!found && carry && data && !breaksWords(data.charCodeAt(0))) found = literals.test(carry + data.slice(0, span))
    if (!data || breaksWords(data.charCodeAt(data.length - 1))) carry = ''
    else carry = data.length >= span ? data.slice(-span) : (carry + data).slice(-span)
    return found
  }
}

/** Spaces, controls, no-break and zero-width spaces: never part of a literal. */
function breaksWords(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x200b
}
