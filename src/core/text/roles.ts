// Roles next to a name: "der ukrainische Präsident Wolodymyr Selenskyj", "OpenAI-Chef Sam Altman",
// "Andrij Jermak, der Leiter des ukrainischen Präsidialamts", "Sam Altman, the chief executive of
// OpenAI". German roles are given back in the nominative without article ("dem ukrainischen
// Präsidenten" -> "ukrainischer Präsident").
import type { Token } from './name-tokens'
import { ENGLISH_ROLES, GERMAN_ROLE_HEAD_LIST, NOT_ROLES } from './names-data'
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS } from './tokens'

const ROLE_HEAD = new RegExp(`(?:${GERMAN_ROLE_HEAD_LIST.join('|')})(?:en|n|s|es|e|in|innen|r)?$`)
const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einen', 'eines', 'einer'])
const OBLIQUE_ARTICLES = new Set(['dem', 'den', 'des', 'einem', 'einen', 'eines'])
const ENGLISH_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'whose'])
const ENGLISH_MODIFIERS = new Set(['former', 'then', 'current', 'new', 'longtime', 'outgoing', 'incoming', 'acting', 'interim', 'deputy', 'senior', 'chief', 'executive', 'vice', 'co'])
const SPEECH_WORDS = new Set(['says', 'told', 'wrote', 'warns', 'adds', 'notes'])
const GERMAN_ADJECTIVE = /^(?:[a-zäöüß][\p{L}-]*|\p{Lu}{2,}-[\p{Ll}][\p{L}-]*)(?:e|en|er|es|em)$/u
const ADJECTIVAL_NOUN = /(?:vorsitzende|abgeordnete|beauftragte|gesandte)[nr]?$/
const PHRASE_END = new Set([',', '.', ';', ':', ')', '(', '\n', '–', '—', '!', '?', '“', '"', '«', '»'])
/** Appositions longer than this are clauses, not roles. */
const MAX_ROLE_TOKENS = 9

/** The role head a German word ends with ("us-präsidenten" -> match), or null. */
export function germanRoleHead(lower: string): string | null {
  const hit = headCache.get(lower)
  if (hit !== undefined) return hit
  if (headCache.size >= 20_000) headCache.clear()
  const head = NOT_ROLES.has(lower) ? null : (ROLE_HEAD.exec(lower)?.[0] ?? null)
  headCache.set(lower, head)
  return head
}
const headCache = new Map<string, string | null>()

/** German nouns are capitalised; a compound counts by its last part ("xAI-Gründer", "iPhone-Chef"). */
export function isCapitalisedNoun(text: string): boolean {
  const last = text.slice(text.lastIndexOf('-') + 1)
  return /^\p{Lu}/u.test(last) && /^[\p{Lu}\p{Ll}]/u.test(text)
}

export function isRoleToken(lower: string): boolean {
  return ENGLISH_ROLES.has(lower)
}

/** Role right before the name at `i`: "der ehemalige US-Präsident", "OpenAI-Chef", "Nvidia CEO". */
export function readRoleBefore(tokens: readonly Token[], i: number): string | null {
  const head = tokens[i - 1]
  if (!head || !head.word) return null
  const before = tokens[i - 2]
  const englishCompound = ENGLISH_ROLES.has(head.lower) && before !== undefined
    && (ENGLISH_ROLES.has(before.lower) || ENGLISH_MODIFIERS.has(before.lower))
  if (isCapitalisedNoun(head.text) && germanRoleHead(head.lower) && !englishCompound) return germanRoleBefore(tokens, i - 1)
  if (ENGLISH_ROLES.has(head.lower)) return englishRoleBefore(tokens, i - 1)
  return null
}

/** A role phrase before a name set off by commas: "Der Leiter des Instituts, Hans-Peter Meier, warnte". */
export function readRoleBeforeComma(tokens: readonly Token[], first: number, last: number): string | null {
  if (tokens[first - 1]?.text !== ',' || !/^[,)–]$/.test(tokens[last + 1]?.text ?? '')) return null
  const complementEnd = first - 1
  for (let h = complementEnd - 1; h >= Math.max(0, complementEnd - MAX_COMPLEMENT - 1); h--) {
    const t = tokens[h] as Token
    if (!t.word) return null
    if (!/^\p{Lu}/u.test(t.text) || !germanRoleHead(t.lower)) continue
    const complement = tokens.slice(h + 1, complementEnd)
    if (complement.length > 0 && !COMPLEMENT_START.has(complement[0]!.lower)) return null
    let k = h - 1
    const adjectives: string[] = []
    while (k >= 0 && adjectives.length < 3 && GERMAN_ADJECTIVE.test(tokens[k]!.text) && !GERMAN_STOPWORDS.has(tokens[k]!.lower)) {
      adjectives.unshift(tokens[k]!.text)
      k--
    }
    const article = tokens[k]?.word ? tokens[k]!.lower : ''
    if (!ARTICLES.has(article)) return null
    return normalizeGermanRole(adjectives, t.text, article, complement)
  }
  return null
}
/** Words after the role noun that belong to it ("des Instituts", "von OpenAI", "bei Google"). */
const MAX_COMPLEMENT = 5
const COMPLEMENT_START = new Set(['des', 'der', 'von', 'vom', 'bei', 'beim', 'im', 'für', 'of', 'at'])

function germanRoleBefore(tokens: readonly Token[], headAt: number): string | null {
  const head = tokens[headAt] as Token
  // "Nvidia CEO Jensen Huang" in an English sentence: the company belongs to the role.
  if (/^[A-Z]{2,4}$/.test(head.text)) return englishRoleBefore(tokens, headAt)
  const adjectives: string[] = []
  let k = headAt - 1
  while (k >= 0 && adjectives.length < 3) {
    const t = tokens[k] as Token
    if (!t.word || GERMAN_STOPWORDS.has(t.lower) || !GERMAN_ADJECTIVE.test(t.text)) break
    adjectives.unshift(t.text)
    k--
  }
  const before = tokens[k]
  const article = before?.word && ARTICLES.has(before.lower) ? before.lower : null
  // Without an article the words before the noun may be verbs ("erklärte Microsoft-Sprecher Frank Shaw").
  return normalizeGermanRole(article ? adjectives : [], head.text, article, [])
}

/** English roles run back over modifiers and company names: "former U.S. President", "OpenAI chief executive". */
function englishRoleBefore(tokens: readonly Token[], headAt: number): string | null {
  let k = headAt - 1
  let capitalSeen = false
  const headCapitalised = /^\p{Lu}/u.test((tokens[headAt] as Token).text)
  while (k >= 0 && headAt - k < 5 && fitsEnglishRole(tokens, k)) {
    const t = tokens[k] as Token
    const lowerNoun = /^\p{Ll}+$/u.test(t.text) && !ENGLISH_ROLES.has(t.lower) && !ENGLISH_MODIFIERS.has(t.lower)
    // "EU competition chief": lower-case nouns sit next to a lower-case head; "impeach South Korean
    // President", "Altman met President": a lower-case word before a capitalised role is a verb.
    if (lowerNoun && (capitalSeen || headCapitalised)) break
    if (/^\p{Lu}/u.test(t.text)) capitalSeen = true
    k--
  }
  const first = tokens[k + 1] as Token
  const head = tokens[headAt] as Token
  return head.source.slice(first.start, head.start + head.text.length)
}

function fitsEnglishRole(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token
  if (t.text === '.' && /^(?:\p{Lu}\.)*\p{Lu}$/u.test(tokens[k - 1]?.text ?? '')) return true // "U.S."
  if (!t.word || ENGLISH_DETERMINERS.has(t.lower)) return false
  if (ENGLISH_ROLES.has(t.lower) || ENGLISH_MODIFIERS.has(t.lower)) return true
  // Lower-case nouns modify the role ("competition chief", "technology secretary"); verbs do not.
  if (/^\p{Ll}+$/u.test(t.text)) return !ENGLISH_STOPWORDS.has(t.lower) && !/(?:ed|ly|ing)$/.test(t.lower) && !SPEECH_WORDS.has(t.lower)
  // A capitalised word is a company ("Nvidia CEO"); a capitalised function word ("The") is not.
  return /^\p{Lu}/u.test(t.text) && !ENGLISH_STOPWORDS.has(t.lower) && !GERMAN_STOPWORDS.has(t.lower)
}

/** Role in an apposition right after the name at `last`: ", der Leiter des ukrainischen Präsidialamts,". */
export function readRoleAfter(tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',') return null
  let k = last + 2
  const articleToken = tokens[k]
  const article = articleToken && (ARTICLES.has(articleToken.lower) || ENGLISH_DETERMINERS.has(articleToken.lower)) ? articleToken.lower : null
  if (article) k++
  const english = article !== null && ENGLISH_DETERMINERS.has(article)
  // ", the Austrian privacy activist whose group …": the role ends where a relative clause starts.
  const end = (english ? relativeClauseStart(tokens, k) : null) ?? phraseEnd(tokens, k)
  if (end === k) return null
  return english || !article ? englishOrBareApposition(tokens, k, end, english) : germanApposition(tokens, k, end, article)
}

function relativeClauseStart(tokens: readonly Token[], k: number): number | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + MAX_ROLE_TOKENS); j++) {
    const t = tokens[j] as Token
    if (PHRASE_END.has(t.text)) return null
    if (RELATIVE_PRONOUNS.has(t.lower)) return j
  }
  return null
}
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which', 'that', 'whom'])

function phraseEnd(tokens: readonly Token[], k: number): number {
  let end = k
  while (end < tokens.length && end - k < MAX_ROLE_TOKENS && !PHRASE_END.has(tokens[end]!.text)) end++
  // A role ends at punctuation; a phrase that runs on is a clause ("…, der das Unternehmen leitet").
  return PHRASE_END.has(tokens[end]?.text ?? '\n') ? end : k
}

function germanApposition(tokens: readonly Token[], k: number, end: number, article: string): string | null {
  // "die für Technologie zuständige Vizepräsidentin der Kommission": a participial attribute comes first.
  const attributeEnd = participialAttributeEnd(tokens, k, end)
  let h = attributeEnd
  const adjectives: string[] = []
  while (h < end && GERMAN_ADJECTIVE.test(tokens[h]!.text) && !GERMAN_STOPWORDS.has(tokens[h]!.lower)) {
    adjectives.push(tokens[h]!.text)
    h++
  }
  const head = tokens[h]
  if (!head || h >= end || !isCapitalisedNoun(head.text) || !germanRoleHead(head.lower)) return null
  const role = normalizeGermanRole(adjectives, head.text, article, tokens.slice(h + 1, end))
  return attributeEnd > k ? `${joinTokens(tokens.slice(k, attributeEnd))} ${role}` : role
}

/** End of a participial attribute at `k` (a preposition and up to three words, then an adjective before a
 * capitalised noun), or `k` itself when there is none. */
function participialAttributeEnd(tokens: readonly Token[], k: number, end: number): number {
  if (!PREPOSITIONS.has(tokens[k]?.lower ?? '')) return k
  for (let j = k + 2; j < Math.min(end, k + 5); j++) {
    const t = tokens[j] as Token
    const next = tokens[j + 1]
    if (GERMAN_ADJECTIVE.test(t.text) && !GERMAN_STOPWORDS.has(t.lower) && next && /^\p{Lu}/u.test(next.text)) return j
  }
  return k
}

const PREPOSITIONS = new Set(['für', 'in', 'im', 'bei', 'beim', 'von', 'vom', 'mit', 'seit', 'am', 'zum', 'zur', 'an'])

/** "the chief executive of OpenAI", "Chef von OpenAI", "CEO of Nvidia": a role word in the first three words. */
function englishOrBareApposition(tokens: readonly Token[], k: number, end: number, english: boolean): string | null {
  // "Zum Schluss, Frau Präsidentin, …": a role after a form of address is whom the speaker addresses.
  if (/^(?:Herr|Herrn|Frau)$/.test(tokens[k]?.text ?? '')) return null
  for (let h = k; h < Math.min(end, k + 4); h++) {
    const t = tokens[h] as Token
    const isHead = ENGLISH_ROLES.has(t.lower) || (isCapitalisedNoun(t.text) && germanRoleHead(t.lower) !== null)
    if (!isHead) continue
    // "the Austrian privacy activist": names, roles and (after an English article) nouns in lower case
    // modify the head; a bare German phrase with lower-case words is a clause (", sagte der Minister").
    if (h > k && !tokens.slice(k, h).every((x, i) => ENGLISH_ROLES.has(x.lower) || ENGLISH_MODIFIERS.has(x.lower)
      || /^\p{Lu}/u.test(x.text) || (english && fitsEnglishRole(tokens, k + i)))) return null
    const first = tokens[k] as Token
    const last = tokens[end - 1] as Token
    return first.source.slice(first.start, last.start + last.text.length)
  }
  return null
}

/** Nominative, no article: adjectives strong ("ukrainischer", "ehemalige"), weak nouns back to base. */
export function normalizeGermanRole(adjectives: readonly string[], head: string, article: string | null, rest: readonly Token[]): string {
  const lower = head.toLowerCase()
  const feminine = /in(?:nen)?$/.test(lower) || ((article === 'die' || article === 'eine') && ADJECTIVAL_NOUN.test(lower))
  const oblique = (article !== null && OBLIQUE_ARTICLES.has(article))
    || (article === 'der' && adjectives.some((a) => a.endsWith('en')))
  const adjectiveEnding = feminine ? 'e' : 'er'
  const words = adjectives.map((a) => a.replace(/(?:en|em|er|es|e)$/, '') + adjectiveEnding)
  words.push(nominativeNoun(head, feminine, oblique))
  const complement = rest.length ? joinTokens(rest) : ''
  return complement ? `${words.join(' ')} ${complement}` : words.join(' ')
}

function nominativeNoun(head: string, feminine: boolean, oblique: boolean): string {
  const lower = head.toLowerCase()
  if (ADJECTIVAL_NOUN.test(lower)) return head.replace(/[nr]$/, '') + (feminine ? '' : 'r')
  if (feminine || !oblique) return head
  if (/(?:ent|ant|ist|at|ot|om|oph|graf|arch|ast)en$/.test(lower)) return head.slice(0, -2)
  if (/(?:g|t|d|s)en$/.test(lower) && !/(?:ier|eur|or|er)en$/.test(lower)) return head.slice(0, -1)
  if (/[^s]s$/.test(lower)) return head.slice(0, -1)
  return head
}

function joinTokens(tokens: readonly Token[]): string {
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  return first.source.slice(first.start, last.start + last.text.length)
}
