// Fictional characters are not people of the article: "Wie Harry Potter …", "the character Tony Stark".
// Two tests: the best-known characters by name (chosen by hand, as news name them), and a word that
// introduces a character right before the name, in any text.
import type { Token } from './name-tokens'

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

/** Does a word that introduces a character stand right before the name at `first` (article or
 * adjective between allowed: "der fiktiven Figur Jim Knopf")? */
export function characterCueBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const t = tokens[k]
    if (!t?.word) return false
    if (CHARACTER_CUE.test(t.lower)) return true
  }
  return false
}
