// Products named like people. AI news names assistants, models, agents and chips after persons or with
// given names ("Claude", "Devin", "Ernie", "Grace Hopper", "Blackwell"), and no list of products keeps up
// with them. The text says what they are: a product noun right before the name ("der Chatbot Claude",
// "the AI agent Devin"), a version number right after it ("Claude 3.5", "Ernie 4.0") or a product word
// after it ("Ernie Bot", "die Grace Hopper Plattform"). A word the text marks so in one place is a product
// wherever it stands alone; a full name with another surname stays a person ("Claude Shannon").
import type { Token } from './name-tokens'
import type { Mention } from '../people-merge'

/** German product nouns, as the end of a compound ("KI-Chatbot", "Sprachassistentin", "Superchip"); not
 * "Angebot", "Geschäftsmodell" or "knapp". */
const GERMAN_PRODUCT_NOUN = /(?:(?:^|-)(?:chat)?bot|(?:ki|sprach|chat|code|coding|software|digital)-?(?:assistent|agent)(?:in)?|(?:^|-|ki|sprach|basis|video|bild|text)modell|roboter|chip|gpu|prozessor|plattform|architektur|software|(?:^|-)app|betriebssystem|supercomputer|suchmaschine)$/

/** English product nouns standing alone ("the chatbot Claude", "the robot Sophia"). */
const ENGLISH_PRODUCT_NOUN = /^(?:chatbot|bot|robot|chip|superchip|gpu|processor|platform|app|software)$/

/** English nouns that are products only after a word of the trade: "AI assistant", "coding agent",
 * "language model" (a "model" or "agent" alone may be a person: "the model Kate Moss", "FBI agent"). */
const ENGLISH_QUALIFIED_NOUN = /^(?:assistant|agent|model)$/
const ENGLISH_QUALIFIER = /^(?:ai|voice|digital|virtual|coding|software|language|reasoning|video|image)$/

/** Words after a name that make it a product: "Ernie Bot", "Grace Hopper Plattform", "the Gemini app". */
const PRODUCT_FOLLOWER = /^(?:bot|chatbot|plattform|platform|superchip|chips?|gpus?|architektur|architecture|app|modell|modelle|models?)$/

/** A version: "3.5", "4.0", "4o", "v2". A bare integer is not one ("Shearer 2" in a scorers' line). */
const VERSION = /^(?:v?\d+(?:\.\d+)+|\d+[a-z]|v\d+)$/

function productNounBefore(tokens: readonly Token[], i: number, english: boolean): boolean {
  const prev = tokens[i - 1]
  if (prev === undefined || !prev.word) return false
  // German nouns are capitalised; "bot" in German text is a verb ("bot Atari … an").
  if (!english) return GERMAN_PRODUCT_NOUN.test(prev.lower) && /^\p{Lu}/u.test(prev.text)
  if (ENGLISH_PRODUCT_NOUN.test(prev.text)) return true
  return ENGLISH_QUALIFIED_NOUN.test(prev.text) && ENGLISH_QUALIFIER.test(tokens[i - 2]?.lower ?? '')
}

/** A version, product word or "AI" after the name; not after a possessive ("Suu Kyi's assistant"). */
function productMarkAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]
  if (next === undefined || !next.word || /['’]s?$/.test(tokens[i]?.text ?? '')) return false
  // "Moonshot AI", "Stability AI": the capitals, not "Ai Weiwei".
  return VERSION.test(next.lower) || PRODUCT_FOLLOWER.test(next.lower) || next.text === 'AI'
}

const isCapitalisedWord = (t: Token) => t.word && /^\p{Lu}/u.test(t.text)

/** The words the text marks as products somewhere (lower case). */
export function productWords(tokens: readonly Token[], english: boolean): Set<string> {
  const words = new Set<string>()
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (!isCapitalisedWord(t)) continue
    if (productNounBefore(tokens, i, english) || productMarkAfter(tokens, i)) words.add(t.lower)
  }
  return words
}

/** Mentions that name a product, not a person: a lone product word, a span holding a product word
 * ("Grace Hopper Plattform"), or a name right before a version or product word. */
export function withoutProducts<T extends { mentions: Mention[]; tokens: Token[]; english: boolean }>(found: T): T {
  const { tokens, english } = found
  const products = productWords(tokens, english)
  if (products.size === 0) return found
  const isProduct = (m: Mention): boolean => {
    if (productNounBefore(tokens, m.first, english) || productMarkAfter(tokens, m.last)) return true
    for (let i = m.first + 1; i <= m.last; i++) if (PRODUCT_FOLLOWER.test(tokens[i]?.lower ?? '')) return true
    return m.first === m.last && products.has(tokens[m.first]?.lower ?? '')
  }
  found.mentions = found.mentions.filter((m) => !isProduct(m))
  return found
}
