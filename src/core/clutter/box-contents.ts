/**
 * What a box holds (evidence.ts scores it): its blocks' own texts and lines, its links and where
 * they lead, its form fields and images, read in one walk.
 */
import { asciiLowerCase } from './rules'
import { isSetApart } from './reader-talk'
import { MAX_STEPS, PROSE_MIN, STOP_TAGS, countVisible, isBlock, isOpaque, isProse, nearestBlock, normalizeText, ownText, textLengthUpTo } from './text'
import { elementsByTag } from '../dom'

/** Own text up to this long is a short item or line (a job title with its place, a teaser title). */
export const ITEM_MAX = 150
export const FIELDS = new Set(['INPUT', 'TEXTAREA', 'FORM'])
const FIELD_ATTRIBUTES = ['type', 'name', 'placeholder', 'aria-label', 'role', 'action']

/** A block of a box: its own text, its lines between <br>s, and what the scoring asks of it for every rule. */
export interface BoxBlock {
  el: Element
  text: string
  lines: string[]
  excerpt: boolean
  /** Its whole text in one emphasis (isSetApart). */
  setApart: boolean
  prose: boolean
  /** The text of the bold element it opens with ("Mehr zum Thema:"), when not set apart; else null. */
  boldLead: string | null
  /** Per rule (by index), the rule's word families its text holds as bits, once asked (evidence.ts). */
  familyBits: number[]
}

/** What a box holds, read in one walk. */
export interface Contents {
  /** The blocks inside with an own text (the box included). */
  blocks: BoxBlock[]
  /** Hrefs of the links that stand alone (an image link, or a block made mostly of links), not links inside a sentence. */
  hrefs: string[]
  /** Hrefs of all links, inside sentences too. */
  allHrefs: string[]
  /** The texts of all links. */
  linkTexts: string[]
  links: number
  linkTextLength: number
  textLength: number
  /** Hrefs of the links to the page's own site whose address spells their text: the site's articles (a related list), never a page of a kind. */
  articleHrefs: string[]
  /** What each form field says of itself (tag, type, name, placeholder, label) and the forms' actions and roles. */
  fields: string[]
  image: boolean
  /** A button: a control to act on (sign up, order), which no article paragraph has. */
  button: boolean
}


/** Visible characters from which a paragraph reads as article text, not as a prompt's or an ad's line. */
export const ARTICLE_PARAGRAPH_MIN = 150

/**
 * Two long paragraphs are a piece of an article, whatever stands beside them (a poll's form, a search
 * link, hostile markup that swallowed the rest of the article): no box, however its words score.
 */
export function holdsArticleParagraphs(box: Element, lengths?: Map<Element, number>): boolean {
  let long = 0
  for (const p of elementsByTag(box, 'p')) {
    if (textLengthUpTo(p, ARTICLE_PARAGRAPH_MIN, lengths) === Infinity && ++long >= 2) return true
  }
  return false
}


/**
 * Whether `block` (or the wrappers it is the only element of) closes the article's text: it comes
 * after an <article> or after two paragraphs of prose, and no such paragraph comes after it (an
 * interview's italic introduction of its guest is followed by the interview).
 */
export function closesArticleText(block: Element, lengths?: Map<Element, number>): boolean {
  let el = block
  while (el.parentElement && !STOP_TAGS.has(el.parentElement.tagName) && el.parentElement.childElementCount === 1) el = el.parentElement
  // Lines between <br>s none of which ends a sentence are a listing (job titles), not the article's prose.
  const isListing = (sibling: Element) => sibling.getElementsByTagName('br').length > 0 && linesOf(sibling).every((line) => !/[.!?…]$/.test(line))
  const isProseParagraph = (sibling: Element) => sibling.tagName === 'P' && textLengthUpTo(sibling, PROSE_MIN, lengths) === Infinity && !isListing(sibling)
  for (let sibling = el.nextElementSibling, steps = 0; sibling && steps < SIBLINGS_READ; sibling = sibling.nextElementSibling, steps++) {
    if (isProseParagraph(sibling)) return false
  }
  let long = 0
  for (let sibling = el.previousElementSibling, steps = 0; sibling && steps < SIBLINGS_READ; sibling = sibling.previousElementSibling, steps++) {
    if (sibling.tagName === 'ARTICLE' || (isProseParagraph(sibling) && ++long >= 2)) return true
  }
  return false
}
/** How many siblings on each side of a block closesArticleText() reads (an article's paragraphs and the boxes between them). */
const SIBLINGS_READ = 40

/**
 * The blocks read in one run over an unchanged DOM, by the run's length cache (each box around a
 * block reads it again: a page's wrappers nest deep).
 */
const blocksOfRun = new WeakMap<Map<Element, number>, Map<Element, BoxBlock | null>>()

function boxBlock(el: Element, lengths?: Map<Element, number>): BoxBlock | null {
  let known = lengths && blocksOfRun.get(lengths)
  if (lengths && !known) blocksOfRun.set(lengths, (known = new Map()))
  let block = known?.get(el)
  if (block === undefined) {
    const text = ownText(el)
    const setApart = text !== '' && isSetApart(el, text)
    block = text ? { el, text, lines: el.getElementsByTagName('br').length ? linesOf(el) : [], excerpt: isExcerpt(el, text), setApart, prose: isProse(el, text), boldLead: setApart ? null : boldLeadOf(el, text), familyBits: [] } : null
    known?.set(el, block)
  }
  return block
}

/** The text of a bold element that opens the block's text, or null. */
function boldLeadOf(block: Element, text: string): string | null {
  const lead = block.firstElementChild
  if (!lead || (lead.tagName !== 'STRONG' && lead.tagName !== 'B')) return null
  const leadText = lead.textContent ?? ''
  return text.startsWith(normalizeText(leadText)) ? leadText : null
}

/** `lengths`: the run's length cache (the DOM does not change while it lives). */
export function read(box: Element, textLength: number, lengths?: Map<Element, number>): Contents {
  const contents: Contents = { blocks: [], hrefs: [], allHrefs: [], articleHrefs: [], linkTexts: [], links: 0, linkTextLength: 0, textLength, fields: [], image: false, button: false }
  /** Per block: its links, their text, and its own text. */
  const linksOf = new Map<Element, { hrefs: string[]; length: number; image: boolean }>()
  const own = new Map<Element, string>()
  let page: PageAddress | undefined
  const stack: Element[] = [box]
  for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
    const el = stack.pop()!
    if (isOpaque(el)) continue
    if (isBlock(el)) {
      const block = boxBlock(el, lengths)
      own.set(el, block?.text ?? '')
      if (block) contents.blocks.push(block)
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      const block = nearestBlock(el)
      const known = linksOf.get(block) ?? { hrefs: [], length: 0, image: false }
      linksOf.set(block, known)
      const length = textLengthUpTo(el, textLength, lengths)
      known.hrefs.push(asciiLowerCase(el.getAttribute('href')!))
      contents.allHrefs.push(known.hrefs.at(-1)!)
      contents.linkTexts.push(normalizeText(el.textContent ?? ''))
      if (isArticleOfSite(known.hrefs.at(-1)!, contents.linkTexts.at(-1)!, (page ??= pageAddress(box.ownerDocument)))) contents.articleHrefs.push(known.hrefs.at(-1)!)
      known.length += length
      contents.links++
      contents.linkTextLength += length
      if (el.getElementsByTagName('img').length) known.image = true
    } else if (el.tagName === 'IMG') {
      contents.image = true
    } else if (el.tagName === 'BUTTON') {
      contents.button = true
    } else if (FIELDS.has(el.tagName)) {
      // A field's label says what it is for ("Search the site" over a bare text field).
      const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? [], (label) => label.textContent ?? '') : []
      contents.fields.push(`${el.tagName} ${[...FIELD_ATTRIBUTES.map((name) => el.getAttribute(name) ?? ''), ...labels].join(' ')}`)
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child)
  }
  for (const [block, links] of linksOf) {
    const text = own.get(block) ?? ''
    if (links.image || links.length * 2 >= countVisible(text) || !isProse(block, text)) contents.hrefs.push(...links.hrefs)
  }
  return contents
}

/** A teaser's excerpt: a short paragraph right after a linked title (a teaser of another article). */
function isExcerpt(block: Element, text: string): boolean {
  const title = block.previousElementSibling
  if (!title || text.length >= ARTICLE_PARAGRAPH_MIN || !isProse(block, text)) return false
  const links = title.tagName === 'A' ? [title] : elementsByTag(title, 'a')
  const titleText = normalizeText(title.textContent ?? '')
  const link = links[0]
  return (
    links.length === 1 &&
    titleText.length <= ITEM_MAX &&
    !(link!.getAttribute('href') ?? '#').startsWith('#') &&
    countVisible(link!.textContent ?? '') * 2 >= countVisible(titleText)
  )
}

/** The texts between <br>s of a block's own inline content. */
function linesOf(block: Element): string[] {
  const lines: string[] = ['']
  for (let node = block.firstChild; node; node = node.nextSibling) {
    if (node.nodeName === 'BR') lines.push('')
    else if (node.nodeType === 3 || (node.nodeType === 1 && !isBlock(node as Element) && !isOpaque(node as Element))) lines[lines.length - 1] += ` ${node.textContent}`
  }
  return lines.map(normalizeText).filter(Boolean)
}


/** The contents of sibling blocks read as one box. */
export function merged(run: readonly Element[], length: number, lengths?: Map<Element, number>): Contents {
  const parts = run.map((el) => read(el, textLengthUpTo(el, Infinity, lengths), lengths))
  return {
    blocks: parts.flatMap((c) => c.blocks),
    hrefs: parts.flatMap((c) => c.hrefs),
    allHrefs: parts.flatMap((c) => c.allHrefs),
    articleHrefs: parts.flatMap((c) => c.articleHrefs),
    linkTexts: parts.flatMap((c) => c.linkTexts),
    links: parts.reduce((n, c) => n + c.links, 0),
    linkTextLength: parts.reduce((n, c) => n + c.linkTextLength, 0),
    textLength: length,
    fields: parts.flatMap((c) => c.fields),
    image: parts.some((c) => c.image),
    button: parts.some((c) => c.button),
  }
}

/** What links are compared with: the page's host without "www." and the ending of its address ('' when none). */
export interface PageAddress { host: string; ending: string }

/** Read once per box or list, on its first link, not per link: the page's address (an SPA may change it between runs). */
export function pageAddress(doc: Document): PageAddress {
  const url = asciiLowerCase(doc.URL ?? '')
  return { host: hostOf(url), ending: pathEnding(url) }
}

/** Whether a lower-cased href goes to the page's own site: a relative address, or the page's host. */
export function isOwnSite(href: string, page: PageAddress): boolean {
  if (href.startsWith('/') ? !href.startsWith('//') : !/^[a-z][a-z0-9+.-]*:/.test(href)) return !href.startsWith('#')
  return page.host !== '' && hostOf(href) === page.host
}

/** The host of an absolute http(s) address without "www.", or ''. */
function hostOf(href: string): string {
  return /^https?:\/\/(?:www\.)?([^/?#:]+)/.exec(href)?.[1] ?? ''
}

/**
 * Whether a link goes to another article of the page's site: its address has the shape of the
 * page's own (the same ending, ".html") and spells the link's text (a related list's titles).
 */
function isArticleOfSite(href: string, text: string, page: PageAddress): boolean {
  return page.ending !== '' && pathEnding(href) === page.ending && isOwnSite(href, page) && spellsItsText(href, text)
}

/** The ending of an address's last path segment (".html"), or ''. */
function pathEnding(href: string): string {
  return /(\.[a-z0-9]{2,5})$/.exec(href.split(/[?#]/)[0]!)?.[1] ?? ''
}

/** Whether the last segment of an address spells three or more words of a link's text (an article's slug). */
function spellsItsText(href: string, text: string): boolean {
  const segment = href.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? ''
  const tokens = new Set(segment.replace(/\.[a-z]{2,5}$/, '').split(/[^a-z0-9äöüß]+/))
  if (tokens.size < 3) return false
  const fold = (word: string) => word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
  const words = text.toLowerCase().split(/[^a-z0-9äöüß]+/).filter((word) => word.length >= 3)
  return words.filter((word) => tokens.has(word) || tokens.has(fold(word))).length >= 3
}
