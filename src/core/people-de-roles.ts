// German nouns for people in sport, culture and the media that the shared role list (text/names-data.ts,
// a feature the trained tagger learnt as it is) leaves out: "Löwen-Keeper Hofmann", "Tennis-Profi Zverev",
// "Hollywood-Star Pitt", "Tesla-Boss Musk", "Rapper Bushido", "Kommissionsmitglied Gradin". A name word
// right after one is a person's; the noun is the role.
import type { Token } from './text/name-tokens'
import { isLoneNameWord, isSecondNameWord, type TextFacts } from './text/name-facts'
import type { Mention } from './people-merge'
import { germanRoleHead, isCapitalisedNoun } from './text/roles'
import { NON_PERSON_SET, ORG_FOLLOWERS } from './text/names-data'
import { TIME_NOUNS } from './people-de'
import { knownPersonBySurname } from './text/known-names'

/** "Nr. 27", "Artikel 5": what a number follows is a thing. */
const NUMBERED = /^(?:Nr|No|Art|Abs|\d+)$/

/** Persons by the noun's ending ("Publizist", "Kontrolleur"; not "Zweitligist", a club), and by name. */
const NEWS_ROLE = /(?:\p{Ll}{3}(?<!lig)(?:ist|eur)|keeper|libero|profi|star|boss|rapper|fahrer|produzent|intendant|reporter|korrespondent|gitarrist|pianist|dichter|legende|ikone|funktionär|fußballer|anführer|kurator|kabarettist|komiker|berichterstatter|mitglied|oberst|kollegin)(?:in|innen|en|n|s|e)?$/u

/** The names [first, last] after such a role noun, each with its role: one word, or two when the second is
 * a surname too ("Hollywood-Star Keanu Reeves" with a given name no list knows). */
export function newsRoleNames(tokens: readonly Token[], facts: TextFacts): { first: number; last: number; role: string }[] {
  const found: { first: number; last: number; role: string }[] = []
  for (let i = 1; i < tokens.length; i++) {
    const role = tokens[i - 1]!
    const t = tokens[i]!
    if (!role.word || !isCapitalisedNoun(role.text) || !NEWS_ROLE.test(role.lower)) continue
    if (!t.word || !isLoneNameWord(t, facts) || NON_PERSON_SET.has(t.lower) || ORG_FOLLOWERS.has(tokens[i + 1]?.lower ?? '')) continue
    // "Berichterstatter Änderungsantrag Nr. 27": a number after the word makes it a thing.
    if (NUMBERED.test(tokens[i + 1]?.text ?? '') || NUMBERED.test(tokens[i + 2]?.text ?? '')) continue
    const next = tokens[i + 1]
    const pair = next !== undefined && isSecondNameWord(next, facts) && !TIME_NOUNS.has(next.lower) && !ORG_FOLLOWERS.has(tokens[i + 2]?.lower ?? '')
    found.push({ first: i, last: pair ? i + 1 : i, role: role.text })
  }
  return found
}

/** "seine Tochter Ireland", "ihrer Mutter Armentaria", "Brians Sohn Murchad", "die Familie Nadscharow",
 * "das Ehepaar Mrkic": a name word after a kinship noun that a possessive or a genitive makes someone's, or
 * after "Familie" or "Ehepaar" (not "der Sohn Gottes", not "die Produktfamilie Galaxy"). The name tokens. */
export function kinNames(tokens: readonly Token[], facts: TextFacts): number[] {
  const found: number[] = []
  for (let i = 2; i < tokens.length; i++) {
    const kin = tokens[i - 1]!
    const t = tokens[i]!
    if (!kin.word || !t.word || !isLoneNameWord(t, facts) || NON_PERSON_SET.has(t.lower) || ORG_FOLLOWERS.has(tokens[i + 1]?.lower ?? '')) continue
    const owner = tokens[i - 2]!
    const owned = POSSESSIVE.test(owner.lower) || (owner.word && /\p{Lu}.*[^s]s$/u.test(owner.text))
    if ((KIN.test(kin.lower) && owned) || (FAMILY.has(kin.lower) && (owned || ARTICLE_OR_ADJECTIVE.test(owner.lower)))) found.push(i)
  }
  return found
}

const KIN = /^(?:halb|stief|groß|ur)?(?:sohn|tochter|vater|mutter|bruder|schwester|onkel|tante|neffe|nichte|enkel|enkelin|cousin|cousine|ehefrau|ehemann|witwe|witwer|frau|mann|lebensgefährtin|lebensgefährte|verlobte|verlobter)$/
const FAMILY = new Set(['familie', 'ehepaar', 'eheleute', 'geschwister'])
const POSSESSIVE = /^(?:sein|ihr|mein|dein|unser|euer)(?:e|en|em|er|es)?$/
const ARTICLE_OR_ADJECTIVE = /^(?:der|die|das|dem|den|des|ein|eine|einer|einem|\p{Ll}+(?:e|en|er|em))$/u

/** "[Tesla-Boss Musk]", "[Tennis-Profi Zverev]": a name read with a role noun of a compound before it starts
 * after the noun, which is its role. */
export function withoutLeadingRoles(tokens: readonly Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    const head = tokens[m.first]!
    if (m.first >= m.last || !head.word || !isCapitalisedNoun(head.text) || !(NEWS_ROLE.test(head.lower) || germanRoleHead(head.lower))) continue
    m.first++
    if (m.name.startsWith(`${head.text} `)) m.name = m.name.slice(head.text.length + 1)
    m.role ??= head.text
    // "Tesla-Boss Musk" is Elon Musk, as a lone known surname is elsewhere.
    const known = m.first === m.last ? knownPersonBySurname(m.surname) : undefined
    if (known && m.name === m.surname) { m.name = known.name; m.full = true }
  }
}
