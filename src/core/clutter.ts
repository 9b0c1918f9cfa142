/**
 * The clutter engine: turns a site's rules (data, src/sites/*) into
 *  - findClutter(): the clutter blocks of a document (used by analyze() and by the load-time script),
 *  - clutterStylesheet(): the document_start CSS (link-target rules + the hiding/showing switches).
 *
 * How a block is found (one pass over the blocks, no re-scans):
 * 1. Hits: a block whose own text (its text outside nested blocks) matches a text signature, or a link
 *    whose href matches a link target / whose text matches a signature (the hit is the link's list
 *    item, else its paragraph/heading, else its ad card, else the link itself).
 *    A hit on prose (>= PROSE_MIN chars) by a signature not anchored at the start (^), or by a link that
 *    is a small part of it, is
 *    "weak": it counts only beside another hit of its rule in a container of ads (an ad among ads) or above a strong hit of the same
 *    rule (a prompt holding its own feed links), never alone in an article paragraph.
 * 2. Protected text: a block with substantial prose that is not inside a hit is article text (or
 *    listing text on home/archive pages). Its ancestors are never hidden.
 * 3. Growth: a hit climbs to its parent while the parent holds no protected text, no hit of another
 *    kind, at least COVERED of its text lies in hits of the kind, and its other links carry almost no
 *    text (so a widget = heading + items is hidden whole; a sidebar with a menu is not).
 *    Never above body/main/article or the scanned root.
 * 4. Outermost blocks only, in document order.
 */
import type { ClutterKind } from './types'
import type { ClutterRule, SiteModule } from '../sites/types'

export interface ClutterMatch {
  rule: string
  kind: ClutterKind
  /** The block to hide: the smallest block holding the signature and no article text. */
  element: Element
}

/** Own text at least this long is prose: article text unless a rule says otherwise. */
export const PROSE_MIN = 80
/** A parent joins a clutter block when at least this share of its text lies in its hits. */
const COVERED = 0.7
/** A parent may hold one link outside hits with this much text and still join (a "mehr" link, not a menu or a logo + menu). */
const STRAY_LINK_TEXT = 30
/** A list item hit may carry nested prose (a book blurb) up to this length; more is a page section. */
const ITEM_PROSE_MAX = 800

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HTML LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
)
/** Blocks that are a unit of text: a hit on a link lands on the nearest of these. */
const ITEM_TAGS = new Set('LI P H1 H2 H3 H4 H5 H6 DT DD TD TH FIGCAPTION'.split(' '))
/**
 * Bounds on every walk: a hostile page can make DOM properties lie (a <form> whose named control
 * "parentNode" shadows the real one can turn an ancestor climb into a cycle). Far above real pages.
 */
const MAX_DEPTH = 10_000
const MAX_STEPS = 5_000_000
/** Never grown into: the page, its main region, the article. */
const STOP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE'])
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG'])
const SKIP_SELECTOR = [...new Set([...SKIP_TAGS].map((tag) => tag.toLowerCase()))].join(',')
/** Prose that ends like a sentence is article text even when short (a one-sentence paragraph). */
const SENTENCE_TAGS = new Set(['P', 'BLOCKQUOTE', 'FIGCAPTION', 'DD'])
const SENTENCE_MIN = 40

/** A rule prepared for matching: lower-cased link targets, signatures split by anchoring. */
export interface CompiledRule {
  rule: ClutterRule
  index: number
  targets: string[]
  signatures: { re: RegExp; anchored: boolean }[]
}

export interface Hit {
  element: Element
  rule: CompiledRule
  /** False for a hit on long prose by an unanchored signature or a bare link target. */
  strong: boolean
  /** An item (list item, paragraph, ad card): may hold an ad's own blurb; a bigger container may not hold prose. */
  unit: boolean
}

const compiledRules = new WeakMap<SiteModule, CompiledRule[]>()

export function compileRules(site: SiteModule): CompiledRule[] {
  let compiled = compiledRules.get(site)
  if (!compiled) {
    compiled = site.rules.map((rule, index) => ({
      rule,
      index,
      targets: (rule.linkTargets ?? []).map(asciiLowerCase),
      signatures: (rule.textSignatures ?? []).map((re) => ({ re, anchored: re.source.startsWith('^') })),
    }))
    compiledRules.set(site, compiled)
    const targets = compiled.flatMap((c) => c.targets)
    // Case-insensitive without 'u': ASCII letters only, as CSS compares [href*="..." i].
    targetFilters.set(compiled, targets.length ? new RegExp(targets.map(escapeRegExp).join('|'), 'i') : null)
    const signatures = compiled.flatMap((c) => c.signatures)
    const anchored = signatures.filter((sig) => sig.anchored).map((sig) => `(?:${sig.re.source.slice(1)})`)
    const anywhere = signatures.filter((sig) => !sig.anchored).map((sig) => `(?:${sig.re.source})`)
    // Without 'u': Unicode case folding makes the union many times slower to compile and run.
    // If a signature needs 'u' (a \p{...} class), there is no prefilter: every signature is tried.
    if (signatures.every((sig) => !sig.re.unicode)) {
      prefilters.set(compiled, {
        anchored: anchored.length ? new RegExp(`^(?:${anchored.join('|')})`, 'i') : null,
        anywhere: anywhere.length ? new RegExp(anywhere.join('|'), 'i') : null,
      })
    }
  }
  return compiled
}

/**
 * Two regexes for all signatures of a site (case-insensitive: a superset of them): the anchored ones
 * (tried at the start of a text only) and the others. Most blocks match none: they cost two tests,
 * and a page load compiles two regexes instead of one per signature.
 */
const prefilters = new WeakMap<readonly CompiledRule[], { anchored: RegExp | null; anywhere: RegExp | null }>()

/**
 * All link targets of a site as one regex (over the raw href): one native test per link instead of
 * a dozen substring searches per rule, and the href is lower-cased only when it matches.
 */
const targetFilters = new WeakMap<readonly CompiledRule[], RegExp | null>()

/** Lower case for ASCII letters only: how CSS compares [href*="..." i], so that the stylesheet and this engine agree on every href. */
function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A site's signatures as the engine first tests them: two regexes, or null when every signature is tried (the benchmark's reference script uses them). */
export function signaturePrefilter(site: SiteModule): { anchored: RegExp | null; anywhere: RegExp | null } | null {
  return prefilters.get(compileRules(site)) ?? null
}

function mayMatch(rules: readonly CompiledRule[], text: string): boolean {
  const filter = prefilters.get(rules)
  return !filter || filter.anchored?.test(text) === true || filter.anywhere?.test(text) === true
}

export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

/** Elements whose content is no page text (scripts, styles, form values, SVG): never walked. */
export function isOpaque(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName)
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName)
}

/** The nearest block ancestor-or-self of `el`. */
export function nearestBlock(el: Element): Element {
  let current: Element = el
  for (let hops = 0; !isBlock(current) && current.parentElement && hops < MAX_DEPTH; hops++) current = current.parentElement
  return current
}

/** The block's own text: its text outside nested blocks and outside scripts/styles (each a word break), normalized. */
export function ownText(block: Element): string {
  let text = ''
  // Iterative (pages nest thousands of inline elements): the next node after `node` inside `block`.
  let node: Node | null = block.firstChild
  for (let steps = 0; node && steps < MAX_STEPS; steps++) {
    let next: Node | null = null
    if (node.nodeType === 3) text += (node as Text).data
    else if (node.nodeType === 1) {
      // A nested block or a script separates words: "Bü<p>x</p>cher" does not read "Bücher".
      if (isBlock(node as Element) || SKIP_TAGS.has((node as Element).tagName)) text += ' '
      else next = node.firstChild
    }
    node = next ?? nextOutside(node, block)
  }
  return normalizeText(text)
}

/** The node after `node`'s subtree inside `root` in document order, or null: walks need no recursion (pages nest thousands of inline elements). */
function nextOutside(node: Node, root: Node): Node | null {
  for (let up: Node | null = node, hops = 0; up && up !== root && hops < MAX_DEPTH; up = up.parentNode, hops++) {
    if (up.nextSibling) return up.nextSibling
  }
  return null
}

function matchText(rules: readonly CompiledRule[], text: string): { rule: CompiledRule; anchored: boolean } | null {
  if (!text || !mayMatch(rules, text)) return null
  for (const rule of rules) {
    for (const sig of rule.signatures) if (sig.re.test(text)) return { rule, anchored: sig.anchored }
  }
  return null
}

/** A hit on a block by its own text, or null. */
export function blockHit(rules: readonly CompiledRule[], block: Element, text?: string): Hit | null {
  // The page itself is never a clutter block, whatever text lies loose in it.
  if (block.tagName === 'BODY' || block.tagName === 'HTML') return null
  text ??= ownText(block)
  const found = matchText(rules, text)
  if (!found) return null
  return { element: block, rule: found.rule, strong: found.anchored || !isProse(block, text), unit: ITEM_TAGS.has(block.tagName) }
}

/** A hit on a link by its target or its text, landing on the link's item, or null. */
export function linkHit(rules: readonly CompiledRule[], link: Element, textCache?: Map<Element, number>): Hit | null {
  const rule = linkRule(rules, link)
  return rule ? linkHitOf(rule, link, textCache) : null
}

/** The first rule whose link target or signature a link matches: the costly half of linkHit, and the part that never changes once the link is complete. */
function linkRule(rules: readonly CompiledRule[], link: Element): CompiledRule | null {
  const raw = link.getAttribute('href') ?? ''
  const href = raw && targetFilters.get(rules)?.test(raw) !== false ? asciiLowerCase(raw) : ''
  // The text only when a rule has signatures, and the prefilter once: most links match nothing.
  let linkText: string | null = null
  let textMayMatch = false
  for (const candidate of rules) {
    if (href && candidate.targets.some((t) => href.includes(t))) return candidate
    if (candidate.signatures.length === 0) continue
    if (linkText === null) {
      linkText = normalizeText(link.textContent ?? '')
      textMayMatch = linkText !== '' && mayMatch(rules, linkText)
    }
    if (textMayMatch && candidate.signatures.some((s) => s.re.test(linkText!))) return candidate
  }
  return null
}

/** The hit of a link that matches `rule`: its item, strong when the item is mostly this link. */
function linkHitOf(rule: CompiledRule, link: Element, textCache?: Map<Element, number>): Hit {
  const linkText = normalizeText(link.textContent ?? '')
  const element = itemOf(link, rule, textCache)
  const linkLength = countVisible(linkText)
  // An item longer than both bounds below is weak however long: not measured to the end (a paragraph of a thousand links).
  const itemLength = element === link ? linkLength : textLengthUpTo(element, Math.max(linkLength * 2, PROSE_MIN), textCache)
  // Strong when the item is short or mostly this link: a signature on a link inside a paragraph says
  // nothing about the paragraph.
  const strong = linkLength * 2 >= itemLength || (itemLength < PROSE_MIN && (element === link || !isProse(element, ownText(element))))
  return { element, rule, strong, unit: true }
}

/**
 * The unit a link belongs to: its list item (an ad item), else its paragraph/heading, else the
 * largest close ancestor whose links all go where this one goes (an ad card of divs: cover,
 * title, blurb, "buy" button), else the link itself.
 */
function itemOf(link: Element, rule: CompiledRule, textCache?: Map<Element, number>): Element {
  let other: Element | null = null
  let el = link.parentElement
  for (let depth = 0; el && depth < 5 && !STOP_TAGS.has(el.tagName); depth++, el = el.parentElement) {
    if (el.tagName === 'LI') return el
    if (!other && ITEM_TAGS.has(el.tagName)) other = el
  }
  if (other || rule.targets.length === 0) return other ?? link
  // A card starts from a link that stands alone in its block (a cover, a title), not one inside a sentence.
  const start = link.parentElement ? nearestBlock(link.parentElement) : null
  if (!start || STOP_TAGS.has(start.tagName) || textLengthUpTo(start, ITEM_PROSE_MAX, textCache) > ITEM_PROSE_MAX) return link
  if (countVisible(ownText(start)) !== textLength(link, textCache)) return link
  const href = link.getAttribute('href')
  let card: Element = link
  el = link.parentElement
  for (let depth = 0; el && depth < 3 && !STOP_TAGS.has(el.tagName); depth++, el = el.parentElement) {
    if (textLengthUpTo(el, ITEM_PROSE_MAX, textCache) > ITEM_PROSE_MAX || !isCard(el, href)) break
    card = el
  }
  return card
}

/** A card: every link goes to `href`, and at most one block holds prose of its own (the blurb). */
function isCard(root: Element, href: string | null): boolean {
  let prose = 0
  const stack: Element[] = [root]
  for (let steps = 0; stack.length; steps++) {
    if (steps > MAX_DEPTH) return false
    const el = stack.pop()!
    if (el.tagName === 'A' && el.hasAttribute('href') && el.getAttribute('href') !== href) return false
    if (isBlock(el) && ownText(el).length >= PROSE_MIN && ++prose > 1) return false
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child)
  }
  return true
}

/**
 * Text length in non-space characters: what a reader sees, whatever the markup's whitespace.
 * From the scan when there is one (findClutter), else counted on the spot (the load-time hider).
 */
function textLength(el: Element, cache?: Map<Element, number>): number {
  let length = cache?.get(el)
  if (length === undefined) {
    length = countVisible(el.textContent ?? '')
    // As the scan counts: no text of scripts, styles and the like.
    for (const skipped of Array.from(el.querySelectorAll(SKIP_SELECTOR))) {
      if (!skipped.parentElement?.closest(SKIP_SELECTOR)) length -= countVisible(skipped.textContent ?? '')
    }
    cache?.set(el, length)
  }
  return length
}

/**
 * textLength(el) when it is at most `max`, else Infinity: counts no further than needed (an ad item
 * or a card is short, and the block around the link being judged may hold thousands of links).
 */
function textLengthUpTo(el: Element, max: number, cache?: Map<Element, number>): number {
  const upTo = (length: number) => (length > max ? Infinity : length)
  const known = cache?.get(el)
  if (known !== undefined) return upTo(known)
  let length = 0
  let node: Node | null = el.firstChild
  for (let steps = 0; node; steps++) {
    if (steps >= MAX_STEPS) return upTo(textLength(el, cache))
    let next: Node | null = null
    if (node.nodeType === 3 || node.nodeType === 4) {
      length += countVisible((node as Text).data)
      if (length > max) return Infinity
    } else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName)) next = node.firstChild
    node = next ?? nextOutside(node, el)
  }
  cache?.set(el, length)
  return length
}

/** What a reader does not see: spaces, control characters, no-break and zero-width spaces. */
const INVISIBLE = /[\x00-\x20\u00a0\u200b]+/g

function countVisible(text: string): number {
  // One native replace, not a loop over each character: the page's whole text passes through here,
  // and at page load that loop runs in the interpreter.
  return text.replace(INVISIBLE, '').length
}

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

function scan(scope: Element): Scan {
  const result: Scan = { blocks: [], links: [], lengths: new Map(), linkCounts: new Map(), linkLengths: new Map(), position: new Map() }
  const own = new Map<Element, string>()
  const order: Element[] = []
  // An explicit stack, not recursion: pages nest thousands of elements.
  interface Frame { el: Element; block: Element; isLink: boolean; next: ChildNode | null; length: number; links: number; linkLength: number }
  const stack: Frame[] = []
  const open = (el: Element, parentBlock: Element) => {
    const block = el === scope || isBlock(el) ? el : parentBlock
    if (block === el) order.push(el)
    result.position.set(el, result.position.size)
    const link = isLink(el)
    if (link) result.links.push(el)
    stack.push({ el, block, isLink: link, next: el.firstChild, length: 0, links: link ? 1 : 0, linkLength: 0 })
  }
  open(scope, scope)
  for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
    const frame = stack[stack.length - 1]!
    const node = frame.next
    if (node) {
      frame.next = node.nextSibling
      if (node.nodeType === 3) {
        const data = (node as Text).data
        own.set(frame.block, (own.get(frame.block) ?? '') + data)
        frame.length += countVisible(data)
      } else if (node.nodeType === 1) {
        const el = node as Element
        // As in ownText: a nested block or a script is a word break in the block's own text (none
        // needed before its first text: normalizeText trims).
        const before = own.get(frame.block)
        if (before !== undefined && (SKIP_TAGS.has(el.tagName) || isBlock(el))) own.set(frame.block, before + ' ')
        if (!SKIP_TAGS.has(el.tagName)) open(el, frame.block)
      }
      continue
    }
    stack.pop()
    if (frame.isLink) frame.linkLength = frame.length
    result.lengths.set(frame.el, frame.length)
    result.linkCounts.set(frame.el, frame.links)
    result.linkLengths.set(frame.el, frame.linkLength)
    const parent = stack[stack.length - 1]
    if (parent) {
      parent.length += frame.length
      parent.links += frame.links
      parent.linkLength += frame.linkLength
    }
  }
  for (const block of order) {
    const text = normalizeText(own.get(block) ?? '')
    if (text) result.blocks.push({ block, text })
  }
  return result
}

function isProse(block: Element, text: string): boolean {
  if (text.length >= PROSE_MIN) return true
  return SENTENCE_TAGS.has(block.tagName) && text.length >= SENTENCE_MIN && /[.!?…"“”»«)]$/.test(text) && text.split(' ').length >= 6
}

/** Every clutter block of `root` according to the site's rules, outermost blocks only, in document order. */
export function findClutter(root: Document | Element, site: SiteModule): ClutterMatch[] {
  const rules = compileRules(site)
  if (rules.length === 0) return []
  const scope = 'documentElement' in root ? (root.body ?? root.documentElement) : root
  if (!scope) return []
  const measured = scan(scope)

  // 1. Hits and prose, from one walk over the scope.
  const candidates = new Map<Element, Hit>()
  const prose: Prose[] = []
  for (const { block, text } of measured.blocks) {
    const hit = blockHit(rules, block, text)
    if (hit) addCandidate(candidates, hit)
    else if (isProse(block, text)) prose.push({ block, length: text.length })
  }
  for (const link of measured.links) addCandidate(candidates, linkHit(rules, link, measured.lengths))
  return resolveClutter(scope, candidates, listedProse(prose), scanMeasure(measured))
}

/** A block of prose that is no hit, with the length of its own text. */
interface Prose {
  block: Element
  length: number
}

/**
 * What resolving asks of the prose (blocks of text that no rule hits): from the list a whole-page
 * walk found (findClutter), or measured on demand around the hits (the load-time script).
 */
interface ProseFacts {
  /** True when `parent` has a child block of prose that is no candidate. */
  hasFreeProseChild(parent: Element, candidates: ReadonlyMap<Element, Hit>): boolean
  /** The length of the prose strictly inside each accepted hit that holds any. */
  nestedProse(accepted: ReadonlyMap<Element, Hit>): Map<Element, number>
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

function listedProse(prose: readonly Prose[]): ProseFacts {
  let freeParents: Set<Element> | null = null
  return {
    hasFreeProseChild(parent, candidates) {
      if (!freeParents) {
        freeParents = new Set()
        for (const { block } of prose) if (block.parentElement && !candidates.has(block)) freeParents.add(block.parentElement)
      }
      return freeParents.has(parent)
    },
    nestedProse(accepted) {
      const nested = new Map<Element, number>()
      for (const { block, length } of prose) {
        for (let el = block.parentElement, hops = 0; el && hops < MAX_DEPTH; el = el.parentElement, hops++) {
          if (accepted.has(el)) nested.set(el, (nested.get(el) ?? 0) + length)
        }
      }
      return nested
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

/** Prose measured on demand: only the blocks near the hits are read. Answers as listedProse() would for the whole scope. */
function lazyProse(rules: readonly CompiledRule[], scope: Element, ownTexts: ReadonlyMap<Element, string>): ProseFacts {
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
      if (SKIP_TAGS.has(el.tagName) || prune?.(el)) continue
      if ((el === scope || isBlock(el)) && test(el)) return true
      pushChildren(el)
    }
    return false
  }
  /** Answers per parent for one set of candidates: thousands of hits may share a parent. */
  let freeParents = new Map<Element, boolean>()
  let freeParentsOf: ReadonlyMap<Element, Hit> | null = null
  return {
    hasFreeProseChild(parent, candidates) {
      if (candidates !== freeParentsOf) {
        freeParents = new Map()
        freeParentsOf = candidates
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
    nestedProse(accepted) {
      const nested = new Map<Element, number>()
      for (const el of accepted.keys()) {
        let sum = 0
        // Every block is visited: the test adds its prose and never stops the walk.
        someBlock(el, false, (block) => {
          sum += proseLength(block)
          return false
        })
        if (sum > 0) nested.set(el, sum)
      }
      return nested
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

/** The links in `scope` to one of the rules' targets (a native query with [href*=... i] costs milliseconds on pages with thousands of links). */
export function linksToTargets(scope: Element, rules: readonly CompiledRule[]): Element[] {
  if (!targetFilters.get(rules)) return []
  return Array.from(scope.getElementsByTagName('a')).filter((link) => linksToTarget(link, rules))
}

/** Whether an <a> element links to one of the rules' targets. */
export function linksToTarget(link: Element, rules: readonly CompiledRule[]): boolean {
  const href = link.getAttribute('href')
  return href !== null && href !== '' && targetFilters.get(rules)?.test(href) === true
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
      if (SKIP_TAGS.has(el.tagName)) return
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
  const lengths = new Map<Element, number>()
  const candidates = new Map<Element, Hit>()
  // As findClutter: block hits first, then link hits.
  for (const block of blocks) addCandidate(candidates, blockHit(rules, block, ownTexts.get(block)))
  for (const link of links) addCandidate(candidates, linkHit(rules, link, lengths))
  return resolveClutter(scope, candidates, lazyProse(rules, scope, ownTexts), lazyMeasure(lengths))
}

export function isLink(el: Element): boolean {
  return el.tagName === 'A' && el.hasAttribute('href')
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

/** Keep one hit per element: the first rule wins; within a rule, a strong hit. */
function addCandidate(candidates: Map<Element, Hit>, hit: Hit | null): void {
  if (!hit) return
  const known = candidates.get(hit.element)
  if (!known || hit.rule.index < known.rule.index || (hit.rule === known.rule && hit.strong)) candidates.set(hit.element, hit)
}

/** What growth needs to know of an element's text and links. */
interface Measure {
  lengths: Map<Element, number>
  linkCount(el: Element): number
  linkLength(el: Element): number
  byOrder(a: { element: Element }, b: { element: Element }): number
}

function scanMeasure(measured: Scan): Measure {
  return {
    lengths: measured.lengths,
    linkCount: (el) => measured.linkCounts.get(el) ?? 0,
    linkLength: (el) => measured.linkLengths.get(el) ?? 0,
    byOrder: (a, b) => (measured.position.get(a.element) ?? 0) - (measured.position.get(b.element) ?? 0),
  }
}

/** Measures taken on demand (for the few elements growth visits), when there was no scan. */
function lazyMeasure(lengths = new Map<Element, number>()): Measure {
  const links = (el: Element) => (isLink(el) ? [el] : Array.from(el.querySelectorAll('a[href]')))
  return {
    lengths,
    linkCount: (el) => links(el).length,
    linkLength: (el) => links(el).reduce((sum, a) => sum + textLength(a, lengths), 0),
    byOrder: (a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1),
  }
}

/**
 * Steps 2-4 on candidate hits and prose found by a walk (findClutter) or while the page was parsed
 * (the load-time hider): accept, protect, grow, keep the outermost.
 */
function resolveClutter(scope: Element, candidates: Map<Element, Hit>, prose: ProseFacts, measure: Measure): ClutterMatch[] {
  const lengths = measure.lengths
  const hits = acceptHits(candidates, prose)
  if (hits.length === 0) return []
  const hitSet = new Map(hits.map((h) => [h.element, h]))

  // 2. Protected text: prose outside every hit; its ancestors may never be hidden. Text of hit links
  // inline in a block (job ads in a ticker) is not the block's prose.
  const inlineHitText = new Map<Element, number>()
  for (const hit of hits) {
    if (isBlock(hit.element) || !hit.element.parentElement) continue
    const block = nearestBlock(hit.element.parentElement)
    inlineHitText.set(block, (inlineHitText.get(block) ?? 0) + textLength(hit.element, lengths))
  }
  const holdsProtected = prose.protectedTest(scope, hitSet, inlineHitText)

  // 3. Growth in document order; a hit inside the block grown last adds nothing (its block would be
  // inside that one too), 4. outermost in document order.
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
  return outermostInOrder(grown, byOrder)
}

/**
 * Drop hits that cannot be clutter: a weak hit with no hit beside it (an article paragraph that
 * mentions a phrase or links to a shop), and a hit whose element wraps article prose.
 */
function acceptHits(candidates: Map<Element, Hit>, prose: ProseFacts): Hit[] {
  /** Candidate hits per parent and rule: an ad among ads of its kind. */
  const hitsPerParent = new Map<Element, Map<CompiledRule, number>>()
  /** Elements with a strong hit of a rule at most three levels below: rule name per element. */
  const strongBelow = new Map<Element, Set<string>>()
  for (const hit of candidates.values()) {
    const parent = hit.element.parentElement
    if (parent) {
      const perRule = hitsPerParent.get(parent) ?? new Map<CompiledRule, number>()
      perRule.set(hit.rule, (perRule.get(hit.rule) ?? 0) + 1)
      hitsPerParent.set(parent, perRule)
    }
    if (!hit.strong) continue
    let el = parent
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      const rules = strongBelow.get(el) ?? new Set<string>()
      rules.add(hit.rule.rule.name)
      strongBelow.set(el, rules)
    }
  }
  // Weak hits side by side are ads among ads only in a container of ads: no other prose beside them,
  // and not paragraphs (two article paragraphs may well both link to a shop).
  const accepted = new Map<Element, Hit>()
  for (const hit of candidates.values()) {
    const parent = hit.element.parentElement
    const besideHit =
      parent !== null &&
      hit.element.tagName !== 'P' &&
      !prose.hasFreeProseChild(parent, candidates) &&
      (hitsPerParent.get(parent)?.get(hit.rule) ?? 0) >= 2
    const aboveStrongHit = strongBelow.get(hit.element)?.has(hit.rule.rule.name) ?? false
    if (hit.strong || besideHit || aboveStrongHit) accepted.set(hit.element, hit)
  }
  // Prose nested in a hit: fine in a list item (an ad's blurb), never in a bigger container.
  for (const [el, length] of prose.nestedProse(accepted)) {
    if (!accepted.get(el)?.unit || length > ITEM_PROSE_MAX) accepted.delete(el)
  }
  return Array.from(accepted.values())
}

function insideHit(el: Element, hits: ReadonlyMap<Element, Hit>, scope: Element): boolean {
  for (let current: Element | null = el, hops = 0; current && hops < MAX_DEPTH; current = current === scope ? null : current.parentElement, hops++) {
    if (hits.has(current)) return true
  }
  return false
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

function outermostInOrder(matches: ClutterMatch[], byOrder: (a: ClutterMatch, b: ClutterMatch) => number): ClutterMatch[] {
  return outermost([...matches].sort(byOrder))
}

/** The items in document order that lie in no item before them: an ancestor comes before its descendants, so one pass keeps the outermost. */
function outermost<T extends { element: Element }>(inOrder: readonly T[]): T[] {
  const outer: T[] = []
  for (const item of inOrder) {
    if (!outer[outer.length - 1]?.element.contains(item.element)) outer.push(item)
  }
  return outer
}

/** The attribute the load-time script sets on a block it hides; its value is the block's kind. */
export const HIDDEN_ATTRIBUTE = 'data-klartext-hidden'
/** The attribute on <html> listing (space-separated) the kinds shown again on this page. */
export const SHOW_ATTRIBUTE = 'data-klartext-show'

/**
 * The document_start stylesheet.
 * - Link-target rules as CSS, per kind: a list item whose direct child is a link to the target
 *   (an ad item). Never `div:has(a[...])`: that would match the page's wrappers.
 * - The hiding style for blocks the load-time script marks: [data-klartext-hidden="<kind>"].
 * - Showing a kind again: every rule is guarded by html:not([data-klartext-show~="<kind>"]), so
 *   adding the kind to that attribute on <html> shows its blocks with the page's own styles.
 */
export function clutterStylesheet(site: SiteModule): string {
  const kinds = new Map<ClutterKind, string[]>()
  for (const rule of site.rules) {
    const selectors = kinds.get(rule.kind) ?? [`[${HIDDEN_ATTRIBUTE}="${rule.kind}"]`]
    for (const target of rule.linkTargets ?? []) selectors.push(`li:has(> a[href*=${cssString(asciiLowerCase(target))} i])`)
    kinds.set(rule.kind, selectors)
  }
  const lines = [`/* Klartext: clutter rules of ${site.id} (generated from src/sites/${site.id}.ts) */`]
  for (const [kind, selectors] of kinds) {
    const guard = `html:not([${SHOW_ATTRIBUTE}~="${kind}"])`
    lines.push(`${selectors.map((s) => `${guard} ${s}`).join(',\n')} {\n  display: none !important;\n}`)
  }
  return lines.join('\n') + '\n'
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`
}
