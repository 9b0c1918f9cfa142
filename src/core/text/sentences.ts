// Sentence splitting for German and English news text.
//
// A candidate boundary is sentence punctuation (. ! ? …), optionally followed by closing quotes or
// brackets, then whitespace, then something that can start a sentence (a capital, a digit, an opening
// quote). A candidate is rejected when the period belongs to an abbreviation, an initial or an
// ordinal ("3. Juli"), or when it sits inside a short quotation.
import { ENGLISH_STOPWORDS, GERMAN_STOPWORDS, primaryLanguage } from './tokens'

const CANDIDATE = /([.!?…]+)([")\]»«“”’']*)\s+/g
const SENTENCE_START = /[\p{Lu}\p{N}„"»«“‚'(\[]/u

/** Abbreviations that never end a sentence: titles, "Nr.", "vgl." ... (lower case, without the final dot). */
const NEVER_FINAL = new Set([
  'dr', 'prof', 'hr', 'hrn', 'fr', 'st', 'nr', 'no', 'vgl', 'bzw', 'ca', 'sog', 'bspw', 'evtl', 'ggf', 'inkl',
  'zzgl', 'exkl', 'abs', 'art', 'bd', 'hrsg', 'jh', 'jhd', 'tel', 'str', 'mr', 'mrs', 'ms', 'vs', 'gen',
  'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'mt', 'ft', 'approx', 'dept', 'fig', 'vol', 'pp', 'bzgl', 'ugs',
  'max', 'min', 'mind', 'resp', 'geb', 'gest', 'verh', 'dipl', 'ing', 'med', 'phil', 'rer', 'nat', 'habil',
  'mag', 'univ', 'sr', 'jr', 'ph.d', 'z.b', 'u.a', 'd.h', 'o.ä', 'u.ä', 'z.t', 'u.u', 'i.d.r', 'e.g', 'i.e',
  's.o', 's.u', 'v.a', 'z.zt', 'ebd', 'lat', 'engl', 'franz', 'dt', 'allg', 'einschl', 'entspr', 'erg',
  'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec',
])

/** Abbreviations that may also end a sentence ("… Äpfel, Birnen usw. Die …"). */
const MAYBE_FINAL = new Set([
  'usw', 'etc', 'mio', 'mrd', 'tsd', 'bill', 'inc', 'corp', 'ltd', 'co', 'bros', 'u.s', 'u.k', 'a.m', 'p.m',
  'chr', 'v.chr', 'n.chr', 'u.v.m', 'uvm', 'ff', 'al', 'e.v', 'e.u', 'a.d', 'i.r',
])

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
])

/** Words after an ordinal that show a new sentence begins ("… auf Platz 3. Dahinter folgt …"). */
const SENTENCE_OPENERS = new Set([
  'dahinter', 'danach', 'damit', 'dabei', 'dann', 'deshalb', 'daher', 'trotzdem', 'zudem', 'außerdem',
  'allerdings', 'bisher', 'inzwischen', 'jetzt', 'nun', 'heute', 'seitdem', 'insgesamt',
])

/** Quotations longer than this are split inside: a long quoted speech holds several sentences. */
const MAX_PROTECTED_QUOTE = 400

/** Split a paragraph into sentences, verbatim (trimmed). Knows German abbreviations, ordinals, dates, datelines. */
export function splitSentences(text: string, lang: string | null): string[] {
  const sentences: string[] = []
  const primary = primaryLanguage(lang)
  for (const block of text.split(/\n+/)) splitBlock(block, primary, sentences)
  return sentences
}

function splitBlock(block: string, lang: string | null, out: string[]): void {
  const quotes = quoteSpans(block)
  let start = 0
  for (const match of block.matchAll(CANDIDATE)) {
    const punct = match[1] ?? ''
    const closers = match[2] ?? ''
    const at = match.index
    const end = at + punct.length + closers.length
    const next = block.slice(at + match[0].length)
    if (!SENTENCE_START.test(next.charAt(0))) continue
    if (insideQuote(quotes, at, end)) continue
    if (punct === '.' && !periodEndsSentence(block, at, next, lang)) continue
    if (/^[…]|^\.\.\./.test(punct) && /[[(]/.test(block.charAt(at - 1))) continue // "[…]" marks an omission
    pushTrimmed(out, block.slice(start, end))
    start = at + match[0].length
  }
  pushTrimmed(out, block.slice(start))
}

function pushTrimmed(out: string[], piece: string): void {
  const trimmed = piece.trim()
  if (trimmed) out.push(trimmed)
}

/** Does the single period at `at` end a sentence, given the word before it and the text after it? */
function periodEndsSentence(block: string, at: number, next: string, lang: string | null): boolean {
  const before = block.slice(Math.max(0, at - 40), at)
  const token = lastToken(before)
  if (!token) return true
  const nextWord = (next.match(/^[„"»«“‚'([]*([\p{L}\p{N}]+)/u)?.[1] ?? '').toLowerCase()

  if (/^\d+$/.test(token)) return ordinalEndsSentence(token, nextWord, lang)
  if (/^\p{L}$/u.test(token)) return false // an initial ("John F. Kennedy") or part of "z. B."
  const key = abbreviationKey(token, before)
  if (NEVER_FINAL.has(key)) return false
  if (MAYBE_FINAL.has(key)) return opensSentence(nextWord)
  // Dotted abbreviations such as "U.S" or "z.B" that are not on the lists.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(token)) return opensSentence(nextWord)
  return true
}

/** "3. Juli", "im 20. Jahrhundert" keep going; "… im Jahr 2024. Nvidia …" ends. */
function ordinalEndsSentence(digits: string, nextWord: string, lang: string | null): boolean {
  if (lang === 'en') return true
  if (MONTHS.has(nextWord)) return false
  if (digits.length >= 4) return true
  return opensSentence(nextWord)
}

function opensSentence(word: string): boolean {
  return GERMAN_STOPWORDS.has(word) || ENGLISH_STOPWORDS.has(word) || SENTENCE_OPENERS.has(word)
}

/** The word right before a period, without leading quotes or brackets ("(Dr" -> "Dr"). */
function lastToken(before: string): string {
  const raw = before.match(/(\S+)$/)?.[1] ?? ''
  return raw.replace(/^[^\p{L}\p{N}]+/u, '')
}

/** Lower-case key of an abbreviation: "z. B" and "z.B" both give "z.b". */
function abbreviationKey(token: string, before: string): string {
  const spaced = before.match(/(?:^|\s|[(„"])((?:\p{L}\.\s?)+\p{L})$/u)?.[1]
  return (spaced ?? token).replace(/\s+/g, '').toLowerCase()
}

interface Span {
  start: number
  end: number
}

/** Spans of closed, short quotations: „…“ ‚…‘ »…« «…» “…” "…". */
function quoteSpans(block: string): Span[] {
  const spans: Span[] = []
  if (!ANY_QUOTE.test(block)) return spans
  let closer: string | null = null
  let start = 0
  for (let i = 0; i < block.length; i++) {
    const ch = block.charAt(i)
    if (closer !== null) {
      if (ch === closer || (closer === '“' && ch === '”')) {
        if (i - start <= MAX_PROTECTED_QUOTE) spans.push({ start, end: i })
        closer = null
      }
      continue
    }
    const expected = OPEN_TO_CLOSE[ch]
    if (expected !== undefined) {
      closer = expected
      start = i
    }
  }
  return spans
}

const ANY_QUOTE = /[„»«“"]/
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '„': '“', '»': '«', '«': '»', '“': '”', '"': '"' }

/** Is the punctuation at `at` strictly inside a quotation (not the quotation's own end)? */
function insideQuote(spans: readonly Span[], at: number, end: number): boolean {
  return spans.some((s) => at > s.start && at < s.end && end <= s.end)
}
