import { extract, normalize, readMetadata, type Extraction, type Metadata } from './extract'
import { findClutter } from './clutter'
import { revealLazyImages } from './lazy-images'
import { absolutizeUrls, documentBase } from './urls'
import { findPeople } from './people'
import { summarize, summarizeExtraction } from './summary'
import { detectLanguage } from './text/language'
import type { Analysis, AnalyzeOptions, HiddenBlock, Person } from './types'
import type { SiteModule } from './site'

/** German readers of news read about 200 words a minute. */
const WORDS_PER_MINUTE = 200

export interface AnalysisWithContent {
  analysis: Analysis
  /** Readability's article element: in a detached copy of the page, or with `inPlace` in the document handed over. Unsanitized. */
  content: Element | null
}

/**
 * Turn a document into an Analysis. Never mutates `doc`, unless the caller hands it over with
 * `options.inPlace`. `site` is the module that reads the page (the caller picks it by URL:
 * src/sites/registry.ts, moduleForUrl): its site's, or the generic module for a page of any other
 * site (one with no hosts; the Analysis then names no site).
 */
export function analyze(doc: Document, url: string, site: SiteModule, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithContent(doc, url, site, options).analysis
}

export function analyzeWithContent(doc: Document, url: string, site: SiteModule, options: AnalyzeOptions = {}): AnalysisWithContent {
  const meta = readMetadata(doc)
  const siteSaysArticle = safeIsArticle(site, doc, meta)
  const work = options.inPlace ? doc : copyDocument(doc)
  const hidden = removeClutter(work, site, options)

  // Non-article pages (home, archives, search, a page with no body of prose) have no article to read.
  if (!siteSaysArticle) {
    return { analysis: emptyAnalysis(url, site, meta, hidden), content: null }
  }

  absolutizeUrls(work, documentBase(work, url))
  revealLazyImages(work)
  const extraction = safeExtract(work, meta)
  const title = cleanTitle(site, extraction.title)
  const paragraphs = extraction.paragraphs
  const lang = extraction.lang ?? detectLanguage(paragraphs.join(' '))
  const count = clampSummaryLength(options.summarySentences)
  const summary = summarizeExtraction(extraction, { title, lang, count })
  return {
    analysis: {
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
      people: withoutBylineNames(findPeople(paragraphs, { lang }), extraction.byline),
      hidden,
    },
    content: extraction.content,
  }
}

/** Plain article text (paragraphs separated by blank lines or line breaks): summary and people only. */
export function analyzeText(text: string, options: AnalyzeOptions & { title?: string | null } = {}): Analysis {
  const paragraphs = text.split(/\n+/).map(normalize).filter(Boolean)
  const lang = detectLanguage(paragraphs.join(' '))
  const title = options.title ?? null
  return {
    url: '',
    site: null,
    isArticle: paragraphs.length > 0,
    title,
    byline: null,
    published: null,
    lang,
    readingMinutes: readingMinutes(paragraphs),
    paragraphs,
    summary: summarize(paragraphs, { title, lang, count: clampSummaryLength(options.summarySentences) }),
    teaserLines: 0,
    people: findPeople(paragraphs, { lang }),
    hidden: [],
  }
}

export function readingMinutes(paragraphs: readonly string[]): number {
  const words = paragraphs.reduce((sum, p) => sum + p.split(/\s+/).filter(Boolean).length, 0)
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

function clampSummaryLength(count: number | undefined): number {
  if (count === undefined || !Number.isFinite(count)) return 3
  return Math.min(5, Math.max(1, Math.round(count)))
}

/** Remove the site's clutter from `work` (so Readability never sees it) and report it. */
function removeClutter(work: Document, site: SiteModule, options: AnalyzeOptions): HiddenBlock[] {
  const shown = new Set(options.showKinds ?? [])
  const hidden: HiddenBlock[] = []
  for (const match of findClutter(work, site)) {
    if (shown.has(match.kind)) continue
    hidden.push({ rule: match.rule, kind: match.kind, text: normalize(match.element.textContent ?? '') })
    match.element.remove()
  }
  return hidden
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
function safeExtract(doc: Document, meta: Metadata): Extraction {
  try {
    return extract(doc, meta)
  } catch {
    return { title: meta.title, byline: meta.byline, published: meta.published, lang: meta.lang, content: null, paragraphs: [], prose: [], blocks: [], teasers: [] }
  }
}

function safeIsArticle(site: SiteModule, doc: Document, meta: Metadata): boolean {
  try {
    return site.isArticle(doc, meta.types)
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

function emptyAnalysis(url: string, site: SiteModule, meta: Metadata, hidden: HiddenBlock[]): Analysis {
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
    people: [],
    hidden,
  }
}

/**
 * The article's author is not one of its people: a name the byline gives ("By Marcus Doyle",
 * "Redaktion, Anna Berg") is dropped, however often a credit line repeats it in the text.
 */
function withoutBylineNames(people: Person[], byline: string | null): Person[] {
  if (!byline || byline.length > 120) return people
  const credited = new Set(byline.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [])
  const isCredited = (name: string) => {
    const words = name.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []
    return words.length >= 2 && words.every((w) => credited.has(w))
  }
  return people.filter((person) => !isCredited(person.name))
}
