import { describe, expect, it } from 'vitest'
import { checkCorpusPage, corpusDir, findRepo, listCorpusPages } from '../security/corpus'

const repo = findRepo(import.meta.url)
const pages = listCorpusPages(repo)
if (!pages) console.warn(`corpus test skipped: ${corpusDir(repo)} is absent`)

describe.skipIf(!pages)('analyze() over the Readability test corpus', () => {
  it.each((pages ?? []).map((page) => [page.name, page] as const))('%s: no throw, well-formed, document untouched', (_name, page) => {
    const result = checkCorpusPage(page)
    expect(result.problems).toEqual([])
  })

  it('judges most of the corpus articles, as Readability does', () => {
    // Readability's test pages are nearly all articles; a core that calls them "not an article"
    // en masse has broken its generic article signal.
    const results = (pages ?? []).slice(0, 40).map(checkCorpusPage)
    const articles = results.filter((r) => r.article).length
    expect(articles / results.length).toBeGreaterThan(0.8)
  })
})
