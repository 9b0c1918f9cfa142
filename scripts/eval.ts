// npm run eval: people and summary quality on the labelled set (test/nlp/corpus.txt), side by side with
// baselines, and the sentence splitter on the labelled boundaries (test/nlp/boundaries.json).
//   people:  scripts/eval/people.ts (team set, and public NER sets when in .cache/ner); exits 1 below a floor
//   summary: ROUGE-1 / ROUGE-2 F against the 3 gold sentences for Klartext and LEAD-3
//            then on real pages (scripts/eval/summary.ts): ROUGE against editor teasers, and the checker for never-classes
// Figures are reported for the development part, the held-out part and both.
// Options: --people runs the people part alone; --verbose lists every miss; --split dev|heldout restricts the per-text listing;
// --real also lists the people found on the Readability test pages (real web text, no gold: for reading
// false positives by eye).
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import { detectLanguage } from '../src/core/text/language'
import { findPeople } from '../src/core/people'
import { summarize } from '../src/core/summary'
import { splitSentences } from '../src/core/text/sentences'
import { loadBoundaries, loadCorpus, type LabelledText } from '../test/nlp/corpus'
import { prf, reportPeople, type Counts } from './eval/people'
import { rougeF } from './eval/rouge'
import { reportSummaryPages } from './eval/summary'

const verbose = process.argv.includes('--verbose')
/** --people: the people part alone (the summary part takes minutes). */
const peopleOnly = process.argv.includes('--people')
const splitArg = process.argv.indexOf('--split')
/** Which part's misses to list (while tuning on dev, leave the held-out misses unread). */
const listSplit = splitArg > 0 ? process.argv[splitArg + 1] : undefined

interface RougeRun { r1: number; r2: number; exact: number; gold: number }

function runSummary(texts: readonly LabelledText[], system: 'klartext' | 'lead3'): RougeRun {
  const run: RougeRun = { r1: 0, r2: 0, exact: 0, gold: 0 }
  for (const t of texts) {
    const picked = system === 'klartext'
      ? summarize(t.paragraphs, { title: t.title, lang: t.lang, count: 3 })
      : t.paragraphs.flatMap((p) => splitSentences(p, t.lang)).slice(0, 3)
    const reference = t.summary.join(' ')
    run.r1 += rougeF(picked.join(' '), reference, 1) / texts.length
    run.r2 += rougeF(picked.join(' '), reference, 2) / texts.length
    run.gold += t.summary.length
    run.exact += picked.filter((s) => t.summary.includes(s)).length
  }
  return run
}

// ---- sentence boundaries ----

function boundaryOffsets(text: string, sentences: readonly string[]): Set<number> {
  const ends = new Set<number>()
  let from = 0
  for (const s of sentences.slice(0, -1)) {
    const at = text.indexOf(s, from)
    if (at < 0) continue
    from = at + s.length
    ends.add(from)
  }
  return ends
}

function runBoundaries(): { cases: number; right: number; counts: Counts; failures: string[] } {
  const failures: string[] = []
  const counts: Counts = { tp: 0, fp: 0, fn: 0 }
  let right = 0
  const cases = loadBoundaries()
  for (const c of cases) {
    const got = splitSentences(c.text, c.lang)
    const want = boundaryOffsets(c.text, c.sentences)
    const have = boundaryOffsets(c.text, got)
    for (const b of have) if (want.has(b)) counts.tp++; else counts.fp++
    for (const b of want) if (!have.has(b)) counts.fn++
    if (JSON.stringify(got) === JSON.stringify(c.sentences)) right++
    else failures.push(`${JSON.stringify(c.sentences)}\n      got ${JSON.stringify(got)}`)
  }
  return { cases: cases.length, right, counts, failures }
}

// ---- speed ----

/** Median time of summary and of people on an article of about 1000 words (German texts of the set
 * joined), after warm-up. CPU time of this process, so other work on a shared machine counts less. */
function timeOn1000Words(texts: readonly LabelledText[]): { words: number; summary: number; people: number } {
  const paragraphs: string[] = []
  let words = 0
  for (const t of texts) {
    if (t.lang !== 'de') continue
    for (const p of t.paragraphs) { paragraphs.push(p); words += p.split(/\s+/).length }
    if (words >= 1000) break
  }
  const title = texts[0]?.title ?? null
  const median = (f: () => void): number => {
    for (let i = 0; i < 30; i++) f()
    const runs: number[] = []
    for (let i = 0; i < 15; i++) {
      const start = process.cpuUsage()
      for (let j = 0; j < 10; j++) f()
      const used = process.cpuUsage(start)
      runs.push((used.user + used.system) / 1000 / 10)
    }
    runs.sort((a, b) => a - b)
    return runs[Math.floor(runs.length / 2)] ?? 0
  }
  return {
    words,
    summary: median(() => summarize(paragraphs, { title, lang: 'de', count: 3 })),
    people: median(() => findPeople(paragraphs, { lang: 'de' })),
  }
}

// ---- report ----

const pct = (x: number) => x.toFixed(3)

async function report(): Promise<string[]> {
  const all = loadCorpus()
  const heldOutBatches = [...new Set(all.map((t) => t.split).filter((s) => s !== 'dev'))]
  const heldOut = all.filter((t) => t.split !== 'dev')
  const parts: [string, LabelledText[]][] = [
    ['dev', all.filter((t) => t.split === 'dev')],
    ...heldOutBatches.map((b): [string, LabelledText[]] => [b, all.filter((t) => t.split === b)]),
    ...(heldOutBatches.length > 1 ? [['held-out', heldOut] as [string, LabelledText[]]] : []),
    ['all', all],
  ]
  console.log(`Labelled set: ${all.length} texts (${parts[0]![1].length} dev, ${heldOut.length} held-out in ${heldOutBatches.join(', ')}), ${all.reduce((n, t) => n + t.people.length, 0)} gold people\n`)
  const { failures } = await reportPeople(parts, listSplit, verbose)
  if (peopleOnly) return failures
  console.log('\nSUMMARY (3 sentences)       ROUGE-1 F  ROUGE-2 F  gold sentences picked')
  for (const [name, texts] of parts) {
    const k = runSummary(texts, 'klartext')
    const l = runSummary(texts, 'lead3')
    console.log(`  ${name.padEnd(10)}Klartext        ${pct(k.r1)}      ${pct(k.r2)}      ${k.exact}/${k.gold}`)
    console.log(`  ${''.padEnd(10)}LEAD-3          ${pct(l.r1)}      ${pct(l.r2)}      ${l.exact}/${l.gold}`)
  }
  const b = runBoundaries()
  const bf = prf(b.counts)
  console.log(`\nSENTENCE SPLITTER  cases right ${b.cases === b.right ? 'all ' : ''}${b.right}/${b.cases}; boundaries precision ${pct(bf.p)} recall ${pct(bf.r)}`)
  for (const f of b.failures) console.log(`  want ${f}`)
  const speed = timeOn1000Words(all)
  console.log(`\nSPEED  on ${speed.words} words (median CPU time): summary ${speed.summary.toFixed(2)} ms + people ${speed.people.toFixed(2)} ms = ${(speed.summary + speed.people).toFixed(2)} ms`)
  return failures
}

/** People on real pages: Readability's text blocks of each test page, Klartext's people beside them. */
function listRealPages(): void {
  const dir = path.resolve('../shared/corpus/readability-test-pages')
  if (!existsSync(dir)) { console.log(`\n(no ${dir})`); return }
  console.log('\nPEOPLE ON REAL PAGES (no gold; read for false positives)')
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'source.html')
    if (!existsSync(file)) continue
    const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://example.com/', virtualConsole: new VirtualConsole() })
    const content = new Readability(dom.window.document).parse()?.content
    if (!content) continue
    const blocks = new JSDOM(content).window.document.querySelectorAll('p, li, h2, h3, blockquote')
    const paragraphs = [...blocks].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
    const lang = detectLanguage(paragraphs.join(' '))
    const people = findPeople(paragraphs, { lang })
    if (people.length) console.log(`  ${name} [${lang ?? '?'}]: ${people.map((p) => `${p.name}${p.role ? ` (${p.role})` : ''} ×${p.mentions}`).join('; ')}`)
  }
}

const failures = await report()
if (!peopleOnly) reportSummaryPages()
if (process.argv.includes('--real')) listRealPages()
if (failures.length) {
  console.error(`\nBelow the floor:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
