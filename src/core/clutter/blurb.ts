/**
 * A card's blurb beside it: a shop-linked cover (in a <figure>, a paragraph, any card without prose
 * of its own), and right after it the bare paragraph that says what the book is about. What ties
 * the paragraph to the card and not to the article: it is one short sentence without links about
 * what a person does (the author, named first, in the present tense), right after the cover.
 */
import { asciiLowerCase, type Hit } from './rules'
import { ARTICLE_PARAGRAPH_MIN, ITEM_MAX } from './box-contents'
import { opensWithPersonDoing } from './reader-talk'
import { countVisible, isBlock, isProse, ownText, textLengthUpTo } from './text'
import { elementsByTag } from '../dom'

/** A sentence ends inside the text: a word, its end mark, and a capital (abbreviations such as "Dr." and "a.m." are shorter). */
const SENTENCE_INSIDE = /[a-zäöüß]{3}[.!?…]["“”»«]?\s+["„“»«]?[A-ZÄÖÜ]/

/** The blurbs beside the cards among `hits` (accepted hits), as hits of the cards' rules. */
export function blurbsBeside(hits: readonly Hit[], lengths?: Map<Element, number>): Hit[] {
  const taken = new Set(hits.map((hit) => hit.element))
  const blurbs: Hit[] = []
  for (const hit of hits) {
    const blurb = blurbBeside(hit, lengths)
    if (blurb && !taken.has(blurb)) {
      taken.add(blurb)
      blurbs.push({ element: blurb, rule: hit.rule, strong: true, unit: true })
    }
  }
  return blurbs
}

/** The paragraph right after the card `hit` that is its blurb (see the module comment), or null. */
function blurbBeside(hit: Hit, lengths?: Map<Element, number>): Element | null {
  if (!hit.rule.rule.evidence?.blurb || !isCard(hit, lengths)) return null
  const next = hit.element.nextElementSibling
  if (!next || next.tagName !== 'P' || next.getElementsByTagName('a').length) return null
  const text = ownText(next)
  return countVisible(text) < ARTICLE_PARAGRAPH_MIN && /[.!?…]$/.test(text) && !SENTENCE_INSIDE.test(text) && opensWithPersonDoing(text) ? next : null
}

/** A cover card: a short block with an image linked to a target or an offer of its rule, and no prose of its own. */
function isCard(hit: Hit, lengths?: Map<Element, number>): boolean {
  const card = hit.element
  if (!isBlock(card) || textLengthUpTo(card, ITEM_MAX, lengths) === Infinity) return false
  const cover = elementsByTag(card, 'a').some((link) => link.getElementsByTagName('img').length > 0 && hit.rule.toTarget(asciiLowerCase(link.getAttribute('href') ?? '')))
  return cover && ![card, ...Array.from(card.querySelectorAll('*'))].some((el) => isBlock(el) && isProse(el, ownText(el)))
}
