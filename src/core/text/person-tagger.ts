// The person tagger the analysis runs: the trained weights (person-tagger-model.ts, npm run data:tagger)
// decoded on first use into a table, then Viterbi tagging of the finder's tokens. Only the analysis
// bundles reach this module (through people.ts), never the page-load script.
import type { Token } from './name-tokens'
import { decode, featuresOf, HASH_BITS, spansOf, TAGS, tagsOf } from './person-tagger-features'
import { TAGGER_WEIGHTS } from './person-tagger-model'

let table: Int8Array | null = null

/** The int8 weight table from its base64 rows (gap varint, one byte per tag). */
function weights(): Int8Array {
  if (table) return table
  const binary = atob(TAGGER_WEIGHTS)
  const out = new Int8Array((1 << HASH_BITS) * TAGS.length)
  let row = -1
  for (let at = 0; at < binary.length;) {
    let gap = 0
    for (let shift = 0; ; shift += 7) {
      const byte = binary.charCodeAt(at++)
      gap |= (byte & 0x7f) << shift
      if (byte < 0x80) break
    }
    row += gap + 1
    for (let k = 0; k < TAGS.length; k++) out[row * TAGS.length + k] = (binary.charCodeAt(at++) << 24) >> 24
  }
  table = out
  return out
}

/** Token ranges [first, last] the tagger reads as persons' names, given the ranges the hand rules found. */
export function tagPersonNames(tokens: readonly Token[], ruleSpans: readonly { first: number; last: number }[], english: boolean): [number, number][] {
  const w = weights()
  const score = (features: readonly number[], scores: Float64Array): void => {
    for (const h of features) {
      const at = h * TAGS.length
      scores[0]! += w[at]!
      scores[1]! += w[at + 1]!
      scores[2]! += w[at + 2]!
    }
  }
  return spansOf(decode(tokens, score, featuresOf(tokens, tagsOf(ruleSpans, tokens.length), english)))
}
