/**
 * Boxes: small blocks (a card, a widget, a sign-up prompt) judged by the evidence they hold as a
 * whole, not by one phrase. For each rule with evidence, a box scores (weights and threshold from
 * the site's BoxScoring):
 * - words: each word family of the rule that some block's own text in the box matches;
 * - where it links: the rule's link targets, the pages of its kind (evidence.links), link targets holding a word of a family;
 * - structure: a form field of the kind (an e-mail input, a comment textarea, a search field, a donation form), two or more short lines or items with a family word (<br> lines of
 *   one paragraph, list items), a heading or a label with a family word, an image, a list of links (or teasers: a linked
 *   title and a short excerpt; or one link under a label of the kind), a lone paragraph set apart in italics or bold;
 * - talk to the reader (du, dein, Ihr Postfach, you, bitte, "Become a patron", "Spendier uns"), outside quotations (reader-talk.ts);
 * - a list of links to clutter of several kinds (evidence.mixedList: the site's own promotions).
 * Words alone never make a box: it needs a family word and one signal of another sort. A lone
 * paragraph of prose needs the talk to the reader besides, or a label of its kind with a link to a
 * page of it or set apart (an article paragraph reports, a prompt asks). A box holds at most one block of prose without a family word (a blurb, a bio): a block
 * holding two is a piece of the article or a listing.
 * Only the smallest boxes count; the engine's growth joins their parents as for any hit. Boxes
 * without a wrapper count too: a heading and the blocks after it, a run of link lines, the heading right above a box.
 *
 * A heading labelled in words of no family ("Mehr aus Brüssel", evidence.label) starts a box too,
 * and a pick's heading a few wrappers up takes in the columns between (headedAbove). Scoring is in
 * score.ts; a card's bare blurb beside it is added after acceptance (blurb.ts).
 *
 * A box always holds a block whose own text matches a family (found by the load-time prefilter's
 * literals), a link to a target or an offer, or a labelled heading (both found by native queries):
 * the load-time path sees every box.
 */
import type { BoxScoring } from '../site'
import { matchesFamily, textTestOf, type CompiledRule, type Hit } from './rules'
import { ARTICLE_PARAGRAPH_MIN, FIELDS, ITEM_MAX, merged } from './box-contents'
import { HEADINGS, bestHit, boxHit, canBeBox, isLabel, linksOfMixedKinds, scoreOf, type BoxHit } from './score'
import { elementsByTag } from '../dom'
import { MAX_STEPS, STOP_TAGS, isBlock, isOpaque, isProse, ownText, textLengthUpTo } from './text'

export { boxHit, type BoxHit } from './score'

/** The one child of `el` when `el` holds nothing else (no text, no other element) and both can be boxes, else null. */
function soleBlockChild(el: Element): Element | null {
  const child = el.firstElementChild
  if (!child || child !== el.lastElementChild || !canBeBox(child)) return null
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && (node as Text).data.trim()) return null
  return child
}


/**
 * The boxes above `evidence` (the blocks whose own text holds a family word, and those of links to
 * a target): every block up to the box length is scored, and the smallest boxes count. Each grows
 * to its parent while the parent is a box of its rule that adds either a heading of the kind
 * ("Unser Buchtipp" above a cover) and at most two links of another sort (a "mehr" link; a prompt's
 * "Log in" and "Create account"), or neither
 * a paragraph of prose (an article paragraph beside it), nor a link of another sort (a menu, a logo).
 */
export function boxes(
  rules: readonly CompiledRule[],
  scoring: BoxScoring | undefined,
  evidence: Iterable<Element>,
  scope: Element,
  lengths?: Map<Element, number>,
  /** boxHit() of elements known not to have changed since (the load-time script's, of blocks the parser had closed). */
  known: ReadonlyMap<Element, BoxHit | null> = new Map(),
): Hit[] {
  if (!scoring) return []
  const judged = new Map<Element, BoxHit | null>()
  const headings: Element[] = []
  for (const block of evidence) {
    if (!scope.contains(block)) continue
    if (HEADINGS.has(block.tagName)) headings.push(block)
    for (let el: Element | null = block; el && !judged.has(el); el = el === scope ? null : el.parentElement) {
      // A short <article> is a teaser card, climbed through to its list (the page's article is longer than a box).
      if ((STOP_TAGS.has(el.tagName) && el.tagName !== 'ARTICLE') || textLengthUpTo(el, scoring.maxLength, lengths) === Infinity) break
      const inner = soleBlockChild(el)
      const innerHit = inner && judged.get(inner)
      // A wrapper around one block holds what the block holds: the same verdict, without reading it again (pages nest thousands of wrappers).
      const wrapped = inner && innerHit !== undefined && canBeBox(el) && !FIELDS.has(el.tagName)
      judged.set(el, wrapped ? innerHit && { ...innerHit, element: el } : known.has(el) ? known.get(el)! : boxHit(rules, scoring, el, lengths))
    }
  }
  // Only the smallest boxes count; a list of several kinds holds boxes of those kinds, so only a smaller such list counts against it.
  const holdsBox = new Set<Element>()
  const holdsMixed = new Set<Element>()
  for (const [el, hit] of judged) {
    // A cover without text is a box, but no smaller box than the card around it (cover, title, blurb).
    if (!hit || textLengthUpTo(el, 0, lengths) === 0) continue
    for (let up = el.parentElement; up && judged.has(up) && !holdsBox.has(up); up = up.parentElement) holdsBox.add(up)
    if (hit.mixed) for (let up = el.parentElement; up && judged.has(up) && !holdsMixed.has(up); up = up.parentElement) holdsMixed.add(up)
  }
  /** Links of `parent` in no box of `rule` below it and without a word of its kind (a menu, a logo). */
  const strayLinks = (parent: Element, rule: CompiledRule) =>
    elementsByTag(parent, 'a').filter((link) => {
      if (matchesFamily(textTestOf(link.ownerDocument), rule, link.textContent ?? '')) return false
      for (let up = link.parentElement; up && up !== parent; up = up.parentElement) if (judged.get(up)?.rule.rule.kind === rule.rule.kind) return false
      return true
    }).length
  const found = new Map<Element, Hit>()
  for (const [el, hit] of judged) {
    if (!hit || (hit.mixed ? holdsMixed : holdsBox).has(el)) continue
    // A list of boxes holds nothing else of prose: a paragraph beside them is the article's (promo lists set between its paragraphs).
    if (hit.mixed && holdsBox.has(el) && holdsProseOutside(el, judged)) continue
    let box = hit
    for (let parent = judged.get(box.element.parentElement!); parent; parent = judged.get(box.element.parentElement!)) {
      const heading = parent.heading && !box.heading
      // At most one more paragraph of prose, and that one asking the reader in words of the kind (a prompt's text).
      const prose = parent.freeProse <= box.freeProse && parent.prose <= box.prose + Math.min(1, parent.asking - box.asking)
      // A parent that adds a heading or items of the kind may hold two links of another sort ("Alle Stellen anzeigen", "Log in" and "Register").
      const more = heading || parent.items > box.items
      // A card of a list may read as another kind ("Teamleiter … Partnerunternehmen"); the list of two or more items of its own kind decides.
      const sameKind = parent.rule.rule.kind === box.rule.rule.kind || (parent.items >= 2 && parent.items > box.items && parent.score > box.score)
      // A term's descriptions are its own (a book's title in a <dt>, its blurb and bio in <dd>s).
      const described = box.element.tagName === 'DT' && parent.element.tagName === 'DL'
      if (sameKind && (heading || prose || described) && strayLinks(parent.element, parent.rule.rule.kind === box.rule.rule.kind ? box.rule : parent.rule) <= (more ? 2 : 0)) {
        box = parent
        continue
      }
      // Columns inside a pick: the wrapper that adds the pick's heading takes the blurb and the bio the columns between add.
      const headed = sameKind ? headedAbove(box, judged) : null
      if (!headed || strayLinks(headed.element, box.rule) > 1) break
      box = headed
    }
    found.set(box.element, box)
  }
  for (const box of Array.from(found.values())) {
    const label = labelOf(box, lengths)
    if (label && !found.has(label)) found.set(label, { element: label, rule: box.rule, strong: true, unit: true })
  }
  const runs: Hit[] = []
  const runStarts = new Set<Element>()
  for (const heading of headings) runs.push(...headedRun(rules, scoring, heading, lengths), ...labelledRun(rules, scoring, heading, lengths))
  for (const block of evidence) {
    const first = scope.contains(block) ? linkRunStart(block, lengths) : null
    if (first && !runStarts.has(first)) {
      runStarts.add(first)
      runs.push(...linkRun(rules, scoring, first, lengths))
    }
  }
  // A run is a box of its heading's kind: a bio under a book tip's heading is the book's author's.
  for (const hit of runs) found.set(hit.element, hit)
  return Array.from(found.values())
}

/** How many wrappers above a box's parent may lie between it and the box that adds its heading. */
const HEADED_REACH = 2

/**
 * The box a few wrappers up that adds a heading of the kind to `box` (a pick's label above its
 * columns), through wrappers that are boxes of the kind themselves, or null.
 */
function headedAbove(box: BoxHit, judged: ReadonlyMap<Element, BoxHit | null>): BoxHit | null {
  if (box.heading) return null
  let el = box.element.parentElement
  for (let depth = 0; el && depth <= HEADED_REACH; depth++, el = el.parentElement) {
    const hit = judged.get(el)
    if (!hit || hit.rule.rule.kind !== box.rule.rule.kind) return null
    if (hit.heading) return hit
  }
  return null
}

/** Whether a block under `root` outside every box in `judged` (below `root`) holds prose of its own. */
function holdsProseOutside(root: Element, judged: ReadonlyMap<Element, BoxHit | null>): boolean {
  const stack: Element[] = []
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) stack.push(child)
  for (let steps = 0; stack.length && steps < MAX_STEPS; steps++) {
    const el = stack.pop()!
    if (judged.get(el) || isOpaque(el)) continue
    if (isBlock(el) && isProse(el, ownText(el))) return true
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push(child)
  }
  return false
}

/** The heading right before a box, in words of its kind ("Aktuelle KI-Jobs" above the lines of jobs): the box's own label. */
function labelOf(box: Hit, lengths?: Map<Element, number>): Element | null {
  const label = box.element.previousElementSibling
  if (!label || !HEADINGS.has(label.tagName) || textLengthUpTo(label, ITEM_MAX, lengths) === Infinity) return null
  return box.rule.families.some((family) => family.test(ownText(label))) ? label : null
}

/** A block that is one short link and nothing much else ("» Alle Buchtipps"): a line of a list of links. */
function isLinkLine(el: Element, lengths?: Map<Element, number>): boolean {
  if (!isBlock(el) || HEADINGS.has(el.tagName) || STOP_TAGS.has(el.tagName)) return false
  const length = textLengthUpTo(el, ITEM_MAX, lengths)
  const links = el.getElementsByTagName('a')
  return length !== Infinity && length > 0 && links.length === 1 && links[0]!.hasAttribute('href') && textLengthUpTo(links[0]!, ITEM_MAX, lengths) * 2 >= length
}

/** The first line of the run of link lines `block` is in (three at least), or null. */
function linkRunStart(block: Element, lengths?: Map<Element, number>): Element | null {
  if (!isLinkLine(block, lengths)) return null
  let first = block
  while (first.previousElementSibling && isLinkLine(first.previousElementSibling, lengths)) first = first.previousElementSibling
  let count = 0
  for (let el: Element | null = first; el && count < 3 && isLinkLine(el, lengths); el = el.nextElementSibling) count++
  return count >= 3 ? first : null
}

/** A list of links without a wrapper (sibling paragraphs of one link each), scored as one box. */
function linkRun(rules: readonly CompiledRule[], scoring: BoxScoring, first: Element, lengths?: Map<Element, number>): Hit[] {
  const run: Element[] = []
  let length = 0
  for (let el: Element | null = first; el && isLinkLine(el, lengths) && length <= scoring.maxLength; el = el.nextElementSibling) {
    run.push(el)
    length += textLengthUpTo(el, ITEM_MAX, lengths)
  }
  if (run.length < 3 || length > scoring.maxLength) return []
  const best = bestHit(rules, scoring, first, merged(run, length, lengths), lengths)
  return best ? run.map((element) => ({ element, rule: best.rule, strong: true, unit: true })) : []
}

/**
 * A box without a wrapper: a heading of a kind ("Die Redaktion empfiehlt") and the sibling blocks
 * after it up to the next heading or a paragraph as long as an article's (a cover, a title, a short bio), scored as one box. It counts
 * only with a link target or an image besides the heading: a section of the article under such a
 * heading has neither, and its paragraphs are prose without words of the kind.
 */
function headedRun(rules: readonly CompiledRule[], scoring: BoxScoring, heading: Element, lengths?: Map<Element, number>): Hit[] {
  const run: Element[] = [heading]
  let length = textLengthUpTo(heading, scoring.maxLength, lengths)
  // Up to the next heading, or to a paragraph as long as an article's (the article goes on after a box set between its paragraphs).
  for (let el = heading.nextElementSibling; el && !HEADINGS.has(el.tagName) && run.length < 6; el = el.nextElementSibling) {
    if (el.tagName === 'P' && textLengthUpTo(el, ARTICLE_PARAGRAPH_MIN, lengths) === Infinity) break
    length += textLengthUpTo(el, scoring.maxLength, lengths)
    if (length > scoring.maxLength || !isBlock(el)) return []
    run.push(el)
  }
  if (run.length < 2) return []
  const contents = merged(run, length, lengths)
  const mixedLinks = linksOfMixedKinds(rules, contents)
  let best: { rule: CompiledRule; score: number } | null = null
  for (const rule of rules) {
    if (!rule.families.length) continue
    const { score, heading: headed } = scoreOf(rule, scoring, contents, mixedLinks, lengths)
    const target = contents.hrefs.some(rule.toTarget)
    if (headed && (target || contents.image) && score >= scoring.threshold && (!best || score > best.score)) best = { rule, score }
  }
  return best ? run.map((element) => ({ element, rule: best.rule, strong: true, unit: true })) : []
}

/**
 * A heading labelled for a rule in words of no family ("Mehr aus Brüssel") and the lists of links
 * right after it, without a wrapper, scored as one box: up to the first block that is not mostly links.
 */
function labelledRun(rules: readonly CompiledRule[], scoring: BoxScoring, heading: Element, lengths?: Map<Element, number>): Hit[] {
  if (!isLabel(rules, heading, ownText(heading))) return []
  const run: Element[] = [heading]
  let length = textLengthUpTo(heading, scoring.maxLength, lengths)
  for (let el = heading.nextElementSibling; el && isBlock(el) && !HEADINGS.has(el.tagName) && run.length < 4; el = el.nextElementSibling) {
    const size = textLengthUpTo(el, scoring.maxLength, lengths)
    const linkText = elementsByTag(el, 'a').reduce((sum, link) => sum + textLengthUpTo(link, size, lengths), 0)
    if (size === Infinity || size === 0 || linkText * 2 < size) break
    length += size
    if (length > scoring.maxLength) return []
    run.push(el)
  }
  if (run.length < 2) return []
  const best = bestHit(rules, scoring, heading, merged(run, length, lengths), lengths)
  return best ? run.map((element) => ({ element, rule: best.rule, strong: true, unit: true })) : []
}
