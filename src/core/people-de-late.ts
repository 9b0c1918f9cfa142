// German names the finder's passes after the tagger add (people.ts mentionsIn): they read evidence the shared
// word lists and evidence tests do not hold, and those are features the trained tagger learnt as they are,
// so changing them would move what it learnt. Full names with a given name in German transliteration
// (people-de-translit.ts), line-ups, goal scorers and lists (people-de-lists.ts), speakers after a quote
// (people-de-speakers.ts), names after a kinship noun or a news noun for a person (people-de-roles.ts).
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import type { TextFacts } from './text/name-facts'
import { readRoleBefore } from './text/roles'
import { linkSurnameMentions } from './people-links'
import { lineupNames, listedBeforeNames, listsAfterPluralRoles, scorerNames } from './people-de-lists'
import { quotedSpeakers } from './people-de-speakers'
import { kinNames, newsRoleNames, withoutLeadingRoles } from './people-de-roles'
import { transliteratedNames } from './people-de-translit'

/** The found names with those the German passes below add where no mention stands, and the later mentions
 * of their surnames ("Sollte Adler ausfallen …" after "(87. Adler)"). */
export function withLateGermanNames<T extends { mentions: Mention[]; tokens: Token[]; english: boolean }>(found: T, facts: TextFacts): T {
  if (found.english || facts.english) return found
  const { tokens, mentions } = found
  withoutLeadingRoles(tokens, mentions)
  const covered = new Set<number>()
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i)
  const surnames = new Set<string>()
  const add = (first: number, last: number, role: string | null = null, full = false) => {
    for (let i = first; i <= last; i++) covered.add(i)
    const t = tokens[last]!
    const name = first === last ? t.text : t.source.slice(tokens[first]!.start, t.start + t.text.length)
    surnames.add(t.text)
    mentions.push({ first, last, name, surname: t.text, role, full })
  }
  for (const m of transliteratedNames(tokens, covered, facts)) add(m.first, m.last, readRoleBefore(tokens, m.first), true)
  for (const [first, last] of lineupNames(tokens)) if (!covered.has(last)) add(first, last)
  for (const at of scorerNames(tokens, facts)) if (!covered.has(at)) add(at, at)
  for (const at of listsAfterPluralRoles(tokens, facts)) if (!covered.has(at)) add(at, at)
  for (const at of listedBeforeNames(tokens, covered, facts)) add(at, at)
  for (const at of quotedSpeakers(tokens, facts)) if (!covered.has(at)) add(at, at)
  for (const at of kinNames(tokens, facts)) if (!covered.has(at)) add(at, at)
  for (const m of newsRoleNames(tokens, facts)) if (!covered.has(m.first) && !covered.has(m.last)) add(m.first, m.last, m.role)
  if (surnames.size > 0) linkSurnameMentions(tokens, covered, surnames, mentions)
  return found
}
