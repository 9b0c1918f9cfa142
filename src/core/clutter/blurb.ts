/**
 * A card's blurb beside it: a shop-linked cover in a <figure> (or any card without prose of its own),
 * and right after it the bare paragraph that says what the book is about. What ties the paragraph
 * to the card and not to the article: it is one short sentence without links, about what a person
 * does (the author, named first, in the present tense), and it comes right after the cover.
 */
import { asciiLowerCase } from './rules'
import { ARTICLE_PARAGRAPH_MIN } from './box-contents'
import { opensWithPersonDoing } from './reader-talk'
import type { BoxHit } from './score'
import { countVisible, ownText } from './text'
import { elementsByTag } from '../dom'

/** A sentence ends inside the text: a word, its end mark, and a capital (abbreviations such as "Dr." and "a.m." are shorter). */
const SENTENCE_INSIDE = /[a-zäöüß]{3}[.!?…]["“”»«]?\s+["„“»«]?[A-ZÄÖÜ]/

/** The paragraph right after `box` that is its blurb (see the module comment), or null. */
export function blurbBeside(box: BoxHit): Element | null {
  if (!box.rule.rule.evidence?.blurb || box.prose > 0 || !holdsCover(box)) return null
  const next = box.element.nextElementSibling
  if (!next || next.tagName !== 'P' || next.getElementsByTagName('a').length) return null
  const text = ownText(next)
  return countVisible(text) < ARTICLE_PARAGRAPH_MIN && /[.!?…]$/.test(text) && !SENTENCE_INSIDE.test(text) && opensWithPersonDoing(text) ? next : null
}

/** Whether the box holds an image linked to a target or an offer of its rule (a cover). */
function holdsCover(box: BoxHit): boolean {
  return elementsByTag(box.element, 'a').some((link) => link.getElementsByTagName('img').length > 0 && box.rule.toTarget(asciiLowerCase(link.getAttribute('href') ?? '')))
}
