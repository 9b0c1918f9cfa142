// Places read as persons: a country, capital or large city standing alone before a verb of saying or after
// one ("Baghdad says it will respond", "Bagdad sagt", "accused Moscow") has the evidence of a surname.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { baseForm, isGivenName } from './text/name-words'
import { isSharedSurname, knownPersonBySurname } from './text/known-names'
import { KINSHIP, titleOrRoleBefore } from './text/name-evidence'
import { PLACE_NAMES } from './text/place-names'
import { isRegionMention } from './people-regions'

let places: ReadonlySet<string> | undefined
const placeNames = () => (places ??= new Set(PLACE_NAMES.split(' ')))

/** A country, capital or large city of the world, in lower case ("burundi", "lagos"). */
export const isPlaceName = (lower: string) => placeNames().has(lower)

/** Drops the one-word mentions of a place's name, unless a longer name in the text holds the word
 * ("Kenny Houston" … "Houston said"; "Paris Hilton" … "Paris"), a title, role or kinship noun stands before it
 * ("Mr Jordan", "daughter Ireland"), or it is the surname of a well-known person ("Cleveland", "Jordan") or a given name listed with a
 * name ("Gynn und Rosario"). English text: also a US state or Canadian province, and a town before one
 * (people-regions.ts). */
export function withoutLonePlaces(tokens: readonly Token[], mentions: Mention[], english: boolean): Mention[] {
  const word = (m: Mention) => baseForm(tokens[m.first]!.text)
  const region = (m: Mention) => english && isRegionMention(tokens, m)
  const lone = (m: Mention) => (m.first === m.last && placeNames().has(word(m).toLowerCase())) || region(m)
  if (!mentions.some(lone)) return mentions
  const inLongerNames = new Set(mentions.filter((m) => m.first < m.last).flatMap((m) => m.name.toLowerCase().split(' ')))
  const named = (m: Mention) => m.first === m.last && inLongerNames.has(word(m).toLowerCase())
  // A state or a town before its state is kept only as the word of a longer name ("Ryan Washington" … "Washington").
  const person = (m: Mention) => named(m) || (!region(m) && (titleOrRoleBefore(tokens, m.first, english)
    || KINSHIP.has(tokens[m.first - 1]?.lower ?? '')
    || knownPersonBySurname(word(m)) !== undefined || isSharedSurname(word(m)) || (isGivenName(word(m)) && listed(tokens, m))))
  return mentions.filter((m) => !lone(m) || person(m))
}

const COORDINATION = new Set(['and', 'und', 'or', 'oder', '&'])

function listed(tokens: readonly Token[], m: Mention): boolean {
  return COORDINATION.has(tokens[m.first - 1]?.lower ?? '') || COORDINATION.has(tokens[m.last + 1]?.lower ?? '')
}
