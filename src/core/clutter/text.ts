/**
 * Text measuring for the clutter engine: what a block is, its own text, its visible length, and
 * whether it is prose. Every walk is iterative and bounded: pages nest thousands of inline
 * elements, and a hostile page can make DOM properties lie (a <form> whose named control
 * "parentNode" shadows the real one can turn an ancestor climb into a cycle).
 */

/** Own text at least this long is prose: article text unless a rule says otherwise. */
export const PROSE_MIN = 80
/** A list item hit may carry nested prose (a book blurb) up to this length; more is a page section. */
export const ITEM_PROSE_MAX = 800
/** Bounds on every walk (far above real pages). */
export const MAX_DEPTH = 10_000
export const MAX_STEPS = 5_000_000

const BLOCK_TAGS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HTML LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL'.split(' '),
)
/** Blocks that are a unit of text: a hit on a link lands on the nearest of these. */
export const ITEM_TAGS = new Set('LI P H1 H2 H3 H4 H5 H6 DT DD TD TH FIGCAPTION'.split(' '))
/** Never grown into: the page, its main region, the article. */
export const STOP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE'])
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'svg', 'SVG'])
/** Prose that ends like a sentence is article text even when short (a one-sentence paragraph). */
const SENTENCE_TAGS = new Set(['P', 'BLOCKQUOTE', 'FIGCAPTION', 'DD'])
const SENTENCE_MIN = 40

export function normalizeText(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

/** Elements whose content is no page text (scripts, styles, form values, SVG): never walked. */
export function isOpaque(el: Element): boolean {
  return SKIP_TAGS.has(el.tagName)
}

/** isOpaque by the element's tagName, for a walk that has read it already. */
export function isOpaqueTag(tagName: string): boolean {
  return SKIP_TAGS.has(tagName)
}

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName)
}

/** isBlock by the element's tagName, for a walk that has read it already. */
export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName)
}

export function isLink(el: Element): boolean {
  return el.tagName === 'A' && el.hasAttribute('href')
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

/** The node after `node`'s subtree inside `root` in document order, or null: walks need no recursion. */
export function nextOutside(node: Node, root: Node): Node | null {
  for (let up: Node | null = node, hops = 0; up && up !== root && hops < MAX_DEPTH; up = up.parentNode, hops++) {
    if (up.nextSibling) return up.nextSibling
  }
  return null
}

/**
 * Text length in non-space characters: what a reader sees, whatever the markup's whitespace, without
 * the text of scripts and the like. From the scan when there is one (findClutter), else counted on
 * the spot (the load-time path).
 */
export function textLength(el: Element, cache?: Map<Element, number>): number {
  return textLengthUpTo(el, Infinity, cache)
}

/**
 * textLength(el) when it is at most `max`, else Infinity: counts no further than needed (an ad item
 * or a card is short, and the block around the link being judged may hold thousands of links).
 */
export function textLengthUpTo(el: Element, max: number, cache?: Map<Element, number>): number {
  const upTo = (length: number) => (length > max ? Infinity : length)
  // The cache holds a length, or (negative) a bound it exceeds: every box around a page's blocks asks
  // whether the article around them is short, and it never is.
  const known = cache?.get(el)
  if (known !== undefined && known >= 0) return upTo(known)
  if (known !== undefined && -known > max) return Infinity
  let length = 0
  let node: Node | null = el.firstChild
  for (let steps = 0; node; steps++) {
    if (steps >= MAX_STEPS) return upTo(length)
    let next: Node | null = null
    if (node.nodeType === 3 || node.nodeType === 4) {
      length += countVisible((node as Text).data)
      if (length > max) {
        cache?.set(el, -length)
        return Infinity
      }
    } else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName)) next = node.firstChild
    node = next ?? nextOutside(node, el)
  }
  cache?.set(el, length)
  return length
}

/** What a reader does not see: spaces, control characters, no-break and zero-width spaces. */
const INVISIBLE = /[\x00-\x20\u00a0\u200b]+/g

export function countVisible(text: string): number {
  // One native replace, not a loop over each character: the page's whole text passes through here,
  // and at page load that loop runs in the interpreter.
  return text.replace(INVISIBLE, '').length
}

export function isProse(block: Element, text: string): boolean {
  if (text.length >= PROSE_MIN) return true
  return SENTENCE_TAGS.has(block.tagName) && text.length >= SENTENCE_MIN && /[.!?…"“”»«)]$/.test(text) && text.split(' ').length >= 6
}
