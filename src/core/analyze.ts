import { normalize } from './extract'
import { findPeople } from './people'
import { summarize } from './summary'
import { detectLanguage } from './text/language'
import { clampSummaryLength, readArticle, readingMinutes, type Article } from './article'
import type { Analysis, AnalyzeOptions, Person } from './types'
import type { SiteModule } from './site'

export { readingMinutes } from './article'

export interface AnalysisWithContent {
  analysis: Analysis
  /** Readability's article element: in a detached copy of the page, or with `inPlace` in the document handed over. Unsanitized. */
  content: Element | null
}

/**
 * Turn a document into an Analysis. Never mutates `doc`, unless the caller hands it over with
 * `options.inPlace`. `site` is the module that reads the page (the caller picks it by URL:
 * src/sites/module-for-url.ts): its site's, or the generic module for a page of any other
 * site (one with no hosts; the Analysis then names no site).
 */
export function analyze(doc: Document, url: string, site: SiteModule, options: AnalyzeOptions = {}): Analysis {
  return analyzeWithContent(doc, url, site, options).analysis
}

/** The article (src/core/article.ts) and its people. */
export function analyzeWithContent(doc: Document, url: string, site: SiteModule, options: AnalyzeOptions = {}): AnalysisWithContent {
  const { article, content } = readArticle(doc, url, site, options)
  return { analysis: withPeople(article), content }
}

/** The article with the people its text names (none on a page that is not an article). */
export function withPeople(article: Article): Analysis {
  const { hidden, pointerParagraphs, ...rest } = article
  // Blanked, not dropped: the other paragraphs keep their places and their neighbours.
  const pointers = new Set(pointerParagraphs)
  const paragraphs = article.paragraphs.map((text, i) => (pointers.has(i) ? '' : text))
  const people = article.paragraphs.length > 0 ? withoutBylineNames(findPeople(paragraphs, { lang: article.lang }), article.byline) : []
  return { ...rest, people, hidden }
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
