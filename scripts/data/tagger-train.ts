// The person tagger's training, shared by npm run data:tagger (scripts/data/tagger.ts) and the
// out-of-fold figures of npm run eval (scripts/eval/out-of-fold.ts): examples from NER texts, a structured
// averaged perceptron, int8 quantisation and the compact encoding person-tagger.ts decodes.
import type { Token } from '../../src/core/text/name-tokens'
import { ruleMentions } from '../../src/core/people'
import { B, decode, feature, featuresOf, HASH_BITS, O, TAGS, tagFeatures, tagsOf, type Tag } from '../../src/core/text/person-tagger-features'
import type { NerText } from '../eval/ner-sets'

export interface Example { tokens: Token[]; gold: Tag[]; features: (number[] | null)[] }

/** Tokens as the person finder makes them, each tagged by the gold span it starts or continues. */
export function toExample(text: NerText): Example {
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

export function trainModel(examples: readonly Example[], epochs: number): Float64Array {
  const model = new Perceptron()
  for (let e = 0; e < epochs; e++) for (const ex of shuffled(examples, e + 1)) model.train(ex)
  return model.average()
}

/** Weights below `prune` times the largest dropped, the rest as int8 of one scale (tags are chosen by
 * comparing sums, so the scale itself is not needed). */
export function quantize(weights: Float64Array, prune: number, lean = 0): { table: Int8Array } {
  let max = 0
  for (const w of weights) max = Math.max(max, Math.abs(w))
  const scale = max / 127
  const table = new Int8Array(weights.length)
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k]!
    if (Math.abs(w) >= prune * max) table[k] = Math.round(w / scale)
  }
  // lean (--lean-to-names X): X added to the B weight of the bias feature, which every candidate has: the tagger
  // finds more names than it would by its training alone (recall is its weak side; the rules' filters
  // after it keep precision).
  const at = feature(0, 0) * TAGS.length + B
  table[at] = Math.max(-128, Math.min(127, table[at]! + lean))
  return { table }
}

/** Non-zero rows as (varint gap to the previous row, one int8 per tag). */
export function encode(table: Int8Array): Buffer {
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
