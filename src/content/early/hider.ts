/**
 * The load-time clutter hider: the engine of src/core/clutter/ run on a page while it is parsed,
 * at the cost of a native test of the page's text. The rules run only around the places where a
 * literal that a signature requires occurs, or a link goes to a rule's target (LoadFilters).
 * Browser-free (takes the document and an observer constructor) so tests drive it with jsdom.
 *
 * Three phases:
 * - parsing: on each observer call, the text nodes appended since the last call are tested (the
 *   last one waits: the parser may still add to it), and the new links against the targets. Around
 *   a hit, the blocks and links the parser has closed are judged, and a strong hit is hidden at
 *   once, in the observer's microtask, i.e. before the next paint.
 * - finish (DOMContentLoaded): clutterAround() on the text nodes found settles on exactly
 *   findClutter(document); marks not in it are lifted. If the text changed behind the walk (a
 *   script), clutterAround() on every text node instead (the same as findClutter()).
 * - later: subtrees that scripts insert (a widget 2 s after load) are matched on their own.
 */
import {
  HIDDEN_ATTRIBUTE,
  HitBook,
  blockHit,
  boxHit,
  clutterAround,
  compileRules,
  isAccepted,
  isBlock,
  isLink,
  isOpaque,
  lazyProse,
  linkHit,
  linksToTarget,
  literalScanner,
  normalizeText,
  ownText,
  type BoxHit,
  type ClutterMatch,
  type Hit,
} from '../../core/clutter'
import { loadFiltersOf } from '../../core/load-filters'
import type { ClutterKind, HiddenBlock } from '../../core/types'
import type { SiteModule } from '../../core/site'

export interface HiderOptions {
  /** True while the parser is still at work (default: document.readyState === 'loading'). */
  isLoading?: () => boolean
  /** Called whenever the set of hidden blocks changes (after finish). */
  onChange?: () => void
}

export interface Hider {
  /** Judge the elements the parser has closed since the last call. */
  flush(): void
  /** Parsing is over: settle on findClutter(document). Idempotent. */
  finish(): void
  readonly finished: boolean
  /** How finish() found the page's clutter: around the literals, or one pass over the whole page (the text changed behind the walk). */
  readonly settledBy: 'literals' | 'whole page' | null
  /** The hidden blocks, in document order. */
  hidden(): HiddenBlock[]
  /** The kind of each hidden block (what the badge counts: no texts, no order). */
  hiddenKinds(): ClutterKind[]
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
  const filters = loadFiltersOf(site)
  const isLoading = options.isLoading ?? (() => doc.readyState === 'loading')
  const marks = new Map<Element, ClutterMatch>()
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

  /**
   * The elements the parser may still be filling: the chain of last children from <html> down.
   * The parser only appends, so every element off this chain is complete.
   */
  const openChain = (): Set<Element> => {
    const open = new Set<Element>()
    // The Set check also ends a cycle a hostile page could make of lastElementChild (a form's named control).
    if (isLoading()) for (let el: Element | null = doc.documentElement; el && !open.has(el); el = el.lastElementChild) open.add(el)
    return open
  }

  /** The text walk: every text node once, in document order; the flagged ones hold a literal. */
  const walker = doc.createTreeWalker(doc, 4 /* NodeFilter.SHOW_TEXT */)
  const scan = literalScanner(filters)
  const flagged: Text[] = []
  /** Flagged nodes not judged around yet. */
  let fresh: Text[] = []
  /**
   * The lowest open element above judged flagged text: the parser has not closed it yet. The open
   * elements form one chain, so this holds a few elements however many hits wait below them.
   */
  const waiting = new Set<Element>()
  /** The text nodes walked: at finish, the page must have as many (no script added or removed any behind the walk). */
  let walked = 0
  /** The last node seen: tested once the parser has moved past it. */
  let held: Text | null = null
  const test = (node: Text) => {
    walked++
    // Long script and style text: no rule reads it, unless it lies in a link (whose text is all its
    // text). Not even its length is read through .data: that copies the string.
    const parent = node.length > 200 ? node.parentElement : null
    if (parent && isOpaque(parent) && !parent.closest('a[href]')) return
    if (scan(node)) {
      flagged.push(node)
      fresh.push(node)
    }
  }
  const walkText = (loading: boolean) => {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (held) test(held)
      held = node as Text
    }
    if (held && !loading) {
      test(held)
      held = null
    }
  }

  /** Own texts of the blocks judged while parsing (complete, so final). */
  const ownTexts = new Map<Element, string>()
  /** The candidates found while parsing, accepted by the engine's own rules (isAccepted). */
  let book = new HitBook()
  /** Prose facts of the page as it is now: made anew on every flush (open elements still grow). */
  let prose = lazyProse(rules, doc.documentElement, ownTexts)
  /** Record a hit; hide each hit it concerns that the engine would now accept. */
  const consider = (hit: Hit | null) => {
    if (!hit) return
    for (const concerned of book.add(hit)) {
      // While parsing, a hit inside a hidden hit is marked too (cheaper than asking; finish() keeps the outermost).
      if (!marks.has(concerned.element) && isAccepted(concerned, book, prose)) {
        mark({ rule: concerned.rule.rule.name, kind: concerned.rule.rule.kind, element: concerned.element })
      }
    }
  }
  /** Blocks that hold a box: as in findClutter, only the smallest boxes count (the parser closes them first). */
  const holdsBox = new Set<Element>()
  /** boxHit() of the closed blocks judged (final: finish() reuses them). */
  const boxVerdicts = new Map<Element, BoxHit | null>()
  const considerBox = (el: Element) => {
    if (!site.boxScoring || holdsBox.has(el)) return
    const box = boxHit(rules, site.boxScoring, el, lengths)
    boxVerdicts.set(el, box)
    if (!box) return
    for (let up = el.parentElement; up && !holdsBox.has(up); up = up.parentElement) holdsBox.add(up)
    consider(box)
  }
  /** Blocks with a weak hit, not hidden yet: the ads beside them may still come. */
  const weakHits = new Set<Element>()
  /**
   * Per parent of a weak hit: a walk over its elements that stops before an open link. The parser
   * only appends, so each parser step goes on from there and looks at the new links only.
   */
  const linksBeside = new Map<Element, TreeWalker>()
  const judgeLinksBeside = (block: Element, open: Set<Element>) => {
    const parent = block.parentElement ?? block
    const walk = linksBeside.get(parent) ?? doc.createTreeWalker(parent, 1 /* NodeFilter.SHOW_ELEMENT */)
    linksBeside.set(parent, walk)
    for (let el = walk.nextNode() as Element | null; el; el = walk.nextNode() as Element | null) {
      if (el.tagName !== 'A' || !linksToTarget(el, rules)) continue
      if (open.has(el)) {
        walk.previousNode()
        break
      }
      judge(el, open)
    }
    if (marks.has(block) || !open.has(parent)) weakHits.delete(block)
  }
  /** Elements judged while parsing (each once: a closed element does not change). */
  const judged = new Set<Element>()
  /**
   * Text lengths (and, by them, the blocks a box reads: box-contents.ts) of closed elements: final,
   * so finish() measures them no more. Each flush forgets those of the open elements, which grow.
   */
  const lengths = new Map<Element, number>()
  const judge = (el: Element, open: Set<Element>) => {
    if (judged.has(el)) return
    judged.add(el)
    if (isBlock(el)) {
      const text = ownText(el)
      ownTexts.set(el, text)
      const own = blockHit(rules, el, text)
      // A weak hit (an ad's blurb) counts beside hits of its rule: the links to targets around it
      // first (elsewhere the stylesheet hides such list items before paint, and finish() judges every link).
      if (own && !own.strong) {
        weakHits.add(el)
        judgeLinksBeside(el, open)
      }
      consider(own)
      considerBox(el)
    } else if (isLink(el)) consider(linkHit(rules, el, lengths))
  }
  /** Judge the closed elements from `el` up; the first open one waits (all above it are open too). */
  const judgeUpFrom = (el: Element | null, open: Set<Element>) => {
    for (; el; el = el.parentElement) {
      if (open.has(el)) {
        waiting.add(el)
        return
      }
      judge(el, open)
    }
  }

  const flush = () => {
    if (finished) return
    const loading = isLoading()
    walkText(loading)
    if (!loading) return // finish() judges the whole page
    if (fresh.length === 0 && waiting.size === 0 && weakHits.size === 0) return
    prose = lazyProse(rules, doc.documentElement, ownTexts)
    const open = openChain()
    for (const node of fresh) if (!insideOpaque(node)) judgeUpFrom(node.parentElement, open)
    fresh = []
    for (const el of Array.from(waiting)) {
      if (open.has(el)) continue
      waiting.delete(el)
      judgeUpFrom(el, open)
    }
    for (const block of weakHits) judgeLinksBeside(block, open)
    for (const el of open) lengths.delete(el)
  }

  /**
   * findClutter(scope), computed as clutterAround() on every text node (a superset of the flagged
   * ones: the same result), so that the bundle carries one engine path.
   */
  const everyBlock = (scope: Element | null): ClutterMatch[] => {
    if (!scope) return []
    const nodes: Node[] = []
    const walk = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */)
    for (let node = walk.nextNode(); node; node = walk.nextNode()) nodes.push(node)
    return clutterAround(scope, site, nodes)
  }
  let settledBy: Hider['settledBy'] = null
  /** The clutter of the whole page: findClutter(doc), from what the walk found. */
  const settle = (): ClutterMatch[] => {
    const body = doc.body
    if (!body || filters.literals === undefined || textNodeCount(doc) !== walked) {
      settledBy = 'whole page'
      return everyBlock(doc.body ?? doc.documentElement)
    }
    settledBy = 'literals'
    return clutterAround(body, site, flagged, ownTexts, boxVerdicts, lengths)
  }

  const finish = () => {
    if (finished) return
    walkText(false)
    finished = true
    // What the observer still holds was appended by the parser, and settle() covers it: judging
    // those records as late insertions would run findClutter() over the page once more.
    observer?.takeRecords()
    const matches = settle()
    flagged.length = 0
    fresh = []
    waiting.clear()
    for (const parsingState of [judged, ownTexts, weakHits, linksBeside, holdsBox, boxVerdicts, lengths]) parsingState.clear()
    book = new HitBook()
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
        for (const m of everyBlock(node as Element)) {
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
    else flush()
  }

  const observer = Observer ? new Observer(handle) : null
  observer?.observe(doc, { childList: true, subtree: true })

  return {
    flush,
    finish,
    get finished() {
      return finished
    },
    get settledBy() {
      return settledBy
    },
    hidden: () =>
      Array.from(marks.values())
        .filter((m) => m.element.isConnected)
        .sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1))
        .map((m) => ({ rule: m.rule, kind: m.kind, text: normalizeText(m.element.textContent ?? '') })),
    hiddenKinds: () => Array.from(marks.values()).filter((m) => m.element.isConnected).map((m) => m.kind),
    marked: () => Array.from(marks.keys()),
    disconnect: () => observer?.disconnect(),
  }
}

/** Text in a script, a style or the like: no rule reads it. */
function insideOpaque(node: Text): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (isOpaque(el)) return true
  return false
}

/** The text nodes of the document, counted natively (XPath): building the text to measure it costs milliseconds. */
function textNodeCount(doc: Document): number {
  try {
    return doc.evaluate('count(//text())', doc, null, 1 /* XPathResult.NUMBER_TYPE */, null).numberValue
  } catch {
    return NaN
  }
}
