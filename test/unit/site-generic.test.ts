/**
 * The generic site module: the registry falls back to it; its rules take the clutter news sites
 * share, in German and English, and never an article sentence, not even one that opens with a
 * clutter word ("Anzeige gegen ...", "Share prices ..."); its article signal is metadata or
 * Readability's isProbablyReaderable.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { JSDOM, VirtualConsole } from 'jsdom'
import { isProbablyReaderable } from '@mozilla/readability'
import { isProbablyArticle } from '../../src/core/extract'
import { corpusDir, findRepo, listCorpusPages } from '../security/corpus'
import { analyze } from '../../src/shared/analysis'
import { findClutter } from '../../src/core/clutter'
import { generic } from '../../src/sites/generic'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { siteForUrl } from '../../src/sites/registry'
import { moduleForUrl } from '../../src/sites/module-for-url'

const page = (body: string, head = '') => new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url: 'https://news.example.org/a.html' }).window.document
const PROSE =
  'The city council approved the budget on Tuesday after a debate that lasted well into the night, with several members asking for changes to the transport plan before the final vote.'
const article = (clutter: string) => page(`<article><h1>Title</h1><p>${PROSE}</p>${clutter}<p>${PROSE}</p><p>${PROSE}</p></article>`)
const hiddenTexts = (doc: Document) => findClutter(doc, generic).map((m) => `${m.rule}: ${(m.element.textContent ?? '').replace(/\s+/g, ' ').trim()}`)

describe('registry', () => {
  it('picks the site by URL and falls back to the generic module', () => {
    expect(moduleForUrl('https://www.it-boltwise.de/x.html')).toBe(itBoltwise)
    expect(moduleForUrl('https://www.heise.de/news/x.html')).toBe(generic)
    expect(moduleForUrl('not a url')).toBe(generic)
    expect(siteForUrl('https://www.heise.de/news/x.html')).toBeNull()
  })

  it('names no site for other pages, and IT BOLTWISE rules never run there', () => {
    const html = `<article><h1>T</h1><p>${PROSE}</p><p>${PROSE}</p></article><div><h3>Stellenangebote</h3><ul><li><a href="https://www.stepstone.de/1">Data Scientist (m/w/d)</a></li></ul></div>`
    const elsewhere = analyze(page(html), 'https://news.example.org/a.html')
    expect(elsewhere.site).toBeNull()
    expect(elsewhere.hidden.map((h) => h.rule)).not.toContain('job-listings')
    expect(analyze(page(html), 'https://www.it-boltwise.de/a.html').hidden.map((h) => h.rule)).toContain('job-listings')
  })
})

describe('generic rules take the clutter', () => {
  it.each([
    ['consent-notice', '<div class="cmp"><p>Wir verwenden Cookies, um unsere Website für Sie zu verbessern.</p><button>Alle akzeptieren</button></div>'],
    ['consent-notice', '<div><p>We use cookies to personalise content and ads.</p><button>Accept all cookies</button></div>'],
    ['newsletter-signup', '<aside><h3>Newsletter</h3><p>Sign up for our daily newsletter and get the news first.</p><button>Subscribe</button></aside>'],
    ['newsletter-signup', '<aside><p>Jetzt den Morgen-Newsletter abonnieren</p><button>Anmelden</button></aside>'],
    ['share-bar', '<ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x"></a></li><li><a href="https://twitter.com/intent/tweet?url=x"></a></li><li><a href="https://api.whatsapp.com/send?text=x"></a></li></ul>'],
    ['share-bar', '<div><span>Artikel teilen</span></div>'],
    ['advertisement', '<div class="x1"><span>Anzeige</span><div></div></div>'],
    ['advertisement', '<p>Story continues below advertisement</p>'],
    ['advertisement', '<p>Media playback is unsupported on your device</p>'],
    ['related-articles', '<p><strong>Lesen Sie auch:</strong> <a href="/b.html">Neue Regeln für E-Scooter</a></p>'],
    ['related-articles', '<p>Read more: <a href="/c.html">What the budget means for renters</a></p>'],
    ['related-articles', '<h2>Das könnte Sie auch interessieren</h2>'],
    ['comment-prompt', '<p><a href="#c">Kommentare (12)</a></p>'],
    ['comment-prompt', '<p><a href="#c">Join the conversation</a></p>'],
    ['author-bio', '<h3>About the author</h3>'],
  ])('%s: %s', (rule, clutter) => {
    const found = hiddenTexts(article(clutter))
    expect(found.some((text) => text.startsWith(`${rule}:`)), found.join(' | ')).toBe(true)
    expect(found.join(' '), 'article text hidden').not.toContain('city council')
  })
})

describe('generic rules never take an article sentence', () => {
  const sentences = [
    'Anzeige gegen den Bürgermeister: Die Staatsanwaltschaft ermittelt wegen des Verdachts der Untreue in drei Fällen.',
    'Werbung für Tabak soll nach dem Willen der Regierung auch auf Plakaten vollständig verboten werden.',
    'Share prices fell sharply on Monday after the company warned that profits would miss forecasts for the year.',
    'Comments by the minister on Sunday drew sharp criticism from the opposition and from several unions.',
    'Related research from the same group had found similar effects in mice, the authors wrote in the journal.',
    'Newsletter-Anbieter müssen künftig nachweisen, dass Empfänger der Zusendung ausdrücklich zugestimmt haben.',
    'Subscribers to the service will pay two dollars more a month from January, the company said on Friday.',
    'Wir verwenden seit Jahren die gleichen Methoden, sagte die Forscherin, doch die Daten haben sich verändert.',
    'Read more than 300 pages of the report and you will find that the authors disagree on nearly every point.',
    'Mehr zum Thema Klimaschutz wollen die Minister bei ihrem nächsten Treffen im Herbst in Brüssel beraten.',
    'Follow us on a journey through the valley, the guide said, as the group set off before sunrise on Saturday.',
  ]
  it.each(sentences)('%s', (sentence) => {
    const doc = page(`<article><h1>Title</h1><p>${sentence}</p><p>${PROSE}</p><p>${PROSE}</p></article>`)
    expect(hiddenTexts(doc)).toEqual([])
  })

  it('on the article paragraphs of every fixture', () => {
    const fixtures = ['it-boltwise/seed-after-article', 'it-boltwise/redesign', 'generic/regional-news-de', 'generic/city-news-en', 'generic/other-site']
    for (const name of fixtures) {
      const source = readFileSync(new URL(`../fixtures/${name}/source.html`, import.meta.url), 'utf8')
      const paragraphs = [...source.matchAll(/<p[^>]*data-truth="article"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!)
      expect(paragraphs.length, name).toBeGreaterThan(0)
      const doc = page(`<article><h1>Title</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`)
      expect(hiddenTexts(doc), name).toEqual([])
    }
  })
})

describe('generic article signal', () => {
  it('metadata or isProbablyReaderable', () => {
    const prose = Array.from({ length: 6 }, () => `<p>${PROSE}</p>`).join('')
    expect(generic.isArticle(page(`<h1>T</h1>${prose}`))).toBe(true)
    expect(generic.isArticle(page('<h1>T</h1><p>Short.</p>', '<meta property="og:type" content="article">'))).toBe(true)
    expect(generic.isArticle(page('<h1>Home</h1><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul>'))).toBe(false)
    expect(generic.isArticle(page('<h1>Impressum</h1><p>Angaben gemäß § 5 TMG.</p>', '<meta property="og:type" content="website">'))).toBe(false)
  })

  it('counts a <div> of text lines split by <br> as Readability does, and no <br> elsewhere', () => {
    const lines = Array.from({ length: 6 }, () => `${PROSE}<br><br>`).join('')
    expect(generic.isArticle(page(`<div>${lines}</div>`))).toBe(true)
    expect(generic.isArticle(page(`<span>${lines}</span>`))).toBe(false)
  })

  // isProbablyArticle answers Readability's queries from tag lists: the verdict must stay the library's own.
  const corpus = listCorpusPages(findRepo(import.meta.url))
  it.skipIf(!corpus)(`gives isProbablyReaderable's verdict on the corpus pages without metadata${corpus ? '' : ` (skipped: no corpus at ${corpusDir(findRepo(import.meta.url))})`}`, () => {
    for (const { name, sourcePath } of corpus ?? []) {
      const doc = new JSDOM(readFileSync(sourcePath), { url: 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() }).window.document
      expect(isProbablyArticle(doc, []), name).toBe(isProbablyReaderable(doc))
    }
  }, 240_000)
})
