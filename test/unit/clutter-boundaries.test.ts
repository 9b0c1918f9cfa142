/**
 * Both sides of three rules of issue 14, on pages built here: what ties a bare blurb to the cover
 * before it (and what keeps an article paragraph there), when a promise of delivery on a schedule
 * makes a box (and when it is a report), and when a heading such as "Mehr aus Brüssel" labels a list
 * of the site's articles (and when it heads a section of the article). The load-time path decides
 * as findClutter() does on every page.
 */
import { describe, expect, it } from 'vitest'
import { JSDOM, VirtualConsole } from 'jsdom'
import { clutterAround, findClutter, literalScanner } from '../../src/core/clutter'
import { loadFiltersOf } from '../../src/core/load-filters'
import { itBoltwise } from '../../src/sites/it-boltwise'

const URL = 'https://www.it-boltwise.de/neue-regeln-fuer-rechenzentren.html'
const LONG = [
  'FRANKFURT (IT BOLTWISE) – Betreiber von Rechenzentren sollen künftig offenlegen, wie viel Strom und Wasser ihre Anlagen verbrauchen, sieht ein Entwurf des Wirtschaftsministeriums vor.',
  'Die Branche hält die Pflichten grundsätzlich für machbar, warnt aber vor doppelten Meldewegen, wenn Bund und Länder die gleichen Zahlen getrennt abfragen.',
]

function page(middle: string): Document {
  const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:type" content="article"><title>T</title></head><body><main><article><h1>Neue Regeln</h1><div class="entry-content">
<p>${LONG[0]}</p>${middle}<p>${LONG[1]}</p></div></article></main></body></html>`
  return new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document
}

/** The texts hidden by findClutter(), after checking that the load-time path hides the same blocks. */
function hiddenTexts(doc: Document): string[] {
  const hidden = findClutter(doc, itBoltwise).map((m) => m.element)
  const scan = literalScanner(loadFiltersOf(itBoltwise))
  const walker = doc.createTreeWalker(doc, 4)
  const flagged: Node[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (scan(node as Text)) flagged.push(node)
  expect(clutterAround(doc.body, itBoltwise, flagged).map((m) => m.element)).toEqual(hidden)
  return hidden.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean)
}

const cover = (href: string) => `<figure class="wp-block-image"><a href="${href}"><img src="https://img.example.org/c.jpg" alt=""></a><figcaption>Das leise Rechenzentrum</figcaption></figure>`
const SHOP = 'https://www.buchhandlung-example.de/produkt/das-leise-rechenzentrum-9783000000987'
const BLURB = 'Jana Wolters zeigt, wie Rechenzentren mit Abwärme ganze Stadtviertel heizen.'

describe('a bare paragraph after a cover', () => {
  it('is the blurb when it is one short sentence of what its author does, after a shop-linked cover', () => {
    const hidden = hiddenTexts(page(`${cover(SHOP)}<p>${BLURB}</p>`))
    expect(hidden).toContain(BLURB)
    expect(hidden.join(' ')).not.toContain(LONG[1]!.slice(0, 40))
  })

  it.each([
    ['a report of what the author said (past tense)', 'Jana Wolters sagte bei der Vorstellung, Abwärme werde bislang kaum genutzt.'],
    ['two sentences', 'Jana Wolters zeigt das am Beispiel Frankfurt. Dort heizt ein Rechenzentrum schon ein Viertel.'],
    ['a sentence that does not open with a person', 'Die Stadt zeigt, wie Rechenzentren mit Abwärme ganze Stadtviertel heizen.'],
    ['a sentence with a link', `Jana Wolters zeigt, wie <a href="https://www.example.org/">Rechenzentren</a> mit Abwärme heizen.`],
  ])('is the article when it is %s', (_name, paragraph) => {
    const hidden = hiddenTexts(page(`${cover(SHOP)}<p>${paragraph}</p>`))
    expect(hidden.join(' ')).not.toContain(paragraph.replace(/<[^>]+>/g, '').slice(0, 30))
  })

  it('is the article after a photo that links to no shop', () => {
    expect(hiddenTexts(page(`${cover('https://www.it-boltwise.de/wp-content/uploads/rechenzentrum.jpg')}<p>${BLURB}</p>`))).toEqual([])
  })

  it('is the article after a card that has its own blurb', () => {
    const card = `<figure><a href="${SHOP}"><img src="https://img.example.org/c.jpg" alt=""></a><figcaption>Jana Wolters erklärt in ihrem Buch, warum Abwärme das Rückgrat der Wärmewende werden kann.</figcaption></figure>`
    const hidden = hiddenTexts(page(`${card}<p>${BLURB}</p>`))
    expect(hidden.join(' ')).toContain('Rückgrat der Wärmewende')
    expect(hidden).not.toContain(BLURB)
  })
})

describe('a promise of delivery on a schedule', () => {
  const PROMISE = 'Die Meldungen des Tages kommen jeden Werktag um 17 Uhr per E-Mail, kostenlos.'
  it('makes a box of a heading and the promise, with no form, link or talk to the reader', () => {
    expect(hiddenTexts(page(`<div class="box"><h4>Feierabend-Newsletter</h4><p>${PROMISE}</p></div>`)).join(' ')).toContain(PROMISE)
  })

  it('is a report in an article paragraph alone', () => {
    const report = 'Die Behörde verschickt ihren Newsletter seit März jeden Werktag um 17 Uhr per E-Mail an rund 4.000 Unternehmen, sagte eine Sprecherin.'
    expect(hiddenTexts(page(`<p>${report}</p>`))).toEqual([])
  })

  it('is a report in a box of two paragraphs of prose without a heading of the kind', () => {
    const box = `<div class="info"><p>Die Behörde verschickt ihren Newsletter seit März jeden Werktag um 17 Uhr per E-Mail an Unternehmen.</p><p>Nach Angaben einer Sprecherin lesen ihn inzwischen rund viertausend Betriebe regelmäßig.</p></div>`
    expect(hiddenTexts(page(box))).toEqual([])
  })
})

describe('a heading such as "Mehr aus Brüssel"', () => {
  const own = (slug: string) => `https://www.it-boltwise.de/${slug}.html`
  const titles = ['Parlament billigt neue Regeln für Chips', 'Kommission prüft große Cloud-Anbieter', 'Streit um Förderung für Rechenzentren']
  const list = (href: (t: string) => string) => `<ul>${titles.map((t) => `<li><a href="${href(t)}">${t}</a></li>`).join('')}</ul>`
  const slug = (t: string) => t.toLowerCase().replace(/[^a-z]+/g, '-')

  it('labels a list of links to the site\'s own articles', () => {
    const hidden = hiddenTexts(page(`<div class="more"><h3>Mehr aus Brüssel</h3>${list((t) => own(slug(t)))}</div>`))
    expect(hidden.join(' ')).toContain('Mehr aus Brüssel')
    expect(hidden.join(' ')).toContain(titles[2])
  })

  it('heads a section of the article when prose follows it', () => {
    const section = `<h3>Mehr aus weniger Strom</h3><p>Ein Teil der Betreiber setzt bereits auf Flüssigkeitskühlung, die nach Angaben der Hersteller bis zu einem Drittel der Energie für die Klimatisierung spart.</p>`
    expect(hiddenTexts(page(section))).toEqual([])
  })

  it('over links to other sites (sources) labels no list of the site', () => {
    expect(hiddenTexts(page(`<div class="sources"><h3>Mehr zur Studie</h3>${list((t) => `https://www.example.org/${slug(t)}`)}</div>`))).toEqual([])
  })
})
