// English: things named in Title Case that hold a person's name or a given name ("Super Mario Run", "the
// Pearl Oscar Dress", "the Margaret Hamilton Lego minifigure", "the Arduino Zero board"). English
// capitalises little but names, so a capitalised word inside a sentence right before a name, or an article
// right before a full name, shows the name is part of a longer name or used as a modifier: the name of a
// product, a work or an event, no person the text talks about. A person so named is named elsewhere too
// ("Margaret Hamilton wrote the code"), so only a name the text never writes otherwise is dropped.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { isEnglishWordGivenName, isGivenName, isNameShaped } from './text/name-words'
import { isSentenceStart } from './people-links'
import { ENGLISH_DEMONYM_SET, ORG_FOLLOWERS, TITLES } from './text/names-data'
import { KINSHIP, titleOrRoleBefore } from './text/name-evidence'
import { isRoleToken } from './text/roles'

/** "Super Mario Run", "the Pearl Oscar Dress": a name after a prefix of products, or after capitalised words
 * that an article opens, none of them a given name, title, role, rank or word for a people ("the Holy Roman
 * Emperor Charles VI", "the Bosnian President Alija Izetbegovic" are persons). Without the article the
 * words before may be an unknown given name ("Sri Mulyani Indrawati", "Zine al-Abidine Ben Ali"). */
function inTitleCaseRun(tokens: readonly Token[], m: Mention): boolean {
  if (PRODUCT_PREFIXES.has(tokens[m.first - 1]?.text ?? '')) return true
  // "the Holy Roman Emperor Charles VI": the rank read into the name.
  for (let i = m.first; i < m.last; i++) if (isRank(tokens[i]!.lower)) return false
  let k = m.first - 1
  while (k >= 0 && isRunWord(tokens[k]!) && !isSentenceStart(tokens, k)) k--
  return k < m.first - 1 && /^(?:the|a|an)$/.test(tokens[k]?.text ?? '') && !titleOrRoleBefore(tokens, m.first, true)
}

/** Words that make a product of the name after them ("Super Mario", "Mega Man", "Smart Alex"). */
const PRODUCT_PREFIXES = new Set(['Super', 'Mega', 'Ultra', 'Hyper', 'Mini', 'Micro', 'Smart', 'Robo', 'Cyber'])

/** Ranks of monarchs and rulers that the roles do not list. */
const RANKS = new Set(['emperor', 'empress', 'tsar', 'czar', 'tsarina', 'sultan', 'emir', 'shah', 'kaiser', 'pharaoh', 'caliph'])

function isRunWord(t: Token): boolean {
  if (!t.word || !isNameShaped(t.text) || /['’]s?$/.test(t.text) || /^\p{Lu}+$/u.test(t.text)) return false
  const lower = t.lower
  return !isGivenName(t.text) && !isRank(lower) && !ENGLISH_DEMONYM_SET.has(lower) && !KINSHIP.has(lower)
}

const isRank = (lower: string) => TITLES.has(lower) || isRoleToken(lower) || RANKS.has(lower)

/** "the Margaret Hamilton Lego minifigure", "an Arduino Zero board": an article right before a full name
 * that a brand or a word of goods follows. Not "the Marc Dutroux case", "the George Floyd trial": those are
 * about the person. */
function modifiesAfterArticle(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last + 1]
  if (!/^(?:the|a|an)$/i.test(tokens[m.first - 1]?.text ?? '') || !next?.word) return false
  return isNameShaped(next.text) || GOODS.has(next.lower)
}

/** Nouns of goods a name is given to ("the Arduino Zero board", "a Stan Smith sneaker"). */
const GOODS = new Set(`board boards minifigure figure figurine doll dolls toy toys kit edition console phone watch dress gown
  shoe shoes sneaker sneakers boot boots bag handbag guitar bike car set collection perfume fragrance`.split(/\s+/))

/** "Dick Clark Productions", "Hang Seng Index", "Costume Design": a name ending in a word of firms, venues or
 * things is the thing's name; a person's name and a surname that is such a word ("Sally Field", "Ann Hall")
 * has a given name before it and no third word. */
function endsInThingWord(tokens: readonly Token[], m: Mention): boolean {
  const end = tokens[m.last]!.lower
  if (!ORG_FOLLOWERS.has(end) && !THING_ENDINGS.has(end)) return false
  const first = tokens[m.first]!.text
  return m.last - m.first > 1 || !(isGivenName(first) || isEnglishWordGivenName(first))
}

/** Ends of firms', works' and venues' names beside those that follow a name in running text (ORG_FOLLOWERS). */
const THING_ENDINGS = new Set(`productions pictures films records entertainment design designs index pavilion amphitheater
  amphitheatre theater theatre field hall door window`.split(/\s+/))

/** Drops the names the text only ever writes inside a thing's name; their lone mentions go with them. */
export function withoutNamedThings(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  const longer = mentions.filter((m) => m.last > m.first)
  const framed = new Set(longer.filter((m) => isThingName(tokens, m)).map((m) => m.surname))
  if (framed.size === 0) return mentions
  for (const m of longer) if (!isThingName(tokens, m)) framed.delete(m.surname)
  return mentions.filter((m) => !framed.has(m.surname))
}

const isThingName = (tokens: readonly Token[], m: Mention) => inTitleCaseRun(tokens, m) || modifiesAfterArticle(tokens, m) || endsInThingWord(tokens, m)
