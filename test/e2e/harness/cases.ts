/**
 * The pages the browser tests serve, each with its ground truth (which texts are clutter, which are
 * article paragraphs, which are listing items):
 *   - the IT BOLTWISE fixtures, test/fixtures/it-boltwise/<case>/source.html, with their truth file;
 *   - test-only pages under test/e2e/pages/ (e.g. the article whose job widget appears 2 s after load).
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import { analyze } from '../../../src/shared/analysis'
import { composePage, gridCompositions, PROMISED_KINDS, type HeldOutPage } from '../../clutter-variations'
import { BLIND_URL, articleParagraphs, blindPageHtml, placeOf } from '../../unit/clutter-blind-page'
import { BLIND_BLOCKS, BLIND_NEGATIVES } from '../../unit/clutter-variations-blind'
import { FRESH_BLOCKS, FRESH_NEGATIVES } from '../../unit/clutter-variations-blind-fresh'
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
  /** Served as an IT BOLTWISE page (false: a page of another site, which the rules must leave alone). */
  onSite?: boolean
  /** The fixture's reviewed analysis (expected.json): title and paragraphs, when there is one. */
  expected?: { title?: string | null; paragraphs?: string[] }
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

/**
 * Every fixture under test/fixtures/it-boltwise/ with a source page. Its ground truth is marked in the
 * page (data-truth="clutter" / "article"; on listing pages "article" marks the teasers). The served
 * copy carries the marks under a name drawn per run, so no rule could key on them; expected.json
 * says whether the page is an article.
 */
export function fixtureCases(): PageCase[] {
  if (!existsSync(FIXTURES_DIR)) return []
  const attribute = `data-e2e-${randomBytes(4).toString('hex')}`
  const cases: PageCase[] = []
  for (const name of readdirSync(FIXTURES_DIR).sort()) {
    const dir = path.join(FIXTURES_DIR, name)
    const source = path.join(dir, 'source.html')
    if (!existsSync(source)) continue
    const original = readFileSync(source, 'utf8')
    if (!/\sdata-truth=/.test(original)) continue
    const expectedFile = path.join(dir, 'expected.json')
    const expected = existsSync(expectedFile)
      ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { isArticle?: boolean; site?: string | null; title?: string | null; paragraphs?: string[] })
      : {}
    const isArticle = Boolean(expected.isArticle)
    cases.push({
      name,
      path: `/${name}/`,
      html: original.replace(/(\s)data-truth=/g, `$1${attribute}=`),
      truth: { clutter: [], article: [], listing: [], marked: { attribute, articleAs: isArticle ? 'article' : 'listing' } },
      isArticle,
      onSite: expected.site !== null,
      expected: { title: expected.title, paragraphs: expected.paragraphs },
    })
  }
  return cases
}

/**
 * A few pages of the held-out clutter variations (test/clutter-variations/): together they carry
 * each failure class of issue 14 (book media card, book tip with bio, job lines in one paragraph,
 * newsletter boxes with and without a form) beside article paragraphs using the same words. The
 * truth is by text: the promised-kind units that occur once on the page, and every article paragraph.
 */
export function heldOutCases(): PageCase[] {
  const grid = gridCompositions()
  return grid.map((_, i) => {
    const page = composePage(grid[i]!)
    return {
      name: `held-out-${i}`,
      path: `/held-out-${i}/`,
      html: page.html,
      truth: { clutter: distinctiveClutterUnits(page), article: page.article.map((p) => p.text), listing: [] },
      isArticle: true,
    }
  })
}

/**
 * Units the probe can find unambiguously by text (long enough, in no other block or paragraph) that the
 * core hides on the same page. The blocks the rules still miss are counted, kind by kind, by
 * test/unit/clutter-variations.test.ts; here the browsers must hide what the core decides, before
 * DOMContentLoaded, and nothing of the article.
 */
function distinctiveClutterUnits(page: HeldOutPage): string[] {
  const texts = [...page.clutter.flatMap((c) => c.units), ...page.article.map((p) => p.text)]
  const dom = new JSDOM(page.html, { url: page.url, virtualConsole: new VirtualConsole() })
  const norm = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
  const hidden = analyze(dom.window.document, page.url).hidden.map((h) => norm(h.text))
  dom.window.close()
  return page.clutter
    .filter((c) => (PROMISED_KINDS as readonly string[]).includes(c.kind))
    .flatMap((c) => c.units)
    .filter((unit) => unit.length >= 12 && texts.filter((t) => t.includes(unit)).length === 1)
    .filter((unit) => hidden.some((h) => h.includes(norm(unit))))
}

/**
 * The blind held-out sets (test/unit/clutter-variations-blind*.ts), all blocks of a set on one page
 * among its hard negatives. The truth is by text, as for heldOutCases: the blocks' texts that occur
 * once on the page and that the core hides there, and every article paragraph.
 */
export function blindCases(): PageCase[] {
  return [
    { name: 'blind', blocks: BLIND_BLOCKS, negatives: BLIND_NEGATIVES },
    { name: 'blind-fresh', blocks: FRESH_BLOCKS, negatives: FRESH_NEGATIVES },
  ].map(({ name, blocks, negatives }) => {
    const html = blindPageHtml(blocks.map((block, i) => ({ block, place: placeOf(i) })), negatives)
    const norm = (text: string) => text.replace(/[\s\u00a0\u200b]+/g, ' ').trim()
    const dom = new JSDOM(html, { url: BLIND_URL, virtualConsole: new VirtualConsole() })
    const doc = dom.window.document
    const article = Array.from(doc.querySelectorAll('[data-article]'), (p) => norm(p.textContent ?? ''))
    const units = Array.from(doc.querySelectorAll('[data-clutter]')).flatMap((el) => Array.from(el.querySelectorAll('*'), (child) => ownText(child)).concat(ownText(el)))
    const body = norm(doc.body.textContent ?? '')
    const hidden = analyze(doc, BLIND_URL).hidden.map((h) => norm(h.text))
    dom.window.close()
    const clutter = units.filter((unit) => unit.length >= 12 && body.split(unit).length === 2 && hidden.some((h) => h.includes(unit)))
    if (articleParagraphs(negatives).length !== article.length) throw new Error(`${name}: the page lost an article paragraph`)
    return { name, path: `/e2e/${name}/`, html, truth: { clutter, article, listing: [] }, isArticle: true }
  })
}

/** An element's own text nodes, joined. */
function ownText(el: Element): string {
  return Array.from(el.childNodes, (node) => (node.nodeType === 3 ? node.textContent ?? '' : '')).join('').replace(/[\s\u00a0\u200b]+/g, ' ').trim()
}
