/**
 * The pages the browser tests serve, each with its ground truth (which texts are clutter, which are
 * article paragraphs, which are listing items):
 *   - the IT BOLTWISE fixtures, test/fixtures/it-boltwise/<case>/source.html, with their truth file;
 *   - test-only pages under test/e2e/pages/ (e.g. the article whose job widget appears 2 s after load).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from './browsers'
import type { Truth } from './server'
import { PAGES_DIR } from './session'

export const FIXTURES_DIR = path.join(ROOT, 'test/fixtures/it-boltwise')

export interface PageCase {
  name: string
  /** Served at http://www.it-boltwise.de<path> */
  path: string
  html: string
  truth: Truth
  isArticle: boolean
}

export interface LateWidgetTruth extends Truth {
  late: string[]
  people: string[]
  notPeople: string[]
  title: string
}

/** The seed article with a job widget inserted by script two seconds after load. */
export function lateWidgetCase(): PageCase & { truth: LateWidgetTruth } {
  const truth = JSON.parse(readFileSync(path.join(PAGES_DIR, 'article-late-widget.truth.json'), 'utf8')) as LateWidgetTruth
  return {
    name: 'late-widget',
    path: '/e2e/late-widget/',
    html: readFileSync(path.join(PAGES_DIR, 'article-late-widget.html'), 'utf8'),
    truth,
    isArticle: true,
  }
}

/**
 * The same article without the late widget's script: a page that does not change by itself, so
 * that its DOM before and after reader mode can be compared byte for byte.
 */
export function staticArticleCase(): PageCase & { truth: LateWidgetTruth } {
  const late = lateWidgetCase()
  const html = late.html.replace(/<script>\s*\/\/ Two seconds after load[\s\S]*?<\/script>/, '')
  if (html === late.html) throw new Error('article-late-widget.html: the late-widget script was not found')
  return { ...late, name: 'static-article', path: '/e2e/static-article/', html }
}

/** Every fixture under test/fixtures/it-boltwise/ that has a source page and a ground truth. */
export function fixtureCases(): PageCase[] {
  if (!existsSync(FIXTURES_DIR)) return []
  const cases: PageCase[] = []
  for (const name of readdirSync(FIXTURES_DIR).sort()) {
    const dir = path.join(FIXTURES_DIR, name)
    const source = path.join(dir, 'source.html')
    if (!existsSync(source)) continue
    const truth = readTruth(dir)
    if (!truth) continue
    cases.push({ name, path: `/${name}/`, html: readFileSync(source, 'utf8'), truth: truth.truth, isArticle: truth.isArticle })
  }
  return cases
}

/**
 * The fixture's ground truth. `truth.json` ({clutter, article, listing} lists of texts, written by
 * hand) is preferred; without it, `expected.json` (the reviewed Analysis) gives the article's
 * paragraphs and the hidden blocks' texts.
 */
function readTruth(dir: string): { truth: Truth; isArticle: boolean } | null {
  const truthFile = path.join(dir, 'truth.json')
  if (existsSync(truthFile)) {
    const raw = JSON.parse(readFileSync(truthFile, 'utf8')) as Partial<Truth> & { isArticle?: boolean }
    const truth = { clutter: raw.clutter ?? [], article: raw.article ?? [], listing: raw.listing ?? [] }
    return { truth, isArticle: raw.isArticle ?? truth.article.length > 0 }
  }
  const expectedFile = path.join(dir, 'expected.json')
  if (existsSync(expectedFile)) {
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
      isArticle?: boolean
      paragraphs?: string[]
      hidden?: { text: string }[]
    }
    return {
      truth: { clutter: (expected.hidden ?? []).map((h) => h.text), article: expected.isArticle ? expected.paragraphs ?? [] : [], listing: [] },
      isArticle: Boolean(expected.isArticle),
    }
  }
  return null
}
