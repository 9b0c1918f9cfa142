// npm run bench:tagger: what the person tagger costs per article, on the article fixtures' paragraphs
// (test/fixtures/*/*/expected.json): the first use (decoding the model), then the median CPU time per
// article of the rules alone, of the tagger alone and of the whole people finder. CPU time of this
// process, since wall time on a shared machine also measures the neighbours.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { findPeople, ruleMentions } from '../../src/core/people'
import { tagPersonNames } from '../../src/core/text/person-tagger'
import { median } from './stats'

interface Article { name: string; paragraphs: string[]; lang: string | null }

function articles(): Article[] {
  const root = path.resolve('test/fixtures')
  const out: Article[] = []
  for (const group of readdirSync(root)) {
    const dir = path.join(root, group)
    if (!existsSync(dir) || !readdirSync(root, { withFileTypes: true }).find((d) => d.name === group)?.isDirectory()) continue
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name, 'expected.json')
      if (!existsSync(file)) continue
      const expected = JSON.parse(readFileSync(file, 'utf8')) as { isArticle?: boolean; paragraphs?: string[]; lang?: string | null }
      if (expected.isArticle && expected.paragraphs?.length) out.push({ name: `${group}/${name}`, paragraphs: expected.paragraphs, lang: expected.lang ?? null })
    }
  }
  return out
}

const cpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }

/** Median CPU time of one call, over rounds of ten calls after a warm-up. */
function time(f: () => void): number {
  for (let i = 0; i < 20; i++) f()
  const runs: number[] = []
  for (let i = 0; i < 15; i++) {
    const start = cpuMs()
    for (let j = 0; j < 10; j++) f()
    runs.push((cpuMs() - start) / 10)
  }
  return median(runs)
}

const list = articles()
const first = list[0]!
const start = cpuMs()
const rules = ruleMentions(first.paragraphs, { lang: first.lang })
tagPersonNames(rules.tokens, rules.mentions, false)
console.log(`first use (decodes the model, then tags ${first.name}): ${(cpuMs() - start).toFixed(1)} ms CPU`)
const model = readFileSync('src/core/text/person-tagger-model.ts')
console.log(`model src/core/text/person-tagger-model.ts: ${(model.length / 1024).toFixed(1)} KiB raw, ${(gzipSync(model).length / 1024).toFixed(1)} KiB gzipped\n`)
console.log('article                                  words   rules ms  tagger ms  people ms')
const totals = { rules: [] as number[], tagger: [] as number[], people: [] as number[] }
for (const a of list) {
  const words = a.paragraphs.join(' ').split(/\s+/).length
  const found = ruleMentions(a.paragraphs, { lang: a.lang })
  const r = time(() => ruleMentions(a.paragraphs, { lang: a.lang }))
  const t = time(() => tagPersonNames(found.tokens, found.mentions, found.english))
  const p = time(() => findPeople(a.paragraphs, { lang: a.lang }))
  totals.rules.push(r); totals.tagger.push(t); totals.people.push(p)
  console.log(`${a.name.padEnd(40)} ${String(words).padStart(5)}   ${r.toFixed(2).padStart(8)}  ${t.toFixed(2).padStart(9)}  ${p.toFixed(2).padStart(9)}`)
}
console.log(`${'median'.padEnd(40)}         ${median(totals.rules).toFixed(2).padStart(8)}  ${median(totals.tagger).toFixed(2).padStart(9)}  ${median(totals.people).toFixed(2).padStart(9)}`)
