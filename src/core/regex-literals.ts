/**
 * Required literals of a regex: strings one of which every match contains. The load-time script
 * tests them natively on the page's text and runs the clutter rules only where one occurs (a
 * prefilter, as RE2 and Hyperscan do), instead of running every rule on every block.
 *
 * Runs at build time only (the extension's bundle gets the literals computed by scripts/build.mjs),
 * on the syntax tree of @eslint-community/regexpp.
 *
 * Sound for the texts the rules see (a block's whitespace-normalized own text, a link's text): a
 * literal never holds whitespace, so it is found unchanged in the raw text nodes, whatever
 * whitespace the page has. Anything not known here (the 'u' and 'v' flags, back-references) yields
 * null: no prefilter, every block is judged.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp'

/** Cross products of small classes ([mwd]) are kept up to this many alternatives. */
const MAX_ALTERNATIVES = 16
const WHITESPACE = /[\s\u200b]/

type Literals = string[]

/** One atom of a sequence, as far as required text goes. */
type Atom =
  | { type: 'chars'; chars: string[] } // one character out of these
  | { type: 'group'; literals: Literals | null }
  | { type: 'zero-width' } // ^ $ \b lookarounds: the text on both sides stays contiguous
  | { type: 'any' } // anything else: . \s \d, big or negated classes, whitespace

class Unsupported extends Error {}

const ANY: Atom = { type: 'any' }

/** Literals one of which each match of `re` contains (case as written: match them with the 'i' flag), or null. */
export function requiredLiterals(re: RegExp): Literals | null {
  if (re.unicode || re.flags.includes('v')) return null
  try {
    const pattern = new RegExpParser().parsePattern(re.source, 0, re.source.length, { unicode: false })
    return alternation(pattern.alternatives)
  } catch (error) {
    if (error instanceof Unsupported || error instanceof SyntaxError) return null
    throw error
  }
}

/** Branches separated by |: every branch must yield literals. */
function alternation(branches: readonly AST.Alternative[]): Literals | null {
  let union: Literals | null = []
  for (const branch of branches) {
    const literals = sequence(branch.elements)
    union = union && literals ? [...union, ...literals] : null
  }
  return union
}

/** Atoms in a row: runs of single characters become literals; the most selective one is kept. */
function sequence(elements: readonly AST.Element[]): Literals | null {
  const found: Literals[] = []
  let run: string[] = ['']
  const endRun = () => {
    if (run[0] !== '') found.push(run)
    run = ['']
  }
  for (const element of elements) {
    const quantified = element.type === 'Quantifier'
    const atom = atomOf(quantified ? element.element : element)
    const [min, max] = quantified ? [element.min, element.max] : [1, 1]
    if (atom.type === 'zero-width') continue
    if (atom.type === 'group') {
      endRun()
      if (min >= 1 && atom.literals) found.push(atom.literals)
      continue
    }
    if (atom.type === 'any' || min === 0) {
      endRun()
      continue
    }
    const extended = run.flatMap((prefix) => atom.chars.map((c) => prefix + c))
    if (extended.length > MAX_ALTERNATIVES) {
      endRun()
      continue
    }
    run = extended
    // A repeated character: the run ends with one copy; what follows follows a copy too.
    if (max !== 1) {
      endRun()
      run = atom.chars.length === 1 ? [...atom.chars] : ['']
    }
  }
  endRun()
  return best(found)
}

function atomOf(element: AST.QuantifiableElement | AST.Assertion): Atom {
  switch (element.type) {
    case 'Character':
      return literal(String.fromCodePoint(element.value))
    case 'CharacterClass':
      return characterClass(element)
    case 'Group':
    case 'CapturingGroup':
      return { type: 'group', literals: alternation(element.alternatives) }
    // A lookaround matches no text of its own: what it requires need not be in the match.
    case 'Assertion':
      return { type: 'zero-width' }
    case 'Backreference':
      throw new Unsupported('back-reference')
    default:
      return ANY // ., \d, \s, \w and the like
  }
}

function characterClass(element: AST.CharacterClass): Atom {
  if (element.negate || element.unicodeSets) return ANY
  const chars: string[] = []
  for (const member of element.elements) {
    // A range or an escape such as \d: too many characters to list.
    if (member.type !== 'Character') return ANY
    const c = String.fromCodePoint(member.value)
    if (WHITESPACE.test(c)) return ANY
    chars.push(c)
  }
  return chars.length > 0 ? { type: 'chars', chars } : ANY
}

function literal(c: string): Atom {
  return WHITESPACE.test(c) ? ANY : { type: 'chars', chars: [c] }
}

/** The most selective set: the longest shortest literal, then the fewest alternatives. */
function best(found: Literals[]): Literals | null {
  let chosen: Literals | null = null
  let bestScore = -1
  for (const literals of found) {
    const score = Math.min(...literals.map((l) => l.length)) * 100 - literals.length
    if (score > bestScore) {
      chosen = literals
      bestScore = score
    }
  }
  return chosen
}
