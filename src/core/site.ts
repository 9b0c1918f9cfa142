import type { ClutterKind } from './types'
import type { TagLookup } from './dom'

/**
 * One clutter rule. Rules are data: the engine in src/core/clutter/ turns them into
 * a document_start stylesheet (link-target rules) and a parse-time matcher (text signatures).
 */
export interface ClutterRule {
  /** Stable name, reported in Analysis.hidden[].rule. */
  name: string
  kind: ClutterKind
  /** Link targets that mark a clutter item (matched against the href, case-insensitive substring). */
  linkTargets?: readonly string[]
  /** Text signatures that mark a clutter block (matched against an element's normalized own text). */
  textSignatures?: readonly RegExp[]
  /** Evidence a box (a small block: card, widget, prompt) of this rule's kind gives, scored by the site's BoxScoring. */
  evidence?: BoxEvidence
}

/**
 * What speaks for a box of one kind. Word families are matched against the own text of each block in
 * the box (each family counts once, whatever it matches) and against the targets of its links. A
 * family is a plain alternation of words without spaces (/newsletter|postfach/i): its words are the
 * literals the load-time prefilter looks for.
 */
export interface BoxEvidence {
  families: readonly RegExp[]
  /**
   * A form field of the kind (an e-mail input, a comment textarea, a search field): tested against
   * each field's and form's "TAG type name placeholder aria-label role action".
   */
  form?: RegExp
  /**
   * Pages of the kind (#comments, a search engine, a donation page): a link standing alone in the box
   * to one of them speaks for the kind. Box evidence only, unlike linkTargets (never hidden alone).
   */
  links?: readonly string[]
  /**
   * A list of links (three or more, most of its text) whose link texts hold words of two or more
   * kinds of clutter ("Unsere Buchtipps", "Newsletter bestellen", "Stellenmarkt") is a box of this
   * rule: the site's own promotions, of no one kind.
   */
  mixedList?: boolean
  /**
   * Words that say what a person does for the site (Redakteur, schreibt, berichtet, covers): a lone
   * paragraph set apart after the article's text that opens with a person's name and holds one is
   * that person's bio. Each word must also be in a family (the load-time prefilter looks for those).
   */
  bio?: RegExp
  /**
   * Offers, whatever the shop (a product page's path, an ISBN, an affiliate tag or network): a link
   * of this shape counts as a link to a target in a box, and a box starts from it. Never hidden alone.
   */
  offers?: RegExp
  /**
   * A promise to deliver on a schedule ("in your inbox at 6 a.m., Monday to Friday", "jeden Werktag
   * um 7 Uhr in dein Postfach"): one block's own text holds a word of `delivery` and a `schedule`.
   */
  promise?: { delivery: RegExp; schedule: RegExp }
  /**
   * A label of the kind in several words, none of which is a word of the kind ("Mehr aus Brüssel",
   * "More from Europe", "Auch interessant"): a heading (h1-h6, caption, legend, summary) whose whole
   * text it matches labels a list of links to the page's own site. The load-time path finds such
   * headings by a native query (no literal: "mehr" would flag most of a page's text).
   */
  label?: RegExp
  /**
   * A card of the kind (a cover linked to a target or an offer, with no prose of its own) may have its
   * blurb as the bare paragraph after it: one short sentence without links that names a person.
   */
  blurb?: boolean
}

/** How a box's evidence adds up (see the engine's src/core/clutter/evidence.ts); documented per site. */
export interface BoxScoring {
  /** A box is clutter from this score on. */
  threshold: number
  /** Boxes are at most this many visible characters long. */
  maxLength: number
  weights: {
    /** Per word family matched (at most three count). */
    family: number
    /** A link to one of the rule's link targets. */
    target: number
    /** A link whose target holds a word of the kind (a sign-up page, a job page, an author page). */
    hrefWord: number
    /** A form field of the kind (evidence.form). */
    form: number
    /** A link standing alone to a page of the kind (evidence.links). */
    kindLink: number
    /** Two or more short lines or items with a family word (<br> lines of one paragraph, list items). */
    lines: number
    /** A heading with a family word. */
    heading: number
    /** An image (a cover, a portrait). */
    card: number
    /** Text that speaks to the reader (du, dein, Ihr Postfach, you). */
    address: number
    /** Two or more links whose text is most of the box's (a list of teasers or ads), or one under a label of the kind. */
    linkList: number
    /** A lone paragraph set apart: its whole text in italics or bold (a note, a prompt). */
    setApart: number
    /** A list of links to clutter of several kinds (evidence.mixedList). */
    mixedList: number
    /** A lone paragraph set apart after the article's text that opens with a name and says what the person does (evidence.bio). */
    bio: number
    /** A block that promises delivery on a schedule (evidence.promise). */
    promise: number
    /** A <button> beside text that speaks to the reader: a prompt asks and offers a control to answer (no article paragraph has one). */
    control: number
  }
}

export interface SiteModule {
  /** "it-boltwise"; "generic" for the module of every other page. */
  id: string
  /**
   * Host names the site is served from (content-script matches are derived from these). Empty for
   * the generic module: it serves any page and names no site (Analysis.site is null).
   */
  hosts: readonly string[]
  /**
   * True when the document is an article page (not home, archive, search...). From what the page says.
   * `types` are the structured-data types of the page (readMetadata), when the caller has read them;
   * `byTag` its elements by tag name (src/core/dom.ts), when the caller has them.
   */
  isArticle(doc: Document, types?: readonly string[], byTag?: TagLookup): boolean
  rules: readonly ClutterRule[]
  /** How the evidence of rules with `evidence` is scored; without it, such evidence is ignored. */
  boxScoring?: BoxScoring
  /** Clean a page title (strip " - IT BOLTWISE® x Artificial Intelligence" and the like). */
  cleanTitle?(title: string): string
}
