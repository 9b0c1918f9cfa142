import { extract, looksLikeArticle, normalize, readMetadata } from './extract'
import { findClutter } from './clutter'
import { findPeople } from './people'
import { summarize } from './summary'
import { detectLanguage } from './text/language'
import type { Analysis, AnalyzeOptions, HiddenBlock } from './types'
import { siteForUrl } from '../sites/registry'
import type { SiteModule } from '../sites/types'

/** German readers of news read about 200 words a minute. */
const WORDS_PER_MINUTE = 200

export interface AnalysisWithContent {
  analysis: Analysis
  /** Readability's article element, in a detached clone of the page (never the live DOM). Unsanitized. */
  content: Element | null
}

/** Turn a document into an Analysis. Never mutates `doc`. */
export function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithContent(doc, url, options).analysis
}

export function analyzeWithContent(doc: Document, url: string, options: AnalyzeOptions = {}): AnalysisWithContent {
  const site = siteForUrl(url)
  const meta = readMetadata(doc)
  const siteSaysArticle = site ? safeIsArticle(site, doc) : true
  const clone = doc.cloneNode(true) as Document
  const hidden = site ? removeClutter(clone, site, options) : []

  // A known site's non-article pages (home, archives, search) have no article to read.
  if (site && !siteSaysArticle) {
    return { analysis: emptyAnalysis(url, site, meta, hidden), content: null }
  }

  const extraction = extract(clone)
  const title = cleanTitle(site, extraction.title)
  const paragraphs = extraction.paragraphs
  const lang = extraction.lang ?? detectLanguage(paragraphs.join(' '))
  const count = clampSummaryLength(options.summarySentences)
  return {
    analysis: {
      url,
      site: site?.id ?? null,
      isArticle: site ? paragraphs.length > 0 : looksLikeArticle(meta.types, paragraphs),
      title,
      byline: extraction.byline,
      published: extraction.published,
      lang,
      readingMinutes: readingMinutes(paragraphs),
      paragraphs,
      summary: summarize(extraction.prose, { title, lang, count }),
      people: findPeople(paragraphs, { lang }),
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

/** Remove the site's clutter from `clone` (so Readability never sees it) and report it. */
function removeClutter(clone: Document, site: SiteModule, options: AnalyzeOptions): HiddenBlock[] {
  const shown = new Set(options.showKinds ?? [])
  const hidden: HiddenBlock[] = []
  for (const match of findClutter(clone, site)) {
    if (shown.has(match.kind)) continue
    hidden.push({ rule: match.rule, kind: match.kind, text: normalize(match.element.textContent ?? '') })
    match.element.remove()
  }
  return hidden
}

function safeIsArticle(site: SiteModule, doc: Document): boolean {
  try {
    return site.isArticle(doc)
  } catch {
    return false
  }
}

function cleanTitle(site: SiteModule | null, title: string | null): string | null {
  if (!title) return null
  return (site?.cleanTitle ? site.cleanTitle(title) : title) || null
}

function emptyAnalysis(url: string, site: SiteModule, meta: ReturnType<typeof readMetadata>, hidden: HiddenBlock[]): Analysis {
  return {
    url,
    site: site.id,
    isArticle: false,
    title: cleanTitle(site, meta.title),
    byline: null,
    published: null,
    lang: meta.lang,
    readingMinutes: 0,
    paragraphs: [],
    summary: [],
    people: [],
    hidden,
  }
}
