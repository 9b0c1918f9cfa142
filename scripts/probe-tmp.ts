import { listCorpusPages } from '/work/wt/anypage/test/security/corpus'
import { comparePage, expectedHtmlPath } from '/work/wt/anypage/test/security/closeness'
const only = process.argv.slice(2)
for (const p of listCorpusPages('/work/wt/anypage')!.filter(p => only.includes(p.name))) { const r = comparePage(p, expectedHtmlPath(p)!); console.log(r.name, r.klartextSentences.toFixed(3), r.readabilitySentences.toFixed(3)) }
