// English finders for sports pages, whose tables, results and line-ups name players without the evidence
// running text gives: a country or minute in brackets, a shirt number, a batting line, a pitcher's record.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { ORG_FOLLOWERS, PLACE_PHRASE_SET, PLACE_SET } from './text/names-data'
import { isNameShaped } from './text/name-words'
import type { TextFacts } from './text/name-facts'
import { afterLocative, inPlacePhrase, isSentenceStart } from './people-links'
import { isPlaceName } from './people-places'
import { ARTICLES } from './text/name-evidence'
import { ENGLISH_STOPWORDS } from './text/tokens'

export type MakeMention = (first: number, last: number) => Mention

/** A player's name in a sports table, result or line-up, starting at `i`. */
export function sportsNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  return nameBeforeCountry(tokens, i, facts, make) ?? scorecardNameAt(tokens, i, make) ?? lineUpNameAt(tokens, i, make)
    ?? pitcherNameAt(tokens, i, facts, make)
}

/** "Telgheder (2-5) snapped a three-game losing streak", "off Jose Parra (5-4) leading off": a pitcher's
 * wins and losses in brackets after one or two name words, then running text. */
function pitcherNameAt(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const prev = tokens[i - 1]
  if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1)) return null
  if (ARTICLES.has(prev?.lower ?? '') || !isBareNameWord(tokens[i], facts)) return null
  const last = isBareNameWord(tokens[i + 1], facts) ? i + 1 : i
  const record = tokens[last + 1]?.text === '(' && /^\d{1,2}-\d{1,2}$/.test(tokens[last + 2]?.text ?? '') && tokens[last + 3]?.text === ')'
  const next = tokens[last + 4]
  return record && next?.word && /^\p{Ll}/u.test(next.text) ? make(i, last) : null
}

/** Team line-ups: "15 - Japie Mulder, 14 - Kobus Wiese (Olo Brown, 70), 13 - ...": the words after a shirt
 * number and a dash in a line of three or more such, and a substitute with the minute in brackets. */
function lineUpNameAt(tokens: readonly Token[], i: number, make: MakeMention): Mention | null {
  const shirt = tokens[i - 1]?.text === '-' && /^\d{1,2}$/.test(tokens[i - 2]?.text ?? '')
  const substitute = tokens[i - 1]?.text === '('
  if (!shirt && !substitute) return null
  let last = i - 1
  while (last < i + 3 && isLineUpWord(tokens[last + 1], last + 1 === i)) last++
  if (last < i || !isNameShaped(tokens[last]!.text)) return null
  const after = tokens[last + 1]
  if (substitute) return after?.text === ',' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') ? make(i, last) : null
  return /^[,;.(]$|^\n$/.test(after?.text ?? '\n') && shirtNumbersOnLine(tokens, i) >= 3 ? make(i, last) : null
}

const isLineUpWord = (t: Token | undefined, first: boolean) =>
  t !== undefined && t.word && (isNameShaped(t.text) || (!first && NAME_PARTICLE_WORDS.test(t.text)))
const NAME_PARTICLE_WORDS = /^(?:van|von|de|der|den|del|da|di|dos|du|la|le)$/

function shirtNumbersOnLine(tokens: readonly Token[], i: number): number {
  const line = lineTokens(tokens, i)
  return line.filter((t, k) => /^\d{1,2}$/.test(t.text) && line[k + 1]?.text === '-').length
}

/** The tokens of the line (paragraph) that holds token `i`, without its line break. */
export function lineTokens(tokens: readonly Token[], i: number): Token[] {
  let start = i
  while (start > 0 && tokens[start - 1]!.text !== '\n') start--
  let end = i
  while (end < tokens.length && tokens[end]!.text !== '\n') end++
  return tokens.slice(start, end)
}

/** Cricket scorecards: "Pollard c Nash b Ridley 45", "Nash lbw b Ridley 0", "Bowling: Ridley 9-1-33-2": the
 * batsman opening a line that ends in his runs, the fielder and bowler after "c", "st" and "b", and a
 * bowler before his figures (overs-maidens-runs-wickets) are players. */
function scorecardNameAt(tokens: readonly Token[], i: number, make: MakeMention): Mention | null {
  const prev = tokens[i - 1]
  if (!isPlayerWord(tokens[i])) return null
  let last = i
  while (last < i + 2 && isPlayerWord(tokens[last + 1])) last++
  const after = tokens[last + 1]
  if (BOWLING_FIGURES.test(after?.text ?? '') && (!prev || /^(?:[:,]|\n)$/.test(prev.text))) return make(i, last)
  const dismissal = !prev || prev.text === '\n' ? DISMISSALS.has(after?.lower ?? '') : /^(?:c|b|st)$/.test(prev.text)
  return dismissal && isScorecardLine(tokens, i) ? make(i, last) : null
}

const BOWLING_FIGURES = /^\d+(?:\.\d)?-\d+-\d+-\d+$/
const DISMISSALS = new Set(['c', 'b', 'st', 'lbw', 'run', 'not', 'retired'])
const isPlayerWord = (t: Token | undefined) => t !== undefined && t.word && /^\p{Lu}[\p{Ll}'’]+(?:-\p{Ll}+-\p{Lu}\p{Ll}+)?$/u.test(t.text)

/** A batting line: a dismissal word ("b", "lbw", "not out"), and the runs last. */
function isScorecardLine(tokens: readonly Token[], i: number): boolean {
  const line = lineTokens(tokens, i)
  if (line.length > 13 || !/^\d{1,3}$/.test(line[line.length - 1]!.text)) return false
  return line.some((t, k) => /^(?:b|lbw)$/.test(t.text) || (t.text === 'not' && line[k + 1]?.text === 'out'))
}

/** "Aliuska Lopez (Cuba) 12.92", "Jiri Novak (Czech Republic)", "Cosmin Contra (31st)": two or three name
 * words and a country or a minute in brackets, as results and line-ups give an athlete's. The words must not be places (nor follow "in", "from") or stand in lower case
 * in the text; a headline in Title Case is allowed (result lines are all capitals). */
function nameBeforeCountry(tokens: readonly Token[], i: number, facts: TextFacts, make: MakeMention): Mention | null {
  const prev = tokens[i - 1]
  if (prev?.word && isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1)) return null
  // "in Monte Carlo (Monaco)": a place and its country.
  if (afterLocative(tokens, i) || inPlacePhrase(tokens, i)) return null
  let last = i
  while (last - i < 3 && isBareNameWord(tokens[last], facts)) last++
  last--
  if (last <= i || !(countryInBrackets(tokens, last + 1) || minuteInBrackets(tokens, last + 1))) return null
  return make(i, last)
}

export function isBareNameWord(t: Token | undefined, facts: TextFacts): boolean {
  if (!t?.word || !isNameShaped(t.text) || PLACE_SET.has(t.lower) || ORG_FOLLOWERS.has(t.lower) || ENGLISH_STOPWORDS.has(t.lower)) return false
  return !facts.lowered.has(t.lower) && !facts.afterArticle.has(t.text)
}

/** "(31st)", "(75th min)": the minute of a goal or substitution after a player's name. */
function minuteInBrackets(tokens: readonly Token[], open: number): boolean {
  return tokens[open]?.text === '(' && /^\d{1,3}(?:st|nd|rd|th)$/.test(tokens[open + 1]?.text ?? '')
}

/** "(Cuba)", "(U.S.)", "(New Zealand)", "(Czech Republic)". */
function countryInBrackets(tokens: readonly Token[], open: number): boolean {
  if (tokens[open]?.text !== '(') return false
  const words: string[] = []
  let k = open + 1
  for (; k < open + 5 && tokens[k] && tokens[k]!.text !== ')'; k++) if (tokens[k]!.word) words.push(tokens[k]!.lower)
  if (tokens[k]?.text !== ')' || words.length === 0 || words.length > 2) return false
  const phrase = words.join(' ')
  return PLACE_SET.has(words[0]!) || isPlaceName(words[0]!) || PLACE_PHRASE_SET.has(phrase) || /^(?:u\.s|u\.k)$/.test(words[0]!) || COUNTRY_SECOND.test(words[1] ?? '')
}

/** Second words of country names: "Czech Republic", "South Africa", "Ivory Coast". */
const COUNTRY_SECOND = /^(?:republic|africa|korea|coast|arabia|zealand|lanka|guinea|islands|emirates|kingdom|states)$/

/** "Kettering 3 Hucknall Town 1" (a result) or "Kettering 6 4 1 1 12 5 13" (a row of standings): the line
 * holds teams, not persons. */
export function isTeamInTable(tokens: readonly Token[], m: Mention): boolean {
  const shape = lineTokens(tokens, m.first).map((t) => (/^\d+$/.test(t.text) ? 'N' : t.word && isNameShaped(t.text) ? 'W' : '?')).join('')
  return /^W+NW+N$/.test(shape) || /^W+N{6,}$/.test(shape)
}

