// The person finder's last passes: roles that refer back ("Der Tesla-Chef …"), then one entry per person
// from its mentions (a lone surname joins the full name that shares it), with the first role the text
// gives, else the short description of a well-known person.
import type { Person } from './types'
import { germanRoleHead, isCapitalisedNoun, normalizeGermanRole } from './text/roles'
import type { Token } from './text/name-tokens'
import { isNameShaped } from './text/name-words'
import { knownPersonByName } from './text/known-names'
import { GERMAN_STOPWORDS } from './text/tokens'

/** A name found in the text: token range, the name as written (or the full name of a well-known person
 * met by surname) and the role next to it. */
export interface Mention {
  first: number
  last: number
  name: string
  surname: string
  role: string | null
  full: boolean
}

interface Candidate {
  name: string
  surname: string
  role: string | null
  mentions: number
  firstAt: number
  tokens: number
}

/** One entry per person: lone surnames join the full name that shares them (the latest before, else the first). */
export function mergeIntoPeople(mentions: readonly Mention[], laterRoles: ReadonlyMap<Mention, string>, english: boolean): Person[] {
  const sorted = [...mentions].sort((a, b) => a.first - b.first)
  const people: Candidate[] = []
  const bySurname = new Map<string, Candidate[]>()
  const lastSeen = new Map<Candidate, number>()
  const fullFirst = [...sorted.filter((m) => m.full), ...sorted.filter((m) => !m.full)]
  for (const m of fullFirst) {
    const list = bySurname.get(m.surname) ?? []
    let person = m.full ? list.find((p) => sameFullName(p.name, m.name)) : pickByPosition(list, lastSeen, m.first)
    if (!person) {
      person = { name: m.name, surname: m.surname, role: null, mentions: 0, firstAt: m.first, tokens: 0 }
      people.push(person)
      list.push(person)
      bySurname.set(m.surname, list)
    }
    person.mentions++
    if (m.first < person.firstAt) person.firstAt = m.first
    if (m.full && (lastSeen.get(person) ?? -1) < m.first) lastSeen.set(person, m.first)
    const length = m.name.split(' ').length
    if (length > person.tokens) { person.tokens = length; person.name = m.name }
  }
  assignRoles(sorted, bySurname, lastSeen)
  // A role met only as "Der Tesla-Chef …" after the name fills in where the text gives none next to it.
  const withLaterRoles = sorted.filter((m) => laterRoles.has(m)).map((m) => ({ ...m, role: laterRoles.get(m) ?? null }))
  assignRoles(withLaterRoles, bySurname, lastSeen)
  return people
    .sort((a, b) => b.mentions - a.mentions || a.firstAt - b.firstAt)
    .map((p) => ({ name: p.name, mentions: p.mentions, role: p.role ?? describedRole(p.name, english) }))
}

/** A well-known person's short description stands in when the text gives no role. */
function describedRole(name: string, english: boolean): string | null {
  const known = knownPersonByName(name)
  return known ? (english ? known.description.en : known.description.de) || null : null
}

/** "Musk wirft OpenAI vor, … Der Tesla-Chef hatte …": a sentence that opens with a definite article and a
 * role noun refers to the person mentioned last, a few words before. */
export function anaphoricRoles(tokens: readonly Token[], mentions: readonly Mention[]): Map<Mention, string> {
  const roles = new Map<Mention, string>()
  if (mentions.length === 0) return roles
  const byPosition = [...mentions].sort((a, b) => a.last - b.last)
  let m = 0
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if ((t.text !== 'Der' && t.text !== 'Die') || !SENTENCE_END.has(tokens[i - 1]!.text)) continue
    while (m + 1 < byPosition.length && byPosition[m + 1]!.last < i) m++
    const antecedent = byPosition[m]
    if (!antecedent || antecedent.last >= i || i - antecedent.last > ANAPHOR_WINDOW) continue
    const role = definiteRoleAt(tokens, i)
    if (role) roles.set(antecedent, role)
  }
  return roles
}

/** "Der (neue) Tesla-Chef hatte …" -> "neuer Tesla-Chef"; "Die Forscher" (a plural) and "Der Tesla-Chef Elon
 * Musk" (a name follows, read directly) give nothing. */
function definiteRoleAt(tokens: readonly Token[], i: number): string | null {
  let h = i + 1
  const adjectives: string[] = []
  while (adjectives.length < 2 && /^[a-zäöüß]+(?:e|en)$/.test(tokens[h]?.text ?? '') && !GERMAN_STOPWORDS.has(tokens[h]!.lower)) {
    adjectives.push(tokens[h]!.text)
    h++
  }
  const head = tokens[h]
  const after = tokens[h + 1]
  if (!head || !isCapitalisedNoun(head.text) || !germanRoleHead(head.lower)) return null
  if (after?.word && isNameShaped(after.text)) return null
  const article = tokens[i]!.lower
  if (article === 'die' && !/in$/.test(head.lower)) return null
  return normalizeGermanRole(adjectives, head.text, article, [])
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '“', '"', '«'])
/** Tokens between a name and "Der Tesla-Chef …" for the role to refer back to it. */
const ANAPHOR_WINDOW = 40

/** The first role the text gives a person, in reading order. */
function assignRoles(sorted: readonly Mention[], bySurname: Map<string, Candidate[]>, lastSeen: Map<Candidate, number>): void {
  for (const m of sorted) {
    if (!m.role) continue
    const list = bySurname.get(m.surname) ?? []
    const person = m.full ? list.find((p) => sameFullName(p.name, m.name)) : pickByPosition(list, lastSeen, m.first)
    if (person && !person.role) person.role = m.role
  }
}

function pickByPosition(list: readonly Candidate[], lastSeen: Map<Candidate, number>, at: number): Candidate | undefined {
  if (list.length <= 1) return list[0]
  let best: Candidate | undefined
  for (const p of list) {
    const seen = lastSeen.get(p) ?? -1
    if (seen < at && (!best || seen > (lastSeen.get(best) ?? -1))) best = p
  }
  return best ?? list[0]
}

/** "Elon Musk" and "Elon R. Musk" are one person; so are a short and a long form of the same name. */
function sameFullName(a: string, b: string): boolean {
  const first = (s: string) => s.split(' ')[0]
  return first(a) === first(b) || a.endsWith(b) || b.endsWith(a)
}

