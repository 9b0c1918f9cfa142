/**
 * What the reader view hands to the features built on it (read aloud, progress bar, reading
 * position): its parts, when the view is built (ahead of the switch, not yet in the page; `opened`
 * says when it is). A feature lives as long as the reader: it gets the reader's keys first and is
 * closed with it (or when a view built ahead is discarded unopened).
 */
export interface ReaderParts {
  /** The reader's scrolling element (it carries data-theme). */
  root: HTMLElement
  /** The sticky toolbar, and the row of control groups in it. */
  toolbar: HTMLElement
  controls: HTMLElement
  /** The article: header (title, byline) and body. */
  article: HTMLElement
  title: HTMLElement
  byline: HTMLElement | null
  /** The author's name (article.byline), unformatted. */
  author: string | null
  /** The article body (sanitized). */
  content: HTMLElement
  /** The article's language. */
  lang: string
  url: string
  /** A clean document to create nodes with (the page's can be shadowed, see safe-dom.ts). */
  factory: Document
  win: (Window & typeof globalThis) | null
}

export interface ReaderFeature {
  /** The reader is in the page now (its first frame comes next); a feature may be attached long before. */
  opened?(): void
  /** A key pressed inside the reader: true when the feature used it. */
  keydown?(event: KeyboardEvent): boolean
  close(): void
}

export type ReaderPlugin = (parts: ReaderParts) => ReaderFeature
