/**
 * Acceptance (step 2 of the engine): which candidate hits are clutter. The one implementation used
 * by findClutter() on a whole page and by the load-time hider while the page is parsed: the hider
 * adds hits as the parser closes their elements and asks again about the hits an addition concerns.
 *
 * A hit is accepted when it is strong, or when it is weak (a hit on prose) and either
 * - beside another candidate of its rule under the same parent, in a container of ads (no free
 *   prose child, and not a paragraph: two article paragraphs may well both link to a shop), or
 * - above a strong hit of its rule at most three levels below (a prompt holding its own feed links).
 * An accepted hit may hold nested prose only as an item (an ad's blurb), and at most ITEM_PROSE_MAX.
 */
import { preferredHit } from './hits'
import type { CompiledRule, Hit } from './rules'
import { ITEM_PROSE_MAX } from './text'
import type { ProseFacts } from './prose'

/** How many levels above a strong hit's parent a weak hit of its rule is carried by it. */
const STRONG_REACH = 3

/** The candidate hits found so far: one per element, counted per parent and rule, strong ones per ancestor. */
export class HitBook {
  readonly candidates = new Map<Element, Hit>()
  private readonly perParent = new Map<Element, Map<CompiledRule, Set<Element>>>()
  private readonly strongBelow = new Map<Element, Map<CompiledRule, number>>()

  /**
   * Adds `hit` unless its element has a preferred one (preferredHit). Returns the candidates whose
   * acceptance the addition may change: the hit, its siblings of its rule, and (when strong) the
   * candidates of its rule above it.
   */
  add(hit: Hit): Hit[] {
    const known = this.candidates.get(hit.element)
    if (!preferredHit(known, hit)) return []
    if (known) this.count(known, -1)
    this.candidates.set(hit.element, hit)
    this.count(hit, 1)
    const concerned = [hit]
    const parent = hit.element.parentElement
    for (const sibling of (parent && this.perParent.get(parent)?.get(hit.rule)) || []) {
      if (sibling !== hit.element) concerned.push(this.candidates.get(sibling)!)
    }
    if (hit.strong) {
      for (const above of this.ancestorsInReach(hit.element)) {
        const candidate = this.candidates.get(above)
        if (candidate?.rule === hit.rule) concerned.push(candidate)
      }
    }
    return concerned
  }

  /** Candidates of `rule` under `parent`. */
  siblingsOfRule(parent: Element, rule: CompiledRule): number {
    return this.perParent.get(parent)?.get(rule)?.size ?? 0
  }

  hasStrongBelow(el: Element, rule: CompiledRule): boolean {
    return (this.strongBelow.get(el)?.get(rule) ?? 0) > 0
  }

  private count(hit: Hit, delta: 1 | -1): void {
    const parent = hit.element.parentElement
    if (parent) {
      const perRule = this.perParent.get(parent) ?? new Map<CompiledRule, Set<Element>>()
      this.perParent.set(parent, perRule)
      const elements = perRule.get(hit.rule) ?? new Set<Element>()
      perRule.set(hit.rule, elements)
      if (delta > 0) elements.add(hit.element)
      else elements.delete(hit.element)
    }
    if (!hit.strong) return
    for (const el of this.ancestorsInReach(hit.element)) {
      const perRule = this.strongBelow.get(el) ?? new Map<CompiledRule, number>()
      this.strongBelow.set(el, perRule)
      perRule.set(hit.rule, (perRule.get(hit.rule) ?? 0) + delta)
    }
  }

  private ancestorsInReach(el: Element): Element[] {
    const above: Element[] = []
    for (let up = el.parentElement, depth = 0; up && depth < STRONG_REACH; depth++, up = up.parentElement) above.push(up)
    return above
  }
}

/** Whether a candidate of `book` is clutter (see the module comment). */
export function isAccepted(hit: Hit, book: HitBook, prose: ProseFacts): boolean {
  if (!hit.strong && !besideHit(hit, book, prose) && !book.hasStrongBelow(hit.element, hit.rule)) return false
  // Prose nested in a hit: fine in an item (an ad's blurb), never in a bigger container.
  const nested = prose.proseInside(hit.element, book.candidates)
  return nested === 0 || (hit.unit && nested <= ITEM_PROSE_MAX)
}

/** An ad among ads: another candidate of its rule beside it, in a container with no free prose. */
function besideHit(hit: Hit, book: HitBook, prose: ProseFacts): boolean {
  const parent = hit.element.parentElement
  return (
    parent !== null &&
    hit.element.tagName !== 'P' &&
    book.siblingsOfRule(parent, hit.rule) >= 2 &&
    !prose.hasFreeProseChild(parent, book.candidates)
  )
}

/** The accepted candidates of a finished book. */
export function acceptedHits(book: HitBook, prose: ProseFacts): Hit[] {
  return Array.from(book.candidates.values()).filter((hit) => isAccepted(hit, book, prose))
}
