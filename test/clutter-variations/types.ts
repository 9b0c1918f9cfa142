/**
 * A held-out set of clutter variations for IT BOLTWISE article pages, written without looking at the
 * site rules: each clutter kind in several markups (WordPress widgets, Gutenberg blocks, plugin
 * boxes, bare sibling elements) times several wordings (German mostly, some English).
 *
 * The truth never goes into the page: a block carries, beside its HTML, the texts that must be hidden
 * (`units`) and the people it names (`people`), so no rule can key on a marker.
 */

/** The kinds Klartext promises to hide in the page, and two it must only keep out of the reader. */
export const PROMISED_KINDS = ['jobs', 'books', 'subscribe', 'support', 'comments', 'search', 'promo'] as const
export const READER_ONLY_KINDS = ['author', 'related'] as const
export const VARIATION_KINDS = [...PROMISED_KINDS, ...READER_ONLY_KINDS] as const

export type PromisedKind = (typeof PROMISED_KINDS)[number]
export type VariationKind = (typeof VARIATION_KINDS)[number]

/** Where a block sits on the page. */
export const PLACEMENTS = ['after', 'inside', 'between', 'sidebar'] as const
export type Placement = (typeof PLACEMENTS)[number]

/** What a markup makes of one wording. */
export interface Rendered {
  html: string
  /** The texts of the block a reader sees, each contiguous in the block's text (headings, items, blurbs). */
  units: string[]
}

export interface PageContext {
  title: string
}

/** A kind: its wordings, and markups that render any wording of it. */
export interface KindVariations<W> {
  wordings: readonly W[]
  markups: readonly ((wording: W, page: PageContext) => Rendered)[]
  /** People the block names: none of them is a person of the article. */
  people: (wording: W) => string[]
}

export interface ClutterBlock extends Rendered {
  kind: VariationKind
  markup: number
  wording: number
  people: string[]
}

/** Text as HTML, for the generator's own strings. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A URL path piece from a title. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

export const SITE = 'https://www.it-boltwise.de'
