/**
 * The text blocks of Readability's content, in document order: the innermost block elements, each
 * with its kind and the structure around it. One walk over the content gives every block what its
 * ancestors make it (inside a form, a caption, a quotation, a link, emphasis), its links and whether
 * all its text is emphasised: no selector query and no climb to the root per block.
 */
import { normalize, type Block, type BlockKind } from './extract'
import { elementList } from './dom'

export interface TextBlock extends Block {
  element: Element
}

/** Set before Readability on everything inside a form (Readability drops the inputs, not the labels). */
export const FORM_MARK = 'data-klartext-form'
/** More text than this in a form is a page wrapped in one (ASP.NET pages), not a form to fill in. */
export const MAX_FORM_CHARS = 2000

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'dt', 'dd', 'td', 'th'])
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD'])
const CAPTION_TAGS = new Set(['figcaption', 'figure', 'caption'])
const EMPHASIS_TAGS = new Set(['strong', 'b', 'em', 'i'])
const MEDIA_TAGS = ['img', 'picture', 'video', 'figure', 'iframe', 'svg']

/** What an element's ancestors (and the element itself) make of the text inside it. */
interface Context {
  form: boolean
  caption: boolean
  quote: boolean
  link: boolean
  emphasis: boolean
}

/** A block element being walked: innermost until a block turns up inside it. */
interface OpenBlock {
  element: Element
  context: Context
  innermost: boolean
  links: Element[]
  /** Its text nodes' data as the walk meets them: its textContent once it is innermost. */
  chunks: string[]
  /** Non-blank text inside it, and non-blank text outside any emphasis. */
  text: boolean
  plainText: boolean
}

interface Frame {
  element: Element
  context: Context
  block: OpenBlock | null
}

/**
 * The innermost blocks of `root` (its descendants, not itself). A block is innermost when no block
 * is inside it. A TreeWalker moves through the tree: its moves cannot be misled by a hostile form
 * whose named controls shadow firstChild or parentNode.
 */
export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = []
  const lists = new Map<Element | null, { items: number; meanWords: number }>()
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */)
  const stack: Frame[] = [{ element: root, context: contextOf(root, ancestorContext(root)), block: null }]
  const close = (frame: Frame) => {
    const open = frame.block
    if (open && open.element === frame.element && open.innermost) {
      const block = finish(open, lists)
      if (block) blocks.push(block)
    }
  }
  let node: Node | null = walker.firstChild()
  while (node) {
    const parent = stack[stack.length - 1] as Frame
    if (node.nodeType === 3) {
      const open = parent.block
      const data = (node as Text).data
      if (open) open.chunks.push(data)
      if (open && data.trim()) {
        open.text = true
        if (!parent.context.emphasis) open.plainText = true
      }
    } else {
      const element = node as Element
      const context = contextOf(element, parent.context)
      let block = parent.block
      if (BLOCK_TAGS.has(element.localName.toLowerCase())) {
        if (block) block.innermost = false
        block = { element, context, innermost: true, links: [], chunks: [], text: false, plainText: false }
      } else if (block && element.localName.toLowerCase() === 'a') block.links.push(element)
      stack.push({ element, context, block })
      const child = walker.firstChild()
      if (child) {
        node = child
        continue
      }
      close(stack.pop() as Frame)
    }
    // On to the next sibling, closing the elements the walk leaves.
    node = walker.nextSibling()
    while (!node && stack.length > 1 && walker.parentNode()) {
      close(stack.pop() as Frame)
      node = walker.nextSibling()
    }
  }
  return blocks
}

function ancestorContext(root: Element): Context {
  const parent = root.parentElement
  if (!parent) return { form: false, caption: false, quote: false, link: false, emphasis: false }
  return {
    form: parent.closest(`[${FORM_MARK}]`) !== null,
    caption: parent.closest('figcaption, figure, caption') !== null,
    quote: parent.closest('blockquote') !== null,
    link: parent.closest('a') !== null,
    emphasis: parent.closest('strong, b, em, i') !== null,
  }
}

function contextOf(element: Element, outer: Context): Context {
  const tag = element.localName.toLowerCase()
  return {
    form: outer.form || element.hasAttribute(FORM_MARK) || isFormRole(element),
    caption: outer.caption || CAPTION_TAGS.has(tag),
    quote: outer.quote || tag === 'blockquote',
    link: outer.link || tag === 'a',
    emphasis: outer.emphasis || EMPHASIS_TAGS.has(tag),
  }
}

/** An element that says it is a form (role="form"), unless it wraps a whole page. */
function isFormRole(element: Element): boolean {
  return element.getAttribute('role') === 'form' && (element.textContent ?? '').length <= MAX_FORM_CHARS
}

function finish(open: OpenBlock, lists: Map<Element | null, { items: number; meanWords: number }>): TextBlock | null {
  const { element, context } = open
  const text = normalize(open.chunks.join(''))
  if (!text) return null
  const tag = element.tagName.toUpperCase()
  return {
    text,
    kind: kindOf(tag, context),
    linkShare: linkShare(open, text.length),
    // All text of the block inside emphasis (the block itself may be inside it).
    emphasised: context.emphasis || (open.text && !open.plainText),
    list: tag === 'LI' ? listShape(element, lists) : null,
    afterMedia: isMedia(element.previousElementSibling),
    element,
  }
}

function kindOf(tag: string, context: Context): BlockKind {
  if (context.form) return 'form'
  // A <p> inside a <figcaption> (or a figure's credit line) is a caption, not prose.
  if (context.caption) return 'caption'
  if (/^H\d$/.test(tag) || tag === 'DT') return 'heading'
  if (tag === 'TD' || tag === 'TH') return 'cell'
  if (tag === 'PRE') return 'pre'
  if (context.quote) return 'quote'
  if (tag === 'LI') return 'list-item'
  return PROSE_TAGS.has(tag) ? 'prose' : 'cell'
}

/** Share of its characters inside links (all of them inside a link). */
function linkShare(open: OpenBlock, length: number): number {
  let linked = 0
  for (const a of open.links) linked += normalize(a.textContent ?? '').length
  if (open.context.link) linked = length
  return length === 0 ? 0 : Math.min(1, linked / length)
}

/** The shape of an item's list, measured once per list (a list of 500 references has 500 items). */
function listShape(item: Element, known: Map<Element | null, { items: number; meanWords: number }>): { items: number; meanWords: number } {
  const list = item.parentElement
  const seen = known.get(list)
  if (seen) return seen
  const items = list ? elementList(list.children).filter((c) => c.tagName.toUpperCase() === 'LI') : [item]
  const totalWords = items.reduce((sum, li) => sum + normalize(li.textContent ?? '').split(' ').length, 0)
  const shape = { items: items.length, meanWords: totalWords / Math.max(1, items.length) }
  if (list) known.set(list, shape)
  return shape
}

/** An image or video, alone or in a wrapper without text; a figure with a figcaption has its caption. */
function isMedia(element: Element | null): boolean {
  if (!element || element.getElementsByTagName('figcaption').length > 0) return false
  if (MEDIA_TAGS.includes(element.localName.toLowerCase())) return true
  return normalize(element.textContent ?? '') === '' && MEDIA_TAGS.some((tag) => element.getElementsByTagName(tag).length > 0)
}
