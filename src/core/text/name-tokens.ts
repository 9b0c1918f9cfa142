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

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$))?|\S/gu

export function tokenize(paragraphs: readonly string[]): Token[] {
  const tokens: Token[] = []
  for (const source of paragraphs) {
    for (const m of source.matchAll(TOKEN)) {
      const text = m[0]
      tokens.push({ text, lower: text.toLowerCase(), start: m.index, source, word: /^[\p{L}\p{N}]/u.test(text) })
    }
    tokens.push({ text: '\n', lower: '\n', start: source.length, source, word: false })
  }
  return tokens
}
