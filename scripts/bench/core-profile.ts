// Where analyze()'s time goes, by function: analyze(doc, url, { inPlace: true }) on fresh copies of the
// bench's pages under V8's sampling profiler (node:inspector), the samples summed per function (self
// and inclusive) and per source (Readability, jsdom, the selector engine, Klartext's own files).
//
// Usage: node scripts/run-ts.mjs scripts/bench/core-profile.ts [--runs N] [--no-corpus] [--readability] [--root FUNCTION] [--depth N]
// (--root: the call tree below these functions, comma-separated, instead of analyzeWithContent, --depth levels deep.)
// (--readability profiles Readability's parse() alone on the same copies, for comparison.)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Session } from 'node:inspector/promises'
import { JSDOM, VirtualConsole } from 'jsdom'
import { Readability } from '@mozilla/readability'
import { analyze } from '../../src/shared/analysis'
import { corpusDir, findRepo, listCorpusPages } from '../../test/security/corpus'
import { round } from './stats'

const repo = findRepo(import.meta.url)
const args = process.argv.slice(2)
const RUNS = Number(args[args.indexOf('--runs') + 1]) > 0 ? Number(args[args.indexOf('--runs') + 1]) : 3
const READABILITY_ONLY = args.includes('--readability')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

function pages(): { file: string; url: string }[] {
  const dir = path.join(repo, 'test/fixtures/it-boltwise')
  const fixtures = existsSync(dir) ? readdirSync(dir).map((n) => path.join(dir, n, 'source.html')).filter(existsSync) : []
  const out = fixtures.map((file) => ({ file, url: 'https://www.it-boltwise.de/fixture.html' }))
  if (args.includes('--no-corpus')) return out
  const corpus = listCorpusPages(repo)
  if (!corpus) console.log(`corpus ${corpusDir(repo)} absent: fixtures only`)
  return [...out, ...(corpus ?? []).map((p) => ({ file: p.sourcePath, url: 'http://fakehost/test/page.html' }))]
}

/** Which library or file a frame belongs to. */
function sourceOf(url: string): string {
  if (!url) return '(native)'
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (m) return m[1] as string
  return url.includes('.run-') ? 'klartext (bundled script)' : path.basename(url)
}

async function main(): Promise<void> {
  const docs = pages().map(({ file, url }) => ({ url, dom: new JSDOM(readFileSync(file), { url, contentType: 'text/html', virtualConsole: new VirtualConsole() }) }))
  // Warm up (JIT, lazy caches) before sampling.
  for (const { dom, url } of docs) runOnce(dom.window.document, url)
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.setSamplingInterval', { interval: 200 })
  await session.post('Profiler.start')
  const started = performance.now()
  let timed = 0
  for (let r = 0; r < RUNS; r++) {
    for (const { dom, url } of docs) {
      const copy = dom.window.document.cloneNode(true) as Document
      const t = performance.now()
      runOnce(copy, url, true)
      timed += performance.now() - t
    }
  }
  const { profile } = await session.post('Profiler.stop')
  console.log(`${READABILITY_ONLY ? 'Readability' : 'analyze(inPlace)'}: ${docs.length} pages x ${RUNS}: ${round(timed)} ms timed (${round(performance.now() - started)} ms with copies)`)
  summarize(profile as unknown as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] })
}

function runOnce(doc: Document, url: string, copied = false): void {
  const work = copied ? doc : (doc.cloneNode(true) as Document)
  try {
    if (READABILITY_ONLY) new Readability(work, { serializer: (node: Node) => node }).parse()
    else analyze(work, url, { inPlace: true })
  } catch {
    // the bench reports failures; the profile is about time
  }
}

function summarize(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  const bySource = new Map<string, number>()
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const leaf = byId.get(id)
    if (!leaf || ms <= 0 || leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') return
    add(self, frameName(leaf), ms)
    add(bySource, sourceOf(leaf.callFrame.url), ms)
    const seen = new Set<string>()
    for (let node: ProfileNode | undefined = leaf; node; node = byId.get(parent.get(node.id) ?? -1)) {
      const name = frameName(node)
      if (!seen.has(name)) add(inclusive, name, ms)
      seen.add(name)
    }
  })
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${round(v).toFixed(1).padStart(9)}  ${k}`).join('\n')
  console.log(`\nself time by source (ms):\n${top(bySource, 12)}`)
  console.log(`\ninclusive (ms):\n${top(inclusive, 60)}`)
  console.log(`\nself (ms):\n${top(self, 40)}`)
  const roots = args.includes('--root') ? (args[args.indexOf('--root') + 1] ?? '').split(',') : ['analyzeWithContent']
  const depth = Number(args[args.indexOf('--depth') + 1]) > 0 ? Number(args[args.indexOf('--depth') + 1]) : 3
  for (const root of roots) {
    console.log(`\n${root}'s callees (inclusive ms, ${depth} levels):`)
    printCallees(profile, byId, parent, root, depth)
  }
}

/** The call tree below every frame named `root`, merged by name, `depth` levels deep. */
function printCallees(profile: { samples: number[]; timeDeltas: number[] }, byId: Map<number, ProfileNode>, parent: Map<number, number>, root: string, depth: number): void {
  const tree = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const stack: string[] = []
    for (let node = byId.get(id); node; node = byId.get(parent.get(node.id) ?? -1)) stack.unshift(node.callFrame.functionName || '(anonymous)')
    const at = stack.indexOf(root)
    if (at < 0) return
    for (let d = 1; d <= depth; d++) {
      const key = stack.slice(at + 1, at + 1 + d).join(' > ') || '(self)'
      tree.set(key, (tree.get(key) ?? 0) + ms)
      if (at + d >= stack.length) break
    }
  })
  const keys = [...tree.keys()].sort()
  for (const key of keys) {
    const ms = tree.get(key) ?? 0
    if (ms < 1) continue
    const level = key.split(' > ').length - 1
    console.log(`  ${round(ms).toFixed(1).padStart(9)}  ${'  '.repeat(level)}${key.split(' > ').pop()}`)
  }
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  return `${functionName || '(anonymous)'} ${sourceOf(url)}:${lineNumber + 1}`
}

await main()
