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
import { decode, HASH_BITS, spansOf, TAGS } from '../../src/core/text/person-tagger-features'
import { readEuroparl, readGermEval, readLegal, type NerText } from '../eval/ner-sets'
import { encode, quantize, toExample, trainModel, type Example } from './tagger-train'

const CACHE = path.resolve('.cache/ner')
const OUT = path.resolve('src/core/text/person-tagger-model.ts')

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(name)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
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
const lean = argument('--lean-to-names', 0)
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
    const c = spanCounts(held, quantize(trainModel(train, epochs), prune, lean).table)
    total.tp += c.tp; total.fp += c.fp; total.fn += c.fn
  }
  console.log(`${folds}-fold on ${path.basename(file)} (+ ${extraExamples.length} sentences always in training), ${epochs} epochs, prune ${prune}: ${f1(total)}`)
} else {
  const { table } = quantize(trainModel([...examples, ...extraExamples], epochs), prune, lean)
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
