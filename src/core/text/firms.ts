// Firms named like persons. Business and tech news names banks, brokers, law firms, fashion houses and
// makers that carry a founder's full name ("Morgan Stanley", "Goldman Sachs", "Charles Schwab",
// "Lockheed Martin"); read as persons they were reported as "Stanley" or linked to a singer named Goldman.
// Two kinds of evidence: the best-known such firms by name, and a word for a firm right before the name
// ("die Investmentbank Morgan Stanley", "the law firm Gleiss Lutz"), which covers the ones no list has.
// A word the text uses of a firm is the firm wherever it stands alone; a full name with a given name of
// its own stays a person ("Klaus Schwab" beside "Charles Schwab"), and so does a name after a role
// ("Gründer Charles Schwab"). Designers still in the news as persons ("Ralph Lauren") are not listed.
import type { Token } from './name-tokens'
import type { Mention } from '../people-merge'
import { titleOrRoleBefore } from './name-evidence'

/** Firms whose names read as a given name and surname, or as surnames joined by "&" (left out here). */
const FIRM_NAMES = `
morgan stanley|goldman sachs|wells fargo|lockheed martin|charles schwab|berkshire hathaway|merrill lynch
lehman brothers|jp morgan|dow jones|hewlett packard|walt disney|harley davidson|rolls royce|aston martin
estée lauder|hugo boss|louis vuitton|yves saint laurent|christian dior|carl zeiss|axel springer|roland berger|oliver wyman|booz allen hamilton|bain capital|franklin templeton|edward jones
raymond james|eli lilly|bristol myers squibb|thermo fisher|john deere|jack daniel's|johnnie walker|jim beam
henry schein|baker mckenzie|clifford chance|allen overy|gleiss lutz|hengeler mueller|latham watkins
kirkland ellis|sullivan cromwell|freshfields bruckhaus deringer|boehringer ingelheim|heckler koch
krauss maffei|louis dreyfus|pernod ricard|marks spencer|procter gamble|ernst young|dolce gabbana
johnson johnson|cantor fitzgerald|piper sandler|william blair|julius bär|julius baer|hauck aufhäuser
paul hartmann|ben jerry's|estee lauder|dr oetker|bang olufsen`
  .split(/[|\n]/)
  .map((name) => name.trim().split(' '))
  .filter((words) => words.length > 1)

/** The listed firms by their first word. */
const FIRMS_BY_FIRST_WORD = new Map<string, string[][]>()
for (const words of FIRM_NAMES) FIRMS_BY_FIRST_WORD.set(words[0]!, [...(FIRMS_BY_FIRST_WORD.get(words[0]!) ?? []), words])

/** The short forms business news uses alone for the firm ("Goldman erwartet …"). */
const FIRM_SHORT_FORMS: ReadonlySet<string> = new Set(['goldman', 'lockheed', 'merrill'])

/** German words for a firm, as the end of a compound ("Investmentbank", "Rüstungskonzern", "Modehaus"); not
 * trades a person has too ("Vermögensverwalter"). */
const GERMAN_FIRM_NOUN = /(?:bank|konzern|unternehmen|firma|kanzlei|anwaltskanzlei|verlag|fonds|versicherer|hersteller|autobauer|agentur|beratungsfirma|beratungsgesellschaft|finanzdienstleister|brokerhaus|handelshaus|modehaus|modemarke|modelabel|warenhauskette|handelskette|kette|rüstungsfirma|rüstungsschmiede|luxusmarke|automarke|marke)$/

/** English words for a firm right before its name ("the investment bank Morgan Stanley", "lender Wells Fargo");
 * not trades a person has too ("broker Shakil Rizvi", "publisher", "contractor"). */
const ENGLISH_FIRM_NOUN = /^(?:bank|firm|company|brokerage|carmaker|automaker|conglomerate|retailer|chain|insurer|lender|consultancy|manufacturer|startup|start-up|label|brand)$/

/** The text's words as parts of hyphenated words too ("Harley-Davidson"), each with its token. */
function wordParts(tokens: readonly Token[]): { part: string; token: number }[] {
  const parts: { part: string; token: number }[] = []
  tokens.forEach((t, token) => {
    if (!t.word) return
    for (const part of t.lower.split('-')) if (part) parts.push({ part, token })
  })
  return parts
}

/** Token ranges where the text names a listed firm. */
function listedFirmRanges(tokens: readonly Token[]): [number, number][] {
  const parts = wordParts(tokens)
  const ranges: [number, number][] = []
  for (let p = 0; p < parts.length; p++) {
    for (const words of FIRMS_BY_FIRST_WORD.get(parts[p]!.part) ?? []) {
      if (!words.every((w, k) => parts[p + k]?.part === w)) continue
      ranges.push([parts[p]!.token, parts[p + words.length - 1]!.token])
    }
  }
  return ranges
}

function firmNounBefore(tokens: readonly Token[], i: number, english: boolean): boolean {
  const prev = tokens[i - 1]
  if (prev === undefined || !prev.word) return false
  return english ? ENGLISH_FIRM_NOUN.test(prev.lower) : /^\p{Lu}/u.test(prev.text) && GERMAN_FIRM_NOUN.test(prev.lower)
}

const overlaps = (m: Mention, [from, to]: [number, number]) => m.first <= to && m.last >= from

/** Mentions that name a firm, not a person: inside a listed firm's name, right after a word for a firm,
 * or made only of words the text uses of a firm. */
export function withoutFirms<T extends { mentions: Mention[]; tokens: Token[]; english: boolean }>(found: T): T {
  const { tokens, english } = found
  const ranges = listedFirmRanges(tokens)
  for (const m of found.mentions) if (firmNounBefore(tokens, m.first, english)) ranges.push([m.first, m.last])
  if (ranges.length === 0 && !tokens.some((t) => FIRM_SHORT_FORMS.has(t.lower))) return found
  const firmWords = new Set<string>(FIRM_SHORT_FORMS)
  for (const [from, to] of ranges) for (let i = from; i <= to; i++) if (tokens[i]?.word) firmWords.add(tokens[i]!.lower)
  const isFirm = (m: Mention): boolean => {
    if (titleOrRoleBefore(tokens, m.first, english)) return false
    if (ranges.some((range) => overlaps(m, range))) return true
    for (let i = m.first; i <= m.last; i++) if (tokens[i]?.word && !firmWords.has(tokens[i]!.lower)) return false
    return true
  }
  found.mentions = found.mentions.filter((m) => !isFirm(m))
  return found
}
