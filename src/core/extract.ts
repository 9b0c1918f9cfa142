import { Readability, isProbablyReaderable } from '@mozilla/readability'

/** What Readability and the page's metadata say about a document. */
export interface Extraction {
  title: string | null
  byline: string | null
  published: string | null
  lang: string | null
  /** Readability's article element (in the document it was run on), or null when it found none. */
  content: Element | null
  paragraphs: string[]
  /** The paragraphs that are running prose (no headings, captions, table cells): what a summary may quote. */
  prose: string[]
}

const BLOCK_SELECTOR = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,figcaption,dt,dd,td,th'
const PROSE_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD'])

export type Metadata = Omit<Extraction, 'content' | 'paragraphs' | 'prose'> & { types: string[] }

/**
 * Run Readability on `doc`; `meta` (readMetadata of the same page) fills what Readability leaves out.
 * Readability rewrites the document it is given: pass a clone.
 */
export function extract(doc: Document, meta: Metadata): Extraction {
  const article = new Readability(doc, { serializer: (node: Node) => node as Element }).parse()
  const content = article?.content ?? null
  const blocks = content ? textBlocks(content) : []
  return {
    title: normalize(article?.title ?? '') || meta.title,
    byline: normalize(article?.byline ?? '') || meta.byline,
    published: toIsoDate(article?.publishedTime ?? null) ?? meta.published,
    lang: normalizeLang(article?.lang ?? null) ?? meta.lang,
    content,
    paragraphs: blocks.map((block) => block.text),
    prose: blocks.filter((block) => block.prose && !isInCaption(block.element)).map((block) => block.text),
  }
}

/** Page metadata without running Readability (JSON-LD, Open Graph, <html lang>): one pass over <meta>, one over <script>. */
export function readMetadata(doc: Document): Metadata {
  const jsonLd = readJsonLd(doc)
  const metas = readMetaTags(doc)
  const metaContent = (key: string) => normalize(metas.get(key) ?? '') || null
  const types = jsonLd.flatMap((item) => [item['@type']].flat()).filter((t): t is string => typeof t === 'string')
  const ogType = metaContent('og:type')
  if (ogType) types.push(`og:${ogType}`)
  const ldArticle = jsonLd.find((item) => [item['@type']].flat().some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t)))
  const ldAuthor = ldArticle?.['author']
  const authorName = [ldAuthor].flat().map((a) => (typeof a === 'string' ? a : (a as { name?: unknown } | undefined)?.name)).find((n) => typeof n === 'string')
  return {
    title: metaContent('og:title') ?? (normalize(doc.title) || null),
    byline: (typeof authorName === 'string' ? normalize(authorName) : null) ?? metaContent('author'),
    published:
      toIsoDate(typeof ldArticle?.['datePublished'] === 'string' ? (ldArticle['datePublished'] as string) : null) ??
      toIsoDate(metaContent('article:published_time')) ??
      toIsoDate(doc.getElementsByTagName('time')[0]?.getAttribute('datetime') ?? null),
    lang: normalizeLang(doc.documentElement?.getAttribute('lang') ?? null) ?? normalizeLang(metaContent('og:locale')),
    types,
  }
}

/** <meta property|name=KEY content=…>, first occurrence of each key, keys lower-cased. */
function readMetaTags(doc: Document): Map<string, string> {
  const metas = new Map<string, string>()
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase()
    const content = meta.getAttribute('content')
    if (key && content !== null && !metas.has(key)) metas.set(key, content)
  }
  return metas
}

/** Structured data that declares the page an article. */
const ARTICLE_TYPE = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|TechArticle|og:article)$/

/**
 * The generic article signal, for pages of sites Klartext has no module for: the page declares
 * itself an article in its metadata (JSON-LD, og:type), or Readability's own test finds a body of
 * prose (isProbablyReaderable, the test behind Firefox's reader-view button).
 */
export function isProbablyArticle(doc: Document): boolean {
  if (readMetadata(doc).types.some((t) => ARTICLE_TYPE.test(t))) return true
  return isProbablyReaderable(doc)
}

type JsonLdNode = Record<string, unknown>

function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = []
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue
    try {
      collectJsonLd(JSON.parse(script.textContent ?? ''), nodes)
    } catch {
      // A page's broken JSON-LD is the page's problem; the other signals still count.
    }
  }
  return nodes
}

function collectJsonLd(value: unknown, out: JsonLdNode[]): void {
  if (Array.isArray(value)) value.forEach((v) => collectJsonLd(v, out))
  else if (value && typeof value === 'object') {
    const node = value as JsonLdNode
    out.push(node)
    if (Array.isArray(node['@graph'])) collectJsonLd(node['@graph'], out)
  }
}

interface TextBlock {
  text: string
  prose: boolean
  element: Element
}

/**
 * The text blocks of Readability's content, in document order: the innermost block elements.
 * In document order a block's descendants follow it at once, so a block is innermost exactly when
 * the next block is not inside it (one pass, no query per block).
 */
function textBlocks(root: Element): TextBlock[] {
  const all = Array.from(root.querySelectorAll(BLOCK_SELECTOR))
  const blocks: TextBlock[] = []
  all.forEach((element, i) => {
    const next = all[i + 1]
    if (next && element.contains(next)) return
    const text = normalize(element.textContent ?? '')
    if (text) blocks.push({ text, prose: PROSE_TAGS.has(element.tagName.toUpperCase()), element })
  })
  return blocks
}

/** A <p> inside a <figcaption> (or a figure's credit line) is a caption, not prose. */
function isInCaption(element: Element): boolean {
  return element.closest('figcaption') !== null
}

export function normalize(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}

function normalizeLang(value: string | null): string | null {
  const match = value?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/)
  return match?.[1] ?? null
}

/** A full or partial ISO 8601 date as pages write it: 2025-07-05, 2025-07-05T09:12, 2025-07-05T09:12:00.000+02:00. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/

/** Keep the page's own ISO date (with its time zone) when it is one; otherwise parse and convert; null when not a date. */
function toIsoDate(value: string | null): string | null {
  if (!value) return null
  const trimmed = value.trim()
  const time = Date.parse(trimmed)
  if (Number.isNaN(time)) return null
  return ISO_DATE.test(trimmed) ? trimmed : new Date(time).toISOString()
}
