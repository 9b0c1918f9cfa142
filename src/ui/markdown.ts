/**
 * Article and summary as Markdown, for "copy as Markdown" in the popup.
 * Works on any DOM (the page's, jsdom's): it only reads nodes, never writes them.
 */

export interface MarkdownMeta {
  title: string | null
  url: string
  byline?: string | null
  /** Already formatted for people (localized). */
  date?: string | null
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION',
  'HR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'DL', 'DT', 'DD',
])

/** Escape the characters that would turn plain text into inline Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1')
}

/** Escape what would make a block's first characters a heading, quote, list item or numbered item ("2025. Das Jahr"). */
export function escapeBlockStart(block: string): string {
  return block.replace(/^(#{1,6}|[>+-])(\s)/, '\\$1$2').replace(/^(\d+)\.(\s)/, '$1\\.$2')
}

/** The summary: title as a heading, each sentence as a list item, then the source link. */
export function summaryToMarkdown(meta: MarkdownMeta, sentences: readonly string[]): string {
  const lines = [`# ${escapeMarkdown(meta.title ?? meta.url)}`, '']
  for (const sentence of sentences) lines.push(`- ${escapeMarkdown(sentence)}`)
  lines.push('', `<${meta.url}>`)
  return lines.join('\n') + '\n'
}

/** The whole article: title, a meta line, the content blocks, the source link. */
export function articleToMarkdown(meta: MarkdownMeta, content: Element): string {
  const head = [`# ${escapeMarkdown(meta.title ?? meta.url)}`]
  const metaLine = [meta.byline, meta.date].filter((part): part is string => Boolean(part)).map(escapeMarkdown).join(' · ')
  if (metaLine) head.push(`*${metaLine}*`)
  const body = blocksToMarkdown(content)
  return [head.join('\n\n'), body, `<${meta.url}>`].filter(Boolean).join('\n\n') + '\n'
}

/** Markdown for the children of a block container, blocks separated by blank lines. */
export function blocksToMarkdown(container: Node): string {
  const blocks: string[] = []
  let inline: Node[] = []
  const flushInline = () => {
    const text = escapeBlockStart(inlineToMarkdown(inline).trim())
    if (text) blocks.push(text)
    inline = []
  }
  for (const child of Array.from(container.childNodes)) {
    if (isElement(child) && BLOCK_TAGS.has(child.tagName)) {
      flushInline()
      const block = blockToMarkdown(child)
      if (block.trim()) blocks.push(block)
    } else {
      inline.push(child)
    }
  }
  flushInline()
  return blocks.join('\n\n')
}

function blockToMarkdown(element: Element): string {
  const tag = element.tagName
  if (/^H[1-6]$/.test(tag)) return `${'#'.repeat(Number(tag[1]))} ${inlineToMarkdown(element.childNodes).trim()}`
  switch (tag) {
    case 'P':
      return escapeBlockStart(inlineToMarkdown(element.childNodes).trim())
    case 'UL':
    case 'OL':
      return listToMarkdown(element, tag === 'OL')
    case 'BLOCKQUOTE':
      return prefixLines(blocksToMarkdown(element), '> ')
    case 'PRE':
      return codeBlock((element.textContent ?? '').replace(/\n$/, ''))
    case 'HR':
      return '---'
    case 'FIGCAPTION':
      return `*${inlineToMarkdown(element.childNodes).trim()}*`
    case 'TABLE':
      return tableToMarkdown(element)
    default:
      return blocksToMarkdown(element)
  }
}

function listToMarkdown(list: Element, ordered: boolean): string {
  const items = Array.from(list.children).filter((child) => child.tagName === 'LI')
  return items
    .map((item, index) => {
      const marker = ordered ? `${index + 1}. ` : '- '
      const body = blocksToMarkdown(item)
      const indent = ' '.repeat(marker.length)
      return marker + body.split('\n').map((line, i) => (i === 0 || !line ? line : indent + line)).join('\n')
    })
    .join('\n')
}

function tableToMarkdown(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children).map((cell) => inlineToMarkdown(cell.childNodes).trim().replace(/\|/g, '\\|')),
  )
  if (rows.length === 0) return ''
  const width = Math.max(...rows.map((row) => row.length))
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`
  const [header = [], ...rest] = rows
  return [line(header), line(Array.from({ length: width }, () => '---')), ...rest.map(line)].join('\n')
}

function inlineToMarkdown(nodes: Iterable<Node> | ArrayLike<Node>): string {
  let out = ''
  for (const node of Array.from(nodes as ArrayLike<Node>)) out += inlineNode(node)
  return out.replace(/[ \t\r\n]+/g, ' ').replace(/ *\u0000 */g, '  \n')
}

/** Script URLs as browsers read them: any case, after leading whitespace and control characters. */
const SCRIPT_URL = /^[\u0000-\u0020]*(?:javascript|vbscript|data):/i

function inlineNode(node: Node): string {
  if (node.nodeType === 3) return escapeMarkdown(node.textContent ?? '')
  if (!isElement(node)) return ''
  const inner = () => inlineToMarkdown(node.childNodes).trim()
  switch (node.tagName) {
    case 'BR':
      return '\u0000' // a hard line break, kept through whitespace collapsing
    case 'A': {
      const href = node.getAttribute('href')
      const text = inner()
      return href && !SCRIPT_URL.test(href) ? `[${text || href}](${href.replace(/\)/g, '%29')})` : text
    }
    case 'STRONG':
    case 'B':
      return wrap(inner(), '**')
    case 'EM':
    case 'I':
      return wrap(inner(), '*')
    case 'CODE':
      // Its text as the page shows it: whitespace collapsed, and trimmed like the text around it
      // (the whitespace collapsing of this line would eat a code span's padding).
      return codeSpan((node.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    case 'IMG': {
      const src = node.getAttribute('src')
      return src ? `![${escapeMarkdown(node.getAttribute('alt') ?? '')}](${src.replace(/\)/g, '%29')})` : ''
    }
    case 'SCRIPT':
    case 'STYLE':
      return ''
    default:
      return BLOCK_TAGS.has(node.tagName) ? ' ' + blocksToMarkdown(node) + ' ' : inlineToMarkdown(node.childNodes)
  }
}

/**
 * A CommonMark code span: backslashes do not escape inside one, so the fence is a backtick run
 * longer than any in the code, and a space pads code that starts or ends with a backtick (it would
 * join the fence) or with spaces at both ends (CommonMark strips one from each end).
 */
export function codeSpan(code: string): string {
  if (!code) return ''
  const fence = '`'.repeat(longestBacktickRun(code) + 1)
  const pad = /^`|`$/.test(code) || (/^ [^]* $/.test(code) && code.trim() !== '') ? ' ' : ''
  return fence + pad + code + pad + fence
}

/** A fenced code block whose fence (three backticks or more) no line of the code can close. */
export function codeBlock(code: string): string {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(code) + 1))
  return `${fence}\n${code}\n${fence}`
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
}

function wrap(text: string, marker: string): string {
  return text ? `${marker}${text}${marker}` : ''
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : prefix.trimEnd()))
    .join('\n')
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1
}
