// Tokens for the person finder: words (hyphenated compounds, "Musk's", "U.S" kept whole) and single
// punctuation marks, with their offsets, over all paragraphs. A line-break token separates paragraphs
// so no name or role runs across them.

export interface Token {
  text: string
  lower: string
  /** Offset in `source`. */
  start: number
  /** The paragraph the token comes from, and its index. */
  source: string
  paragraph: number
  word: boolean
}

// Latin letters as explicit ranges: much faster than Unicode property classes, and names in German and
// English news are written in Latin script (other scripts fall back to one token per character).
// Soft hyphens (U+00AD, hyphenation hints in web text) stay inside the word.
const TOKEN = /[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u00AD]+(?:['’.\-][0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u00AD]+)*(?:['’](?=\s|$))?|\S/g
const WORD_START = /[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]/

export function tokenize(paragraphs: readonly string[]): Token[] {
  const tokens: Token[] = []
  for (const [paragraph, source] of paragraphs.entries()) {
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
      const raw = m[0]
      const text = raw.indexOf('\u00AD') >= 0 ? raw.replace(/\u00AD/g, '') : raw
      const word = raw.length > 1 || WORD_START.test(raw)
      tokens.push({ text, lower: word ? text.toLowerCase() : text, start: m.index, source, paragraph, word })
    }
    tokens.push({ text: '\n', lower: '\n', start: source.length, source, paragraph, word: false })
  }
  return tokens
}
