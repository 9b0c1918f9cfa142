// Tokens for the person finder: words (hyphenated compounds, "Musk's", "U.S" kept whole) and single
// punctuation marks, with their offsets, over all paragraphs. A line-break token separates paragraphs
// so no name or role runs across them.

export interface Token {
  text: string
  lower: string
  /** Offset in `source`. */
  start: number
  /** The paragraph the token comes from. */
  source: string
  word: boolean
}

// Latin letters as explicit ranges: much faster than Unicode property classes, and names in German and
// English news are written in Latin script (other scripts fall back to one token per character).
// Soft hyphens (U+00AD, hyphenation hints in web text) stay inside the word.
const TOKEN = /[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u00AD]+(?:['’.\-][0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ\u00AD]+)*(?:['’](?=\s|$))?|\S/g
const WORD_START = /[0-9A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]/

export function tokenize(paragraphs: readonly string[]): Token[] {
  const tokens: Token[] = []
  for (const source of paragraphs) {
    for (const m of source.matchAll(TOKEN)) {
      const text = m[0].includes('\u00AD') ? m[0].replace(/\u00AD/g, '') : m[0]
      tokens.push({ text, lower: text.toLowerCase(), start: m.index, source, word: WORD_START.test(text.charAt(0)) })
    }
    tokens.push({ text: '\n', lower: '\n', start: source.length, source, word: false })
  }
  return tokens
}
