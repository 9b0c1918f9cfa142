/**
 * Boxes: small blocks (a card, a widget, a sign-up prompt) judged by the evidence they hold as a
 * whole, not by one phrase. For each rule with evidence, a box scores (weights and threshold from
 * the site's BoxScoring):
 * - words: each word family of the rule that some block's own text in the box matches;
 * - where it links: the rule's link targets, the pages of its kind (evidence.links), link targets holding a word of a family;
 * - structure: a form field of the kind (an e-mail input, a comment textarea, a search field), two or more short lines or items with a family word (<br> lines of
 *   one paragraph, list items), a heading with a family word, an image, a list of links;
 * - talk to the reader (du, dein, Ihr Postfach, you).
 * Words alone never make a box: it needs a family word and one signal of another sort. A lone
 * paragraph of prose needs the talk to the reader besides (an article paragraph reports, a prompt
 * asks). A box holds at most one block of prose without a family word (a blurb, a bio): a block
 * holding two is a piece of the article or a listing.
 * Only the smallest boxes count; the engine's growth joins their parents as for any hit.
 *
 * A box always holds a block whose own text matches a family, so it lies on the path of a text
 * node where the load-time prefilter finds a literal: the load-time path sees every box.
 */
import type { BoxScoring } from '../site'
import { asciiLowerCase, type CompiledRule, type Hit } from './rules'
import { MAX_STEPS, STOP_TAGS, countVisible, isBlock, isOpaque, isProse, nearestBlock, normalizeText, ownText, textLengthUpTo } from './text'
import { elementsByTag } from '../dom'

/** Own text up to this long is a short item or line (a job title with its place, a teaser title). */
const ITEM_MAX = 150
/** Talk to the reader: du/dein/euch/you anywhere; Sie/Ihr capitalized inside a sentence. */
const FORMAL = /[^.!?:»"„\s]\s+(?:Sie|Ihr(?:e[mnrs]?)?)\b/
const INFORMAL = /\b(?:du|dich|dir|dein\w*|euch|eu(?:er|re)\w*|you|your)\b/i
const FIELDS = new Set(['INPUT', 'TEXTAREA', 'FORM'])
const FIELD_ATTRIBUTES = ['type', 'name', 'placeholder', 'aria-label', 'role', 'action']
/** The page's own landmarks: a site header with a search field and a menu is no box, though a box may lie inside. */
const LANDMARKS = new Set(['HEADER', 'FOOTER', 'NAV'])
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'SUMMARY'])

/** What a box holds, read in one walk. */
interface Contents {
  /** Own texts of the blocks inside (the box included), with their lines between <br>s. */
  blocks: { el: Element; text: string; lines: string[] }[]
  /** Hrefs of the links that stand alone (an image link, or a block made mostly of links), not links inside a sentence. */
  hrefs: string[]
  /** Hrefs of all links, inside sentences too. */
  allHrefs: string[]
  links: number
  linkTextLength: number
  textLength: number
  /** What each form field says of itself (tag, type, name, placeholder, label) and the forms' actions and roles. */
  fields: string[]
  image: boolean
}

/** A box hit, whether it has a heading of its kind, and how many paragraphs of prose it holds. */
interface BoxHit extends Hit {
  heading: boolean
  prose: number
  freeProse: number
  /** Paragraphs of prose that ask the reader in words of the kind ("Gefällt Ihnen unsere Arbeit? … Spende"). */
  asking: number
}

/** Visible characters from which a paragraph reads as article text, not as a prompt's or an ad's line. */
const ARTICLE_PARAGRAPH_MIN = 150

/**
 * Two long paragraphs are a piece of an article, whatever stands beside them (a poll's form, a search
 * link, hostile markup that swallowed the rest of the article): no box, however its words score.
 */
function holdsArticleParagraphs(box: Element, lengths?: Map<Element, number>): boolean {
  let long = 0
  for (const p of elementsByTag(box, 'p')) {
    if (textLengthUpTo(p, ARTICLE_PARAGRAPH_MIN, lengths) === Infinity && ++long >= 2) return true
  }
  return false
}

/** The best box hit of `box`, or null (scored alone: whether a smaller box lies inside is the caller's question). */
export function boxHit(rules: readonly CompiledRule[], scoring: BoxScoring, box: Element, lengths?: Map<Element, number>): BoxHit | null {
  if (STOP_TAGS.has(box.tagName) || LANDMARKS.has(box.tagName) || !isBlock(box)) return null
  const length = textLengthUpTo(box, scoring.maxLength, lengths)
  if (length === Infinity || length === 0 || holdsArticleParagraphs(box, lengths)) return null
  const contents = read(box, length)
  let best: (BoxHit & { score: number }) | null = null
  for (const rule of rules) {
    if (!rule.families.length) continue
    const { score, heading, prose, freeProse, asking } = scoreOf(rule, scoring, contents)
    if (score >= scoring.threshold && (!best || score > best.score)) best = { element: box, rule, strong: true, unit: true, heading, prose, freeProse, asking, score }
  }
  return best
}

function read(box: Element, textLength: number): Contents {
  const contents: Contents = { blocks: [], hrefs: [], allHrefs: [], links: 0, linkTextLength: 0, textLength, fields: [], image: false }
  /** Per block: its links, their text, and its own text. */
  const linksOf = new Map<Element, { hrefs: string[]; length: number; image: boolean }>()
  const own = new Map<Element, string>()
  const stack: Element[] = [box]
  for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
    const el = stack.pop()!
    if (isOpaque(el)) continue
    if (isBlock(el)) {
      const text = ownText(el)
      own.set(el, text)
      if (text) contents.blocks.push({ el, text, lines: el.getElementsByTagName('br').length ? linesOf(el) : [] })
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      const block = nearestBlock(el)
      const known = linksOf.get(block) ?? { hrefs: [], length: 0, image: false }
      linksOf.set(block, known)
      const length = textLengthUpTo(el, textLength)
      known.hrefs.push(asciiLowerCase(el.getAttribute('href')!))
      contents.allHrefs.push(known.hrefs.at(-1)!)
      known.length += length
      contents.links++
      contents.linkTextLength += length
      if (el.getElementsByTagName('img').length) known.image = true
    } else if (el.tagName === 'IMG') {
      contents.image = true
    } else if (FIELDS.has(el.tagName)) {
      contents.fields.push(`${el.tagName} ${FIELD_ATTRIBUTES.map((name) => el.getAttribute(name) ?? '').join(' ')}`)
    }
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child)
  }
  for (const [block, links] of linksOf) {
    const text = own.get(block) ?? ''
    if (links.image || links.length * 2 >= countVisible(text) || !isProse(block, text)) contents.hrefs.push(...links.hrefs)
  }
  return contents
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

function scoreOf(rule: CompiledRule, scoring: BoxScoring, box: Contents): { score: number; heading: boolean; prose: number; freeProse: number; asking: number } {
  const none = { score: 0, heading: false, prose: 0, freeProse: 0, asking: 0 }
  const { weights } = scoring
  const matches = (text: string) => rule.families.some((family) => family.test(text))
  const families = rule.families.filter((family) => box.blocks.some((b) => family.test(b.text))).length
  let items = 0
  let prose = 0
  let freeProse = 0
  let heading = false
  let address = false
  let asking = 0
  for (const { el, text, lines } of box.blocks) {
    const own = matches(text)
    const asks = INFORMAL.test(text) || FORMAL.test(text)
    const lead = el.firstElementChild
    if (lines.length > 1) items += lines.filter(matches).length
    else if (isProse(el, text)) {
      prose++
      if (!own) freeProse++
      else if (asks) asking++
    } else if (own && text.length <= ITEM_MAX && !HEADINGS.has(el.tagName)) items++
    // A heading, or a bold lead-in ("Mehr zum Thema:") that starts the block.
    if (HEADINGS.has(el.tagName) ? own : lead && /^(?:STRONG|B)$/.test(lead.tagName) && text.startsWith(normalizeText(lead.textContent ?? '')) && matches(lead.textContent ?? '')) heading = true
    address ||= asks
  }
  const target = box.hrefs.some((href) => rule.targets.some((t) => href.includes(t)))
  const evidence = rule.rule.evidence
  // A page of the kind is evidence wherever the link stands ("… <a href="#respond">Antwort hinterlassen</a>").
  const kindLink = !!evidence?.links && box.allHrefs.some((href) => evidence.links!.some((l) => href.includes(l)))
  const hrefWord = box.hrefs.some(matches)
  // Prose without words of the kind (two: a blurb and a bio under a heading of the kind or beside a
  // shop link), or three paragraphs of any sort: a piece of the article.
  if ((families === 0 && !target) || freeProse > (heading || target ? 2 : 0) || prose > 2) return none
  const form = !!evidence?.form && box.fields.some((field) => evidence.form!.test(field))
  const lines = items >= 2
  const linkList = box.links >= 2 && box.linkTextLength * 2 >= box.textLength
  const structure = lines || linkList || form || box.image
  if (!(structure || target || kindLink || hrefWord || address)) return none
  // Two paragraphs of prose: a prompt only under a heading of its kind, with its form or target (else an article paragraph beside a prompt).
  if (prose >= 2 && !(heading || form || target)) return none
  // A lone paragraph of prose: a prompt only when it speaks to the reader.
  if (!structure && box.blocks.length === 1 && prose === 1 && !address) return none
  const score =
    Math.min(families, 3) * weights.family +
    (target ? weights.target : 0) +
    (hrefWord ? weights.hrefWord : 0) +
    (form ? weights.form : 0) +
    (kindLink ? weights.kindLink : 0) +
    (lines ? weights.lines : 0) +
    (heading ? weights.heading : 0) +
    (box.image ? weights.card : 0) +
    (address ? weights.address : 0) +
    (linkList ? weights.linkList : 0)
  return { score, heading, prose, freeProse, asking }
}

/**
 * The boxes above `evidence` (the blocks whose own text holds a family word, and those of links to
 * a target): every block up to the box length is scored, and the smallest boxes count. Each grows
 * to its parent while the parent is a box of its rule that adds either a heading of the kind
 * ("Unser Buchtipp" above a cover) and at most one link of another sort (a "mehr" link), or neither
 * a paragraph of prose (an article paragraph beside it), nor a link of another sort (a menu, a logo).
 */
export function boxes(
  rules: readonly CompiledRule[],
  scoring: BoxScoring | undefined,
  evidence: Iterable<Element>,
  scope: Element,
  lengths?: Map<Element, number>,
): Hit[] {
  if (!scoring) return []
  const judged = new Map<Element, BoxHit | null>()
  const headings: Element[] = []
  for (const block of evidence) {
    if (!scope.contains(block)) continue
    if (HEADINGS.has(block.tagName)) headings.push(block)
    for (let el: Element | null = block; el && !judged.has(el); el = el === scope ? null : el.parentElement) {
      if (STOP_TAGS.has(el.tagName) || textLengthUpTo(el, scoring.maxLength, lengths) === Infinity) break
      judged.set(el, boxHit(rules, scoring, el, lengths))
    }
  }
  const holdsBox = new Set<Element>()
  for (const [el, hit] of judged) {
    if (!hit) continue
    for (let up = el.parentElement; up && judged.has(up) && !holdsBox.has(up); up = up.parentElement) holdsBox.add(up)
  }
  /** Links of `parent` in no box of `rule` below it and without a word of its kind (a menu, a logo). */
  const strayLinks = (parent: Element, rule: CompiledRule) =>
    elementsByTag(parent, 'a').filter((link) => {
      if (rule.families.some((family) => family.test(link.textContent ?? ''))) return false
      for (let up = link.parentElement; up && up !== parent; up = up.parentElement) if (judged.get(up)?.rule.rule.kind === rule.rule.kind) return false
      return true
    }).length
  const found = new Map<Element, Hit>()
  for (const [el, hit] of judged) {
    if (!hit || holdsBox.has(el)) continue
    let box = hit
    for (let parent = judged.get(box.element.parentElement!); parent; parent = judged.get(box.element.parentElement!)) {
      const heading = parent.heading && !box.heading
      // At most one more paragraph of prose, and that one asking the reader in words of the kind (a prompt's text).
      const prose = parent.freeProse <= box.freeProse && parent.prose <= box.prose + Math.min(1, parent.asking - box.asking)
      if (parent.rule.rule.kind !== box.rule.rule.kind || !(heading || prose) || strayLinks(parent.element, box.rule) > (heading ? 1 : 0)) break
      box = parent
    }
    found.set(box.element, box)
  }
  for (const heading of headings) for (const hit of headedRun(rules, scoring, heading, lengths)) if (!found.has(hit.element)) found.set(hit.element, hit)
  return Array.from(found.values())
}

/**
 * A box without a wrapper: a heading of a kind ("Die Redaktion empfiehlt") and the sibling blocks
 * after it up to the next heading (a cover, a title, a short bio), scored as one box. It counts
 * only with a link target or an image besides the heading: a section of the article under such a
 * heading has neither, and its paragraphs are prose without words of the kind.
 */
function headedRun(rules: readonly CompiledRule[], scoring: BoxScoring, heading: Element, lengths?: Map<Element, number>): Hit[] {
  const run: Element[] = [heading]
  let length = textLengthUpTo(heading, scoring.maxLength, lengths)
  for (let el = heading.nextElementSibling; el && !HEADINGS.has(el.tagName) && run.length < 6; el = el.nextElementSibling) {
    length += textLengthUpTo(el, scoring.maxLength, lengths)
    if (length > scoring.maxLength || !isBlock(el)) return []
    run.push(el)
  }
  if (run.length < 2) return []
  const parts = run.map((el) => read(el, textLengthUpTo(el, scoring.maxLength, lengths)))
  const contents: Contents = {
    blocks: parts.flatMap((c) => c.blocks),
    hrefs: parts.flatMap((c) => c.hrefs),
    allHrefs: parts.flatMap((c) => c.allHrefs),
    links: parts.reduce((n, c) => n + c.links, 0),
    linkTextLength: parts.reduce((n, c) => n + c.linkTextLength, 0),
    textLength: length,
    fields: parts.flatMap((c) => c.fields),
    image: parts.some((c) => c.image),
  }
  let best: { rule: CompiledRule; score: number } | null = null
  for (const rule of rules) {
    if (!rule.families.length) continue
    const { score, heading: headed } = scoreOf(rule, scoring, contents)
    const target = contents.hrefs.some((href) => rule.targets.some((t) => href.includes(t)))
    if (headed && (target || contents.image) && score >= scoring.threshold && (!best || score > best.score)) best = { rule, score }
  }
  return best ? run.map((element) => ({ element, rule: best.rule, strong: true, unit: true })) : []
}
