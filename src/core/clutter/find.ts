/**
 * findClutter(): every clutter block of a document or subtree, from one walk over it that reads
 * every block's own text and per element its text length, link count and link text.
 */
import type { SiteModule } from '../site'
import { HitBook } from './accept'
import { blockHit, linkHit } from './hits'
import { listedProse, type Prose } from './prose'
import { resolveClutter, type Measure } from './resolve'
import { boxes } from './evidence'
import { isLabel } from './score'
import { compileRules, hasFamilyWord, linksToTarget, type ClutterMatch } from './rules'
import { MAX_STEPS, countVisible, isBlockTag, isOpaqueTag, isProse, nearestBlock, normalizeText } from './text'

/** One walk over the scope: every block's own text, every link, and per element its text and link totals. */
interface Scan {
  blocks: { block: Element; text: string }[]
  links: Element[]
  lengths: Map<Element, number>
  linkCounts: Map<Element, number>
  linkLengths: Map<Element, number>
  /** Position of every element in document order. */
  position: Map<Element, number>
}

/** Every clutter block of `root` according to the site's rules, outermost blocks only, in document order. */
export function findClutter(root: Document | Element, site: SiteModule): ClutterMatch[] {
  const rules = compileRules(site)
  if (rules.length === 0) return []
  const scope = 'documentElement' in root ? (root.body ?? root.documentElement) : root
  if (!scope) return []
  const measured = scan(scope)

  // Hits and prose, from one walk over the scope: block hits first, then link hits.
  const book = new HitBook()
  const prose: Prose[] = []
  const evidence: Element[] = []
  for (const { block, text } of measured.blocks) {
    const hit = blockHit(rules, block, text)
    if (hit) book.add(hit)
    else if (isProse(block, text)) prose.push({ block, length: text.length })
    if (hasFamilyWord(rules, text) || isLabel(rules, block, text)) evidence.push(block)
  }
  for (const link of measured.links) if (linksToTarget(link, rules)) evidence.push(nearestBlock(link))
  for (const box of boxes(rules, site.boxScoring, evidence, scope, measured.lengths)) book.add(box)
  for (const link of measured.links) {
    const hit = linkHit(rules, link, measured.lengths)
    if (hit) book.add(hit)
  }
  return resolveClutter(scope, book, listedProse(prose), scanMeasure(measured))
}

function scanMeasure(measured: Scan): Measure {
  return {
    lengths: measured.lengths,
    linkCount: (el) => measured.linkCounts.get(el) ?? 0,
    linkLength: (el) => measured.linkLengths.get(el) ?? 0,
    byOrder: (a, b) => (measured.position.get(a.element) ?? 0) - (measured.position.get(b.element) ?? 0),
  }
}

/** A block's own text as the walk gathers it: undefined until its first text node. */
interface OwnText {
  block: Element
  text: string | undefined
}

/** An element open in the walk, with the totals of its subtree so far. */
interface Frame {
  el: Element
  own: OwnText
  isLink: boolean
  next: ChildNode | null
  length: number
  links: number
  linkLength: number
}

/**
 * The walk reads each element's tagName once and keeps each block's own text beside it, not in a
 * map: it visits every node of the page, and the clutter rules' time went mostly here. Link totals
 * are stored for elements that hold links only (the rest read 0).
 */
function scan(scope: Element): Scan {
  const result: Scan = { blocks: [], links: [], lengths: new Map(), linkCounts: new Map(), linkLengths: new Map(), position: new Map() }
  const order: OwnText[] = []
  // An explicit stack, not recursion: pages nest thousands of elements.
  const stack: Frame[] = []
  const open = (el: Element, tagName: string, parent: OwnText | null) => {
    let own = parent
    if (!own || isBlockTag(tagName)) order.push((own = { block: el, text: undefined }))
    result.position.set(el, result.position.size)
    const link = tagName === 'A' && el.hasAttribute('href')
    if (link) result.links.push(el)
    stack.push({ el, own, isLink: link, next: el.firstChild, length: 0, links: link ? 1 : 0, linkLength: 0 })
  }
  open(scope, scope.tagName, null)
  for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
    const frame = stack[stack.length - 1]!
    const node = frame.next
    if (node) {
      frame.next = node.nextSibling
      const type = node.nodeType
      if (type === 3) {
        const data = (node as Text).data
        frame.own.text = (frame.own.text ?? '') + data
        frame.length += countVisible(data)
      } else if (type === 1) {
        const el = node as Element
        const tagName = el.tagName
        const opaque = isOpaqueTag(tagName)
        // As in ownText: a nested block or a script is a word break in the block's own text (none
        // needed before its first text: normalizeText trims).
        if (frame.own.text !== undefined && (opaque || isBlockTag(tagName))) frame.own.text += ' '
        if (!opaque) open(el, tagName, frame.own)
      }
      continue
    }
    stack.pop()
    if (frame.isLink) frame.linkLength = frame.length
    result.lengths.set(frame.el, frame.length)
    if (frame.links) result.linkCounts.set(frame.el, frame.links)
    if (frame.linkLength) result.linkLengths.set(frame.el, frame.linkLength)
    const parent = stack[stack.length - 1]
    if (parent) {
      parent.length += frame.length
      parent.links += frame.links
      parent.linkLength += frame.linkLength
    }
  }
  for (const { block, text } of order) {
    const normalized = normalizeText(text ?? '')
    if (normalized) result.blocks.push({ block, text: normalized })
  }
  return result
}
