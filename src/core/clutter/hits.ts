/**
 * Hit finding (step 1 of the engine): a block whose own text matches a signature, or a link whose
 * href matches a link target / whose text matches a signature. A link's hit lands on its item: its
 * list item, else its paragraph/heading, else its ad card, else the link itself.
 */
import { asciiLowerCase, matchText, mayMatch, mayTarget, type CompiledRule, type Hit } from './rules'
import {
  ITEM_PROSE_MAX,
  ITEM_TAGS,
  MAX_DEPTH,
  PROSE_MIN,
  STOP_TAGS,
  countVisible,
  isBlock,
  isProse,
  nearestBlock,
  normalizeText,
  ownText,
  textLength,
  textLengthUpTo,
} from './text'

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
  const href = raw && mayTarget(rules, raw) ? asciiLowerCase(raw) : ''
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
 * Keep one hit per element: a strong hit over a weak one (a shop link inside a support prompt's
 * sentence must not unseat the prompt's box), then the first rule.
 */
export function preferredHit(known: Hit | undefined, hit: Hit): boolean {
  return !known || (hit.strong && !known.strong) || (hit.strong === known.strong && hit.rule.index < known.rule.index)
}
