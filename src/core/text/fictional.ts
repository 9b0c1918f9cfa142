// Fictional characters are not people of the article: "Wie Harry Potter …", "the character Tony Stark".
// Two tests: the best-known characters by name (chosen by hand, as news name them), and a word that
// introduces a character right before the name, in any text.
import type { Token } from './name-tokens'
import { germanRoleHead, isRoleToken } from './roles'

/** Characters news compare things with, and placeholder names ("John Doe"); full names and the short
 * names they go by, lower case. */
const CHARACTERS = new Set(`
harry potter|hermine granger|hermione granger|ron weasley|albus dumbledore|lord voldemort|voldemort
sherlock holmes|dr. watson|james bond|lara croft|indiana jones|darth vader|luke skywalker|han solo
obi-wan kenobi|yoda|frodo beutlin|frodo baggins|bilbo beutlin|bilbo baggins|gandalf|gollum
bruce wayne|batman|clark kent|superman|peter parker|spider-man|tony stark|iron man|lex luthor
mickey mouse|micky maus|donald duck|dagobert duck|homer simpson|bart simpson|marge simpson
super mario|pippi langstrumpf|pippi longstocking|winnetou|old shatterhand|tim und struppi
don quijote|don quixote|mephisto|dracula|frankenstein|robinson crusoe
forrest gump|rocky balboa|john mcclane|ethan hunt|jack sparrow|hannibal lecter|walter white
jon snow|daenerys targaryen|tyrion lannister|captain kirk|james t. kirk|mr. spock|jean-luc picard
hal 9000|sarah connor|john connor|agent smith
john doe|jane doe|max mustermann|erika mustermann|otto normalverbraucher
`.trim().split(/[|\n]/).map((name) => name.trim()).filter(Boolean))

/** Words that introduce a character: "die Romanfigur Effi Briest", "the character Walter White". */
const CHARACTER_CUE = /^(?:(?:roman|film|comic|serien|kunst|haupt|neben|spiel|märchen)?figur|titel(?:held|figur)(?:in)?|romanheld(?:in)?|protagonist(?:in)?|superheld(?:in)?|character|protagonist|superhero|alter ego)$/

/** Is this person's name a well-known fictional character? */
export function isFictionalName(name: string): boolean {
  return CHARACTERS.has(name.toLowerCase())
}

/** An actor's role: "Jeff Goldblum, playing the chaos theorist Ian Malcolm", "Sie verkörpert die Kommissarin Lena Odenthal". */
const ACTOR_VERB = /^(?:playing|plays|played|portraying|portrays|portrayed|spielt|spielte|verkörpert|verkörperte|mimt|mimte)$/
/** Words after which the name is a partner or an opponent, no role: "playing against Rafael Nadal", "spielt mit Thomas Müller". */
const NOT_A_ROLE = /^(?:with|against|for|alongside|opposite|beside|to|in|at|on|under|mit|gegen|für|neben|bei|an|im|am|auf|vor|unter|zusammen)$/

/** Does a word that introduces a character stand right before the name at `first` (article or
 * adjective between allowed: "der fiktiven Figur Jim Knopf"), or an actor's verb a few lower-case
 * words before it? */
export function characterCueBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const t = tokens[k]
    if (!t?.word) return false
    if (CHARACTER_CUE.test(t.lower)) return true
  }
  return actorVerbBefore(tokens, first)
}

/** The role is named with its article: "playing the theorist …", "verkörpert die Kommissarin …". Right after
 * the verb stands its subject as often ("Heute spielt Alexander Zverev"). */
const ROLE_ARTICLE = /^(?:the|a|an|der|die|das|den|einen|eine|einer)$/

const AGENT_NOUN = /(?:ist|er|or|ian|ant|ent|eur|in)$/
const isTrade = (t: Token) => isRoleToken(t.lower) || germanRoleHead(t.lower) !== null || (t.text === t.lower && AGENT_NOUN.test(t.lower))

function actorVerbBefore(tokens: readonly Token[], first: number): boolean {
  // Back over the role to its article: "the chaos theorist", "die Kommissarin".
  let k = first - 1
  while (k >= first - 4 && tokens[k]?.word && !ROLE_ARTICLE.test(tokens[k]!.lower)) {
    const t = tokens[k]!
    if (t.text !== t.lower && !isRoleToken(t.lower) && germanRoleHead(t.lower) === null) return false
    k--
  }
  // The word before the name names the character's trade ("theorist", "Kommissarin"), not only how it is ("the young Jannik Sinner").
  if (!ROLE_ARTICLE.test(tokens[k]?.lower ?? '') || k === first - 1 || !isTrade(tokens[first - 1]!)) return false
  // Then back to the verb in the same clause; the actor may stand between ("verkörpert Ulrike Folkerts die …").
  for (let v = k - 1; v >= Math.max(0, k - 5); v--) {
    const t = tokens[v]
    if (!t?.word || NOT_A_ROLE.test(t.lower)) return false
    if (ACTOR_VERB.test(t.lower)) return true
  }
  return false
}
