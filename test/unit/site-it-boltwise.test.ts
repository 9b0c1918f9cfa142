/** The IT BOLTWISE site module: article detection from what the page says, title cleaning, rules as data. */
import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { IT_BOLTWISE_RULE_DESCRIPTIONS, itBoltwise } from '../../src/sites/it-boltwise'
import { siteForUrl } from '../../src/sites/registry'
import { CLUTTER_KINDS } from '../../src/core/types'
import { readMetadata } from '../../src/core/extract'

const PARAGRAPH =
  'Die Europäische Kommission hat einen freiwilligen Verhaltenskodex für Anbieter großer KI-Modelle vorgestellt, der den Übergang zu den Pflichten des AI Act erleichtern soll.'
const body = (n = 4, dateline = true) =>
  `<h1>Titel</h1><div>${Array.from({ length: n }, (_, i) => `<p>${i === 0 && dateline ? 'BRÜSSEL (IT BOLTWISE) – ' : ''}${PARAGRAPH}</p>`).join('')}</div>`
const ld = (type: unknown) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': type }] })}</script>`
const og = (type: string) => `<meta property="og:type" content="${type}">`
const teasers = (n: number, dateline: boolean) =>
  Array.from({ length: n }, (_, i) => `<article><h2><a href="/a${i}.html">Meldung ${i}</a></h2><p>${dateline ? 'BERLIN (IT BOLTWISE) – ' : ''}${PARAGRAPH}</p></article>`).join('')
const doc = (head: string, html: string) => new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${html}</body></html>`).window.document
/** The verdict from the page alone (the load-time script) and from the types analyze() has read already: the same. */
const verdicts = (page: Document) => [itBoltwise.isArticle(page), itBoltwise.isArticle(page, readMetadata(page).types)]

describe('isArticle', () => {
  it.each([
    ['JSON-LD NewsArticle alone', ld('NewsArticle'), body(4, false)],
    ['JSON-LD BlogPosting in a type list', ld(['BlogPosting', 'WebPage']), body(2, false)],
    ['og:type=article alone', og('article'), body(2, false)],
    ['og:type written " Article "', og(' Article '), body(2, false)],
    ['the dateline alone', '', body(2, true)],
    ['the structure alone: one heading, a run of paragraphs', '', body(4, false)],
    ['an article with three related-post teasers', ld('NewsArticle'), body(4) + teasers(3, false)],
  ])('article: %s', (_label, head, html) => {
    expect(verdicts(doc(head, html))).toEqual([true, true])
  })

  it.each([
    ['home: CollectionPage with teasers', ld('CollectionPage') + og('website'), teasers(6, true)],
    ['search results', ld(['CollectionPage', 'SearchResultsPage']), `<h1>Suchergebnisse</h1>${teasers(3, false)}`],
    ['category archive without metadata: teasers with datelines', '', `<h1>Kategorie: Robotik</h1>${teasers(4, true)}`],
    ['archive without datelines or metadata: teaser headings', '', `<h1>Schlagwort: OpenAI</h1>${teasers(3, false)}`],
    ['a short page (imprint) with og:type=website', og('website'), '<h1>Impressum</h1><p>Angaben gemäß § 5 TMG.</p>'],
    ['an empty page', '', ''],
    ['broken JSON-LD and nothing else', '<script type="application/ld+json">{oops</script>', '<h1>Fehler 404</h1><p>Seite nicht gefunden.</p>'],
  ])('not an article: %s', (_label, head, html) => {
    expect(verdicts(doc(head, html))).toEqual([false, false])
  })
})

describe('site module', () => {
  it('is found for its hosts only', () => {
    expect(siteForUrl('https://www.it-boltwise.de/x.html')).toBe(itBoltwise)
    expect(siteForUrl('https://it-boltwise.de/')).toBe(itBoltwise)
    expect(siteForUrl('https://www.heise.de/news/x.html')).toBeNull()
    expect(siteForUrl('https://it-boltwise.de.example.com/')).toBeNull()
  })

  it('cleans the site suffix from titles', () => {
    expect(itBoltwise.cleanTitle!('Selenskyj und Trump diskutieren - IT BOLTWISE® x Artificial Intelligence')).toBe('Selenskyj und Trump diskutieren')
    expect(itBoltwise.cleanTitle!('KI-Gesetz | IT BOLTWISE')).toBe('KI-Gesetz')
    expect(itBoltwise.cleanTitle!('Ohne Zusatz')).toBe('Ohne Zusatz')
  })

  it('has a rule for every clutter kind; each rule named, described, with something to match', () => {
    expect(new Set(itBoltwise.rules.map((r) => r.kind))).toEqual(new Set(CLUTTER_KINDS))
    expect(new Set(itBoltwise.rules.map((r) => r.name)).size).toBe(itBoltwise.rules.length)
    for (const rule of itBoltwise.rules) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(IT_BOLTWISE_RULE_DESCRIPTIONS[rule.name]?.length ?? 0).toBeGreaterThan(20)
      expect((rule.linkTargets?.length ?? 0) + (rule.textSignatures?.length ?? 0) + (rule.evidence?.families.length ?? 0)).toBeGreaterThan(0)
      for (const target of rule.linkTargets ?? []) expect(target).toBe(target.toLowerCase())
      // Stateful (g/y) regexes would make .test() depend on the previous call.
      for (const re of rule.textSignatures ?? []) expect(re.flags).not.toMatch(/[gy]/)
    }
  })
})
