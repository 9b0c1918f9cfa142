/** The Markdown export's code, read back by a CommonMark parser: the code comes out as it went in. */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { HtmlRenderer, Parser } from 'commonmark'
import { blocksToMarkdown } from '../../src/ui/markdown'

const { document } = new JSDOM('<!doctype html><body></body>').window

/** The Markdown of `<p>vor <code>code</code> nach</p>` (or of a <pre>), rendered by commonmark.js to a DOM. */
function roundTrip(tag: 'code' | 'pre', code: string): Element {
  const holder = document.createElement('div')
  const element = document.createElement(tag)
  element.textContent = code
  if (tag === 'code') {
    const paragraph = document.createElement('p')
    paragraph.append('vor ', element, ' nach')
    holder.append(paragraph)
  } else {
    holder.append(element)
  }
  const rendered = document.createElement('div')
  rendered.innerHTML = new HtmlRenderer().render(new Parser().parse(blocksToMarkdown(holder)))
  return rendered
}

const ADVERSARIAL = ['`', '``', '```', 'a`b', '`a', 'a`', 'a``b`c', '` `', ' a ', '  ', ' ', '``a``', 'x ``` y', 'a\\`b', '\\', '*nicht* _fett_', '<b>x</b>', '[a](b)', '` a `']

/** Inline code as the page shows it, and as the export keeps it: whitespace collapsed and trimmed. */
const visible = (code: string) => code.replace(/\s+/g, ' ').trim()

describe('code as CommonMark', () => {
  it.each(ADVERSARIAL)('inline code %j reads back as shown', (code) => {
    const rendered = roundTrip('code', code)
    const codes = rendered.querySelectorAll('code')
    expect(codes).toHaveLength(visible(code) ? 1 : 0)
    if (visible(code)) expect(codes[0]!.textContent).toBe(visible(code))
    expect(rendered.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).toBe(`vor ${visible(code)} nach`.replace(/\s+/g, ' '))
  })

  it('any inline code of backticks, spaces, backslashes and emphasis marks reads back as shown', () => {
    const code = fc.stringMatching(/^[` \\a*_]{1,12}$/).filter((text) => text.trim() !== '')
    fc.assert(
      fc.property(code, (text) => {
        expect(roundTrip('code', text).querySelector('code')?.textContent).toBe(visible(text))
      }),
      { numRuns: 300 },
    )
  })

  it.each(['```', 'a\n```\nb', '````x', '~~~\n`'])('a preformatted block %j reads back verbatim', (code) => {
    const pre = roundTrip('pre', code).querySelector('pre > code')
    expect(pre?.textContent).toBe(`${code}\n`)
  })
})
