/**
 * IT BOLTWISE (www.it-boltwise.de): how to recognise an article page, and its clutter.
 * All knowledge of this site lives here. Rules key on what the page says and links to (the live
 * markup is unknown and may change), never on class names. This module is part of the load-time
 * bundle: keep it free of heavy imports.
 *
 * Signatures are matched against a block's normalized own text (or a link's text). A signature
 * anchored with ^ is boilerplate that starts a block and is trusted on any length; an unanchored one
 * on prose only counts beside another hit (see src/core/clutter/). `SHORT` bounds phrases
 * that prose could use ("Quereinstieg"): they mark only a short block such as a job ad title.
 */
import type { ClutterRule, SiteModule } from '../core/site'

/** Lookaheads: the whole text is at most 120 chars and does not end with a period (a job ad's title line, not a sentence). */
const SHORT = '^(?=.{0,120}$)(?!.*\\.$)'

/**
 * A block that starts with `phrase`, after at most a bullet or an emoji ("📚 Die besten Bücher ...").
 * Not a \p{L} class with the 'u' flag: compiling that costs milliseconds on every page load.
 */
function starts(phrase: string): RegExp {
  return new RegExp(`^[^A-Za-z0-9ÄÖÜäöüß]{0,6}${phrase}`, 'i')
}

export const IT_BOLTWISE_RULES: readonly ClutterRule[] = [
  {
    name: 'promo-link-list',
    kind: 'promo',
    description:
      'The list of house promotions under the article: best books, newsletter, home page, Patreon, KI-Jobs on StepStone.',
    linkTargets: ['patreon.com/'],
    textSignatures: [
      starts('Die besten Bücher rund um KI'),
      starts('Die besten KI-News kostenlos per E-?Mail'),
      starts('Zur Startseite von IT BOLTWISE'),
      starts('IT BOLTWISE®? (?:kostenlos )?auf Patreon unterstützen'),
      starts('Aktuelle KI-Jobs auf StepStone'),
    ],
  },
  {
    name: 'comment-prompt',
    kind: 'comments',
    description: 'The call for reader comments and the moderation notice ("Es werden alle Kommentare moderiert!").',
    textSignatures: [
      starts('Du hast einen wertvollen Beitrag oder Kommentar zum Artikel'),
      starts('Es werden alle Kommentare moderiert'),
      starts('Für eine offene Diskussion behalten wir uns vor, jeden Kommentar zu löschen'),
      starts('Wir möchten, dass respektvoll miteinander kommuniziert wird'),
    ],
  },
  {
    name: 'subscription-prompt',
    kind: 'subscribe',
    description:
      '"Du willst nichts verpassen?": e-mail notification, the feed of this post, the RSS main feed, Google News and Bing News.',
    linkTargets: ['news.google.com/publications/', 'bing.com/news/search?q=it-boltwise', 'follow.it/'],
    textSignatures: [
      starts('Du willst nichts verpassen\\?'),
      starts('Du möchtest über ähnliche News und Beiträge wie .{0,300}informiert werden'),
      /den Feed dieses Beitrags zu abonnieren/i,
      /den RSS-Hauptfeed oder IT BOLTWISE®? bei Google News/i,
    ],
  },
  {
    name: 'search-prompt',
    kind: 'search',
    description: '"Nutze die Google-Suchmaschine für eine weitere Themenrecherche" with search links for the article title.',
    textSignatures: [starts('Nutze die Google-Suchmaschine für eine weitere Themenrecherche')],
  },
  {
    name: 'job-listings',
    kind: 'jobs',
    description:
      'Job ads: the "Stellenangebote" widget and ads titled "... (m/w/d)", "Quereinstieg", "Duales Studium", links to job boards.',
    linkTargets: [
      'stepstone.de', 'stepstone.com', 'indeed.com', 'indeed.de', 'jobware.de', 'stellenanzeigen.de', 'kimeta.de',
      'xing.com/jobs', 'linkedin.com/jobs', 'monster.de', 'stellenmarkt', 'stellenangebot',
    ],
    textSignatures: [
      new RegExp(`${starts('(?:Aktuelle |Neue |Weitere |Alle )?(?:KI-)?Stellenangebote').source}$`, 'i'),
      new RegExp(`${SHORT}.*\\((?:[mwdfx]\\s*/\\s*){2}[mwdfx]\\)`, 'i'),
      new RegExp(`${SHORT}.*\\bQuereinstieg`, 'i'),
      new RegExp(`${SHORT}Duales Studium\\b`, 'i'),
    ],
  },
  {
    name: 'book-ads',
    kind: 'books',
    description:
      'Book advertisements: items linking to Amazon (affiliate) shop pages, blurbs such as "Im neuen Buch ..." or "Bestseller-Autor".',
    // Shop links with or without a title slug (amazon.de/Some-Title/dp/...); "://" keeps aboutamazon.de out.
    linkTargets: [
      'amzn.to/', 'amzn.eu/', '://www.amazon.de/', '://amazon.de/', '://www.amazon.com/', '://smile.amazon.de/',
      '://www.thalia.de/shop/', '://www.hugendubel.de/de/buch', '://www.buecher.de/artikel/buch/',
    ],
    textSignatures: [/\bIm neuen Buch\b/, /\bBestseller-Autor/],
  },
]

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|TechArticle)$/
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/
/** "KIEW / LONDON (IT BOLTWISE) – " at the start of an article's first paragraph. */
const DATELINE = /^[^()]{0,80}\(IT BOLTWISE\)\s*[–—-]/

export const itBoltwise: SiteModule = {
  id: 'it-boltwise',
  hosts: ['www.it-boltwise.de', 'it-boltwise.de'],
  isArticle,
  rules: IT_BOLTWISE_RULES,
  cleanTitle: (title) => title.replace(/\s*[-–|]\s*IT BOLTWISE.*$/i, '').trim(),
}

/**
 * An article page says so: JSON-LD (NewsArticle...), og:type=article, one dateline "(IT BOLTWISE) –",
 * or the structure of one article (a run of paragraphs under one heading). A listing (home, archive,
 * search) says so too: a CollectionPage/SearchResultsPage, several datelines, several teasers.
 */
export function isArticle(doc: Document): boolean {
  const types = jsonLdTypes(doc)
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? null
  if (types.some((t) => LISTING_TYPES.test(t))) return false
  if (types.some((t) => ARTICLE_TYPES.test(t)) || ogType === 'article') return true
  // No metadata either way: the page's text decides (an article may list related teasers, so
  // the dateline counts first). Only now: it reads the text of every paragraph.
  const datelines = countDatelines(doc)
  if (datelines !== 0) return datelines === 1
  if (ogType === 'website' || teaserCount(doc) >= 3) return false
  return hasArticleBody(doc)
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = []
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>
      for (const t of [node['@type']].flat()) if (typeof t === 'string') types.push(t)
      if (node['@graph']) collect(node['@graph'])
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''))
    } catch {
      // Broken JSON-LD: the other signals decide.
    }
  }
  return types
}

function countDatelines(doc: Document): number {
  let count = 0
  // Datelines open a paragraph; teasers on listings repeat them, one per article.
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (DATELINE.test((p.textContent ?? '').trimStart())) count++
  }
  return count
}

/** Teasers: repeated <article> elements (or list items) that each hold a heading with a link. */
function teaserCount(doc: Document): number {
  return doc.querySelectorAll('article :is(h2,h3) a[href], li :is(h2,h3) a[href]').length
}

/** One heading, then a run of at least three prose paragraphs in one container. */
function hasArticleBody(doc: Document): boolean {
  if (doc.querySelectorAll('h1').length !== 1) return false
  const perParent = new Map<Element, number>()
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if ((p.textContent ?? '').trim().length < 120 || !p.parentElement) continue
    const n = (perParent.get(p.parentElement) ?? 0) + 1
    if (n >= 3) return true
    perParent.set(p.parentElement, n)
  }
  return false
}
