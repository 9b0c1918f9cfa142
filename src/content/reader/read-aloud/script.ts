/**
 * What read-aloud speaks, built from the reader's own DOM (the sanitized article it shows): the title,
 * the byline, then every text block of the article, each split into sentences by the splitter the
 * summary uses. Each sentence's text is wrapped in `<span class="kt-sentence">` pieces (one per text
 * node it covers, so links and emphasis stay intact): the pieces are what the highlight colours and
 * what a click starts reading from. Captions are left out unless asked for.
 */
import { splitSentences } from '../../../core/text/sentences'

export interface SpokenSentence {
  /** The sentence as spoken: whitespace collapsed, verbatim otherwise. */
  text: string
  /** The text block (title, byline, paragraph, list item …) it belongs to. */
  block: Element
  /** The wrapped pieces of the sentence in the reader, in document order. */
  pieces: HTMLElement[]
  /** It is part of a figure caption. */
  caption: boolean
}

export interface ScriptSource {
  title: Element
  byline: Element | null
  /** The author's name as the article gives it: a line of the body that repeats it is meta, not text. */
  author: string | null
  content: Element
  lang: string
  /** Creates the spans and walkers: a clean document, not the page's (see safe-dom.ts). */
  factory: Document
}

export const SENTENCE_CLASS = 'kt-sentence'
const SENTENCE_ATTRIBUTE = 'data-sentence'

/** Innermost blocks of running text. Code (pre) and tables are not read: spoken they are noise. */
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, dt, dd, figcaption'

/**
 * The sentences of the reader's article, wrapped one text block at a time: `wrapNext` lets idle
 * time do the work in short slices (built ahead of the switch, a single run took 20-30 ms in
 * Chromium, more in Firefox), `all` wraps what is left at once when read aloud needs the sentences.
 */
export interface Script {
  /** Wrap the next block; false when there was none left. */
  wrapNext(): boolean
  all(): SpokenSentence[]
}

export function createScript(source: ScriptSource): Script {
  const body = innermostBlocks(source.content).filter((block) => !repeatsByline(block, source.author))
  const blocks = [source.title, ...(source.byline ? [source.byline] : []), ...body]
  let next = 0
  const sentences: SpokenSentence[] = []
  function wrapNext(): boolean {
    const block = blocks[next]
    if (!block) return false
    next++
    const caption = block.closest('figcaption, figure') !== null
    for (const sentence of wrapSentences(block, source.lang, source.factory, sentences.length)) {
      sentences.push({ ...sentence, caption })
    }
    return true
  }
  return {
    wrapNext,
    all() {
      while (wrapNext()) {
        // every block left
      }
      return sentences
    },
  }
}

/** The index of the sentence a piece belongs to, or -1 (for clicks into the text). */
export function sentenceIndexOf(target: EventTarget | null): number {
  const element = target && 'closest' in (target as Element) ? (target as Element).closest(`.${SENTENCE_CLASS}`) : null
  const value = element?.getAttribute(SENTENCE_ATTRIBUTE)
  return value ? Number(value) : -1
}

/** Longer than this, a block naming the author is text about them, not a date-and-author line. */
const MAX_META_LINE = 200

/** "5. Juli 2025 · Redaktion IT BOLTWISE" at the top of the body: the reader's header already said it. */
function repeatsByline(block: Element, author: string | null): boolean {
  if (!author) return false
  const text = block.textContent ?? ''
  return text.length <= MAX_META_LINE && text.includes(author)
}

function innermostBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(TEXT_BLOCKS))
  // In document order a block's descendants follow it at once: a block is innermost when the next is not inside it.
  return all.filter((element, i) => !(all[i + 1] && element.contains(all[i + 1]!)))
}

interface TextPosition {
  node: Text
  offset: number
}

/**
 * The block's text with whitespace collapsed, and for every character of it where it sits in the
 * block's text nodes: sentences found in the collapsed text map back to exact DOM positions.
 */
function flatten(block: Element, factory: Document): { text: string; positions: TextPosition[] } {
  const walker = factory.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */)
  let text = ''
  const positions: TextPosition[] = []
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const value = node.nodeValue ?? ''
    for (let offset = 0; offset < value.length; offset++) {
      const space = /[\s\u00a0\u200b]/.test(value.charAt(offset))
      if (space && (text === '' || text.endsWith(' '))) continue
      text += space ? ' ' : value.charAt(offset)
      positions.push({ node, offset })
    }
  }
  return { text, positions }
}

function wrapSentences(block: Element, lang: string, factory: Document, firstIndex: number): Omit<SpokenSentence, 'caption'>[] {
  const { text, positions } = flatten(block, factory)
  let cursor = 0
  const found: { text: string; start: number; end: number }[] = []
  for (const sentence of splitSentences(text, lang)) {
    const start = text.indexOf(sentence, cursor)
    if (start < 0) continue
    cursor = start + sentence.length
    found.push({ text: sentence, start, end: cursor })
  }
  // Wrap from the end backwards: splitting a text node keeps the positions before the split valid.
  const result = found.map((sentence, i) => ({ ...sentence, pieces: [] as HTMLElement[], index: firstIndex + i }))
  for (const sentence of [...result].reverse()) {
    for (const segment of segments(positions, sentence.start, sentence.end).reverse()) {
      const span = factory.createElement('span')
      span.className = SENTENCE_CLASS
      span.setAttribute(SENTENCE_ATTRIBUTE, String(sentence.index))
      const range = factory.createRange()
      range.setStart(segment.node, segment.start)
      range.setEnd(segment.node, segment.end)
      range.surroundContents(span)
      sentence.pieces.unshift(span)
    }
  }
  return result.map(({ text: spoken, pieces }) => ({ text: spoken, block, pieces }))
}

/** The pieces of [start, end) of the collapsed text, one per text node. */
function segments(positions: readonly TextPosition[], start: number, end: number): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = []
  for (let i = start; i < end; i++) {
    const position = positions[i]
    if (!position) continue
    const last = out[out.length - 1]
    if (last && last.node === position.node) last.end = position.offset + 1
    else out.push({ node: position.node, start: position.offset, end: position.offset + 1 })
  }
  return out
}
