// Robustness run of the core over every page of ../shared/corpus/readability-test-pages/:
// analyze() must not throw and must return a well-formed Analysis, both as a page of an unknown
// site and as if it were an IT BOLTWISE page (the site's rules meeting a layout they never saw).
// Prints which pages it judged articles (next to Readability's own readerable verdict) and counts.
// Then the reader text against each page's expected.html (test/security/closeness.ts says where
// those come from): word-level precision and recall, Klartext vs Readability alone, medians, the
// pages where the two differ, and where Klartext's article verdict and isProbablyReaderable disagree.
// Usage: npm run corpus   (node scripts/run-ts.mjs scripts/corpus.ts [--quiet])
import { checkCorpusPage, corpusDir, findRepo, listCorpusPages, type CorpusPage, type PageResult } from '../test/security/corpus'
import { comparePage, expectedDir, expectedHtmlPath, median, type PageComparison } from '../test/security/closeness'

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
  printCloseness(pages, quiet)
  return results.some((r) => r.problems.length) ? 1 : 0
}

function printCloseness(pages: CorpusPage[], quiet: boolean): void {
  const withExpected = pages.flatMap((page) => {
    const expected = expectedHtmlPath(page)
    return expected ? [{ page, expected }] : []
  })
  console.log('')
  if (withExpected.length === 0) {
    console.log(`closeness: no expected.html beside the pages nor in ${expectedDir()}; skipped.`)
    return
  }
  const rows = withExpected.map(({ page, expected }) => comparePage(page, expected))
  const f = (x: number) => x.toFixed(3)
  const differs = (r: PageComparison) => r.removed.length > 0 || r.klartext.precision !== r.readability.precision || r.klartext.recall !== r.readability.recall
  console.log(`closeness to expected.html (${rows.length} pages; Readability's own output, so Readability alone is the reference by construction)`)
  console.log('page'.padEnd(44), 'K prec', 'K rec ', 'R prec', 'R rec ', 'K sent', 'R sent', ' removed by the generic rules')
  for (const r of rows) {
    if (quiet && !differs(r)) continue
    const mark = differs(r) ? '*' : ' '
    console.log(
      `${mark}${r.name}`.padEnd(44),
      f(r.klartext.precision), f(r.klartext.recall), f(r.readability.precision), f(r.readability.recall),
      f(r.klartextSentences), f(r.readabilitySentences), ` ${r.removed.join(' ').slice(0, 90)}`,
    )
  }
  const articles = rows.filter((r) => r.article)
  const medians = (of: PageComparison[], label: string) =>
    console.log(
      `medians over ${label} (${of.length}): Klartext precision ${f(median(of.map((r) => r.klartext.precision)))} recall ${f(median(of.map((r) => r.klartext.recall)))}` +
        ` sentences ${f(median(of.map((r) => r.klartextSentences)))}; Readability precision ${f(median(of.map((r) => r.readability.precision)))}` +
        ` recall ${f(median(of.map((r) => r.readability.recall)))} sentences ${f(median(of.map((r) => r.readabilitySentences)))}`,
    )
  console.log('')
  medians(rows, 'all pages')
  medians(articles, 'pages judged articles')
  console.log(`pages where they differ (*): ${rows.filter(differs).length}; where Klartext keeps fewer article sentences: ${rows.filter((r) => r.article && r.klartextSentences < r.readabilitySentences).map((r) => r.name).join(', ') || '(none)'}`)
  const disagree = rows.filter((r) => r.article !== r.readerable)
  console.log(`detection: Klartext's isArticle agrees with isProbablyReaderable on ${rows.length - disagree.length} of ${rows.length} pages`)
  for (const r of disagree) console.log(`  ${r.name}: Klartext ${r.article ? 'article' : 'not an article'}, isProbablyReaderable ${r.readerable}`)
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
