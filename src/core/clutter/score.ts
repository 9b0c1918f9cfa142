/**
 * How a box scores for each rule (the weights and the threshold are the site's BoxScoring): see
 * evidence.ts for what a box is and which boxes count.
 */
import type { BoxScoring } from '../site'
import { answer, matchesFamily, textTestOf, type CompiledRule, type Hit, type TextTest } from './rules'
import { ITEM_MAX, closesArticleText, isOwnSite, holdsArticleParagraphs, pageAddress, read, type BoxBlock, type Contents } from './box-contents'
import { leadInOf, opensWithName, speaksToReader } from './reader-talk'
import { STOP_TAGS, countVisible, isBlock, normalizeText, ownText, textLengthUpTo } from './text'

/** The page's own landmarks: a site header with a search field and a menu is no box, though a box may lie inside. */
export const LANDMARKS = new Set(['HEADER', 'FOOTER', 'NAV'])
export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'SUMMARY', 'CAPTION'])

/** How a box scores for one rule: its score, whether it has a heading of its kind, and how many paragraphs of prose it holds. */
export interface Scored {
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

export function canBeBox(el: Element): boolean {
  return !STOP_TAGS.has(el.tagName) && !LANDMARKS.has(el.tagName) && isBlock(el)
}

/** The best box hit of `box`, or null (scored alone: whether a smaller box lies inside is the caller's question). */
export function boxHit(rules: readonly CompiledRule[], scoring: BoxScoring, box: Element, lengths?: Map<Element, number>): BoxHit | null {
  if (!canBeBox(box)) return null
  const length = textLengthUpTo(box, scoring.maxLength, lengths)
  // A box without text is an image at most (a cover linked to a shop): its link says what it is.
  if (length === Infinity || (length === 0 && !box.getElementsByTagName('img').length) || holdsArticleParagraphs(box, lengths)) return null
  return bestHit(rules, scoring, box, read(box, length, lengths), lengths)
}

/** The rule `contents` scores highest for, at or above the threshold, as a hit on `element`. */
export function bestHit(rules: readonly CompiledRule[], scoring: BoxScoring, element: Element, contents: Contents, lengths?: Map<Element, number>): BoxHit | null {
  if (!hasSignalBesideWords(rules, contents)) return null
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
function hasSignalBesideWords(rules: readonly CompiledRule[], box: Contents): boolean {
  if (box.allHrefs.length || box.fields.length || box.image || box.button) return true
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
  // A box of two blocks or more that promises delivery on a schedule (a heading and the promise): a prompt, with or without a form.
  return items >= 2 || teasers >= 2 || (box.blocks.length >= 2 && rules.some((rule) => promises(rule, box, test)))
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
export function linksOfMixedKinds(rules: readonly CompiledRule[], contents: Contents): boolean {
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

/** A line set apart up to this long may be a box's heading. */
const LABEL_MAX = 60

export function scoreOf(rule: CompiledRule, scoring: BoxScoring, box: Contents, mixedLinks: boolean, lengths?: Map<Element, number>): Scored {
  const none = { score: 0, heading: false, prose: 0, freeProse: 0, asking: 0, items: 0, mixed: false }
  const { weights } = scoring
  const test = answersFor(box)
  const matches = (text: string) => matchesFamily(test, rule, text)
  let held = 0
  for (const block of box.blocks) held |= familyBits(rule, block)
  // A heading labelled in words of no family ("Mehr aus Brüssel") counts as a family word, over links to the page's own site.
  const labelled = box.blocks.some((block) => isKindLabel(rule, block.el, block.text)) && linksToOwnSite(box) >= 2
  const families = bitCount(held) + (labelled ? 1 : 0)
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
    const labelledHere = labelled && isKindLabel(rule, el, text)
    const bold = boldLead !== null && (matches(boldLead) || labelledHere)
    // A short line set apart in words of the kind ("<p><strong>Tipp aus der Redaktion</strong></p>") is a heading too.
    const setApartLabel = setApart && own && !isProseBlock && text.length <= LABEL_MAX
    // A heading that asks the reader ("What do you think?") heads a box that holds words of the kind.
    if (HEADINGS.has(el.tagName) ? own || labelledHere || (asks && held !== 0) : bold || setApartLabel || (setApart && matches(leadInOf(text) ?? ''))) heading = true
    if (bold) label = Math.max(label, countVisible(boldLead))
    address ||= asks
  }
  // A page of the kind is evidence wherever the link stands ("… <a href="#respond">Antwort hinterlassen</a>"), and so is a target inside a sentence.
  // An article of the site says only in its address what its title says ("/datenspende-fuer-die-forschung.html"): no page of a kind.
  const kindPage = (href: string) => !box.articleHrefs.includes(href) && test(rule.toKindPage, href)
  const kindLink = box.allHrefs.some((href) => kindPage(href) || test(rule.toTarget, href))
  const hrefWord = box.hrefs.some((href) => !box.articleHrefs.includes(href) && matches(href))
  const kindLinkAlone = box.hrefs.some(kindPage)
  // Prose without words of the kind (two: a blurb and a bio under a heading of the kind or beside a
  // shop link), or three paragraphs of any sort: a piece of the article.
  if (freeProse > (heading || target || kindLinkAlone ? 2 : 0) || prose > 2) return none
  const form = !!evidence?.form && box.fields.some((field) => evidence.form!.test(field))
  const lines = items >= 2
  // Links that make most of the box's text (two or more, or one under a label of the kind: "Lesen Sie auch: <a>…</a>"), or teasers (a linked title, a short excerpt).
  // Links to other sites that neither lead to a page of the kind nor say one (an article's list of its sources) make no list of the kind.
  const first = box.blocks[0]
  const page = first && box.links ? pageAddress(first.el.ownerDocument) : null
  const ofKind = !!page && box.allHrefs.some((href, i) => kindPage(href) || test(rule.toTarget, href) || isOwnSite(href, page) || test(wordStartOf(rule), `${href} ${box.linkTexts[i] ?? ''}`))
  const linkList =
    (ofKind && ((box.links >= 2 && box.linkTextLength * 2 >= box.textLength) || (box.links === 1 && label > 0 && box.linkTextLength * 2 >= box.textLength - label))) || teasers >= 2
  const structure = lines || linkList || form || box.image || box.button
  const promised = promises(rule, box, test)
  if (!(structure || target || kindLink || hrefWord || address || apart || (promised && box.blocks.length >= 2))) return none
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
    (bio ? weights.bio : 0) +
    (promised ? weights.promise : 0) +
    (box.button && address ? weights.control : 0)
  return { score, heading, prose, freeProse, asking, items, mixed }
}

const wordStarts = new WeakMap<CompiledRule, RegExp>()

/**
 * A word of the rule's families at the start of a word: said of a link, "search" is no word of
 * "research", nor "such" of "Besuch" (a family tests inside words, for German compounds).
 */
function wordStartOf(rule: CompiledRule): RegExp {
  let re = wordStarts.get(rule)
  if (!re) wordStarts.set(rule, (re = new RegExp(`(?:^|[^A-Za-z0-9ÄÖÜäöüß])(?:${rule.families.map((family) => family.source).join('|')})`, 'i')))
  return re
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

/** Whether a block of the box promises delivery on a schedule (evidence.promise). */
function promises(rule: CompiledRule, box: Contents, test: TextTest): boolean {
  const promise = rule.rule.evidence?.promise
  return !!promise && box.blocks.some(({ text }) => test(promise.delivery, text) && test(promise.schedule, text))
}

/**
 * A block labelled for the rule in words of no family (evidence.label): a heading whose whole text
 * is the label, or a block that opens with it in bold ("<strong>Mehr aus Brüssel:</strong> <a>…").
 */
export function isKindLabel(rule: CompiledRule, el: Element, text: string): boolean {
  const label = rule.rule.evidence?.label
  if (!label) return false
  if (HEADINGS.has(el.tagName)) return label.test(text)
  const lead = el.firstElementChild
  if (!lead || (lead.tagName !== 'STRONG' && lead.tagName !== 'B')) return false
  const leadText = normalizeText(lead.textContent ?? '')
  return leadText !== '' && text.startsWith(leadText) && label.test(leadText)
}

/** Whether a block is a heading labelled for some rule (a box's evidence starts there, as from a family word). */
export function isLabel(rules: readonly CompiledRule[], el: Element, text: string): boolean {
  return rules.some((rule) => isKindLabel(rule, el, text))
}

/** The blocks under `scope` labelled for some rule (headings, blocks opening in bold): a native query, as the load-time path has no literal for them. */
export function labelsIn(rules: readonly CompiledRule[], scope: Element): Element[] {
  if (!rules.some((rule) => rule.rule.evidence?.label)) return []
  const labels = new Set<Element>()
  for (const el of Array.from(scope.querySelectorAll([...Array.from(HEADINGS, (tag) => tag.toLowerCase()), 'strong', 'b'].join(',')))) {
    const block = HEADINGS.has(el.tagName) ? el : el.parentElement
    if (block && isBlock(block) && isLabel(rules, block, ownText(block))) labels.add(block)
  }
  return Array.from(labels)
}

/** How many links of the box go to the page's own site. */
function linksToOwnSite(box: Contents): number {
  const first = box.blocks[0]
  if (!first) return 0
  const page = pageAddress(first.el.ownerDocument)
  return box.hrefs.filter((href) => isOwnSite(href, page)).length
}
