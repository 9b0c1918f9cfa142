// Which sentences of an article are its running text, decided from the block each came from and the
// sentence's own shape, never from what it says. Not running text: captions and credits (a figure's
// caption, a short line beside an image), forms, headings, table cells, quotes set apart, lines that
// are mostly link ("Lesen Sie auch: …"), blocks set wholly in bold or italics (editor's notes,
// promotions), lists of short items (specs, menus), and any sentence without a finite verb.
import type { Block } from './extract'
import { hasFiniteVerb } from './text/clauses'
import { splitSentences } from './text/sentences'
import { words } from './text/tokens'

export interface ArticleSentence {
  text: string
  /** Index in the article's sentences (those of prose, list and quote blocks). */
  order: number
  /** Index of its block among the prose, list and quote blocks. */
  paragraph: number
  /** Index within its block: 0 is the paragraph's topic sentence. */
  inParagraph: number
  /** Lower-cased words, the dateline left out. */
  words: string[]
  /** From a block of running text (not a caption, a form, a list of specs, a promotion set apart …). */
  running: boolean
  /** A whole sentence of the running text, fit to quote alone. */
  quotable: boolean
}

/** Fewer words than this is a fragment: a heading, a list crumb, a caption. */
const MIN_WORDS = 6
/** A block this much link is a pointer to another page. */
const MAX_LINK_SHARE = 0.5
/** A block right after an image with fewer words than this is its caption. */
const CAPTION_WORDS = 20
/** A block in a box beside the text is shorter than this. */
const BOX_WORDS = 40
/** List items shorter than this on average make a spec list, a menu, a list of links. */
const MIN_LIST_ITEM_WORDS = 15
/** "KIEW / LONDON (IT BOLTWISE) –", "BERLIN (dpa) -": places and agency say nothing about the content. */
const DATELINE = /^[\p{Lu}\s/.,-]{2,60}\([^)]{1,40}\)\s*[–—-]\s*/u

/** A block that is mostly link: a pointer to another page (a related article, a reference, a credit). */
export function isPointerBlock(block: Block): boolean {
  return block.linkShare >= MAX_LINK_SHARE
}

/** Blocks whose sentences belong to the article's text (what a reader reads through). */
export function isTextBlock(block: Block): boolean {
  return block.kind === 'prose' || block.kind === 'list-item' || block.kind === 'quote'
}

/** Can sentences of this block stand in a summary? */
function isRunningTextBlock(block: Block, wordCount: number, emphasisSetsApart: boolean): boolean {
  if (isPointerBlock(block) || (block.emphasised && emphasisSetsApart)) return false
  // A block wholly in brackets is a note beside the text: a credit, a correction, an aside.
  if (/^[([].*[)\]]$/.test(block.text)) return false
  if (block.kind === 'list-item') return (block.list?.meanWords ?? 0) >= MIN_LIST_ITEM_WORDS
  if (block.kind !== 'prose') return false
  return !(block.afterMedia && wordCount < CAPTION_WORDS)
}

/** The article's sentences in order, each marked whether a summary may quote it. */
export function articleSentences(blocks: readonly Block[], lang: string | null): ArticleSentence[] {
  const sentences: ArticleSentence[] = []
  const textBlocks = blocks.filter(isTextBlock)
  // Where most of the text is bold (a site that sets all its text so), bold sets nothing apart.
  const emphasisSetsApart = textBlocks.filter((b) => b.emphasised).length * 2 <= textBlocks.length
  let paragraph = 0
  blocks.forEach((block, i) => {
    if (!isTextBlock(block)) return
    const wordCount = words(block.text).length
    const texts = splitSentences(block.text, lang)
    const verbs = texts.map((text) => hasFiniteVerb(text, lang))
    // A block of mostly verbless lines is a reference, a spec sheet or a results table, even where one line reads like a sentence.
    const running = isRunningTextBlock(block, wordCount, emphasisSetsApart) && !amidFurniture(blocks[i - 1], blocks[i + 1], wordCount)
      && verbs.filter(Boolean).length * 2 >= verbs.length
    texts.forEach((text, inParagraph) => {
      const sentenceWords = words(text.replace(DATELINE, ''))
      const quotable = running && verbs[inParagraph] === true && sentenceWords.length >= MIN_WORDS && !looksLikeFragment(text) && !isCreditOrAddress(text, lang)
      sentences.push({ text, order: sentences.length, paragraph, inParagraph, words: sentenceWords, running, quotable })
    })
    paragraph++
  })
  return sentences
}

/** A short block after a caption, a form or a link, and before another or a button's word or two, is
 * part of a box beside the text (a magazine's cover with its blurb, a promotion), not running text. */
function amidFurniture(before: Block | undefined, after: Block | undefined, wordCount: number): boolean {
  if (wordCount >= BOX_WORDS || !before) return false
  const furniture = (b: Block) => b.kind === 'caption' || b.kind === 'form' || isPointerBlock(b)
  return furniture(before) && (!after || furniture(after) || words(after.text).length < MIN_WORDS)
}

/** Paragraphs of plain text (no markup): every one running prose. */
export function plainBlocks(paragraphs: readonly string[]): Block[] {
  return paragraphs.map((text) => ({ text, kind: 'prose', linkShare: 0, emphasised: false, list: null, afterMedia: false }))
}

/** Headings, questions used as headings, list crumbs and captions are not summary material. */
export function isFragment(text: string): boolean {
  return words(text).length < MIN_WORDS || looksLikeFragment(text)
}

function looksLikeFragment(text: string): boolean {
  if (/^[-–•*·▪►✓]/.test(text)) return true
  // No full stop before the closing quotes or brackets: a heading, a question as heading, a caption
  // ending in its credit ("… den Nordpark (Foto: Stadt)").
  if (!/[.!…]['"“”»«’)\]]*$/.test(text)) return true
  return text === text.toUpperCase()
}

/** Quotations, where a speaker may address anyone: „…“ "…" »…« «…» “…”. */
const QUOTED = /„[^“”"]*[“”"]|"[^"]*"|»[^«]*«|«[^»]*»|“[^”]*”/g

/** The reader addressed: formal "Sie"/"Ihnen" inside a sentence (at its start it may be "they"),
 * "euch", "euer", a verb with "ihr" ("bekommt ihr"); "you", "your". */
const GERMAN_ADDRESS = /\s(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|euch|euer|eure|euren|eurem|eurer)\b|\p{L}t ihr\b(?!\s+\p{Lu})/u
const ENGLISH_ADDRESS = /\b(?:you|your|yours)\b/i

/**
 * A copyright sign marks a credit line. A sentence that addresses the reader outside quotations is a
 * call to action or a service note ("sign up", "mit unserem Code bekommt ihr …"): news speaks about
 * people, not to the reader.
 */
function isCreditOrAddress(text: string, lang: string | null): boolean {
  if (text.includes('©')) return true
  const unquoted = text.replace(QUOTED, ' ')
  if (lang === 'de') return GERMAN_ADDRESS.test(unquoted.replace(/^\S+/, ''))
  if (lang === 'en') return ENGLISH_ADDRESS.test(unquoted)
  return false
}
