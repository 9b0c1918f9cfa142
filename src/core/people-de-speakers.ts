// German text: the speaker named after a quote ("„Das kann böse enden“, klagte Steinmann."). The verbs of
// saying before a name (text/name-evidence.ts, a feature the trained tagger learnt as it is) know a list
// of verbs; after a quote and a comma, German puts any verb of the quotation before its speaker.
import type { Token } from './text/name-tokens'
import { isLoneNameWord, type TextFacts } from './text/name-facts'
import { NON_PERSON_SET, ORG_FOLLOWERS, SPEECH_VERBS_BEFORE_SPEAKER } from './text/names-data'
import { SEPARABLE_PARTICLES } from './text/name-evidence'

/** Quotation marks that close a quote (German „…“, straight and French ones). */
const CLOSING_QUOTE = /^["“”»«]$/

/** The tokens of every lone speaker's name after a quote: „…“, VERB Name, and "…“, so Name weiter"; a
 * listed verb of saying also where a particle that does not close the clause follows ("meinte Schömezler
 * nach dem Spiel", where the tagger's verb feature stops). */
export function quotedSpeakers(tokens: readonly Token[], facts: TextFacts): number[] {
  const found: number[] = []
  for (let i = 3; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!t.word || !isLoneNameWord(t, facts) || NON_PERSON_SET.has(t.lower) || !speakerPlace(tokens, i)) continue
    const next = tokens[i + 1]
    // One name word: a second one is a given name and a surname the other passes read, or a company.
    if (next?.word && (next.text !== next.lower || ORG_FOLLOWERS.has(next.lower))) continue
    found.push(i)
  }
  return found
}

function speakerPlace(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i - 1]!
  const next = tokens[i + 1]
  if (!verb.word || verb.text !== verb.lower || tokens[i - 2]?.text !== ',') return false
  if (verb.lower === 'so') return next !== undefined && (!next.word || next.text === next.lower)
  // "teilte Siemens mit.", "sagte Hilfe zu.": a particle that closes the clause makes the word the object.
  if (next?.word && SEPARABLE_PARTICLES.has(next.lower) && !tokens[i + 2]?.word) return false
  // A verb of the third person ("klagte", "urteilt"), not an adjective ("„…“, gemeinsame Regeln").
  return SPEECH_VERBS_BEFORE_SPEAKER.has(verb.lower) || (CLOSING_QUOTE.test(tokens[i - 3]?.text ?? '') && /(?:[^s]t|te)$/.test(verb.lower))
}
