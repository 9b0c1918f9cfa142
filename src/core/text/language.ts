// STUB — replaced by the text work. Contract below is fixed.
/** Guess "de" or "en" (or null) from text, for pages without a lang attribute. */
export function detectLanguage(text: string): string | null {
  const words = text.toLowerCase().split(/\s+/)
  const de = words.filter((w) => ['der', 'die', 'das', 'und', 'nicht', 'ist'].includes(w)).length
  const en = words.filter((w) => ['the', 'and', 'of', 'is', 'not', 'to'].includes(w)).length
  if (de + en < 3) return null
  return de >= en ? 'de' : 'en'
}
