// Robustness run of the core over every page of ../shared/corpus/readability-test-pages/:
// analyze() must not throw and must return a well-formed Analysis, both as a page of an unknown
// site and as if it were an IT BOLTWISE page (the site's rules meeting a layout they never saw).
// Prints which pages it judged articles (next to Readability's own readerable verdict) and counts.
// Usage: npm run corpus   (node scripts/run-ts.mjs scripts/corpus.ts [--quiet])
import { checkCorpusPage, corpusDir, findRepo, listCorpusPages, type PageResult } from '../test/security/corpus'

const repo = findRepo(import.meta.url)

function main(): number {
  const pages = listCorpusPages(repo)
  if (!pages) {
    console.log(`corpus: ${corpusDir(repo)} is absent; skipped.`)
    return 0
  }
  const quiet = process.argv.includes('--quiet')
  const results: PageResult[] = []
  if (!quiet) console.log('page'.padEnd(44), 'result'.padEnd(6), 'article', 'readerable', 'as-site', 'paras', '    ms')
  for (const page of pages) {
    const result = checkCorpusPage(page)
    results.push(result)
    if (!quiet || result.problems.length) printRow(result)
  }
  printSummary(results)
  return results.some((r) => r.problems.length) ? 1 : 0
}

function printRow(r: PageResult): void {
  const yn = (v: boolean | null) => (v === null ? '-' : v ? 'yes' : 'no')
  console.log(
    r.page.name.padEnd(44),
    (r.problems.length ? 'FAIL' : 'ok').padEnd(6),
    yn(r.article).padEnd(7),
    yn(r.page.readerable).padEnd(10),
    yn(r.siteArticle).padEnd(7),
    String(r.paragraphs).padStart(5),
    r.ms.toFixed(0).padStart(6),
  )
  for (const problem of r.problems) console.log(`    ${problem}`)
}

function printSummary(results: PageResult[]): void {
  const passed = results.filter((r) => !r.problems.length).length
  const articles = results.filter((r) => r.article)
  const known = results.filter((r) => r.page.readerable !== null)
  const agree = known.filter((r) => r.article === r.page.readerable).length
  console.log('')
  console.log(`corpus: ${results.length} pages, ${passed} passed, ${results.length - passed} failed`)
  console.log(`judged articles: ${articles.length} of ${results.length}; as IT BOLTWISE pages: ${results.filter((r) => r.siteArticle).length}`)
  console.log(`agreement with Readability's readerable verdict: ${agree} of ${known.length}`)
  console.log(`not articles: ${results.filter((r) => !r.article).map((r) => r.page.name).join(', ') || '(none)'}`)
}

process.exitCode = main()
