/** The core's one output: everything Klartext knows about a page. */
export interface Analysis {
  url: string
  /** "it-boltwise" for IT BOLTWISE pages, else null. */
  site: string | null
  isArticle: boolean
  title: string | null
  byline: string | null
  /** ISO 8601 date (YYYY-MM-DD or full timestamp as the page gives it). */
  published: string | null
  /** "de", "en", ... */
  lang: string | null
  readingMinutes: number
  /** The reader view's text blocks, in order, clutter removed. */
  paragraphs: string[]
  /** 1-5 lines (3 by default): the page's teaser first where it has one, then sentences verbatim from
   * paragraphs, in article order. */
  summary: string[]
  /** How many of the summary's first lines are the page's own teaser (og:description, a standfirst), 0 or 1. */
  teaserLines: number
  /** Most mentioned first. */
  people: Person[]
  /** Every element the site rules hide, with its text. */
  hidden: HiddenBlock[]
}

export interface Person {
  name: string
  mentions: number
  role: string | null
}

export interface HiddenBlock {
  /** Name of the rule that hid it, e.g. "job-listings". */
  rule: string
  /** What kind of clutter it is (job ads, book ads, ...): lets the UI group and re-show by kind. */
  kind: ClutterKind
  text: string
}

export type ClutterKind = 'promo' | 'jobs' | 'books' | 'comments' | 'subscribe' | 'search'

export const CLUTTER_KINDS: readonly ClutterKind[] = ['promo', 'jobs', 'books', 'comments', 'subscribe', 'search']

export interface AnalyzeOptions {
  /** Number of summary sentences, 1-5. Default 3. */
  summarySentences?: number
  /** Clutter kinds to leave visible (and in the paragraphs). Default: none. */
  showKinds?: readonly ClutterKind[]
  /**
   * The caller hands `doc` over, as with Readability's parse(): analyze() works on it directly and
   * skips its copy (the rules remove clutter from it, Readability rewrites it). Default: false.
   */
  inPlace?: boolean
  /**
   * The page's clutter as its load-time script marked it in `doc` (data-klartext-hidden="<kind>")
   * once the page was parsed, with that script's report of it (PageStatus.hidden, in document order).
   * The script settles on exactly what the rules find, so the marked blocks are taken instead of
   * running the rules again, when the marks agree with the report (as many, of the same kinds).
   */
  markedClutter?: readonly HiddenBlock[]
}
