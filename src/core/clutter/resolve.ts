/**
 * Resolution (steps 2-4 of the engine) on candidate hits found by a walk (findClutter) or around
 * the literals (the load-time path): accept, protect, grow, keep the outermost.
 *
 * - Protected text: a block with substantial prose that is not inside a hit is article text (or
 *   listing text on home/archive pages). Its ancestors are never hidden.
 * - Growth: a hit climbs to its parent while the parent holds no protected text, no hit of another
 *   kind, at least COVERED of its text lies in hits of the kind, and its other links carry almost no
 *   text (so a widget = heading + items is hidden whole; a sidebar with a menu is not).
 *   Never above body/main/article or the scanned root.
 * - Outermost blocks only, in document order.
 */
import type { ClutterKind } from '../types'
import { acceptedHits, type HitBook } from './accept'
import { blurbsBeside } from './blurb'
import type { ProseFacts } from './prose'
import type { ClutterMatch, Hit } from './rules'
import { MAX_DEPTH, STOP_TAGS, isBlock, isLink, nearestBlock, textLength } from './text'

/** A parent joins a clutter block when at least this share of its text lies in its hits. */
const COVERED = 0.7
/** A parent may hold one link outside hits with this much text and still join (a "mehr" link, not a menu or a logo + menu). */
const STRAY_LINK_TEXT = 30

/** What growth needs to know of an element's text and links. */
export interface Measure {
  lengths: Map<Element, number>
  linkCount(el: Element): number
  linkLength(el: Element): number
  byOrder(a: { element: Element }, b: { element: Element }): number
}

/** Measures taken on demand (for the few elements growth visits), when there was no scan. */
export function lazyMeasure(lengths = new Map<Element, number>()): Measure {
  const links = (el: Element) => (isLink(el) ? [el] : Array.from(el.querySelectorAll('a[href]')))
  return {
    lengths,
    linkCount: (el) => links(el).length,
    linkLength: (el) => links(el).reduce((sum, a) => sum + textLength(a, lengths), 0),
    byOrder: (a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1),
  }
}

export function resolveClutter(scope: Element, book: HitBook, prose: ProseFacts, measure: Measure): ClutterMatch[] {
  const lengths = measure.lengths
  const hits = acceptedHits(book, prose)
  if (hits.length === 0) return []
  hits.push(...blurbsBeside(hits, lengths))
  const hitSet = new Map(hits.map((h) => [h.element, h]))

  // Protected text. Text of hit links inline in a block (job ads in a ticker) is not the block's prose.
  const inlineHitText = new Map<Element, number>()
  for (const hit of hits) {
    if (isBlock(hit.element) || !hit.element.parentElement) continue
    const block = nearestBlock(hit.element.parentElement)
    inlineHitText.set(block, (inlineHitText.get(block) ?? 0) + textLength(hit.element, lengths))
  }
  const holdsProtected = prose.protectedTest(scope, hitSet, inlineHitText)

  // Growth in document order; a hit inside the block grown last adds nothing (its block would be
  // inside that one too); then the outermost in document order.
  const byOrder = measure.byOrder
  hits.sort(byOrder)
  const grown: ClutterMatch[] = []
  const verdicts = new Map<Element, Map<ClutterKind, boolean>>()
  let last: Element | null = null
  for (const hit of hits) {
    if (last?.contains(hit.element) || holdsProtected(hit.element)) continue
    last = grow(hit, hits, holdsProtected, scope, measure, verdicts)
    grown.push({ rule: hit.rule.rule.name, kind: hit.rule.rule.kind, element: last })
  }
  return outermost([...grown].sort(byOrder))
}

function grow(
  hit: Hit,
  hits: readonly Hit[],
  holdsProtected: (el: Element) => boolean,
  scope: Element,
  measure: Measure,
  verdicts: Map<Element, Map<ClutterKind, boolean>>,
): Element {
  const kind = hit.rule.rule.kind
  let el = hit.element
  for (let hops = 0; hops < MAX_DEPTH; hops++) {
    if (el === scope) return el
    const parent = el.parentElement
    if (!parent || STOP_TAGS.has(parent.tagName)) return el
    // The verdict on a parent depends on the parent and the kind only: judge each once.
    const known = verdicts.get(parent) ?? new Map<ClutterKind, boolean>()
    let joins = known.get(kind)
    if (joins === undefined) {
      joins = mostlyClutter(parent, kind, hits, measure)
      known.set(kind, joins)
      verdicts.set(parent, known)
    }
    // Protection second: asked lazily (the load-time script), it may walk the parent's blocks.
    if (!joins || holdsProtected(parent)) return el
    el = parent
  }
  return el
}

/** True when `parent` is made of hits of `kind` plus at most a label: no other kind, no menu. */
function mostlyClutter(parent: Element, kind: ClutterKind, hits: readonly Hit[], measure: Measure): boolean {
  const inside = hitsInside(parent, hits, measure.byOrder)
  if (inside.some((h) => h.rule.rule.kind !== kind)) return false
  const outer = outermost(inside).map((h) => h.element)
  const sum = (of: (el: Element) => number) => outer.reduce((total, el) => total + of(el), 0)
  const length = (el: Element) => textLength(el, measure.lengths)
  if (sum(length) < COVERED * length(parent)) return false
  const strayLinks = measure.linkCount(parent) - sum(measure.linkCount)
  const strayLinkText = measure.linkLength(parent) - sum(measure.linkLength)
  return strayLinks <= 1 && strayLinkText <= STRAY_LINK_TEXT
}

/**
 * The hits strictly inside `parent`, from `hits` in document order: a parent's descendants follow it
 * in one run, so a binary search finds the run (a page may hold thousands of hits and of parents).
 */
function hitsInside(parent: Element, hits: readonly Hit[], byOrder: Measure['byOrder']): Hit[] {
  const at = { element: parent }
  let low = 0
  let high = hits.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (byOrder(hits[middle]!, at) < 0) low = middle + 1
    else high = middle
  }
  const inside: Hit[] = []
  for (let i = low; i < hits.length; i++) {
    const hit = hits[i]!
    if (hit.element === parent) continue
    if (!parent.contains(hit.element)) break
    inside.push(hit)
  }
  return inside
}

/** The items in document order that lie in no item before them: an ancestor comes before its descendants, so one pass keeps the outermost. */
function outermost<T extends { element: Element }>(inOrder: readonly T[]): T[] {
  const outer: T[] = []
  for (const item of inOrder) {
    if (!outer[outer.length - 1]?.element.contains(item.element)) outer.push(item)
  }
  return outer
}
