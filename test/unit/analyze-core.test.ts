import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { analyze, analyzeText, analyzeWithContent, readingMinutes } from '../../src/core/analyze'
import { extract, readMetadata } from '../../src/core/extract'
import { generic } from '../../src/sites/generic'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { listFixtures, parseFixture } from '../fixtures/load'

const PROSE = 'Die Forscher stellten am Dienstag ein neues Sprachmodell vor, das deutlich weniger Energie verbraucht als seine Vorgänger und dennoch bessere Ergebnisse liefert.'

function page(body: string, head = ''): Document {
  return new JSDOM(`<!doctype html><html lang="de"><head><title>Testseite</title>${head}</head><body>${body}</body></html>`).window.document
}

describe('analyze', () => {
  it('leaves the document it is given untouched', () => {
    const doc = page(`<article><h1>Titel</h1>${`<p>${PROSE}</p>`.repeat(6)}</article><aside>Werbung</aside>`)
    const before = doc.documentElement.outerHTML
    analyze(doc, 'https://example.org/artikel', generic)
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('reads a page of an unknown site generically: no site, article by its prose, nothing hidden', () => {
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(6)}</article>`)
    const analysis = analyze(doc, 'https://example.org/artikel', generic)
    expect(analysis.site).toBeNull()
    expect(analysis.isArticle).toBe(true)
    expect(analysis.lang).toBe('de')
    expect(analysis.hidden).toEqual([])
    expect(analysis.paragraphs).toContain(PROSE)
  })

  it('applies the rules of the site module its caller passes, whatever the URL', () => {
    const seed = listFixtures().find((fixture) => fixture.name === 'seed-after-article')!
    const url = 'https://example.org/kopie.html'
    const withSite = analyze(parseFixture(seed).document, url, itBoltwise)
    const withoutSite = analyze(parseFixture(seed).document, url, generic)
    expect(withSite.site).toBe('it-boltwise')
    expect(withSite.hidden.length).toBeGreaterThan(0)
    expect(withoutSite.site).toBeNull()
    const siteRules = new Set(itBoltwise.rules.map((rule) => rule.name))
    expect(withoutSite.hidden.filter((block) => siteRules.has(block.rule))).toEqual([])
  })

  it('does not call a short page an article', () => {
    const analysis = analyze(page('<p>Seite nicht gefunden.</p>'), 'https://example.org/404', generic)
    expect(analysis.isArticle).toBe(false)
  })

  it('takes date and author from JSON-LD', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2025-07-05T10:00:00+02:00', author: { '@type': 'Person', name: 'Erika Muster' } }
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
    const analysis = analyze(doc, 'https://example.org/a', generic)
    expect(analysis.published).toBe('2025-07-05T10:00:00+02:00')
    expect(analysis.isArticle).toBe(true)
  })

  it('reports no date rather than a malformed one', () => {
    const ld = { '@type': 'NewsArticle', datePublished: '2025-07-02<T11:00:00+02:00' }
    const doc = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)
    expect(analyze(doc, 'https://example.org/a', generic).published).toBeNull()
    const withMeta = page(`<article>${`<p>${PROSE}</p>`.repeat(4)}</article>`, '<meta property="article:published_time" content="Sat, 05 Jul 2025 08:00:00 GMT">')
    expect(analyze(withMeta, 'https://example.org/a', generic).published).toBe('2025-07-05T08:00:00.000Z')
  })

  it('keeps summary sentences verbatim from the paragraphs and honours the length option', () => {
    const doc = page(`<article>${`<p>${PROSE} Das Modell ist frei verfügbar. Es läuft auf einem Laptop.</p>`.repeat(4)}</article>`)
    for (const n of [1, 2, 5]) {
      const { summary, paragraphs } = analyze(doc, 'https://example.org/a', generic, { summarySentences: n })
      expect(summary.length).toBeLessThanOrEqual(n)
      expect(summary.length).toBeGreaterThan(0)
      for (const sentence of summary) expect(paragraphs.some((p) => p.includes(sentence))).toBe(true)
    }
  })
})

describe('analyze with inPlace', () => {
  // A page of the site, so that both the rules (they remove clutter) and Readability (it rewrites) run.
  const seed = listFixtures().find((fixture) => fixture.name === 'seed-after-article')!
  const parse = () => parseFixture(seed).document

  it('without the option, works on a copy: the document and its text stay as they were', () => {
    const doc = parse()
    const before = doc.documentElement.outerHTML
    const { analysis, content } = analyzeWithContent(doc, seed.url, itBoltwise)
    expect(analysis.hidden.length).toBeGreaterThan(0)
    expect(content?.ownerDocument).not.toBe(doc)
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('with the option, works on the document handed over (no copy) and finds the same analysis', () => {
    const doc = parse()
    const before = doc.documentElement.outerHTML
    const { analysis, content } = analyzeWithContent(doc, seed.url, itBoltwise, { inPlace: true })
    expect(content?.ownerDocument).toBe(doc)
    expect(doc.documentElement.outerHTML).not.toBe(before)
    for (const block of analysis.hidden) expect(doc.body.textContent?.replace(/\s+/g, ' ')).not.toContain(block.text)
    expect(analysis).toEqual(analyze(parse(), seed.url, itBoltwise))
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

describe('the byline', () => {
  it('names the author, who is not one of the article\'s people', () => {
    const html = readFileSync(new URL('../fixtures/generic/city-news-en/source.html', import.meta.url), 'utf8')
    const url = 'https://news.harbor-ledger.example/local/2025/09/rail-yard-park-vote'
    const analysis = analyze(new JSDOM(html, { url }).window.document, url, generic)
    expect(analysis.byline).toBe('Marcus Doyle')
    expect(analysis.paragraphs.join(' ')).toContain('Marcus Doyle')
    expect(analysis.people.map((p) => p.name)).not.toContain('Marcus Doyle')
    expect(analysis.people.map((p) => p.name)).toContain('Elena Ruiz')
  })
})

describe('extract: forms in the article', () => {
  const LABEL = 'Tragen Sie hier Ihre E-Mail-Adresse ein, um jeden Morgen die wichtigsten Nachrichten aus der Welt der künstlichen Intelligenz zu erhalten.'
  const blockKind = (body: string, text: string) => {
    const doc = page(`<article><h1>Titel</h1>${`<p>${PROSE}</p>`.repeat(4)}${body}${`<p>${PROSE}</p>`.repeat(2)}</article>`)
    return extract(doc, readMetadata(doc)).blocks.find((block) => block.text === text)?.kind
  }

  it('knows the text of a <form> and of an element with role="form" as form text, never prose', () => {
    // Readability may drop a small <form> altogether; what it keeps is form text.
    expect(blockKind(`<form action="/abo"><p>${LABEL}</p><input name="mail"></form>`, LABEL)).not.toBe('prose')
    expect(blockKind(`<div role="form"><p>${LABEL}</p><input name="mail"></div>`, LABEL)).toBe('form')
    expect(blockKind(`<div role="note"><p>${LABEL}</p></div>`, LABEL)).toBe('prose')
  })

  it('reads a role="form" wrapper around a whole page as the page, not as a form', () => {
    expect(blockKind(`<div role="form">${`<p>${LABEL}</p>`.repeat(20)}</div>`, LABEL)).toBe('prose')
  })
})

describe('the people come from the text, not from pointers to other pages', () => {
  const text = [
    'Bundesdigitalminister Karsten Wildberger hat am Dienstag in Berlin einen Plan für schnellere Verwaltungsverfahren vorgestellt, der ab dem kommenden Jahr gelten soll.',
    'Wildberger sagte, die Behörden müssten ihre Daten künftig untereinander teilen, damit Bürger ihre Angaben nicht immer wieder neu eintragen müssten.',
    'Der Plan sieht außerdem vor, dass alle Anträge bis Ende des Jahrzehnts vollständig digital gestellt werden können, auch in kleineren Gemeinden.',
  ]
  it('a paragraph that is mostly link (a related article, a reference, a credit) names nobody of the article', () => {
    const related = '<p><a href="/andere-meldung">Elke Brandner verlässt den Vorstand der Telekom nach zwölf Jahren</a></p>'
    const credit = '<p>Foto: <a href="/fotografen/jonas-feld">Jonas Feld</a></p>'
    const doc = page(`<article><h1>Digitale Verwaltung</h1>${text.map((p) => `<p>${p}</p>`).join('')}${credit}${related}</article>`)
    const analysis = analyze(doc, 'https://example.org/artikel', generic)
    expect(analysis.paragraphs.some((p) => p.includes('Elke Brandner'))).toBe(true)
    expect(analysis.people.map((p) => p.name)).toEqual(['Karsten Wildberger'])
  })
  it('a name linked inside running text stays', () => {
    const linked = text[2]!.replace('Der Plan', 'Der Plan von <a href="/personen/petra-sommer">Petra Sommer</a>')
    const doc = page(`<article><h1>Digitale Verwaltung</h1>${[text[0], text[1], linked].map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(analyze(doc, 'https://example.org/artikel', generic).people.map((p) => p.name)).toEqual(['Karsten Wildberger', 'Petra Sommer'])
  })
})
