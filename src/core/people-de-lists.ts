// Names German news give in lists, with no given name and no role next to each: the line-ups and goal scorers
// of sports reports ("Kahn - Bogdan - Reich, Metz - Neustädter (65. Fritz), Schütterle", "1:0 Ruof (86.)"),
// and lists behind a plural
// role or a name found before ("die Abgeordneten Poggiolini, Leopardi und Cabrol", "Werke von Mozart,
// Brahms, Debussy und Bolcom"). Each listed word is a person's surname by its place in the list alone.
import type { Token } from './text/name-tokens'
import { isNameShaped } from './text/name-words'
import { isLoneNameWord, type TextFacts } from './text/name-facts'
import { NON_PERSON_SET, ORG_FOLLOWERS } from './text/names-data'
import { germanRoleHead, isCapitalisedNoun } from './text/roles'
import { GERMAN_STOPWORDS } from './text/tokens'

/** A line-up names at least this many players, with at least two dashes between the lines of the team. */
const LINEUP_NAMES = 7
const LINEUP_DASHES = 2
/** Before a line-up, "Bayern:" or "FC Bayern München:" names the team. */
const TEAM_WORDS = 4

/** The names [first, last] of every line-up in the text: a line (after an optional "Team:") of names, each
 * one word or "von"/"van"/"de" and one, joined by dashes and commas, substitutes in brackets after a minute
 * ("Bode (52. Eck)"), and nothing else but a closing full stop. */
export function lineupNames(tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = []
  let start = 0
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]
    if (t && t.text !== '\n') continue
    found.push(...lineupIn(tokens, start, i))
    start = i + 1
  }
  return found
}

function lineupIn(tokens: readonly Token[], from: number, to: number): [number, number][] {
  const colon = tokens.slice(from, Math.min(to, from + TEAM_WORDS + 1)).findIndex((t) => t.text === ':')
  let i = colon >= 0 ? from + colon + 1 : from
  const names: [number, number][] = []
  let dashes = 0
  for (;;) {
    const name = lineupNameAt(tokens, i)
    if (!name) return []
    names.push(name)
    i = name[1] + 1
    // "(52. Eck)": the substitute who came on in that minute.
    if (tokens[i]?.text === '(' && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === '.') {
      const sub = lineupNameAt(tokens, i + 3)
      if (!sub || tokens[sub[1] + 1]?.text !== ')') return []
      names.push(sub)
      i = sub[1] + 2
    }
    const sep = tokens[i]?.text
    if (sep === '-' || sep === '–') { dashes++; i++; continue }
    if (sep === ',') { i++; continue }
    const end = sep === '.' ? i + 1 : i
    return end === to && names.length >= LINEUP_NAMES && dashes >= LINEUP_DASHES ? names : []
  }
}

/** One player's name at i: a capitalised word, after a lower-case particle ("von Ahlen"). */
function lineupNameAt(tokens: readonly Token[], i: number): [number, number] | null {
  const particle = /^(?:von|van|de|da|di|dos)$/.test(tokens[i]?.text ?? '') ? 1 : 0
  const t = tokens[i + particle]
  return t?.word && isNameShaped(t.text) && !GERMAN_STOPWORDS.has(t.lower) ? [i, i + particle] : null
}

/** "1:0 Herzberger (40.), 1:1 Frackiewicz (71.)", "von Schlipper (28.) und Christensen (77.)": a name with
 * the minute of a goal in brackets, after a score or in a run of such names. The name tokens. */
export function scorerNames(tokens: readonly Token[], facts: TextFacts): number[] {
  const minuteAfter = (i: number) => tokens[i + 1]?.text === '(' && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? '') && tokens[i + 3]?.text === '.'
    && /^[)/]$/.test(tokens[i + 4]?.text ?? '')
  const scorer = (i: number) => tokens[i]?.word === true && isListedWord(tokens[i]!, facts) && minuteAfter(i)
  const found: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!scorer(i)) continue
    const afterScore = /^\d+:\d+$/.test(tokens[i - 1]?.text ?? '')
    // Another scorer within the next words or before: "Schlipper (28.) und Christensen (77.)".
    const inRun = [...Array(12).keys()].some((k) => k > 0 && (scorer(i + k) || scorer(i - k)))
    if (afterScore || inRun) found.push(i)
  }
  return found
}

/** "den Herren Poggiolini, Leopardi und Cabrol", "die Abgeordneten Müller und Schmidt", "die Gründer Page und
 * Brin": after a plural of persons, one-word names joined by commas and "und" name those persons. The
 * tokens of the names. */
export function listsAfterPluralRoles(tokens: readonly Token[], facts: TextFacts): number[] {
  const found: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!
    if (!head.word || !isPersonPlural(head)) continue
    const list = joinedNames(tokens, i + 1, facts)
    if (list.length >= 2) found.push(...list)
  }
  return found
}

/** Nouns that are persons in the plural: "Herren", "Damen", "Brüder", and plural roles ("Abgeordneten",
 * "Gründer", "Ministerinnen"). A singular role before a list is one too: the list is its holders. */
function isPersonPlural(t: Token): boolean {
  if (PERSON_PLURALS.has(t.lower)) return true
  return isCapitalisedNoun(t.text) && germanRoleHead(t.lower) !== null
}

const PERSON_PLURALS = new Set(['herren', 'damen', 'brüder', 'schwestern', 'geschwister', 'eheleute', 'söhne', 'töchter', 'kollegen', 'kolleginnen', 'freunde', 'freundinnen', 'töchtern', 'söhnen', 'kindern', 'enkeln'])

/** One-word names from i on, joined by commas and a last "und"/"sowie"; none if the run is no such list. */
function joinedNames(tokens: readonly Token[], i: number, facts: TextFacts): number[] {
  const names: number[] = []
  for (;;) {
    const t = tokens[i]
    if (!t || !isListedWord(t, facts)) return []
    names.push(i)
    const sep = tokens[i + 1]?.lower
    if (sep === ',') { i += 2; continue }
    if (sep === 'und' || sep === 'sowie') {
      const last = tokens[i + 2]
      if (!last || !isListedWord(last, facts) || isNameShaped(tokens[i + 3]?.text ?? '') || ORG_FOLLOWERS.has(tokens[i + 3]?.lower ?? '')) return []
      return [...names, i + 2]
    }
    return []
  }
}

function isListedWord(t: Token, facts: TextFacts): boolean {
  return t.word && isLoneNameWord(t, facts) && !NON_PERSON_SET.has(t.lower)
}

/** "Werke von Mozart, Brahms, Debussy und Bolcom": names before a found one, joined to it by commas, when
 * the list closes with "und" and a name. The finder's other passes link names after a found one, and before
 * it across "und" only. */
export function listedBeforeNames(tokens: readonly Token[], covered: ReadonlySet<number>, facts: TextFacts): number[] {
  const found: number[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i) || tokens[i + 1]?.text !== ',' || !closesWithName(tokens, i + 2, covered)) continue
    // The run of listed words that ends here, walked back over the commas.
    for (let j = i; !covered.has(j) && isListedWord(tokens[j]!, facts); j -= 2) {
      found.push(j)
      if (tokens[j - 1]?.text !== ',' || j < 2) break
    }
  }
  return found
}

/** From the found name at i on, found names joined by commas end in "und"/"sowie" and a found name. */
function closesWithName(tokens: readonly Token[], i: number, covered: ReadonlySet<number>): boolean {
  while (covered.has(i)) {
    while (covered.has(i + 1)) i++
    const sep = tokens[i + 1]?.lower
    if (sep === 'und' || sep === 'sowie') return covered.has(i + 2)
    if (sep !== ',') return false
    i += 2
  }
  return false
}
