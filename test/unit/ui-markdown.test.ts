import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { articleToMarkdown, blocksToMarkdown, escapeMarkdown, summaryToMarkdown } from '../../src/ui/markdown'

function fragment(html: string): Element {
  const { document } = new JSDOM('<!doctype html><body></body>').window
  const holder = document.createElement('div')
  holder.innerHTML = html
  return holder
}

describe('article as Markdown', () => {
  it('keeps headings, paragraphs, emphasis, links, lists, quotes, figures and line breaks', () => {
    const content = fragment(`
      <p>KIEW (IT BOLTWISE) – Ein <strong>wichtiger</strong> Schritt mit <em>Folgen</em>.</p>
      <h2>Hintergrund</h2>
      <p>Mehr bei <a href="https://example.org/a_(b)">der Quelle</a>.<br>Zweite Zeile.</p>
      <ul><li>Luftverteidigung</li><li>Rüstung <ol><li>Patriot</li><li>Iris-T</li></ol></li></ul>
      <blockquote><p>„Sehr wichtig und gehaltvoll“</p><p>Andrij Jermak</p></blockquote>
      <figure><img src="https://img.example/x.jpg" alt="Ein Bild"><figcaption>Foto: Agentur</figcaption></figure>
      <pre>const a = 1
const b = 2</pre>`)
    expect(blocksToMarkdown(content)).toBe(
      [
        'KIEW (IT BOLTWISE) – Ein **wichtiger** Schritt mit *Folgen*.',
        '## Hintergrund',
        'Mehr bei [der Quelle](https://example.org/a_(b%29).  \nZweite Zeile.',
        '- Luftverteidigung\n- Rüstung\n\n  1. Patriot\n  2. Iris-T',
        '> „Sehr wichtig und gehaltvoll“\n>\n> Andrij Jermak',
        '![Ein Bild](https://img.example/x.jpg)\n\n*Foto: Agentur*',
        '```\nconst a = 1\nconst b = 2\n```',
      ].join('\n\n'),
    )
  })

  it('keeps the text of script links but never their URL, however they are spelled', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', '\tjavascript:x', 'VBScript:x', 'data:text/html,<b>x</b>']) {
      const link = fragment('<p><a>Klick</a></p>')
      link.querySelector('a')?.setAttribute('href', href)
      expect(blocksToMarkdown(link)).toBe('Klick')
    }
    expect(blocksToMarkdown(fragment('<p><a href="https://example.org/">Klick</a></p>'))).toBe('[Klick](https://example.org/)')
  })

  it('escapes page text that would otherwise become Markdown syntax', () => {
    expect(escapeMarkdown('*nicht* [fett] <b> a_b `c`')).toBe('\\*nicht\\* \\[fett\\] \\<b\\> a\\_b \\`c\\`')
    expect(blocksToMarkdown(fragment('<p>2025. Das Jahr, in dem *alles* anders wurde</p>'))).toBe('2025\\. Das Jahr, in dem \\*alles\\* anders wurde')
    expect(blocksToMarkdown(fragment('<p># keine Überschrift</p><p>- kein Punkt</p>'))).toBe('\\# keine Überschrift\n\n\\- kein Punkt')
  })

  it('drops javascript: links to their text and renders tables as pipe tables', () => {
    const content = fragment('<p><a href="javascript:alert(1)">Klick</a></p><table><tr><th>Jahr</th><th>Wert</th></tr><tr><td>2024</td><td>3 | 4</td></tr></table>')
    expect(blocksToMarkdown(content)).toBe('Klick\n\n| Jahr | Wert |\n| --- | --- |\n| 2024 | 3 \\| 4 |')
  })

  it('puts title, meta line and source link around the body', () => {
    const markdown = articleToMarkdown(
      { title: 'Selenskyj und Trump', url: 'https://www.it-boltwise.de/x.html', byline: 'Redaktion', date: '5. Juli 2025' },
      fragment('<p>Text.</p>'),
    )
    expect(markdown).toBe('# Selenskyj und Trump\n\n*Redaktion · 5. Juli 2025*\n\nText.\n\n<https://www.it-boltwise.de/x.html>\n')
  })
})

describe('summary as Markdown', () => {
  it('lists each sentence verbatim (escaped) under the title, then the source', () => {
    const markdown = summaryToMarkdown({ title: 'Titel', url: 'https://www.it-boltwise.de/a.html' }, ['Erster Satz.', 'Zweiter *Satz*.'])
    expect(markdown).toBe('# Titel\n\n- Erster Satz.\n- Zweiter \\*Satz\\*.\n\n<https://www.it-boltwise.de/a.html>\n')
  })
})
