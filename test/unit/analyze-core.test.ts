import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { readFileSync } from 'node:fs'
import { analyze, analyzeText, analyzeWithContent, readingMinutes } from '../../src/core/analyze'

const PROSE = 'Die Forscher stellten am Dienstag ein neues Sprachmodell vor, das deutlich weniger Energie verbraucht als seine Vorgänger und dennoch bessere Ergebnisse liefert.'

function page(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html lang="de"><head><title>Testseite</title>${head}</head><body>${body}</body></html>`).window.document
}

describe('analyze', () => {
  it('leaves the document it is given untouched', () => {
    const doc = page(`<article><h1>Titel</h1>${`<p>${PROSE}</p>`.repeat(6)}</article><aside>Werbung</aside>`)
    const before = doc.documentElement.outerHTML
    analyze(doc, 'https://example.org/artikel')
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('reads a page of an unknown site generically: no site, article by its prose, no rules applied', () => {
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(6)}</article>`)
    const analysis = analyze(doc, 'https://example.org/artikel')
    expect(analysis.site).toBeNull()
    expect(analysis.isArticle).toBe(true)
    expect(analysis.lang).toBe('de')
    expect(analysis.hidden).toEqual([])
    expect(analysis.paragraphs).toContain(PROSE)
  })

  it('does not call a short page an article', () => {
    const analysis = analyze(page('<p>Seite nicht gefunden.</p>'), 'https://example.org/404')
    expect(analysis.isArticle).toBe(false)
  })

  it('takes date and author from JSON-LD', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-07-05T10:00:00+02:00', author: { '@type': 'Person', name: 'Erika Muster' } }
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
    const analysis = analyze(doc, 'https://example.org/a')
    expect(analysis.published).toBe('2025-07-05T10:00:00+02:00')
    expect(analysis.isArticle).toBe(true)
  })

  it('reports no date rather than a malformed one', () => {
    const ld = { '@type': 'NewsArticle', datePublished: '2025-07-02<T11:00:00+02:00' }
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
    expect(analyze(doc, 'https://example.org/a').published).toBeNull()
    const withMeta = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, '<meta property="article:published_time" content="Sat, 05 Jul 2025 08:00:00 GMT">')
    expect(analyze(withMeta, 'https://example.org/a').published).toBe('2025-07-05T08:00:00.000Z')
  })

  it('keeps summary sentences verbatim from the paragraphs and honours the length option', () => {
    const doc = page(`<article>${`<p>${PROSE} Das Modell ist frei verfügbar. Es läuft auf einem Laptop.</p>`.repeat(4)}</article>`)
    for (const n of [1, 2, 5]) {
      const { summary, paragraphs } = analyze(doc, 'https://example.org/a', { summarySentences: n })
      expect(summary.length).toBeLessThanOrEqual(n)
      expect(summary.length).toBeGreaterThan(0)
      for (const sentence of summary) expect(paragraphs.some((p) => p.includes(sentence))).toBe(true)
    }
  })
})

describe('analyze with inPlace', () => {
  // A page of the site, so that both the rules (they remove clutter) and Readability (it rewrites) run.
  const SOURCE = readFileSync(new URL('../fixtures/it-boltwise/seed-after-article/source.html', import.meta.url), 'utf8')
  const URL_OF_PAGE = 'https://www.it-boltwise.de/selenskyj-und-trump-diskutieren-ueber-verteidigungskooperation.html'
  const parse = () => new JSDOM(SOURCE, { url: URL_OF_PAGE }).window.document

  it('without the option, works on a copy: the document and its text stay as they were', () => {
    const doc = parse()
    const before = doc.documentElement.outerHTML
    const { analysis, content } = analyzeWithContent(doc, URL_OF_PAGE)
    expect(analysis.hidden.length).toBeGreaterThan(0)
    expect(content?.ownerDocument).not.toBe(doc)
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('with the option, works on the document handed over (no copy) and finds the same analysis', () => {
    const doc = parse()
    const before = doc.documentElement.outerHTML
    const { analysis, content } = analyzeWithContent(doc, URL_OF_PAGE, { inPlace: true })
    expect(content?.ownerDocument).toBe(doc)
    expect(doc.documentElement.outerHTML).not.toBe(before)
    for (const block of analysis.hidden) expect(doc.body.textContent?.replace(/\s+/g, ' ')).not.toContain(block.text)
    expect(analysis).toEqual(analyze(parse(), URL_OF_PAGE))
  })
})

describe('analyzeText', () => {
  it('splits paragraphs on line breaks and finds the language', () => {
    const analysis = analyzeText(`${PROSE}\n\n${PROSE}\n`)
    expect(analysis.paragraphs).toEqual([PROSE, PROSE])
    expect(analysis.lang).toBe('de')
    expect(analysis.url).toBe('')
  })

  it('reports nothing for empty text', () => {
    const analysis = analyzeText('')
    expect(analysis.isArticle).toBe(false)
    expect(analysis.summary).toEqual([])
    expect(analysis.readingMinutes).toBe(0)
  })
})

describe('readingMinutes', () => {
  it('is words over 200, at least one minute for any text', () => {
    expect(readingMinutes([])).toBe(0)
    expect(readingMinutes(['ein Wort'])).toBe(1)
    expect(readingMinutes([Array(1000).fill('Wort').join(' ')])).toBe(5)
  })
})
