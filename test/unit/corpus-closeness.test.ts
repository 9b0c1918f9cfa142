/**
 * The reader text over the Readability test corpus, against each page's expected.html: Klartext
 * (generic rules, then Readability) next to Readability alone. expected.html is Readability's own
 * output, clutter it keeps included: Readability alone is the reference by construction, and what
 * Klartext loses against it is what the generic rules removed (`npm run corpus` lists it per page).
 * So: no throw, floors from the measured figures, and Klartext within a hair of Readability on the
 * medians; article sentences kept. Skips with a message without the corpus or the expected files.
 */
import { describe, expect, it } from 'vitest'
import { corpusDir, findRepo, listCorpusPages } from '../security/corpus'
import { comparePage, expectedDir, expectedHtmlPath, median, type PageComparison } from '../security/closeness'

const repo = findRepo(import.meta.url)
const pages = (listCorpusPages(repo) ?? []).flatMap((page) => {
  const expected = expectedHtmlPath(page)
  return expected ? [{ page, expected }] : []
})
if (pages.length === 0) console.warn(`corpus closeness test skipped: no corpus at ${corpusDir(repo)} or no expected.html there nor in ${expectedDir()}`)

/** Measured over the 122 pages judged articles: medians 1.000 for precision, recall and sentences, Klartext and Readability alike (npm run corpus). */
const FLOOR = { precision: 0.99, recall: 0.98, sentences: 0.99 }
/** How far below Readability alone a median may lie: the clutter words removed from its own output. */
const CLUTTER_MARGIN = 0.01
/** At most this share of a page's expected sentences may go (subscription offers and the like that Readability keeps as prose). */
const PAGE_SENTENCE_MARGIN = 0.1

describe.skipIf(pages.length === 0)('reader text vs expected.html over the Readability test corpus', () => {
  const rows: PageComparison[] = []

  // A generous bound: a large page (wikipedia-2) takes seconds on a busy machine; this is no speed test.
  it.each(pages.map(({ page, expected }) => [page.name, page, expected] as const))('%s: compared without throwing', { timeout: 180_000 }, (_name, page, expected) => {
    const row = comparePage(page, expected)
    rows.push(row)
    if (row.article) expect(row.klartextSentences, 'article sentences lost').toBeGreaterThanOrEqual(row.readabilitySentences - PAGE_SENTENCE_MARGIN)
  })

  it('medians over pages judged articles: above the floors, Klartext as close as Readability alone but for the clutter it removes', () => {
    expect(rows.length).toBe(pages.length)
    const articles = rows.filter((r) => r.article)
    const of = (pick: (r: PageComparison) => number) => median(articles.map(pick))
    const klartext = { precision: of((r) => r.klartext.precision), recall: of((r) => r.klartext.recall), sentences: of((r) => r.klartextSentences) }
    const readability = { precision: of((r) => r.readability.precision), recall: of((r) => r.readability.recall), sentences: of((r) => r.readabilitySentences) }
    console.log(`corpus closeness over ${articles.length} articles: Klartext ${JSON.stringify(klartext)}, Readability alone ${JSON.stringify(readability)}`)
    for (const key of ['precision', 'recall', 'sentences'] as const) {
      expect(klartext[key], key).toBeGreaterThanOrEqual(FLOOR[key])
      expect(klartext[key], key).toBeGreaterThanOrEqual(readability[key] - CLUTTER_MARGIN)
    }
  })

  it('judges articles as isProbablyReaderable does on every page', () => {
    // The generic signal is metadata or isProbablyReaderable; no page here declares itself an article that Readability finds unreadable.
    expect(rows.filter((r) => r.article !== r.readerable).map((r) => r.name)).toEqual([])
  })
})
