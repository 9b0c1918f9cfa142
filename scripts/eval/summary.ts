// Summary eval on real pages nobody here wrote: ROUGE against the pages' own teasers, and a checker
// for what a summary must never quote.
//   Pages: ../shared/corpus/readability-test-pages (130 pages), and the public benchmark pages that
//   `npm run data:summary-pages` copies into .cache/summary-eval/ (scrapinghub's article-extraction
//   benchmark, English news; trafilatura's test pages, the German ones). Each set is skipped with a
//   message when absent.
//   ROUGE (reference = the page's editor teaser, where it is one: whole sentences, about the article,
//   not a copy of its lead): Klartext's sentence pick (teaser withheld), LEAD-3, TextRank.
//   Coverage (reference = the article's text): Klartext's whole summary (teaser + sentences), the teaser
//   alone, LEAD-3, TextRank.
//   Checker: every summary line of every page against the "never" classes (captions and credits,
//   forms, promotion, "read more" lines, reporting credits, fragments without a verb) and against
//   dangling starts (an anaphor whose sentence before is not the line before). Flagged lines printed.
// Usage: npm run eval:summary [-- --list] [--rouge-pages] [--only readability|scrapinghub|trafilatura]
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'
import nlp from 'compromise'
import { JSDOM, VirtualConsole } from 'jsdom'
import { extract, readMetadata, type Extraction } from '../../src/core/extract'
import { articleSentences, isTextBlock, type ArticleSentence } from '../../src/core/running-text'
import { summarizeArticle, summarizeExtraction } from '../../src/core/summary'
import { chooseTeaser } from '../../src/core/teaser'
import { hasFiniteVerb, opensWithAnaphor } from '../../src/core/text/clauses'
import { detectLanguage } from '../../src/core/text/language'
import { corpusDir, findRepo } from '../../test/security/corpus'
import { cacheDir } from './summary-data'
import { rougeScores, textRank, type Rouge } from './rouge'

interface PageSource { set: string; name: string; url: string; html: () => Buffer }

interface PageResult {
  set: string
  name: string
  lang: string | null
  /** The language fragments and anaphors are judged in: null when the text is not in the language the page declares. */
  judged: string | null
  title: string | null
  summary: string[]
  teaserLines: number
  flags: string[]
  articleLines: number
  dangling: number
  rouge: Record<'klartext' | 'lead3' | 'textrank', Rouge> | null
  coverage: Record<'klartext' | 'teaser' | 'lead3' | 'textrank', Rouge> | null
}

function readabilityPages(repo: string): PageSource[] | string {
  const dir = corpusDir(repo)
  if (!existsSync(dir)) return `${dir} is absent`
  return readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'source.html'))).sort()
    .map((name) => ({ set: 'readability', name, url: 'http://fakehost/test/page.html', html: () => readFileSync(path.join(dir, name, 'source.html')) }))
}

function scrapinghubPages(repo: string): PageSource[] | string {
  const dir = path.join(cacheDir(repo), 'scrapinghub')
  if (!existsSync(path.join(dir, 'ground-truth.json'))) return `${dir} is absent (npm run data:summary-pages)`
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>
  return Object.entries(truth).sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { url }]) => ({ set: 'scrapinghub', name: new URL(url).hostname.replace(/^www\./, '') + ':' + id.slice(0, 8), url, html: () => gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`))) }))
}

/** Pages above this size are left out: jsdom takes minutes on them, and they are listings, not articles. */
const MAX_PAGE_BYTES = 800_000
/** trafilatura's pages from German-language domains: this many, spread evenly over the sorted list. */
const TRAFILATURA_PAGES = 160

/** trafilatura's test pages from German-language domains (pages in other languages are left out by language later). */
function trafilaturaPages(repo: string): PageSource[] | string {
  const dir = path.join(cacheDir(repo), 'trafilatura', 'tests')
  if (!existsSync(dir)) return `${dir} is absent (npm run data:summary-pages)`
  const files = ['eval', 'cache'].flatMap((sub) => readdirSync(path.join(dir, sub)).map((f) => path.join(sub, f)))
    .filter((f) => /\.(de|at|ch)[-.][^/]*\.html$/.test(f) && statSync(path.join(dir, f)).size <= MAX_PAGE_BYTES).sort()
  const step = Math.max(1, files.length / TRAFILATURA_PAGES)
  const chosen = Array.from({ length: Math.min(files.length, TRAFILATURA_PAGES) }, (_, i) => files[Math.floor(i * step)] ?? '')
  return chosen.map((f) => ({ set: 'trafilatura', name: f, url: `https://${path.basename(f).match(/^(.*?\.(?:de|at|ch))[-.]/)?.[1] ?? 'example.de'}/`, html: () => readFileSync(path.join(dir, f)) }))
}

type Extracted = Omit<Extraction, 'content'>

/** UTF-8 when the bytes are valid UTF-8 (most saved pages, many without a <meta charset>), else the
 * bytes as they are, for jsdom to sniff. */
function decode(bytes: Buffer): string | Buffer {
  try { return new TextDecoder('utf-8', { fatal: true }).decode(bytes) } catch { return bytes }
}

function extractPage(source: PageSource): Extracted | null {
  let dom: JSDOM | null = null
  try {
    // jsdom's CSS parser throws on some pages' stylesheets: such a page is left out, not the run.
    dom = new JSDOM(decode(source.html()), { url: source.url, contentType: 'text/html', virtualConsole: new VirtualConsole() })
    const doc = dom.window.document
    const { content: _content, ...extraction } = extract(doc, readMetadata(doc))
    return extraction
  } catch {
    return null
  } finally {
    dom?.window.close()
  }
}

/**
 * Extraction is the slow part (jsdom, Readability) and depends only on the page and extract.ts: its
 * results are kept in .cache per set, keyed by extract.ts's text, so tuning the summary reruns in seconds.
 */
function extractAll(repo: string, set: string, pages: readonly PageSource[]): Map<string, Extracted | null> {
  const key = createHash('sha1').update(readFileSync(path.join(repo, 'src/core/extract.ts'))).digest('hex').slice(0, 12)
  const file = path.join(cacheDir(repo), 'extractions', `${set}-${key}.json`)
  if (existsSync(file)) return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Extracted | null>))
  const extracted = new Map<string, Extracted | null>()
  for (const page of pages) {
    extracted.set(page.name, extractPage(page))
    if (extracted.size % 20 === 0) process.stderr.write(`  ${set}: extracted ${extracted.size} of ${pages.length}\r`)
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify(Object.fromEntries(extracted)))
  return extracted
}

function runPage(source: PageSource, extraction: Extracted | null): PageResult | null {
  if (!extraction || extraction.paragraphs.length === 0) return null
  const lang = extraction.lang ?? detectLanguage(extraction.paragraphs.join(' '))
  if (source.set === 'trafilatura' && lang !== 'de') return null
  const options = { title: extraction.title, lang, count: 3 }
  const summary = summarizeExtraction(extraction, options)
  const sentences = articleSentences(extraction.blocks, lang)
  // Fragments and dangling starts are judged in German and English, where the page's text is in the language it declares.
  const judged = detectLanguage(extraction.paragraphs.join(' ')) === lang ? lang : null
  const result: PageResult = { set: source.set, name: source.name, lang, judged, title: extraction.title, summary: summary.lines, teaserLines: summary.teaserLines, flags: [], articleLines: 0, dangling: 0, rouge: null, coverage: null }
  check(result, sentences)
  measure(result, extraction, lang, options)
  return result
}

// ---- the checker: phrases here only judge the output; the product decides from structure ----

const NEVER: [string, RegExp][] = [
  ['caption/credit', /^(?:Bild|Bilder|Foto|Fotos|Photo|Photos|Image|Picture|Grafik|Illustration|Credit|Quelle|Source|Video)\s*:|\((?:Photo|Foto|Bild|Image|Picture)\s*:|©|\bGetty Images\b|\bShutterstock\b|\biStock\b|\bAP Photo\b|\/\s?dpa\b/i],
  ['form', /(?:bitte|please)\b.{0,40}\b(?:eingeben|angeben|enter|fill|provide)|Pflichtfeld|required field|(?:ungültige|invalid|valid) (?:E-?Mail|email)|(?:Ihre|your) (?:E-?Mail-Adresse|email address)|captcha/i],
  ['promotion', /\bsign up\b|\bsubscribe\b|\babonnier|\bAbo (?:abschließen|bestellen)|Newsletter (?:an|ein|abonnieren|bestellen)\b|\bGutschein|\bRabattcode|\bcoupon|promo code|im Handel erhältlich|(?:neuen|aktuellen) (?:Ausgabe|Heft)|(?:new|current|latest) (?:issue|edition)\b|\bshop now\b|\bbuy now\b|\bjetzt (?:bestellen|kaufen|testen)/i],
  ['read-more', /^(?:Lesen Sie (?:auch|mehr|hier)|Mehr (?:zum Thema|dazu)|Auch interessant|Weiterlesen|Siehe auch|Read more|Related|See also|More from|Also read|Read also|Recommended)\b/i],
  ['reporting credit', /\b(?:Reporting|Editing|Writing|Additional reporting|Compiled|Edited) by\b|^(?:Mit Material von|Mitarbeit|Redaktion|Text|Autor|Author)\s*:/i],
]

/** English by compromise's tagger (independent of the product's test); German by the product's verb
 * test; other languages not judged. */
function isVerbless(line: string, lang: string | null): boolean {
  if (lang === 'en') return !nlp(line).has('#Verb')
  return lang === 'de' && !hasFiniteVerb(line, lang)
}

function check(result: PageResult, sentences: readonly ArticleSentence[]): void {
  const orderOf = new Map(sentences.map((s) => [s.text, s.order]))
  result.summary.forEach((line, i) => {
    for (const [name, pattern] of NEVER) if (pattern.test(line)) result.flags.push(`${name}: ${line}`)
    if (i < result.teaserLines) return
    result.articleLines++
    if (isVerbless(line, result.judged)) result.flags.push(`fragment: ${line}`)
    const order = orderOf.get(line)
    if (order === undefined || order === 0 || (result.judged !== 'de' && result.judged !== 'en') || !opensWithAnaphor(line, result.judged)) return
    if (orderOf.get(result.summary[i - 1] ?? '') !== order - 1) {
      result.dangling++
      result.flags.push(`dangling: ${line}`)
    }
  })
}

// ---- ROUGE against the teaser, coverage of the article ----

function measure(result: PageResult, extraction: Extracted, lang: string | null, options: { title: string | null; lang: string | null; count: number }): void {
  const teaser = chooseTeaser(extraction.teasers, extraction.blocks, lang)
  const blocks = teaser?.block ? extraction.blocks.filter((b) => b !== teaser.block) : extraction.blocks
  const sentences = articleSentences(blocks, lang).map((s) => s.text)
  if (sentences.length < 4) return
  const lead3 = sentences.slice(0, 3).join(' ')
  const ranked = textRank(sentences, lang, 3).join(' ')
  const body = blocks.filter(isTextBlock).map((b) => b.text).join(' ')
  result.coverage = {
    klartext: rougeScores(result.summary.join(' '), body),
    teaser: rougeScores(teaser?.text ?? '', body),
    lead3: rougeScores(lead3, body),
    textrank: rougeScores(ranked, body),
  }
  if (!teaser) return
  const picked = summarizeArticle({ blocks, teasers: [] }, options).lines.join(' ')
  result.rouge = { klartext: rougeScores(picked, teaser.text), lead3: rougeScores(lead3, teaser.text), textrank: rougeScores(ranked, teaser.text) }
}

// ---- report ----

const f3 = (x: number) => x.toFixed(3)

function meanRouge(rows: readonly Rouge[]): Rouge {
  const n = Math.max(1, rows.length)
  return { r1: rows.reduce((s, r) => s + r.r1, 0) / n, r2: rows.reduce((s, r) => s + r.r2, 0) / n, rl: rows.reduce((s, r) => s + r.rl, 0) / n }
}

function printTable<K extends string>(title: string, rows: readonly Record<K, Rouge>[], systems: readonly K[]): void {
  console.log(`  ${title} (${rows.length} pages)          ROUGE-1 F  ROUGE-2 F  ROUGE-L F`)
  for (const system of systems) {
    const m = meanRouge(rows.map((r) => r[system]))
    console.log(`    ${system.padEnd(30)}${f3(m.r1)}      ${f3(m.r2)}      ${f3(m.rl)}`)
  }
}

function printSet(name: string, results: readonly PageResult[]): void {
  const lines = results.reduce((n, r) => n + r.articleLines, 0)
  const dangling = results.reduce((n, r) => n + r.dangling, 0)
  const never = results.reduce((n, r) => n + r.flags.filter((f) => !f.startsWith('dangling')).length, 0)
  const byLang = (l: string) => results.filter((r) => (r.lang === l) || (l === 'other' && r.lang !== 'de' && r.lang !== 'en')).length
  const empty = results.filter((r) => r.summary.length === 0).map((r) => r.name)
  console.log(`\n${name}: ${results.length} pages summarised (de ${byLang('de')}, en ${byLang('en')}, other ${byLang('other')}), ${results.filter((r) => r.teaserLines).length} with a teaser line, ${empty.length} without summary${empty.length ? ` (${empty.join(', ')})` : ''}`)
  console.log(`  checker: ${never} lines in the "never" classes; dangling starts ${dangling} of ${lines} article lines (${(100 * dangling / Math.max(1, lines)).toFixed(2)} %)`)
  printTable('vs the editor teaser', results.flatMap((r) => (r.rouge ? [r.rouge] : [])), ['klartext', 'lead3', 'textrank'] as const)
  printTable('coverage of the article', results.flatMap((r) => (r.coverage ? [r.coverage] : [])), ['klartext', 'teaser', 'lead3', 'textrank'] as const)
}

export function reportSummaryPages(args: readonly string[] = process.argv.slice(2)): void {
  const repo = findRepo(import.meta.url)
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined
  const sets: [string, PageSource[] | string][] = [
    ['readability', readabilityPages(repo)], ['scrapinghub', scrapinghubPages(repo)], ['trafilatura', trafilaturaPages(repo)],
  ]
  console.log('\nSUMMARY ON REAL PAGES (reference: the pages\' editor teasers)')
  const all: PageResult[] = []
  for (const [name, pages] of sets) {
    if (only && only !== name) continue
    if (typeof pages === 'string') { console.log(`\n${name}: skipped, ${pages}`); continue }
    const extracted = extractAll(repo, name, pages)
    const results = pages.flatMap((p) => runPage(p, extracted.get(p.name) ?? null) ?? [])
    all.push(...results)
    printSet(name, results)
  }
  if (all.length > 0 && !only) printSet('all sets', all)
  const flagged = all.filter((r) => r.flags.length)
  console.log(`\nFlagged lines (${flagged.reduce((n, r) => n + r.flags.length, 0)}):`)
  for (const r of flagged) for (const f of r.flags) console.log(`  ${r.set}/${r.name}: ${f}`)
  if (args.includes('--rouge-pages')) {
    console.log('\nROUGE-1 F per page against its teaser: Klartext, LEAD-3')
    for (const r of all) if (r.rouge) console.log(`  ${f3(r.rouge.klartext.r1)} ${f3(r.rouge.lead3.r1)}  ${r.set}/${r.name}`)
  }
  if (args.includes('--list')) {
    for (const r of all) console.log(`\n${r.set}/${r.name} [${r.lang}] ${r.title ?? ''}\n${r.summary.map((l, i) => `  ${i < r.teaserLines ? 'T' : '-'} ${l}`).join('\n')}`)
  }
}

if (process.argv[1]?.endsWith(path.join('eval', 'summary.ts'))) reportSummaryPages()
