/**
 * What the reader view hands to the features built on it (read aloud, progress bar, reading
 * position): its parts, once they are in the page. A feature lives as long as the reader: it
 * gets the reader's keys first and is closed with it.
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
  /** A key pressed inside the reader: true when the feature used it. */
  keydown?(event: KeyboardEvent): boolean
  close(): void
}

export type ReaderPlugin = (parts: ReaderParts) => ReaderFeature
