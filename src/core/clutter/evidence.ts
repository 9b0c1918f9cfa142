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
 * A box always holds a block whose own text matches a family, so it lies on the path of a text
 * node where the load-time prefilter finds a literal: the load-time path sees every box.
 */
import type { BoxScoring } from '../site'
import { answer, matchesFamily, textTestOf, type CompiledRule, type Hit, type TextTest } from './rules'
import { ARTICLE_PARAGRAPH_MIN, FIELDS, ITEM_MAX, closesArticleText, holdsArticleParagraphs, merged, read, type BoxBlock, type Contents } from './box-contents'
import { leadInOf, opensWithName, speaksToReader } from './reader-talk'
import { elementsByTag } from '../dom'
import { MAX_STEPS, STOP_TAGS, countVisible, isBlock, isOpaque, isProse, ownText, textLengthUpTo } from './text'

/** The page's own landmarks: a site header with a search field and a menu is no box, though a box may lie inside. */
const LANDMARKS = new Set(['HEADER', 'FOOTER', 'NAV'])
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'SUMMARY', 'CAPTION'])

/** How a box scores for one rule: its score, whether it has a heading of its kind, and how many paragraphs of prose it holds. */
interface Scored {
  score: number
  heading: boolean
  prose: number
  freeProse: number
  /** Paragraphs of prose that ask the reader in words of the kind ("Gefällt Ihnen unsere Arbeit? … Spende"). */
  asking: number
  /** Short lines or items of the kind. */
  items: number
  /** A list of links to several kinds of clutter (evidence.mixedList): it holds boxes of other kinds by nature. */
  mixed: boolean
}

/** A box hit: the hit and how its box scored for its rule. */
export type BoxHit = Hit & Scored

function canBeBox(el: Element): boolean {
  return !STOP_TAGS.has(el.tagName) && !LANDMARKS.has(el.tagName) && isBlock(el)
}

/** The one child of `el` when `el` holds nothing else (no text, no other element) and both can be boxes, else null. */
function soleBlockChild(el: Element): Element | null {
  const child = el.firstElementChild
  if (!child || child !== el.lastElementChild || !canBeBox(child)) return null
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && (node as Text).data.trim()) return null
  return child
}

/** The best box hit of `box`, or null (scored alone: whether a smaller box lies inside is the caller's question). */
export function boxHit(rules: readonly CompiledRule[], scoring: BoxScoring, box: Element, lengths?: Map<Element, number>): BoxHit | null {
  if (!canBeBox(box)) return null
  const length = textLengthUpTo(box, scoring.maxLength, lengths)
  if (length === Infinity || length === 0 || holdsArticleParagraphs(box, lengths)) return null
  return bestHit(rules, scoring, box, read(box, length, lengths), lengths)
}

/** The rule `contents` scores highest for, at or above the threshold, as a hit on `element`. */
function bestHit(rules: readonly CompiledRule[], scoring: BoxScoring, element: Element, contents: Contents, lengths?: Map<Element, number>): BoxHit | null {
  if (!hasSignalBesideWords(contents)) return null
  const mixedLinks = linksOfMixedKinds(rules, contents)
  let best: BoxHit | null = null
  for (const rule of rules) {
    if (!rule.families.length) continue
    const scored = scoreOf(rule, scoring, contents, mixedLinks, lengths)
    if (scored.score >= scoring.threshold && (!best || outranks(scored, best))) best = { element, rule, strong: true, unit: true, ...scored }
  }
  return best
}

/**
 * Whether the box has, for some rule, a signal other than words (scoreOf): a link, a form field, an
 * image, talk to the reader, prose set apart, or room for two items or teasers. Most boxes around
 * the blocks with a family word are an article paragraph alone, and they have none: no rule is scored.
 */
function hasSignalBesideWords(box: Contents): boolean {
  if (box.allHrefs.length || box.fields.length || box.image) return true
  const test = answersFor(box)
  let items = 0
  let teasers = 0
  for (const { el, text, lines, excerpt, prose, setApart } of box.blocks) {
    if (test(speaksToReader, text)) return true
    if (lines.length > 1) items += lines.length
    else if (excerpt) teasers++
    else if (prose) {
      if (setApart) return true
    } else if (text.length <= ITEM_MAX && !HEADINGS.has(el.tagName)) items++
  }
  return items >= 2 || teasers >= 2
}

/**
 * Which rule a box is of: a list of links to several kinds is the site's promotions, whatever kind
 * scores most; else the higher score, and on a tie the rule under which less of its prose is free
 * (the prompt whose words its text uses), then the one with a heading of its kind.
 */
function outranks(a: Scored, b: Scored): boolean {
  if (a.mixed !== b.mixed) return a.mixed
  if (a.score !== b.score) return a.score > b.score
  if (a.freeProse !== b.freeProse) return a.freeProse < b.freeProse
  return a.heading && !b.heading
}

/**
 * Whether the box's links lead to clutter of several kinds ("Unsere Buchtipps", "Newsletter bestellen",
 * "Stellenmarkt"), none of them most of the links (a list of job ads whose titles say "Newsletter" is a list of job ads).
 */
function linksOfMixedKinds(rules: readonly CompiledRule[], contents: Contents): boolean {
  // Too few links to make a list: no rule's mixed list (scoreOf), so the kinds need not be counted.
  if (contents.links < 3 || contents.linkTextLength * 2 < contents.textLength) return false
  const test = answersFor(contents)
  const perKind = new Map<string, number>()
  for (const rule of rules) {
    const count = contents.linkTexts.filter((text) => matchesFamily(test, rule, text)).length
    if (count) perKind.set(rule.rule.kind, Math.max(count, perKind.get(rule.rule.kind) ?? 0))
  }
  return perKind.size >= 2 && Math.max(...perKind.values()) * 2 <= contents.linkTexts.length
}

/** The page's cached regex answers (a page load asks the same texts again as boxes grow). */
function answersFor(box: Contents): TextTest {
  const first = box.blocks[0]
  return first ? textTestOf(first.el.ownerDocument) : answer
}

/** The families of `rule` that a block's own text holds, as bits (family i: bit i): asked once per block and rule, for every box around the block. */
function familyBits(rule: CompiledRule, block: BoxBlock): number {
  let bits = block.familyBits[rule.index]
  if (bits === undefined) {
    bits = 0
    for (let i = 0; i < rule.families.length; i++) if (rule.families[i]!.test(block.text)) bits |= 1 << i
    block.familyBits[rule.index] = bits
  }
  return bits
}

function bitCount(bits: number): number {
  let count = 0
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++
  return count
}

function scoreOf(rule: CompiledRule, scoring: BoxScoring, box: Contents, mixedLinks: boolean, lengths?: Map<Element, number>): Scored {
  const none = { score: 0, heading: false, prose: 0, freeProse: 0, asking: 0, items: 0, mixed: false }
  const { weights } = scoring
  const test = answersFor(box)
  const matches = (text: string) => matchesFamily(test, rule, text)
  let held = 0
  for (const block of box.blocks) held |= familyBits(rule, block)
  const families = bitCount(held)
  const target = box.hrefs.some((href) => test(rule.toTarget, href))
  const evidence = rule.rule.evidence
  // A list of links to clutter of several kinds (books, newsletter, jobs): the site's own promotions.
  const mixed = !!evidence?.mixedList && mixedLinks && box.links >= 3 && box.linkTextLength * 2 >= box.textLength
  if (families === 0 && !target && !mixed) return none
  let items = 0
  let prose = 0
  let freeProse = 0
  let heading = false
  /** The length of a bold label that opens a block, outside its links ("Lesen Sie auch: <a>…</a>"). */
  let label = 0
  let address = false
  let asking = 0
  let apart = false
  let teasers = 0
  for (const block of box.blocks) {
    const { el, text, lines, excerpt, setApart, prose: isProseBlock, boldLead } = block
    const own = familyBits(rule, block) !== 0
    const asks = test(speaksToReader, text)
    if (lines.length > 1) items += lines.filter(matches).length
    else if (excerpt) teasers++
    else if (isProseBlock) {
      prose++
      apart ||= setApart
      if (!own) freeProse++
      else if (asks) asking++
    } else if (own && text.length <= ITEM_MAX && !HEADINGS.has(el.tagName)) items++
    // A heading, a bold lead-in ("Mehr zum Thema:") that starts the block, or the label of a line set apart ("<em>Diskussion – …</em>").
    const bold = boldLead !== null && matches(boldLead)
    if (HEADINGS.has(el.tagName) ? own : bold || (setApart && matches(leadInOf(text) ?? ''))) heading = true
    if (bold) label = Math.max(label, countVisible(boldLead))
    address ||= asks
  }
  // A page of the kind is evidence wherever the link stands ("… <a href="#respond">Antwort hinterlassen</a>"), and so is a target inside a sentence.
  const kindLink = box.allHrefs.some((href) => test(rule.toKindPage, href) || test(rule.toTarget, href))
  const hrefWord = box.hrefs.some(matches)
  const kindLinkAlone = box.hrefs.some((href) => test(rule.toKindPage, href))
  // Prose without words of the kind (two: a blurb and a bio under a heading of the kind or beside a
  // shop link), or three paragraphs of any sort: a piece of the article.
  if (freeProse > (heading || target || kindLinkAlone ? 2 : 0) || prose > 2) return none
  const form = !!evidence?.form && box.fields.some((field) => evidence.form!.test(field))
  const lines = items >= 2
  // Links that make most of the box's text (two or more, or one under a label of the kind: "Lesen Sie auch: <a>…</a>"), or teasers (a linked title, a short excerpt).
  const linkList =
    (box.links >= 2 && box.linkTextLength * 2 >= box.textLength) || (box.links === 1 && label > 0 && box.linkTextLength * 2 >= box.textLength - label) || teasers >= 2
  const structure = lines || linkList || form || box.image
  if (!(structure || target || kindLink || hrefWord || address || apart)) return none
  // Two paragraphs of prose: a prompt only under a heading of its kind, with its form or target (else an article paragraph beside a prompt).
  if (prose >= 2 && !(heading || form || target)) return none
  const bio = box.blocks.length === 1 && isBio(rule, box.blocks[0]!, apart, lengths)
  // A lone paragraph of prose: a prompt only when it speaks to the reader, or under a label of its kind with a link to a page of it; or a bio.
  if (!structure && box.blocks.length === 1 && prose === 1 && !address && !bio && !(heading && (kindLink || apart))) return none
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
    (linkList ? weights.linkList : 0) +
    (apart ? weights.setApart : 0) +
    (mixed ? weights.mixedList : 0) +
    (bio ? weights.bio : 0)
  return { score, heading, prose, freeProse, asking, items, mixed }
}

/**
 * A person's bio, in words of what the person does (evidence.bio): an <address> (HTML's element for
 * the contact of an article's author), or a paragraph set apart that opens with the name and closes the article's text.
 */
function isBio(rule: CompiledRule, block: Contents['blocks'][number], apart: boolean, lengths?: Map<Element, number>): boolean {
  const words = rule.rule.evidence?.bio
  if (!words || !words.test(block.text)) return false
  return block.el.tagName === 'ADDRESS' || (apart && opensWithName(block.text) && closesArticleText(block.el, lengths))
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
    if (!hit) continue
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
      // A parent that adds a heading or items of the kind may hold one link of another sort ("Alle Stellen anzeigen").
      const more = heading || parent.items > box.items
      // A card of a list may read as another kind ("Teamleiter … Partnerunternehmen"); the list of two or more items of its own kind decides.
      const sameKind = parent.rule.rule.kind === box.rule.rule.kind || (parent.items >= 2 && parent.items > box.items && parent.score > box.score)
      // A term's descriptions are its own (a book's title in a <dt>, its blurb and bio in <dd>s).
      const described = box.element.tagName === 'DT' && parent.element.tagName === 'DL'
      if (!sameKind || !(heading || prose || described) || strayLinks(parent.element, parent.rule.rule.kind === box.rule.rule.kind ? box.rule : parent.rule) > (more ? 1 : 0)) break
      box = parent
    }
    found.set(box.element, box)
  }
  for (const box of Array.from(found.values())) {
    const label = labelOf(box, lengths)
    if (label && !found.has(label)) found.set(label, { element: label, rule: box.rule, strong: true, unit: true })
  }
  const runs: Hit[] = []
  const runStarts = new Set<Element>()
  for (const heading of headings) runs.push(...headedRun(rules, scoring, heading, lengths))
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
