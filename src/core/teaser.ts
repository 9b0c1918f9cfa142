// The page's own summary (og:description, meta description, a standfirst set apart in bold), where
// it is one: whole sentences about this article, not the site's slogan, not a cut copy of its lead.
import type { Block } from './extract'
import { isTextBlock } from './running-text'
import { hasFiniteVerb } from './text/clauses'
import { splitSentences } from './text/sentences'
import { contentTerms, words } from './text/tokens'

export interface Teaser {
  text: string
  /** The article block it is, when it is the standfirst (that block is then not quoted again). */
  block: Block | null
}

const MIN_WORDS = 8
const MAX_CHARS = 450
/** Share of its content words the article must have: less is the site's slogan or another text. */
const MIN_ARTICLE_TERMS = 0.5
/** Share of its word pairs found in the article's first blocks above which it is a copy of the lead. */
const COPY_OF_LEAD = 0.8
/** How many of the first text blocks count as the lead. */
const LEAD_BLOCKS = 3

/** The first of the page's teasers that is an editor's summary of the article, or null. */
export function chooseTeaser(metaTeasers: readonly string[], blocks: readonly Block[], lang: string | null): Teaser | null {
  const textBlocks = blocks.filter(isTextBlock)
  const first = textBlocks[0]
  const leadBlocks = textBlocks.slice(0, LEAD_BLOCKS)
  // A standfirst set apart from the body (bold above plain text) is the editor's summary even where it opens the text.
  const setApart = first?.emphasised === true && textBlocks[1]?.emphasised === false
  const body = setApart ? textBlocks.slice(1) : textBlocks
  const articleTerms = new Set(contentTerms(body.map((b) => b.text).join(' '), lang))
  const fits = (text: string) => isWholeSentences(text, lang) && isAbout(text, articleTerms, lang)
  if (first && setApart && first.kind === 'prose' && first.linkShare < 0.5 && fits(first.text)) return { text: first.text, block: first }
  const lead = words(leadBlocks.map((b) => b.text).join(' '))
  const text = metaTeasers.find((t) => fits(t) && !copies(t, lead))
  return text ? { text, block: null } : null
}

/** Whole sentences, each with a verb, ending as a sentence ends (a cut copy ends in "…" or mid-word). */
function isWholeSentences(text: string, lang: string | null): boolean {
  if (text.length > MAX_CHARS || words(text).length < MIN_WORDS) return false
  if (!/[.!?"“”»«]$/.test(text) || /(?:\.\.\.|…)["“”»«]?$/.test(text)) return false
  return splitSentences(text, lang).every((s) => hasFiniteVerb(s, lang))
}

function isAbout(text: string, articleTerms: ReadonlySet<string>, lang: string | null): boolean {
  const terms = [...new Set(contentTerms(text, lang))]
  const shared = terms.filter((t) => articleTerms.has(t)).length
  return shared >= 2 && shared / Math.max(1, terms.length) >= MIN_ARTICLE_TERMS
}

/** Most of its word pairs stand in the lead: the article says it already, in its own first lines. */
function copies(text: string, lead: readonly string[]): boolean {
  const pairs = (ws: readonly string[]) => ws.slice(1).map((w, i) => `${ws[i]} ${w}`)
  const leadPairs = new Set(pairs(lead))
  const own = pairs(words(text))
  return own.length > 0 && own.filter((p) => leadPairs.has(p)).length / own.length >= COPY_OF_LEAD
}
