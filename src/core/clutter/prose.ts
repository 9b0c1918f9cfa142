/**
 * What the engine asks of the prose (blocks of text that no rule hits): from the list a whole-page
 * walk found (findClutter), or measured on demand around the hits (the load-time path). Both
 * answer alike for the same page.
 */
import { blockHit } from './hits'
import type { CompiledRule, Hit } from './rules'
import { MAX_DEPTH, MAX_STEPS, PROSE_MIN, isBlock, isOpaque, isProse, ownText } from './text'

/** A block of prose that is no hit, with the length of its own text. */
export interface Prose {
  block: Element
  length: number
}

export interface ProseFacts {
  /** True when `parent` has a child block of prose that is no candidate. */
  hasFreeProseChild(parent: Element, candidates: ReadonlyMap<Element, Hit>): boolean
  /** The length of the prose strictly inside `el`, a candidate. */
  proseInside(el: Element, candidates: ReadonlyMap<Element, Hit>): number
  /**
   * Whether an element holds protected text: prose outside every hit, unless most of it is the text
   * of hit links inline in it.
   */
  protectedTest(scope: Element, hits: ReadonlyMap<Element, Hit>, inlineHitText: ReadonlyMap<Element, number>): (el: Element) => boolean
}

function countsAsArticleText(block: Element, length: number, scope: Element, hits: ReadonlyMap<Element, Hit>, inlineHitText: ReadonlyMap<Element, number>): boolean {
  if (length - (inlineHitText.get(block) ?? 0) < PROSE_MIN && inlineHitText.has(block)) return false
  return !insideHit(block, hits, scope)
}

function insideHit(el: Element, hits: ReadonlyMap<Element, Hit>, scope: Element): boolean {
  for (let current: Element | null = el, hops = 0; current && hops < MAX_DEPTH; current = current === scope ? null : current.parentElement, hops++) {
    if (hits.has(current)) return true
  }
  return false
}

/** Facts from the prose a whole-page walk listed. */
export function listedProse(prose: readonly Prose[]): ProseFacts {
  /** Answers for one set of candidates (the engine asks about one set only). */
  let freeParents: Set<Element> | null = null
  let nested: Map<Element, number> | null = null
  return {
    hasFreeProseChild(parent, candidates) {
      if (!freeParents) {
        freeParents = new Set()
        for (const { block } of prose) if (block.parentElement && !candidates.has(block)) freeParents.add(block.parentElement)
      }
      return freeParents.has(parent)
    },
    proseInside(el, candidates) {
      if (!nested) {
        const sums = new Map<Element, number>()
        for (const { block, length } of prose) {
          for (let up = block.parentElement, hops = 0; up && hops < MAX_DEPTH; up = up.parentElement, hops++) {
            if (candidates.has(up)) sums.set(up, (sums.get(up) ?? 0) + length)
          }
        }
        nested = sums
      }
      return nested.get(el) ?? 0
    },
    protectedTest(scope, hits, inlineHitText) {
      const holdsProtected = new Set<Element>()
      for (const { block, length } of prose) {
        if (!countsAsArticleText(block, length, scope, hits, inlineHitText)) continue
        for (let el: Element | null = block; el && !holdsProtected.has(el); el = el === scope ? null : el.parentElement) holdsProtected.add(el)
      }
      return (el) => holdsProtected.has(el)
    },
  }
}

/**
 * Prose measured on demand: only the blocks near the hits are read. Answers as listedProse() would
 * for the whole scope, for the elements as they are now: while a page is parsed, make a new one
 * for every look (an open element still grows).
 */
export function lazyProse(rules: readonly CompiledRule[], scope: Element, ownTexts: ReadonlyMap<Element, string>): ProseFacts {
  const lengths = new Map<Element, number>()
  /** The own-text length of a block that is prose and no block hit, else 0. */
  const proseLength = (block: Element): number => {
    let length = lengths.get(block)
    if (length === undefined) {
      const text = ownTexts.get(block) ?? ownText(block)
      length = text && !blockHit(rules, block, text) && isProse(block, text) ? text.length : 0
      lengths.set(block, length)
    }
    return length
  }
  /** True when `test` holds for a block under `root` (and `root` itself if `withRoot`), outside scripts and the like, and outside pruned subtrees. */
  const someBlock = (root: Element, withRoot: boolean, test: (block: Element) => boolean, prune?: (el: Element) => boolean): boolean => {
    const stack: Element[] = []
    const pushChildren = (el: Element) => {
      for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child)
    }
    if (withRoot) stack.push(root)
    else pushChildren(root)
    for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
      const el = stack.pop()!
      if (isOpaque(el) || prune?.(el)) continue
      if ((el === scope || isBlock(el)) && test(el)) return true
      pushChildren(el)
    }
    return false
  }
  /**
   * Answers per parent for one set of candidates: thousands of hits may share a parent. The
   * load-time hider adds candidates as it goes (never removes one): a new size is a new set.
   */
  let freeParents = new Map<Element, boolean>()
  let freeParentsOf: ReadonlyMap<Element, Hit> | null = null
  let freeParentsSize = 0
  const inside = new Map<Element, number>()
  return {
    hasFreeProseChild(parent, candidates) {
      if (candidates !== freeParentsOf || candidates.size !== freeParentsSize) {
        freeParents = new Map()
        freeParentsOf = candidates
        freeParentsSize = candidates.size
      }
      let free = freeParents.get(parent)
      if (free === undefined) {
        free = false
        for (let child = parent.firstElementChild; child && !free; child = child.nextElementSibling) {
          free = isBlock(child) && !candidates.has(child) && proseLength(child) > 0
        }
        freeParents.set(parent, free)
      }
      return free
    },
    proseInside(el) {
      let sum = inside.get(el)
      if (sum === undefined) {
        let total = 0
        // Every block is visited: the test adds its prose and never stops the walk.
        someBlock(el, false, (block) => {
          total += proseLength(block)
          return false
        })
        sum = total
        inside.set(el, sum)
      }
      return sum
    },
    protectedTest(scope, hits, inlineHitText) {
      const known = new Map<Element, boolean>()
      const holdsProtected = (block: Element) => {
        const length = proseLength(block)
        return length > 0 && countsAsArticleText(block, length, scope, hits, inlineHitText)
      }
      return (el) => {
        let answer = known.get(el)
        if (answer === undefined) {
          // Blocks inside a hit never count: those subtrees are skipped.
          answer = someBlock(el, true, holdsProtected, (inner) => hits.has(inner))
          known.set(el, answer)
        }
        return answer
      }
    },
  }
}
