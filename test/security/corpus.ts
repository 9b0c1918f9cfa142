/**
 * The shared robustness corpus (Mozilla Readability's test pages, read at run time, never copied into
 * the repository) and a validator for the core's one output, the Analysis.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { JSDOM, VirtualConsole } from 'jsdom'
import { analyze } from '../../src/shared/analysis'
import type { Analysis } from '../../src/core/types'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { CLUTTER_KINDS } from '../../src/core/types'

export interface CorpusPage {
  name: string
  sourcePath: string
  /** Readability's own verdict from expected-metadata.json, when present. */
  readerable: boolean | null
}

/** The repository root: the nearest directory at or above `fromUrl` holding a package.json (works from bundled temp copies too). */
export function findRepo(fromUrl: string): string {
  let dir = path.dirname(fileURLToPath(fromUrl))
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir)
  return dir
}

/** `../shared/corpus/readability-test-pages`, resolved relative to the repository. */
export function corpusDir(repo: string): string {
  return path.resolve(repo, '../shared/corpus/readability-test-pages')
}

/** The corpus pages in name order, or null when the corpus is absent. */
export function listCorpusPages(repo: string): CorpusPage[] | null {
  const dir = corpusDir(repo)
  if (!existsSync(dir)) return null
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory() && existsSync(path.join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, sourcePath: path.join(dir, name, 'source.html'), readerable: readReaderable(path.join(dir, name, 'expected-metadata.json')) }))
}

function readReaderable(file: string): boolean | null {
  try {
    const value = (JSON.parse(readFileSync(file, 'utf8')) as { readerable?: unknown }).readerable
    return typeof value === 'boolean' ? value : null
  } catch {
    return null
  }
}

/** The URL Readability's own tests give these pages. */
const GENERIC_URL = 'http://fakehost/test/page.html'
const SITE_URL = 'https://www.it-boltwise.de/corpus-page.html'

export interface PageResult {
  page: CorpusPage
  problems: string[]
  article: boolean
  siteArticle: boolean
  paragraphs: number
  ms: number
}

export function checkCorpusPage(page: CorpusPage): PageResult {
  // A Buffer lets jsdom sniff the encoding as a browser would (BOM, <meta charset>); a silent
  // virtual console keeps jsdom's CSS parser complaints about the pages out of the report.
  const dom = new JSDOM(readFileSync(page.sourcePath), { url: GENERIC_URL, contentType: 'text/html', virtualConsole: new VirtualConsole() })
  const doc = dom.window.document
  const before = doc.documentElement.outerHTML
  const problems: string[] = []
  const started = performance.now()
  const generic = analyzeSafely(doc, GENERIC_URL, problems)
  const ms = performance.now() - started
  // Same parsed page, as if it were an IT BOLTWISE page: the site's rules meet a layout they never saw.
  const asSite = analyzeSafely(doc, SITE_URL, problems)
  if (doc.documentElement.outerHTML !== before) problems.push('analyze() changed the document it was given')
  dom.window.close()
  return { page, problems, article: generic?.isArticle ?? false, siteArticle: asSite?.isArticle ?? false, paragraphs: generic?.paragraphs.length ?? 0, ms }
}

function analyzeSafely(doc: Document, url: string, problems: string[]): Analysis | null {
  try {
    const analysis = analyze(doc, url)
    problems.push(...analysisProblems(analysis, url).map((p) => `${url}: ${p}`))
    return analysis
  } catch (error) {
    problems.push(`${url}: threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return null
  }
}

/** Every way `value` departs from the Analysis contract (src/core/types.ts). Empty means well-formed. */
export function analysisProblems(value: unknown, url: string): string[] {
  if (!isRecord(value)) return ['not an object']
  const a = value as Record<string, unknown>
  const problems: string[] = []
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message)
  }
  check(a['url'] === url, `url is ${JSON.stringify(a['url'])}, expected ${url}`)
  check(a['site'] === null || typeof a['site'] === 'string', 'site is neither string nor null')
  check(typeof a['isArticle'] === 'boolean', 'isArticle is not a boolean')
  for (const key of ['title', 'byline', 'published', 'lang'] as const) check(a[key] === null || typeof a[key] === 'string', `${key} is neither string nor null`)
  check(a['lang'] === null || /^[a-z]{2,3}$/.test(String(a['lang'])), `lang ${JSON.stringify(a['lang'])} is not a language code`)
  check(a['published'] === null || !Number.isNaN(Date.parse(String(a['published']))), `published ${JSON.stringify(a['published'])} is not a date`)
  check(Number.isInteger(a['readingMinutes']) && (a['readingMinutes'] as number) >= 0, 'readingMinutes is not a non-negative integer')
  const paragraphs = stringArray(a['paragraphs'])
  const summary = stringArray(a['summary'])
  check(paragraphs !== null, 'paragraphs is not a string array')
  check(summary !== null, 'summary is not a string array')
  const teaserLines = a['teaserLines']
  check(teaserLines === 0 || teaserLines === 1, `teaserLines is ${JSON.stringify(teaserLines)}, not 0 or 1`)
  check(!summary || (teaserLines as number) <= summary.length, 'more teaser lines than summary lines')
  // The teaser line is the page's own summary (og:description, a standfirst), not a sentence of the paragraphs.
  if (paragraphs && summary) problems.push(...summaryProblems(summary.slice(teaserLines === 1 ? 1 : 0), paragraphs))
  if (a['isArticle'] === true) check((paragraphs?.length ?? 0) > 0, 'an article without paragraphs')
  problems.push(...peopleProblems(a['people']), ...hiddenProblems(a['hidden']))
  return problems
}

/** An article may have no summary: when none of its text is running prose with a verb (a results
 * table, a list of notes), the popup says so rather than quote fragments. */
function summaryProblems(summary: string[], paragraphs: string[]): string[] {
  const problems: string[] = []
  if (summary.length > 5) problems.push(`summary has ${summary.length} sentences (at most 5)`)
  const text = squash(paragraphs.join(' '))
  for (const sentence of summary) {
    if (!sentence.trim()) problems.push('an empty summary sentence')
    else if (!text.includes(squash(sentence))) problems.push(`summary sentence not verbatim from the paragraphs: ${sentence.slice(0, 80)}`)
  }
  return problems
}

function peopleProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['people is not an array']
  const problems: string[] = []
  let previous = Infinity
  for (const person of value) {
    if (!isRecord(person) || typeof person['name'] !== 'string' || !person['name'].trim()) {
      problems.push(`a person without a name: ${JSON.stringify(person)}`)
      continue
    }
    const mentions = person['mentions']
    if (!Number.isInteger(mentions) || (mentions as number) < 1) problems.push(`${person['name']}: mentions ${String(mentions)}`)
    if (person['role'] !== null && typeof person['role'] !== 'string') problems.push(`${person['name']}: role is neither string nor null`)
    if ((mentions as number) > previous) problems.push('people not sorted by mentions')
    previous = mentions as number
  }
  return problems
}

function hiddenProblems(value: unknown): string[] {
  if (!Array.isArray(value)) return ['hidden is not an array']
  return value.flatMap((block) =>
    isRecord(block) && typeof block['rule'] === 'string' && block['rule'] && typeof block['text'] === 'string' && CLUTTER_KINDS.includes(block['kind'] as never)
      ? []
      : [`malformed hidden block: ${JSON.stringify(block).slice(0, 120)}`],
  )
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
