/**
 * Required literals of a regex: strings one of which every match contains. The load-time script
 * tests them natively on the page's text and runs the clutter rules only where one occurs (a
 * prefilter, as RE2 and Hyperscan do), instead of running every rule on every block.
 *
 * Sound for the texts the rules see (a block's whitespace-normalized own text, a link's text): a
 * literal never holds whitespace, so it is found unchanged in the raw text nodes, whatever
 * whitespace the page has. Anything this parser does not know (the 'u' flag, back-references,
 * unusual escapes) yields null: no prefilter, every block is judged.
 */

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

/** Literals one of which each match of `re` contains (case as written: match them with the 'i' flag), or null. */
export function requiredLiterals(re: RegExp): Literals | null {
  if (re.unicode || re.flags.includes('v')) return null
  try {
    const parser = new Parser(re.source)
    const literals = parser.alternation()
    if (!parser.done()) return null
    return literals
  } catch (error) {
    if (error instanceof Unsupported) return null
    throw error
  }
}

class Parser {
  private at = 0
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length
  }

  /** Branches separated by |: every branch must yield literals. */
  alternation(): Literals | null {
    let union: Literals | null = this.sequence()
    while (this.source[this.at] === '|') {
      this.at++
      const branch = this.sequence()
      union = union && branch ? [...union, ...branch] : null
    }
    return union
  }

  /** Atoms in a row: runs of single characters become literals; the most selective one is kept. */
  private sequence(): Literals | null {
    const found: Literals[] = []
    let run: string[] = ['']
    const endRun = () => {
      if (run[0] !== '') found.push(run)
      run = ['']
    }
    while (!this.done() && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom()
      const [min, max] = this.quantifier()
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

  private atom(): Atom {
    const c = this.source[this.at++]!
    switch (c) {
      case '^':
      case '$':
        return { type: 'zero-width' }
      case '.':
        return { type: 'any' }
      case '[':
        return this.characterClass()
      case '(':
        return this.group()
      case '\\':
        return this.escape()
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat')
      default:
        return literal(c)
    }
  }

  private group(): Atom {
    const prefix = /^\?(?::|=|!|<=|<!|<[^>]*>)/.exec(this.source.slice(this.at))?.[0] ?? ''
    if (!prefix && this.source[this.at] === '?') throw new Unsupported('group modifiers')
    this.at += prefix.length
    // A lookaround matches no text of its own: what it requires need not be in the match.
    const lookaround = /^\?(?:=|!|<=|<!)$/.test(prefix)
    const literals = this.alternation()
    if (this.source[this.at++] !== ')') throw new Unsupported('unclosed group')
    return lookaround ? { type: 'zero-width' } : { type: 'group', literals }
  }

  private characterClass(): Atom {
    const chars: string[] = []
    let plain = this.source[this.at] !== '^'
    for (let c = this.source[this.at++]; c !== ']'; c = this.source[this.at++]) {
      if (c === undefined) throw new Unsupported('unclosed class')
      if (c === '\\') {
        const escaped = this.escape()
        if (escaped.type === 'chars') chars.push(...escaped.chars)
        else plain = false
      } else if (this.source[this.at] === '-' && this.source[this.at + 1] !== ']') {
        plain = false // a range: too many characters to list
      } else if (WHITESPACE.test(c)) {
        plain = false
      } else chars.push(c)
    }
    return plain && chars.length > 0 ? { type: 'chars', chars } : { type: 'any' }
  }

  /** After a backslash. */
  private escape(): Atom {
    const c = this.source[this.at++]
    if (c === undefined) throw new Unsupported('trailing backslash')
    if (c === 'b' || c === 'B') return { type: 'zero-width' }
    if ('dDwWsSnrtvf0'.includes(c)) return { type: 'any' }
    if (c === 'x' || c === 'u') {
      const hex = this.source.slice(this.at, this.at + (c === 'x' ? 2 : 4))
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== (c === 'x' ? 2 : 4)) throw new Unsupported(`\\${c}`)
      this.at += hex.length
      return literal(String.fromCharCode(parseInt(hex, 16)))
    }
    if (/[1-9ck]/.test(c)) throw new Unsupported(`\\${c}`)
    return literal(c)
  }

  /** The bounds of a quantifier after an atom ([1, 1] when there is none). */
  private quantifier(): [number, number] {
    const c = this.source[this.at]
    let bounds: [number, number] | null = null
    if (c === '*') bounds = [0, Infinity]
    else if (c === '+') bounds = [1, Infinity]
    else if (c === '?') bounds = [0, 1]
    if (bounds) this.at++
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at))
      if (!m) return [1, 1] // a literal "{" (Annex B)
      this.at += m[0].length
      const min = Number(m[1])
      bounds = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity]
    } else return [1, 1]
    if (this.source[this.at] === '?') this.at++ // lazy
    return bounds
  }
}

function literal(c: string): Atom {
  return WHITESPACE.test(c) ? { type: 'any' } : { type: 'chars', chars: [c] }
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
