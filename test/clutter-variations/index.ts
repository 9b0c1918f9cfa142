/**
 * The held-out clutter variations (see types.ts) and whole IT BOLTWISE article pages composed of
 * them: WordPress markup, the article's paragraphs, clutter blocks after the article, at the end
 * of its content, between its paragraphs, or in the sidebar. Truth travels beside the HTML.
 */
import { BOOKS, JOBS } from './ads'
import { BASE_PARAGRAPHS, DATELINE, INNOCENT_PARAGRAPHS, TITLE, URL, type ArticleParagraph } from './article'
import { AUTHOR, PROMO, RELATED } from './links'
import { COMMENTS, SEARCH, SUBSCRIBE, SUPPORT } from './prompts'
import { esc, PLACEMENTS, PROMISED_KINDS, VARIATION_KINDS, type ClutterBlock, type KindVariations, type PageContext, type Placement, type VariationKind } from './types'

export * from './types'
export type { ArticleParagraph } from './article'

// Each kind's markups take its own wording type; the table forgets which, as only clutterBlock() pairs them.
const KINDS = {
  jobs: JOBS,
  books: BOOKS,
  subscribe: SUBSCRIBE,
  support: SUPPORT,
  comments: COMMENTS,
  search: SEARCH,
  promo: PROMO,
  author: AUTHOR,
  related: RELATED,
} as unknown as Record<VariationKind, KindVariations<never>>

export const PAGE: PageContext = { title: TITLE }

export function markupCount(kind: VariationKind): number {
  return KINDS[kind].markups.length
}

export function wordingCount(kind: VariationKind): number {
  return KINDS[kind].wordings.length
}

export function clutterBlock(kind: VariationKind, markup: number, wording: number, page: PageContext = PAGE): ClutterBlock {
  const variations = KINDS[kind]
  const w = variations.wordings[wording % variations.wordings.length] as never
  const rendered = variations.markups[markup % variations.markups.length]!(w, page)
  return { ...rendered, kind, markup, wording, people: variations.people(w) }
}

export interface PlacedBlock {
  kind: VariationKind
  markup: number
  wording: number
  placement: Placement
}

export interface Composition {
  blocks: PlacedBlock[]
  /** Kinds whose innocent article paragraphs the article includes. */
  innocent: VariationKind[]
}

export interface HeldOutPage {
  url: string
  html: string
  clutter: (ClutterBlock & { placement: Placement })[]
  article: (ArticleParagraph & { kind: VariationKind | 'base' })[]
}

/** The article's paragraphs: the dateline, then base and innocent paragraphs interleaved. */
function articleParagraphs(innocent: readonly VariationKind[]): HeldOutPage['article'] {
  const extra = innocent.flatMap((kind) => INNOCENT_PARAGRAPHS[kind].map((p) => ({ ...p, kind })))
  const base = [DATELINE, ...BASE_PARAGRAPHS].map((p) => ({ ...p, kind: 'base' as const }))
  const out: HeldOutPage['article'] = [base[0]!]
  const longest = Math.max(BASE_PARAGRAPHS.length, extra.length)
  for (let i = 0; i < longest; i++) {
    if (base[i + 1]) out.push(base[i + 1]!)
    if (extra[i]) out.push(extra[i]!)
  }
  return out
}

/** A sidebar holds widgets: bare blocks get the wrapper WordPress gives block widgets. */
function asWidget(html: string, index: number): string {
  return /^<(section|aside)\b/.test(html) ? html : `<section id="block-${index + 3}" class="widget widget_block">${html}</section>`
}

export function composePage(composition: Composition): HeldOutPage {
  const article = articleParagraphs(composition.innocent)
  const clutter = composition.blocks.map((b) => ({ ...clutterBlock(b.kind, b.markup, b.wording), placement: b.placement }))
  const at = (placement: Placement) => clutter.filter((c) => c.placement === placement)
  // Between paragraphs: spread over the gaps after the dateline.
  const between = new Map<number, string[]>()
  at('between').forEach((c, i) => {
    const gap = 1 + ((i * 3) % Math.max(1, article.length - 1))
    between.set(gap, [...(between.get(gap) ?? []), c.html])
  })
  const content = article.flatMap((p, i) => [...(between.get(i) ?? []), `<p>${p.html}</p>`])
  const html = `<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(TITLE)} - IT BOLTWISE® x Artificial Intelligence</title>
<link rel="canonical" href="${URL}">
<meta property="og:locale" content="de_DE">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(TITLE)}">
<meta property="og:url" content="${URL}">
<meta property="article:published_time" content="2025-09-18T09:12:00+02:00">
<link rel="alternate" type="application/rss+xml" title="IT BOLTWISE® &raquo; Feed" href="https://www.it-boltwise.de/feed/">
</head>
<body class="post-template-default single single-post postid-48213 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://www.it-boltwise.de/" rel="home">IT BOLTWISE®</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="https://www.it-boltwise.de/kategorie/ki-news/">KI-News</a></li><li><a href="https://www.it-boltwise.de/kategorie/robotik/">Robotik</a></li><li><a href="https://www.it-boltwise.de/kategorie/politik/">Politik</a></li></ul></nav></header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48213" class="post-48213 post type-post status-publish format-standard has-post-thumbnail hentry category-politik">
<header class="entry-header"><h1 class="entry-title">${esc(TITLE)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2025-09-18T09:12:00+02:00">18. September 2025</time></span></div></header>
<div class="entry-content">
${content.join('\n')}
${at('inside').map((c) => c.html).join('\n')}
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="https://www.it-boltwise.de/kategorie/politik/" rel="category tag">Politik</a></span></footer>
</article>
${at('after').map((c) => c.html).join('\n')}
</main></div>
<aside id="secondary" class="widget-area">
${at('sidebar').map((c, i) => asWidget(c.html, i)).join('\n')}
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 IT BOLTWISE® · <a href="https://www.it-boltwise.de/impressum/">Impressum</a> · <a href="https://www.it-boltwise.de/datenschutz/">Datenschutz</a></div></footer>
</div>
</body>
</html>
`
  return { url: URL, html, clutter, article }
}

/**
 * Pages that together hold every markup x wording of every kind once: page i carries one block of
 * each kind, combination (i + 7k) mod 30 of kind k (6 markups x 5 wordings, coprime, so each pair
 * occurs once), placed in turn after, inside, between and beside the article.
 */
export function gridCompositions(): Composition[] {
  const combos = Math.max(...VARIATION_KINDS.map((k) => markupCount(k) * wordingCount(k)))
  return Array.from({ length: combos }, (_, i) => ({
    blocks: VARIATION_KINDS.map((kind, k) => {
      const combo = (i + 7 * k) % combos
      return { kind, markup: combo % markupCount(kind), wording: combo % wordingCount(kind), placement: PLACEMENTS[(i + k) % PLACEMENTS.length]! }
    }),
    innocent: [...VARIATION_KINDS],
  }))
}

export { PROMISED_KINDS, VARIATION_KINDS, PLACEMENTS }
