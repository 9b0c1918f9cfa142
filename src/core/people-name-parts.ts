// English: names of more parts than the lists know ("Susilo Bambang Yudhoyono", "Sri Mulyani Indrawati",
// "Budi Gunadi Sadikin"): Indonesian and other names put one or two given names the lists lack before the
// ones they know, and the finder found only the end. English capitalises little but names, so a capitalised
// word inside a sentence right before a full name, that the text never writes in lower case or after an
// article and that is no place, title, role or word for a people, is the name's first part.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import type { TextFacts } from './text/name-facts'
import { isSentenceStart } from './people-links'
import { isBareNameWord } from './people-sports'
import { isPlaceName } from './people-places'
import { CALENDAR_WORDS, ENGLISH_DEMONYM_SET, TITLES } from './text/names-data'
import { ARTICLES, KINSHIP } from './text/name-evidence'
import { isRoleToken } from './text/roles'

/** Words that open Indonesian and Malay names, at a sentence's start too ("Sri Mulyani Indrawati said"). */
const NAME_OPENERS = new Set(['Sri', 'Siti', 'Nur', 'Tengku', 'Raden'])

export function withNamePartsBefore(tokens: readonly Token[], facts: TextFacts, mentions: Mention[]): Mention[] {
  const ends = new Set(mentions.map((m) => m.last))
  return mentions.map((m) => {
    if (!m.full || m.last === m.first || ends.has(m.first - 1)) return m
    const at = m.first - 1
    const part = tokens[at]
    if (!part || !isFirstPart(tokens, at, facts)) return m
    return { ...m, first: at, name: `${part.text} ${m.name}` }
  })
}

const isRank = (lower: string) => TITLES.has(lower) || isRoleToken(lower)

const PARTY_MEMBERS = new Set(['democrat', 'republican', 'conservative', 'liberal', 'socialist', 'communist', 'labour', 'tory', 'green'])

function isFirstPart(tokens: readonly Token[], at: number, facts: TextFacts): boolean {
  const part = tokens[at]!
  if (NAME_OPENERS.has(part.text)) return true
  if (!isBareNameWord(part, facts) || isSentenceStart(tokens, at) || /['’]s?$/.test(part.text) || /^\p{Lu}+$/u.test(part.text)) return false
  const lower = part.lower
  // "Major-General", "Democrat", "Secretary of State": a rank, a party or the end of a role.
  if (lower.split('-').some(isRank) || PARTY_MEMBERS.has(lower) || ENGLISH_DEMONYM_SET.has(lower) || CALENDAR_WORDS.has(lower) || KINSHIP.has(lower) || isPlaceName(lower)) return false
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (isRank(tokens[k]!.lower)) return false
  // "the Golden State Warriors' Steph Curry", "Netflix Signs Marlon Okafor": an article or a longer run before it.
  const before = tokens[at - 1]
  // "Voters Don't Forget George Floyd": any capitalised word before marks a title in Title Case.
  return !(before?.word && (ARTICLES.has(before.lower) || /^[\p{Lu}\p{N}$€£]/u.test(before.text)))
}
