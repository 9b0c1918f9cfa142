import { describe, expect, it } from 'vitest'
import { checkCorpusPage, corpusDir, findRepo, listCorpusPages, type PageResult } from '../security/corpus'

const repo = findRepo(import.meta.url)
const pages = listCorpusPages(repo)
if (!pages) console.warn(`corpus test skipped: ${corpusDir(repo)} is absent`)

describe.skipIf(!pages)('analyze() over the Readability test corpus', () => {
  const results: PageResult[] = []

  it.each((pages ?? []).map((page) => [page.name, page] as const))('%s: no throw, well-formed, document untouched', (_name, page) => {
    const result = checkCorpusPage(page)
    results.push(result)
    expect(result.problems).toEqual([])
  })

  it('judges most of the corpus articles, as Readability does', () => {
    // Readability's test pages are nearly all articles; a core that calls them "not an article"
    // en masse has broken its generic article signal. (Uses the per-page results above.)
    expect(results.length).toBe(pages?.length)
    const articles = results.filter((r) => r.article).length
    console.log(`corpus: ${results.length} pages, ${results.filter((r) => !r.problems.length).length} passed, ${articles} judged articles`)
    expect(articles / results.length).toBeGreaterThan(0.8)
  })
})
