/**
 * The article of a page without its people: clutter removed, Readability's text, title, byline,
 * date, language and the summary. Apart from analyze.ts (which adds the people) so that a caller may
 * show the summary before the person finder and its name data are even loaded: the popup's
 * analysis chunk imports this module alone (src/popup/snapshot.ts).
 */
import { extract, normalize, readMetadata, type Extraction, type Metadata } from './extract'
import { tagLookup, type TagLookup } from './dom'
import { HIDDEN_ATTRIBUTE, findClutter } from './clutter'
import { revealLazyImages } from './lazy-images'
import { absolutizeUrls, documentBase } from './urls'
import { summarizeExtraction } from './summary'
import { isPointerBlock } from './running-text'
import { detectLanguage } from './text/language'
import type { Analysis, AnalyzeOptions, HiddenBlock } from './types'
import type { SiteModule } from './site'

/** German readers of news read about 200 words a minute. */
const WORDS_PER_MINUTE = 200

/** An Analysis before its people are found (src/core/analyze.ts, withPeople). */
export type Article = Omit<Analysis, 'people'> & {
  /** Paragraphs that are mostly link: pointers to other pages (related articles, references, photo credits),
   * not text about the article's people. Indexes into `paragraphs`. */
  pointerParagraphs: number[]
}

export interface ArticleWithContent {
  article: Article
  /** Readability's article element: in a detached copy of the page, or with `inPlace` in the document handed over. Unsanitized. */
  content: Element | null
}

/** analyzeWithContent() (src/core/analyze.ts) without the people; the same contract: `doc` is only mutated with `options.inPlace`. */
export function readArticle(doc: Document, url: string, site: SiteModule, options: AnalyzeOptions = {}): ArticleWithContent {
  // One walk for every element by tag before the rules remove any, one after (the page is large, and
  // jsdom walks all of it for each tag asked for).
  const pageTags = tagLookup(doc)
  const meta = readMetadata(doc, pageTags)
  const siteSaysArticle = safeIsArticle(site, doc, meta, pageTags)
  const work = options.inPlace ? doc : copyDocument(doc)
  const hidden = removeClutter(work, site, options)

  // Non-article pages (home, archives, search, a page with no body of prose) have no article to read.
  if (!siteSaysArticle) {
    return { article: emptyArticle(url, site, meta, hidden), content: null }
  }

  const workTags = tagLookup(work)
  absolutizeUrls(work, documentBase(work, url, workTags), workTags)
  revealLazyImages(work, workTags)
  const extraction = safeExtract(work, meta, workTags)
  const title = cleanTitle(site, extraction.title)
  const paragraphs = extraction.paragraphs
  const lang = extraction.lang ?? detectLanguage(paragraphs.join(' '))
  const count = clampSummaryLength(options.summarySentences)
  const summary = summarizeExtraction(extraction, { title, lang, count })
  return {
    article: {
      url,
      site: siteId(site),
      isArticle: paragraphs.length > 0,
      title,
      byline: extraction.byline,
      published: extraction.published,
      lang,
      readingMinutes: readingMinutes(paragraphs),
      paragraphs,
      summary: summary.lines,
      teaserLines: summary.teaserLines,
      hidden,
      pointerParagraphs: pointerParagraphs(extraction),
    },
    content: extraction.content,
  }
}

export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((sum, p) => sum + p.split(/\s+/).filter(Boolean).length, 0)
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

export function clampSummaryLength(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return 3
  return Math.min(5, Math.max(1, Math.round(count)))
}

/** Remove the site's clutter from `work` (so Readability never sees it) and report it. */
function removeClutter(work: Document, site: SiteModule, options: AnalyzeOptions): HiddenBlock[] {
  const shown = new Set(options.showKinds ?? [])
  const hidden: HiddenBlock[] = []
  for (const { element, block } of markedClutter(work, options.markedClutter) ?? clutterBlocks(work, site)) {
    if (shown.has(block.kind)) continue
    hidden.push(block)
    element.remove()
  }
  return hidden
}

function clutterBlocks(work: Document, site: SiteModule): { element: Element; block: HiddenBlock }[] {
  return findClutter(work, site).map(({ element, rule, kind }) => ({ element, block: { rule, kind, text: normalize(element.textContent ?? '') } }))
}

/**
 * The blocks the page's load-time script marked, paired with its report of them; null when there
 * is no report or the marks disagree with it (marked while the page was still parsed, or changed since).
 */
function markedClutter(work: Document, report: readonly HiddenBlock[] | undefined): { element: Element; block: HiddenBlock }[] | null {
  if (!report) return null
  const elements = Array.from(work.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`))
  const agree = elements.length === report.length && elements.every((element, i) => element.getAttribute(HIDDEN_ATTRIBUTE) === report[i]?.kind)
  return agree ? elements.map((element, i) => ({ element, block: report[i] as HiddenBlock })) : null
}

/**
 * A detached copy for Readability (which rewrites what it reads) and the rules. jsdom's cloneNode
 * recurses (a stack overflow on thousands of nested elements) and rejects doctypes that browsers
 * accept; then copy the tree iteratively into a fresh document whose <base> keeps the page's URL.
 */
function copyDocument(doc: Document): Document {
  try {
    return doc.cloneNode(true) as Document
  } catch {
    const copy = doc.implementation.createHTMLDocument('')
    if (!doc.documentElement) return copy
    const root = copy.importNode(doc.documentElement, false)
    copy.replaceChild(root, copy.documentElement)
    copyChildren(doc.documentElement, root)
    const base = copy.createElement('base')
    base.setAttribute('href', doc.baseURI)
    copy.head?.prepend(base)
    return copy
  }
}

/** Copy top-down, one node at a time, so that attaching never walks a deep subtree recursively. */
function copyChildren(sourceRoot: Element, targetRoot: Element): void {
  const into = targetRoot.ownerDocument
  const pending: [Node, Node][] = [[sourceRoot, targetRoot]]
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next
    for (let child = source.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 10) continue // doctype
      const childCopy = into.importNode(child, false)
      target.appendChild(childCopy)
      if (child.firstChild) pending.push([child, childCopy])
    }
  }
}

/** Readability on a hostile or pathological page may throw (deep recursion): then there is no reader view. */
function safeExtract(doc: Document, meta: Metadata, byTag: TagLookup): Extraction {
  try {
    return extract(doc, meta, byTag)
  } catch {
    return { title: meta.title, byline: meta.byline, published: meta.published, lang: meta.lang, content: null, paragraphs: [], prose: [], blocks: [], teasers: [] }
  }
}

function safeIsArticle(site: SiteModule, doc: Document, meta: Metadata, byTag: TagLookup): boolean {
  try {
    return site.isArticle(doc, meta.types, byTag)
  } catch {
    return false
  }
}

function cleanTitle(site: SiteModule, title: string | null): string | null {
  if (!title) return null
  return (site.cleanTitle ? site.cleanTitle(title) : title) || null
}

/** The generic module serves pages of no known site: it names none. */
function siteId(site: SiteModule): string | null {
  return site.hosts.length > 0 ? site.id : null
}

function emptyArticle(url: string, site: SiteModule, meta: Metadata, hidden: HiddenBlock[]): Article {
  return {
    url,
    site: siteId(site),
    isArticle: false,
    title: cleanTitle(site, meta.title),
    byline: null,
    published: null,
    lang: meta.lang,
    readingMinutes: 0,
    paragraphs: [],
    summary: [],
    teaserLines: 0,
    hidden,
    pointerParagraphs: [],
  }
}

function pointerParagraphs(extraction: Extraction): number[] {
  return extraction.blocks.flatMap((block, i) => (isPointerBlock(block) ? [i] : []))
}
