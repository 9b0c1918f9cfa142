/**
 * Pages for the blind held-out clutter sets (clutter-variations-blind*.ts): the plain article of the
 * dev variations with the hard negatives between its paragraphs (a source line last), and blocks
 * placed after the article, between its paragraphs, in the sidebar or inside its container. Used by
 * clutter-blind.test.ts (one block per page) and the browser test (all blocks on one page).
 */
import { JSDOM } from 'jsdom'
import { ARTICLE, PLACES, type Place } from './clutter-variations-dev'
import type { BlindBlock } from './clutter-variations-blind'

export const BLIND_URL = 'https://www.it-boltwise.de/energiesparendes-training-fuer-sprachmodelle.html'

export interface PlacedBlock {
  block: BlindBlock
  place: Place
}

/** The i-th block's place: the four places in turn. */
export const placeOf = (i: number): Place => PLACES[i % PLACES.length]!

/** The article's paragraphs as the page holds them (negatives after the second, a source line last). */
export function articleParagraphs(negatives: readonly string[]): string[] {
  const last = negatives.filter((n) => /^(<strong>)?Quellen/.test(n))
  const middle = negatives.filter((n) => !last.includes(n))
  return [...ARTICLE.slice(0, 2), ...middle, ...ARTICLE.slice(2), ...last]
}

/** A page with the blocks at their places; every top-level element of a block carries data-clutter. */
export function blindPageHtml(blocks: readonly PlacedBlock[], negatives: readonly string[]): string {
  const at = (place: Place) => blocks.filter((b) => b.place === place).map((b) => tagged(b.block.html)).join('\n')
  const paragraphs = articleParagraphs(negatives).map((p) => `<p data-article>${p}</p>`)
  paragraphs.splice(3, 0, at('between'))
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Training spart Strom - IT BOLTWISE</title>
<meta property="og:type" content="article"></head><body>
<header><a href="https://www.it-boltwise.de/">IT BOLTWISE</a></header>
<main><article><h1>Neues Verfahren spart Strom beim Training</h1><div class="entry-content">
${paragraphs.join('\n')}
${at('inside')}
</div></article>
${at('after')}
</main><aside class="sidebar">${at('sidebar')}</aside></body></html>`
}

function tagged(html: string): string {
  return Array.from(JSDOM.fragment(html).children, (el) => {
    el.setAttribute('data-clutter', '')
    return el.outerHTML
  }).join('')
}
