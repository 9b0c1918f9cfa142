/**
 * The load-time clutter hider: the engine of src/core/clutter.ts run on a page while it is parsed.
 * Browser-free (takes the document and an observer constructor) so tests drive it with jsdom.
 *
 * Three phases:
 * - parsing: every added node dirties its block; a dirty block is judged once the parser has closed it
 *   (something follows it in document order), so its text is complete. Its hits (a signature, a link
 *   target) are hidden at once, in the observer's microtask, i.e. before the next paint.
 * - finish (DOMContentLoaded): one findClutter() pass over the whole document grows the hits to their
 *   blocks (widget heading + items). Marks not in the result are lifted, so the final state is exactly
 *   findClutter(document).
 * - later: subtrees that scripts insert (a widget 2 s after load) are matched on their own.
 */
import {
  HIDDEN_ATTRIBUTE,
  blockHit,
  compileRules,
  findClutter,
  isBlock,
  linkHit,
  nearestBlock,
  normalizeText,
  ownText,
  PROSE_MIN,
  type ClutterMatch,
  type Hit,
} from '../../core/clutter'
import type { ClutterKind, HiddenBlock } from '../../core/types'
import type { SiteModule } from '../../sites/types'

const BLOCKS_AND_LINKS = 'a[href],p,li,h1,h2,h3,h4,h5,h6,dt,dd,td,th,figcaption,div,section,aside,blockquote,header,footer,form,ul,ol,nav,main,article,table,tr,dl,figure,details,summary,address,pre'

export interface HiderOptions {
  /** True while the parser is still at work (default: document.readyState === 'loading'). */
  isLoading?: () => boolean
  /** Called whenever the set of hidden blocks changes (after finish). */
  onChange?: () => void
}

export interface Hider {
  /** Handle observer records (exposed for tests; the observer calls it). */
  handle(records: readonly MutationRecord[]): void
  /** Judge the dirty blocks the parser has closed. */
  flush(): void
  /** Parsing is over: settle on findClutter(document). Idempotent. */
  finish(): void
  readonly finished: boolean
  /** The hidden blocks, in document order. */
  hidden(): HiddenBlock[]
  /** The elements currently marked (interim hits while parsing, clutter blocks after). */
  marked(): Element[]
  disconnect(): void
}

export function createHider(
  doc: Document,
  site: SiteModule,
  Observer: typeof MutationObserver | null,
  options: HiderOptions = {},
): Hider {
  const rules = compileRules(site)
  const isLoading = options.isLoading ?? (() => doc.readyState === 'loading')
  const marks = new Map<Element, ClutterMatch>()
  const dirty = new Set<Element>()
  const dirtyLinks = new Set<Element>()
  let finished = false

  const mark = (match: ClutterMatch) => {
    match.element.setAttribute(HIDDEN_ATTRIBUTE, match.kind)
    marks.set(match.element, match)
  }
  const unmark = (el: Element) => {
    el.removeAttribute(HIDDEN_ATTRIBUTE)
    marks.delete(el)
  }
  const insideMark = (el: Element): boolean => el.closest(`[${HIDDEN_ATTRIBUTE}]`) !== null

  const isClosed = (el: Element): boolean => {
    if (!isLoading()) return true
    for (let e: Element | null = el; e; e = e.parentElement) if (e.nextSibling) return true
    return false
  }

  /** Hits per parent while parsing: a weak hit (an ad's long blurb) is hidden once a second hit of its rule joins it. */
  const hitsByParent = new Map<Element, Hit[]>()
  const markHit = (hit: Hit) => {
    if (!insideMark(hit.element)) mark({ rule: hit.rule.rule.name, kind: hit.rule.rule.kind, element: hit.element })
  }
  /** As in findClutter: weak hits side by side count in a container of ads only (no paragraphs, no other prose). */
  const amongAds = (hit: Hit, parent: Element, known: readonly Hit[]): boolean => {
    if (hit.strong) return true
    if (hit.element.tagName === 'P') return false
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child === hit.element || known.some((h) => h.element === child)) continue
      if (isBlock(child) && ownText(child).length >= PROSE_MIN) return false
    }
    return true
  }
  /** Record a hit; hide it when strong, or when it joins a hit of its rule among ads. */
  const consider = (hit: Hit | null) => {
    if (!hit) return
    const parent = hit.element.parentElement
    const known = parent ? (hitsByParent.get(parent) ?? []) : []
    if (parent && !known.some((h) => h.element === hit.element)) hitsByParent.set(parent, [...known, hit])
    const siblings = known.filter((h) => h.rule === hit.rule && h.element !== hit.element)
    if (hit.strong) markHit(hit)
    if (siblings.length > 0 && amongAds(hit, parent!, known)) [hit, ...siblings].forEach(markHit)
  }
  /** Hits on links a block holds directly, kept until the block's own text is judged. */
  const linkHitsByBlock = new Map<Element, Hit[]>()
  const judgeLink = (link: Element) => {
    const hit = linkHit(rules, link)
    if (!hit) return
    const block = link.parentElement ? nearestBlock(link.parentElement) : null
    if (block) linkHitsByBlock.set(block, [...(linkHitsByBlock.get(block) ?? []), hit])
    consider(hit)
  }
  const judgeBlock = (block: Element) => {
    const own = blockHit(rules, block)
    // As in findClutter: a weak hit on a block holding a strong link hit of its rule is strong.
    if (own && !own.strong && linkHitsByBlock.get(block)?.some((l) => l.strong && l.rule === own.rule)) own.strong = true
    consider(own)
  }

  const noteParsed = (records: readonly MutationRecord[]) => {
    const added = new Set<Node>()
    for (const r of records) r.addedNodes.forEach((n) => added.add(n))
    for (const node of added) {
      if (node.nodeType === 3) {
        if (node.parentElement) dirty.add(nearestBlock(node.parentElement))
        continue
      }
      if (node.nodeType !== 1) continue
      const el = node as Element
      if (isBlock(el)) dirty.add(el)
      else if (el.parentElement) dirty.add(nearestBlock(el.parentElement))
      if (el.tagName === 'A' && el.hasAttribute('href')) dirtyLinks.add(el)
      // A subtree built by a script arrives as one record: its blocks and links have no records of their own.
      const first = el.firstElementChild
      if (first && !added.has(first)) {
        for (const inner of Array.from(el.querySelectorAll(BLOCKS_AND_LINKS))) (inner.tagName === 'A' ? dirtyLinks : dirty).add(inner)
      }
    }
  }

  const flush = () => {
    // Links first: a block's judgement uses the hits of the links it holds.
    for (const link of dirtyLinks) {
      if (!link.isConnected) dirtyLinks.delete(link)
      else if (isClosed(link)) {
        dirtyLinks.delete(link)
        if (!insideMark(link)) judgeLink(link)
      }
    }
    for (const block of dirty) {
      if (!block.isConnected) dirty.delete(block)
      else if (isClosed(block)) {
        dirty.delete(block)
        if (!insideMark(block)) judgeBlock(block)
      }
    }
  }

  const finish = () => {
    if (finished) return
    finished = true
    dirty.clear()
    dirtyLinks.clear()
    hitsByParent.clear()
    linkHitsByBlock.clear()
    const matches = findClutter(doc, site)
    const keep = new Set(matches.map((m) => m.element))
    for (const el of Array.from(marks.keys())) if (!keep.has(el)) unmark(el)
    for (const m of matches) mark(m)
    options.onChange?.()
  }

  /** After parsing: match each inserted subtree on its own (it is complete: a script built it). */
  const noteInserted = (records: readonly MutationRecord[]) => {
    let changed = false
    for (const r of records) {
      r.addedNodes.forEach((node) => {
        if (node.nodeType !== 1 || !node.isConnected || insideMark(node as Element)) return
        for (const m of findClutter(node as Element, site)) {
          if (!marks.has(m.element)) {
            mark(m)
            changed = true
          }
        }
      })
    }
    if (changed) options.onChange?.()
  }

  const handle = (records: readonly MutationRecord[]) => {
    if (finished) noteInserted(records)
    else {
      noteParsed(records)
      flush()
    }
  }

  const observer = Observer ? new Observer(handle) : null
  observer?.observe(doc, { childList: true, subtree: true })

  return {
    handle,
    flush,
    finish,
    get finished() {
      return finished
    },
    hidden: () =>
      Array.from(marks.values())
        .filter((m) => m.element.isConnected)
        .sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1))
        .map((m) => ({ rule: m.rule, kind: m.kind, text: normalizeText(m.element.textContent ?? '') })),
    marked: () => Array.from(marks.keys()),
    disconnect: () => observer?.disconnect(),
  }
}

/** Kinds present in a list of hidden blocks. */
export function kindsOf(hidden: readonly HiddenBlock[]): Set<ClutterKind> {
  return new Set(hidden.map((h) => h.kind))
}
