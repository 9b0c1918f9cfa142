/**
 * The load-time clutter hider: the engine of src/core/clutter.ts run on a page while it is parsed.
 * Browser-free (takes the document and an observer constructor) so tests drive it with jsdom.
 *
 * Three phases:
 * - parsing: on each observer call, the elements appended since the last call are queued; each is
 *   judged once the parser has closed it (it is off the chain of last children), so its text is
 *   complete. Its hits (a signature, a link target) are hidden at once, in the observer's microtask,
 *   i.e. before the next paint.
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
  linkHitOf,
  linkRule,
  nearestBlock,
  normalizeText,
  ownText,
  PROSE_MIN,
  addCandidate,
  isOpaque,
  isProse,
  lazyMeasure,
  resolveClutter,
  type Prose,
  type ClutterMatch,
  type Hit,
  type CompiledRule,
} from '../../core/clutter'
import type { ClutterKind, HiddenBlock } from '../../core/types'
import type { SiteModule } from '../../sites/types'

export interface HiderOptions {
  /** True while the parser is still at work (default: document.readyState === 'loading'). */
  isLoading?: () => boolean
  /** Called whenever the set of hidden blocks changes (after finish). */
  onChange?: () => void
}

export interface Hider {
  /** Handle observer records (exposed for tests; the observer calls it). */
  handle(records: readonly MutationRecord[]): void
  /** Judge the elements the parser has closed since the last call. */
  flush(): void
  /** Parsing is over: settle on findClutter(document). Idempotent. */
  finish(): void
  readonly finished: boolean
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

  /** Own texts of the blocks judged while parsing (complete, so final): amongAds asks for siblings' again. */
  const ownTexts = new Map<Element, string>()
  /** Hits per parent while parsing: a weak hit (an ad's long blurb) is hidden once a second hit of its rule joins it. */
  const hitsByParent = new Map<Element, Hit[]>()
  const markHit = (hit: Hit) => {
    // While parsing, a hit inside a hidden hit is marked too (cheaper than asking; finish() keeps the outermost).
    if (!marks.has(hit.element)) mark({ rule: hit.rule.rule.name, kind: hit.rule.rule.kind, element: hit.element })
  }
  /** As in findClutter: weak hits side by side count in a container of ads only (no paragraphs, no other prose). */
  const amongAds = (hit: Hit, parent: Element, known: readonly Hit[]): boolean => {
    if (hit.strong) return true
    if (hit.element.tagName === 'P') return false
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (child === hit.element || known.some((h) => h.element === child)) continue
      if (isBlock(child) && (ownTexts.get(child) ?? ownText(child)).length >= PROSE_MIN) return false
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
  /** Text lengths within one flush (the parser does not change closed elements meanwhile). */
  let lengths = new Map<Element, number>()
  /** Links that match a rule, with it: only these are judged again at finish (most links match none). */
  const ruleOfLink = new Map<Element, CompiledRule>()
  const judgeLink = (link: Element) => {
    const rule = linkRule(rules, link)
    if (!rule) return
    ruleOfLink.set(link, rule)
    const hit = linkHitOf(rule, link, lengths)
    const block = link.parentElement ? nearestBlock(link.parentElement) : null
    if (block) linkHitsByBlock.set(block, [...(linkHitsByBlock.get(block) ?? []), hit])
    consider(hit)
  }
  /** What finish() resolves: the block hits and the prose, each judged once its block was complete. */
  const blockCandidates = new Map<Element, Hit>()
  const prose: Prose[] = []
  const judgeBlock = (block: Element) => {
    const text = ownText(block)
    ownTexts.set(block, text)
    const own = blockHit(rules, block, text)
    if (!own) {
      if (isProse(block, text)) prose.push({ block, length: text.length })
      return
    }
    addCandidate(blockCandidates, own)
    // As in findClutter: a weak hit on a block holding a strong link hit of its rule counts (for now).
    const strongLink = linkHitsByBlock.get(block)?.some((l) => l.strong && l.rule === own.rule)
    consider(!own.strong && strongLink ? { ...own, strong: true } : own)
  }

  /**
   * New elements since the last call, in document order: the walker stays on the last element it
   * visited and moves on as the parser appends. Native iteration over elements only: no per-node
   * work for text, no records to sort. (Nodes a script inserts before that point while the page
   * loads are left to finish().)
   */
  const walker = doc.createTreeWalker(doc, 1 /* NodeFilter.SHOW_ELEMENT */)
  const pendingLinks: Element[] = []
  const pendingBlocks: Element[] = []
  let visited = 0
  /** The script, style, SVG... being walked through: nothing in it is page text (as in findClutter). */
  let opaque: Element | null = null
  const advance = () => {
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node as Element
      visited++
      if (opaque?.contains(el)) continue
      opaque = isOpaque(el) ? el : null
      if (opaque) continue
      if (el.tagName === 'A') {
        if (el.hasAttribute('href')) pendingLinks.push(el)
      } else if (isBlock(el)) pendingBlocks.push(el)
    }
  }
  /** Judge the pending elements the parser has closed; keep the open ones for later. */
  const judgeClosed = (pending: Element[], judge: (el: Element) => void, open: Set<Element>) => {
    let kept = 0
    for (const el of pending) {
      if (open.has(el)) pending[kept++] = el
      else if (el.isConnected) judge(el)
    }
    pending.length = kept
  }
  const flush = () => {
    if (finished) return
    advance()
    lengths = new Map()
    const open = openChain()
    // Links first: a block's judgement uses the hits of the links it holds.
    judgeClosed(pendingLinks, judgeLink, open)
    judgeClosed(pendingBlocks, judgeBlock, open)
  }

  /**
   * The clutter of the whole page, from what parsing found: every block was judged once complete;
   * links are judged again now that their items are complete too. If the walk missed elements (a
   * script inserted some behind it), one findClutter() pass instead. Either way: findClutter(doc).
   */
  const settle = (): ClutterMatch[] => {
    const body = doc.body
    if (!body || visited !== doc.getElementsByTagName('*').length) return findClutter(doc, site)
    const candidates = new Map<Element, Hit>()
    for (const [el, hit] of blockCandidates) if (body.contains(el)) candidates.set(el, hit)
    const measure = lazyMeasure()
    for (const [link, rule] of ruleOfLink) if (body.contains(link)) addCandidate(candidates, linkHitOf(rule, link, measure.lengths))
    return resolveClutter(body, candidates, prose.filter((p) => body.contains(p.block)), measure)
  }

  const finish = () => {
    if (finished) return
    flush()
    finished = true
    // What the observer still holds was appended by the parser, and settle() covers it: judging
    // those records as late insertions would run findClutter() over the page once more.
    observer?.takeRecords()
    const matches = settle()
    pendingLinks.length = 0
    pendingBlocks.length = 0
    hitsByParent.clear()
    ownTexts.clear()
    linkHitsByBlock.clear()
    blockCandidates.clear()
    prose.length = 0
    ruleOfLink.clear()
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
    else flush()
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
    hiddenKinds: () => Array.from(marks.values()).filter((m) => m.element.isConnected).map((m) => m.kind),
    marked: () => Array.from(marks.keys()),
    disconnect: () => observer?.disconnect(),
  }
}
