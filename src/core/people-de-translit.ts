// German text spells Ukrainian and Russian given names in German transliteration ("Witalij", "Mychajlo",
// "Wjatscheslaw", "Walerij"), the given-name lists mostly in English ("Vitaliy", "Mykhailo", "Vyacheslav").
// A word whose English spelling is a known given name, before a surname, starts a person's name.
import type { Token } from './text/name-tokens'
import { isGivenName, isNameShaped } from './text/name-words'
import { isSecondNameWord, type TextFacts } from './text/name-facts'
import { ORG_FOLLOWERS } from './text/names-data'

/** The English transliteration of a German one: "witalij" -> "vitaliy", "mychajlo" -> "mykhailo". */
export function englishSpelling(lower: string): string {
  return lower
    .replace(/tsch/g, '\u0001').replace(/sch/g, 'sh').replace(/ch/g, 'kh').replace(/\u0001/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/^j/, 'y')
    .replace(/ij$/, 'iy').replace(/yj$/, 'yy')
    .replace(/j(?=[aeiou])/g, 'y')
    .replace(/([aeiou])j/g, '$1i')
}

/** Is this capitalised word a given name only in German transliteration? */
function isTransliteratedGivenName(t: Token): boolean {
  // The marks of the German spelling: "w", a "j" inside ("Julija") or "-ij" at the end; not "sch" or a first
  // "J" alone, which English words and names have too ("Schon", "Jones").
  if (!t.word || !/^\p{Lu}\p{Ll}{4,}$/u.test(t.text) || !/w|.j|[iy]j$/.test(t.lower) || isGivenName(t.text)) return false
  const english = englishSpelling(t.lower)
  return english !== t.lower && isGivenName(english.charAt(0).toUpperCase() + english.slice(1))
}

/** Full names that start with such a given name, over tokens no mention covers. */
export function transliteratedNames(tokens: readonly Token[], covered: ReadonlySet<number>, facts: TextFacts): { first: number; last: number }[] {
  const found: { first: number; last: number }[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const given = tokens[i]!
    const surname = tokens[i + 1]!
    if (covered.has(i) || covered.has(i + 1) || !isTransliteratedGivenName(given) || !isSecondNameWord(surname, facts)) continue
    // "Dow Jones Sustainability Indexes": a third capitalised word makes the run a name of a thing.
    if (ORG_FOLLOWERS.has(tokens[i + 2]?.lower ?? '') || isNameShaped(tokens[i + 2]?.text ?? '')) continue
    found.push({ first: i, last: i + 1 })
    i++
  }
  return found
}
