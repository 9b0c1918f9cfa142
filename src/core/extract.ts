import { Readability, isProbablyReaderable } from '@mozilla/readability'
import { elementsByTag, liveLookup, withTagQueries, type TagLookup } from './dom'
import { FORM_MARK, MAX_FORM_CHARS, textBlocks } from './text-blocks'

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
  /** Every text block with where it sits (see Block): what the summary decides running text from. */
  blocks: Block[]
  /** The page's own summaries, as its metadata gives them (og:description, twitter:description, description). */
  teasers: string[]
}

/** What a block of the article is, from its element and ancestors. */
export type BlockKind = 'prose' | 'list-item' | 'heading' | 'caption' | 'quote' | 'form' | 'cell' | 'pre'

/** A text block of Readability's content and the structure around it. */
export interface Block {
  text: string
  kind: BlockKind
  /** Share of its characters inside links: a "read more" line is mostly link. */
  linkShare: number
  /** All its text inside <strong>/<b>/<em>/<i>: a standfirst set apart, an editor's note, a promo. */
  emphasised: boolean
  /** A list item's list: how many items and their mean length in words (a spec list is many short items). */
  list: { items: number; meanWords: number } | null
  /** Right after an image or video (not a figure with its own caption): maybe a caption set as a paragraph. */
  afterMedia: boolean
}


export type Metadata = Omit<Extraction, 'content' | 'paragraphs' | 'prose' | 'blocks'> & { types: string[] }

/**
 * Run Readability on `doc`; `meta` (readMetadata of the same page) fills what Readability leaves out.
 * Readability rewrites the document it is given: pass a clone. `byTag`: the page's elements by tag, when the caller has them.
 */
export function extract(doc: Document, meta: Metadata, byTag: TagLookup = liveLookup(doc)): Extraction {
  const marked = markForms(byTag)
  const article = new Readability(withTagQueries(doc), { serializer: (node: Node) => node as Element }).parse()
  const content = article?.content ?? null
  const blocks = content ? textBlocks(content) : []
  if (content && marked) unmarkForms(content)
  return {
    title: normalize(article?.title ?? '') || meta.title,
    byline: normalize(article?.byline ?? '') || meta.byline,
    published: toIsoDate(article?.publishedTime ?? null) ?? meta.published,
    lang: normalizeLang(article?.lang ?? null) ?? meta.lang,
    content,
    paragraphs: blocks.map((block) => block.text),
    prose: blocks.filter((block) => block.kind === 'prose' || block.kind === 'list-item' || block.kind === 'quote').map((block) => block.text),
    blocks: blocks.map(({ element, ...block }) => block),
    teasers: meta.teasers,
  }
}

/** Page metadata without running Readability (JSON-LD, Open Graph, <html lang>): one pass over <meta>, one over <script>. */
export function readMetadata(doc: Document, byTag: TagLookup = liveLookup(doc)): Metadata {
  const jsonLd = readJsonLd(byTag)
  const metas = readMetaTags(byTag)
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
      toIsoDate(byTag('time')[0]?.getAttribute('datetime') ?? null),
    lang: normalizeLang(doc.documentElement?.getAttribute('lang') ?? null) ?? normalizeLang(metaContent('og:locale')),
    teasers: [...new Set(['og:description', 'twitter:description', 'description'].map(metaContent).filter((t): t is string => t !== null))],
    types,
  }
}

/** <meta property|name=KEY content=…>, first occurrence of each key, keys lower-cased. */
function readMetaTags(byTag: TagLookup): Map<string, string> {
  const metas = new Map<string, string>()
  for (const meta of byTag('meta')) {
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
export function isProbablyArticle(doc: Document, types: readonly string[] = readMetadata(doc).types, byTag: TagLookup = liveLookup(doc)): boolean {
  if (types.some((t) => ARTICLE_TYPE.test(t))) return true
  return isProbablyReaderable(byTagQueries(doc, byTag))
}

/**
 * `doc` for isProbablyReaderable, its two queries ("p, pre, article" and "div > br") answered from
 * tag lists: jsdom's selector engine walks the whole page once per query and selector (a browser's
 * is native either way). Its verdict is a sum over the nodes, so their order does not matter.
 * Any other query goes to the document.
 */
function byTagQueries(doc: Document, byTag: TagLookup): Document {
  const answers: Record<string, () => Element[]> = {
    'p, pre, article': () => ['p', 'pre', 'article'].flatMap((tag) => byTag(tag)),
    'div > br': () => byTag('br').filter((br) => br.parentElement?.localName === 'div'),
  }
  return { querySelectorAll: (selector: string) => answers[selector]?.() ?? doc.querySelectorAll(selector) } as unknown as Document
}

type JsonLdNode = Record<string, unknown>

function readJsonLd(byTag: TagLookup): JsonLdNode[] {
  const nodes: JsonLdNode[] = []
  for (const script of byTag('script')) {
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

/**
 * Mark every element inside a <form>, so its labels and messages stay known after Readability; false
 * when none was marked. Forms are known by tag (a form's named controls can shadow its own
 * getAttribute); elements with role="form" keep their role through Readability, and textBlocks()
 * reads it there, in the article alone: no walk over the whole page for an attribute.
 */
function markForms(byTag: TagLookup): boolean {
  let marked = false
  for (const form of byTag('form')) {
    // A form inside a <noscript> the lazy pictures replaced is no longer in the page.
    if (!form.isConnected || (form.textContent ?? '').length > MAX_FORM_CHARS) continue
    form.setAttribute(FORM_MARK, '')
    for (const inner of elementsByTag(form, '*')) inner.setAttribute(FORM_MARK, '')
    marked = true
  }
  return marked
}

function unmarkForms(root: Element): void {
  root.removeAttribute(FORM_MARK)
  // By tag, not querySelectorAll('[…]'): jsdom's selector engine walks the article through a TreeWalker.
  for (const element of elementsByTag(root, '*')) if (element.hasAttribute(FORM_MARK)) element.removeAttribute(FORM_MARK)
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
