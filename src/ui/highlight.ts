/**
 * Finding a person's mentions in text: the full name, the aliases the popup derives (surname),
 * and their genitive ("Musks", "Selenskyjs"), as whole words only.
 */

const MARK_ATTRIBUTE = 'data-klartext-mention'

/** A regex matching any of the names as a whole word, longest first, with an optional genitive s. */
export function mentionPattern(names: readonly string[]): RegExp | null {
  const unique = [...new Set(names.map((name) => name.trim()).filter((name) => name.length >= 2))]
  if (unique.length === 0) return null
  const alternatives = unique
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:s|'s|’s|')?(?![\\p{L}\\p{N}])`, 'gu')
}

/** The surname-only alias of a full name ("Donald Trump" -> ["Trump"]); none for one-word names. */
export function aliasesFor(name: string): string[] {
  const parts = name.trim().split(/\s+/)
  const last = parts[parts.length - 1]
  return parts.length > 1 && last && last.length >= 3 ? [last] : []
}

/**
 * Every match of `pattern` in the text nodes under `root`, as ranges (document order).
 * `factory` creates the walker and ranges: pass a clean document when `root` is in the page
 * (whose document members page markup can shadow, see safe-dom.ts).
 */
export function findMentionRanges(root: Node, pattern: RegExp, factory?: Document): Range[] {
  const doc = factory ?? root.ownerDocument ?? (root as Document)
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */)
  const ranges: Range[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? ''
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const range = doc.createRange()
      range.setStart(node, match.index)
      range.setEnd(node, match.index + match[0].length)
      ranges.push(range)
    }
  }
  return ranges
}

/**
 * Wrap each mention under `root` in a <mark> (clearing earlier marks first). For the reader's own
 * DOM only, never the page's. Returns the marks in document order.
 */
export function markMentions(root: Element, names: readonly string[], factory?: Document): HTMLElement[] {
  clearMarks(root)
  const pattern = mentionPattern(names)
  if (!pattern) return []
  const doc = factory ?? root.ownerDocument
  const ranges = findMentionRanges(root, pattern, doc)
  // Wrap from the last match backwards: earlier ranges stay valid while later text nodes are split.
  const marks: HTMLElement[] = []
  for (const range of ranges.reverse()) {
    const mark = doc.createElement('mark')
    mark.setAttribute(MARK_ATTRIBUTE, '')
    range.surroundContents(mark)
    marks.unshift(mark)
  }
  return marks
}

export function clearMarks(root: Element): void {
  const parents = new Set<Node>()
  for (const mark of Array.from(root.querySelectorAll(`mark[${MARK_ATTRIBUTE}]`))) {
    const parent = mark.parentNode
    if (!parent) continue
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark)
    mark.remove()
    parents.add(parent)
  }
  for (const parent of parents) parent.normalize()
}
