// npm run data:tagger: trains the person tagger (a structured averaged perceptron over hashed features,
// Viterbi decoding; src/core/text/person-tagger-features.ts) on GermEval 2014 NER from .cache/ner
// (npm run data:eval-sets) and writes the compact model to src/core/text/person-tagger-model.ts.
//   Training data: germeval-train.tsv when present, else germeval-dev.tsv (the public mirrors hold the
//   24,000-sentence train split only as a file too large for the snapshot). Test is never read here.
//   Plus German Europarl NER when in .cache/ner (see EXTRA_SETS; --extra none leaves it out).
//   --folds N  cross-validation on the training data instead of writing the model: the tagger's own
//              span P/R/F1 per setting, to choose epochs and pruning (the combination with the rules is
//              chosen on `npm run eval`'s dev figures).
//   --epochs N (default 8)  --prune X (weights below X times the largest are dropped; default 0.01)
//   --lean-to-names X (default 0; 4, 8, 16 lowered the 5-fold F1: the missed names are not near the line)
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Token } from '../../src/core/text/name-tokens'
import { ruleMentions } from '../../src/core/people'
import { B, decode, feature, featuresOf, HASH_BITS, O, spansOf, TAGS, tagFeatures, tagsOf, type Tag } from '../../src/core/text/person-tagger-features'
import { readEuroparl, readGermEval, readLegal, type NerText } from '../eval/ner-sets'

const CACHE = path.resolve('.cache/ner')
const OUT = path.resolve('src/core/text/person-tagger-model.ts')

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}

interface Example { tokens: Token[]; gold: Tag[]; features: (number[] | null)[] }

/** Tokens as the person finder makes them, each tagged by the gold span it starts or continues. */
function toExample(text: NerText): Example {
  const { tokens, mentions, english } = ruleMentions(text.paragraphs, { lang: text.lang })
  const rules = tagsOf(mentions, tokens.length)
  const gold = tokens.map((t): Tag => {
    const span = text.gold.find((g) => g.paragraph === t.paragraph && t.start >= g.start && t.start < g.end)
    if (!span || t.text === '\n') return O
    return t.start === span.start ? B : 2
  })
  return { tokens, gold, features: featuresOf(tokens, rules, english) }
}

/** Averaged perceptron with lazy averaging: weights, their running sums and when each last changed. */
class Perceptron {
  readonly weights = new Float64Array((1 << HASH_BITS) * TAGS.length)
  private readonly totals = new Float64Array(this.weights.length)
  private readonly stamps = new Float64Array(this.weights.length)
  private time = 0

  score = (features: readonly number[], scores: Float64Array): void => {
    for (const h of features) for (let k = 0; k < TAGS.length; k++) scores[k]! += this.weights[h * TAGS.length + k]!
  }

  train(example: Example): void {
    const predicted = decode(example.tokens, this.score, example.features)
    let previousGold: Tag = O
    let previousPredicted: Tag = O
    for (let i = 0; i < example.tokens.length; i++) {
      this.time++
      const want = example.gold[i] as Tag
      const got = predicted[i] as Tag
      const token = example.tokens[i]!
      const own = example.features[i]
      if (want !== got && own) {
        for (const h of [...own, ...tagFeatures(token, previousGold)]) this.update(h, want, 1)
        for (const h of [...own, ...tagFeatures(token, previousPredicted)]) this.update(h, got, -1)
      }
      previousGold = want
      previousPredicted = got
    }
  }

  private update(h: number, tag: Tag, by: number): void {
    const k = h * TAGS.length + tag
    this.totals[k]! += (this.time - this.stamps[k]!) * this.weights[k]!
    this.stamps[k] = this.time
    this.weights[k]! += by
  }

  /** The averaged weights. */
  average(): Float64Array {
    const out = new Float64Array(this.weights.length)
    for (let k = 0; k < out.length; k++) {
      const total = this.totals[k]! + (this.time - this.stamps[k]!) * this.weights[k]!
      out[k] = this.time ? total / this.time : 0
    }
    return out
  }
}

/** Deterministic shuffle (a fixed seed: the same data gives the same model). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function trainModel(examples: readonly Example[], epochs: number): Float64Array {
  const model = new Perceptron()
  for (let e = 0; e < epochs; e++) for (const ex of shuffled(examples, e + 1)) model.train(ex)
  return model.average()
}

/** Weights below `prune` times the largest dropped, the rest as int8 of one scale (tags are chosen by
 * comparing sums, so the scale itself is not needed). */
function quantize(weights: Float64Array, prune: number): { table: Int8Array } {
  let max = 0
  for (const w of weights) max = Math.max(max, Math.abs(w))
  const scale = max / 127
  const table = new Int8Array(weights.length)
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!
    if (Math.abs(w) >= prune * max) table[k] = Math.round(w / scale)
  }
  // --lean-to-names X: X added to the B weight of the bias feature, which every candidate has: the tagger
  // finds more names than it would by its training alone (recall is its weak side; the rules' filters
  // after it keep precision).
  const lean = argument('--lean-to-names', 0)
  const at = feature(0, 0) * TAGS.length + B
  table[at] = Math.max(-128, Math.min(127, table[at]! + lean))
  return { table }
}

/** Non-zero rows as (varint gap to the previous row, one int8 per tag). */
function encode(table: Int8Array): Buffer {
  const bytes: number[] = []
  let previous = -1
  for (let row = 0; row < table.length / TAGS.length; row++) {
    const at = row * TAGS.length
    if (!table[at] && !table[at + 1] && !table[at + 2]) continue
    let gap = row - previous - 1
    previous = row
    while (gap >= 0x80) { bytes.push((gap & 0x7f) | 0x80); gap >>>= 7 }
    bytes.push(gap)
    for (let k = 0; k < TAGS.length; k++) bytes.push(table[at + k]! & 0xff)
  }
  return Buffer.from(bytes)
}

function spanCounts(examples: readonly Example[], table: Int8Array): { tp: number; fp: number; fn: number } {
  const score = (features: readonly number[], scores: Float64Array): void => {
    for (const h of features) for (let k = 0; k < TAGS.length; k++) scores[k]! += table[h * TAGS.length + k]!
  }
  const c = { tp: 0, fp: 0, fn: 0 }
  for (const ex of examples) {
    const key = ([a, b]: [number, number]) => `${a}:${b}`
    const gold = new Set(spansOf(ex.gold).map(key))
    const found = new Set(spansOf(decode(ex.tokens, score, ex.features)).map(key))
    for (const s of found) if (gold.has(s)) c.tp++; else c.fp++
    for (const s of gold) if (!found.has(s)) c.fn++
    if (verbose) listMisses(ex, gold, found)
  }
  return c
}

const verbose = process.argv.includes('--verbose')

function listMisses(ex: Example, gold: Set<string>, found: Set<string>): void {
  const text = (k: string) => { const [a, b] = k.split(':').map(Number); return ex.tokens.slice(a, b! + 1).map((t) => t.text).join(' ') }
  const wrong = [...found].filter((k) => !gold.has(k)).map((k) => `+${text(k)}`).concat([...gold].filter((k) => !found.has(k)).map((k) => `-${text(k)}`))
  if (wrong.length) console.log(`${wrong.join(', ')}  | ${ex.tokens.map((t) => t.text).join(' ').slice(0, 160)}`)
}

function trainingFile(): string {
  for (const name of ['germeval-train.tsv', 'germeval-dev.tsv']) {
    const file = path.join(CACHE, name)
    if (existsSync(file)) return file
  }
  throw new Error('no GermEval training data in .cache/ner: run npm run data:eval-sets (see scripts/data/eval-sets.mjs)')
}

/** More German training data from .cache/ner, when there (npm run data:eval-sets with KLARTEXT_SUPERGLEBER):
 * parliament speeches and court decisions, where names follow titles and roles ("Frau Schroedter",
 * "Richter Kirchhof"). Never evaluated on. --extra none|europarl|legal|europarl,legal (default: none). */
const EXTRA_SETS: Record<string, { files: string[]; read: (text: string) => NerText[]; source: string; byDefault: boolean }> = {
  europarl: {
    files: ['europarl-train.tsv', 'europarl-dev.tsv', 'europarl-test.tsv'],
    read: readEuroparl,
    source: 'German Europarl NER (M. Faruqui, S. Padó, KONVENS 2010; Europarl text without known copyright restrictions)',
    // Not by default: the annotations state no licence, so weights learnt from them are not shipped; and
    // the GermEval test figure was the same with and without them (F1 0.721).
    byDefault: false,
  },
  legal: {
    files: ['legal-dev.conll', 'legal-test.conll'],
    read: readLegal,
    source: 'Legal Entity Recognition (E. Leitner, G. Rehm, J. Moreno-Schneider, 2019; CC BY 4.0), dev and test splits',
    // 5-fold on GermEval dev: with Europarl F1 0.726 -> 0.737, with the court decisions 0.726 -> 0.675
    // (recall 0.64 -> 0.55: parties are anonymised, names are rare and in another register).
    byDefault: false,
  },
}

function extraTexts(): { texts: NerText[]; sources: string[] } {
  const at = process.argv.indexOf('--extra')
  const wanted = at > 0 ? process.argv[at + 1]!.split(',') : Object.keys(EXTRA_SETS).filter((k) => EXTRA_SETS[k]!.byDefault)
  const texts: NerText[] = []
  const sources: string[] = []
  for (const name of wanted) {
    const set = EXTRA_SETS[name]
    if (!set) continue
    const present = set.files.map((f) => path.join(CACHE, f)).filter((f) => existsSync(f))
    if (present.length === 0) continue
    for (const f of present) texts.push(...set.read(readFileSync(f, 'utf8')))
    sources.push(set.source)
  }
  return { texts, sources }
}

const file = trainingFile()
const started = process.cpuUsage()
const halves = process.argv.includes('--even-half')
// --even-half: learn from every other sentence only, to choose the combination with the rules on the rest.
const examples = readGermEval(readFileSync(file, 'utf8')).filter((_, i) => !halves || i % 2 === 0).map(toExample)
const extra = extraTexts()
const extraExamples = extra.texts.map(toExample)
const epochs = argument('--epochs', 8)
const prune = argument('--prune', 0.01)
const folds = argument('--folds', 0)
const f1 = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp / Math.max(1, c.tp + c.fp)
  const r = c.tp / Math.max(1, c.tp + c.fn)
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3)}`
}

if (folds > 1) {
  const total = { tp: 0, fp: 0, fn: 0 }
  for (let k = 0; k < folds; k++) {
    const train = [...examples.filter((_, i) => i % folds !== k), ...extraExamples]
    const held = examples.filter((_, i) => i % folds === k)
    const c = spanCounts(held, quantize(trainModel(train, epochs), prune).table)
    total.tp += c.tp; total.fp += c.fp; total.fn += c.fn
  }
  console.log(`${folds}-fold on ${path.basename(file)} (+ ${extraExamples.length} sentences always in training), ${epochs} epochs, prune ${prune}: ${f1(total)}`)
} else {
  const { table } = quantize(trainModel([...examples, ...extraExamples], epochs), prune)
  const data = encode(table)
  const cpu = process.cpuUsage(started)
  const source = `// Generated by scripts/data/tagger.ts (npm run data:tagger): do not edit.
// A person-name tagger (averaged perceptron, ${epochs} epochs, hashed features of person-tagger-features.ts),
// trained on ${path.basename(file).replace('germeval-', 'GermEval 2014 NER, the ').replace('.tsv', ' split')}: D. Benikova, C. Biemann, M. Reznicek,
// "NoSta-D Named Entity Annotation for German: Guidelines and Dataset", LREC 2014; licence CC BY 4.0.${extra.sources.map((s) => `\n// Also on ${s}.`).join('')}

/** Non-zero rows of the ${1 << HASH_BITS} x ${TAGS.length} int8 weight table, base64: per row the gap to the previous
 * row as a varint, then one signed byte per tag (${TAGS.join(', ')}). */
export const TAGGER_WEIGHTS = '${data.toString('base64')}'
`
  writeFileSync(OUT, source)
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`
  console.log(`trained on ${path.basename(file)} (${examples.length} sentences) + ${extraExamples.length} more sentences in ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`)
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${kb(source.length)} raw, ${kb(gzipSync(source).length)} gzipped; on its own training data ${f1(spanCounts(examples, table))}`)
}
