/**
 * The clutter engine (src/core/clutter/) with the IT BOLTWISE rules on small inputs:
 * each rule, growth to a widget and no further, the never-hide property (also on random layouts),
 * and the document_start stylesheet.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM } from 'jsdom'
import { clutterStylesheet, findClutter } from '../../src/core/clutter'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { listFixtures, parseFixture } from '../fixtures/load'

const PROSE = [
  'Die Bundesregierung will die Förderung für Forschung an künstlicher Intelligenz im kommenden Jahr deutlich ausweiten und neue Rechenzentren bauen.',
  'Nach Angaben des Unternehmens nutzen bereits mehr als dreihundert Firmen die Software in einer Testphase, der Aufwand sinke dort um die Hälfte.',
  'Kritiker bemängeln, dass die Vorgaben zur Offenlegung der Trainingsdaten zu vage seien, um Urhebern eine wirksame Kontrolle zu ermöglichen.',
]
/** Article prose that uses the words clutter uses: it must never be hidden. */
const TRICKY_PROSE = [
  'Viele Unternehmen suchen Fachkräfte im Quereinstieg, und Stellenanzeigen mit dem Zusatz (m/w/d) für KI-Entwickler haben sich laut der Studie binnen eines Jahres verdoppelt.',
  'Im neuen Buch des Historikers, das im Herbst erscheint, wird die Geschichte der künstlichen Intelligenz von den Anfängen bis heute nacherzählt, ohne in Hysterie zu verfallen.',
  'Der Konzern verkauft sein neues Lesegerät über <a href="https://www.amazon.de/dp/B0TEST123">Amazon</a> und den eigenen Webshop; Analysten erwarten einen Preiskampf mit den Konkurrenten aus Asien.',
  'Die Jobplattform <a href="https://www.stepstone.de/presse/">StepStone</a> meldet, dass die Zahl der Ausschreibungen mit KI-Bezug im ersten Halbjahr um ein Drittel gestiegen ist, vor allem in der Industrie.',
]

function page(body: string): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="de"><body>${body}</body></html>`, { url: 'https://www.it-boltwise.de/x.html' }).window.document
}
const article = (extra = '') => `<article><h1>Titel</h1><div class="c">${PROSE.map((p) => `<p>${p}</p>`).join('')}${extra}</div></article>`
const matches = (doc: Document) => findClutter(doc, itBoltwise).map((m) => ({ rule: m.rule, kind: m.kind, id: m.element.id }))

describe('each rule on its own', () => {
  it.each([
    ['promo-link-list', 'promo', '<ul id="t"><li><a href="/b/">Die besten Bücher rund um KI & Robotik!</a></li><li><a href="https://www.patreon.com/x">IT BOLTWISE® kostenlos auf Patreon unterstützen!</a></li></ul>'],
    ['job-listings', 'jobs', '<div id="t"><h3>Stellenangebote</h3><ul><li><a href="/j/1">Data Scientist KI (m/w/d)</a></li><li><a href="/j/2">Jetzt im Quereinstieg durchstarten!</a></li></ul></div>'],
    ['job-listings', 'jobs', '<ul id="t"><li><a href="https://www.stepstone.de/a">Teamleitung Daten</a></li><li><a href="https://de.indeed.com/b">Leitung Plattform</a></li></ul>'],
    ['book-ads', 'books', '<ul id="t"><li><a href="https://amzn.to/abc"><img src="c.jpg" alt=""></a>Ein Sachbuch über Roboter</li><li><a href="https://www.amazon.de/dp/123?tag=x-21">KI verstehen</a> Der Bestseller-Autor erklärt neuronale Netze</li></ul>'],
    ['comment-prompt', 'comments', '<div id="t"><p>Du hast einen wertvollen Beitrag oder Kommentar zum Artikel "Titel" für unsere Leser?</p><p>Es werden alle Kommentare moderiert!</p></div>'],
    ['subscription-prompt', 'subscribe', '<div id="t"><h4>Du willst nichts verpassen?</h4><p>Du möchtest über ähnliche News und Beiträge wie "Titel" informiert werden? Dann abonniere den <a href="https://news.google.com/publications/x">Google News</a> Kanal.</p></div>'],
    ['search-prompt', 'search', '<p id="t">Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »Titel« bei <a href="https://www.google.de/search?q=t">Google</a>!</p>'],
  ])('%s (%s)', (rule, kind, html) => {
    expect(matches(page(article() + html))).toEqual([{ rule, kind, id: 't' }])
    // The same block inside the article container, between two paragraphs.
    const inside = page(`<article><div class="c"><p>${PROSE[0]}</p>${html}<p>${PROSE[1]}</p></div></article>`)
    expect(matches(inside)).toEqual([{ rule, kind, id: 't' }])
  })

  it('reports blocks outermost only and in document order', () => {
    const doc = page(
      article() +
        '<p id="a">Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »T«</p>' +
        '<div id="b"><h3>Stellenangebote</h3><ul><li>Entwickler (m/w/d)</li></ul></div>' +
        '<p id="c">Es werden alle Kommentare moderiert!</p>',
    )
    expect(matches(doc).map((m) => m.id)).toEqual(['a', 'b', 'c'])
  })
})

describe('growth', () => {
  it('hides a sidebar widget whole (heading and items) but not the sidebar with its menu', () => {
    const doc = page(
      article() +
        '<aside id="side"><div class="w1"><h2>Kategorien</h2><ul><li><a href="/k/ki">KI-News</a></li><li><a href="/k/r">Robotik</a></li></ul></div>' +
        '<div class="w2" id="jobs"><h2>Stellenangebote</h2><ul><li><a href="/j/1">Entwickler KI (m/w/d)</a></li><li><a href="/j/2">Duales Studium Informatik</a></li></ul></div></aside>',
    )
    expect(matches(doc)).toEqual([{ rule: 'job-listings', kind: 'jobs', id: 'jobs' }])
  })

  it('does not grow a job ticker into the site header that holds it (logo, menu)', () => {
    const doc = page(
      '<div id="head"><a href="/"><img src="logo.svg" alt=""></a><div><a href="/k/1">KI-News</a> <a href="/k/2">Robotik</a></div>' +
        '<div id="ticker"><span>Stellenangebote</span> <a href="/j/1">Data Scientist (m/w/d)</a> <a href="/j/2">Entwickler (m/w/d)</a></div></div>' +
        article(),
    )
    expect(matches(doc)).toEqual([{ rule: 'job-listings', kind: 'jobs', id: 'ticker' }])
  })

  it('never merges blocks of different kinds into their common wrapper', () => {
    const doc = page(
      article() +
        '<div id="wrap"><p id="s">Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »T«</p><p id="k">Es werden alle Kommentare moderiert!</p></div>',
    )
    expect(matches(doc).map((m) => m.id)).toEqual(['s', 'k'])
  })

  it('hides an ad card of divs (cover, title, blurb) among other cards', () => {
    const card = (n: number) =>
      `<div class="q1" id="card${n}"><a href="https://amzn.to/b${n}"><img src="c.jpg" alt=""></a><div><a href="https://amzn.to/b${n}">Buch ${n}</a></div><div>${PROSE[n]}</div></div>`
    const doc = page(article(`<div id="grid">${card(0)}${card(1)}</div>`))
    expect(matches(doc)).toEqual([{ rule: 'book-ads', kind: 'books', id: 'grid' }])
  })
})

describe('never hides article text', () => {
  it.each(TRICKY_PROSE.map((p) => [p.slice(0, 50), p]))('%s…', (_label, prose) => {
    const doc = page(`<article><div class="c"><p>${PROSE[0]}</p><p>${prose}</p><p>${PROSE[1]}</p></div></article>`)
    expect(matches(doc)).toEqual([])
  })

  it('keeps a one-sentence paragraph beside clutter out of the clutter block', () => {
    const doc = page(
      `<article><div class="c"><p>${PROSE[0]}</p><div><p id="s">Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »T«</p>` +
        '<p>Die Studie erscheint im Herbst im Fachjournal Nature.</p></div></div></article>',
    )
    expect(matches(doc).map((m) => m.id)).toEqual(['s'])
  })

  const CLUTTER = [
    '<ul><li><a href="/b/">Die besten Bücher rund um KI & Robotik!</a></li><li><a href="https://www.patreon.com/x">Auf Patreon unterstützen</a></li></ul>',
    '<div><h4>Stellenangebote</h4><ul><li><a href="/j/1">Entwickler KI (m/w/d)</a></li><li><a href="/j/2">Duales Studium BWL</a></li></ul></div>',
    '<ul><li><a href="https://amzn.to/q"><img src="c.jpg" alt=""></a>Im neuen Buch des renommierten Forschers wird die Zukunft der Maschinen skizziert</li><li><a href="https://amzn.to/r">Zweites Buch</a></li></ul>',
    '<div><p>Es werden alle Kommentare moderiert!</p></div>',
    '<p>Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »T« bei <a href="https://www.google.de/search?q=t">Google</a>!</p>',
    '<div><strong>Du willst nichts verpassen?</strong> Abonniere uns bei <a href="https://news.google.com/publications/x">Google News</a>.</div>',
  ]
  const WRAPPERS = ['div', 'section', 'aside', 'div class="x7f3a"', 'main']
  /** A random page: article paragraphs (some tricky) and clutter blocks, in random order and random wrappers. */
  const layout = fc.array(
    fc.record({
      kind: fc.constantFrom('prose', 'clutter'),
      index: fc.nat(),
      wrapper: fc.option(fc.constantFrom(...WRAPPERS), { nil: null }),
      join: fc.boolean(),
    }),
    { minLength: 2, maxLength: 14 },
  )

  type Layout = { kind: 'prose' | 'clutter'; index: number; wrapper: string | null; join: boolean }[]
  /** Builds the page of `items` and checks it: clutter hidden, article paragraphs not. */
  const checkLayout = (items: Layout) => {
        let html = ''
        let open = null as string | null
        for (const [i, item] of items.entries()) {
          const prose = [...PROSE, ...TRICKY_PROSE]
          const inner =
            item.kind === 'prose'
              ? `<p data-t="prose">${prose[item.index % prose.length]}</p>`
              : CLUTTER[item.index % CLUTTER.length]!.replace(/^<(\w+)/, `<$1 data-t="clutter${i}"`)
          if (open && !item.join) {
            html += `</${open.split(' ')[0]}>`
            open = null
          }
          if (!open && item.wrapper) {
            html += `<${item.wrapper}>`
            open = item.wrapper
          }
          html += inner
        }
        if (open) html += `</${open.split(' ')[0]}>`
        const doc = page(html)
        const hidden = findClutter(doc, itBoltwise).map((m) => m.element)
        for (const p of Array.from(doc.querySelectorAll('[data-t="prose"]'))) {
          expect(hidden.some((el) => el.contains(p))).toBe(false)
        }
        for (const block of Array.from(doc.querySelectorAll('[data-t^="clutter"]'))) {
          expect(hidden.some((el) => el.contains(block) || block.contains(el))).toBe(true)
        }
  }

  // Seeded so that CI is repeatable; an unseeded run found the case below.
  it('on random layouts: every clutter block is hidden, no article paragraph is', () => {
    fc.assert(fc.property(layout, checkLayout), { numRuns: 150, seed: 20261207 })
  })

  // Found by an unseeded run: a wrapper holding mixed promo lists (book + Patreon links) and an article
  // paragraph between them scored as one list of promotions, and took the paragraph with it.
  it('an article paragraph between mixed promo lists in one wrapper stays visible', () => {
    checkLayout([
      { kind: 'clutter', index: 0, wrapper: 'div', join: false },
      { kind: 'clutter', index: 0, wrapper: null, join: true },
      { kind: 'prose', index: 0, wrapper: null, join: true },
      { kind: 'clutter', index: 0, wrapper: null, join: true },
      { kind: 'prose', index: 0, wrapper: null, join: false },
    ])
  })
})

describe('clutterStylesheet', () => {
  const css = clutterStylesheet(itBoltwise)
  const rules = css.split('}').filter((r) => r.includes('{'))
  const selectors = rules.flatMap((r) => r.slice(0, r.indexOf('{')).split(',\n').map((s) => s.replace(/\/\*[\s\S]*?\*\//g, '').trim()))

  it('has one hiding rule per kind, switched off by data-klartext-show', () => {
    for (const kind of ['promo', 'jobs', 'books', 'comments', 'subscribe', 'search']) {
      expect(css).toContain(`html:not([data-klartext-show~="${kind}"]) [data-klartext-hidden="${kind}"]`)
    }
    for (const rule of rules) expect(rule).toContain('display: none !important')
  })

  it('turns every link target into an ad-item selector, never a wrapper selector', () => {
    for (const rule of itBoltwise.rules) {
      for (const target of rule.linkTargets ?? []) expect(css).toContain(`li:has(> a[href*="${target}" i])`)
    }
    for (const selector of selectors) expect(selector).not.toMatch(/(?:^|\s)(?:div|section|aside|main|article|body):has/)
  })

  it('matches no element that holds article text on any fixture, and shows a kind again', () => {
    for (const fixture of listFixtures()) {
      const { document, truth } = parseFixture(fixture)
      for (const selector of selectors) {
        for (const el of Array.from(document.querySelectorAll(selector))) {
          const text = (el.textContent ?? '').replace(/\s+/g, ' ')
          for (const paragraph of truth.article) expect(text.includes(paragraph), `${fixture.name}: ${selector}`).toBe(false)
        }
      }
    }
    const doc = page('<ul><li><a href="https://www.stepstone.de/j">Job</a></li></ul>')
    const jobSelectors = selectors.filter((s) => s.includes('~="jobs"'))
    expect(jobSelectors.some((s) => doc.querySelector(s))).toBe(true)
    doc.documentElement.setAttribute('data-klartext-show', 'books jobs')
    expect(jobSelectors.some((s) => doc.querySelector(s))).toBe(false)
  })
})

describe('link targets', () => {
  it('catch shop links with a title slug, and leave aboutamazon.de alone', () => {
    const item = (href: string) => `<ul><li id="t"><a href="${href}">Ein Buch</a> über KI</li><li><a href="/x">Startseite</a></li></ul>`
    expect(matches(page(article() + item('https://www.amazon.de/Ein-Buch/dp/3426279231?tag=x-21')))).toEqual([{ rule: 'book-ads', kind: 'books', id: 't' }])
    expect(matches(page(article() + item('https://www.aboutamazon.de/news/ki')))).toEqual([])
  })
})

describe('hostile pages', () => {
  it('a form whose controls shadow DOM properties (parentNode, nextSibling...) neither hangs nor breaks the engine', () => {
    const doc = page(
      `<fieldset form="f" name="parentNode"><form id="f"><input name="nextSibling" form="f"><input name="firstChild"><input name="parentElement"><input name="lastElementChild">` +
        `<p>${PROSE[0]}</p><b>Es werden alle Kommentare moderiert!</b></form></fieldset>` +
        article('<p id="t">Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »T«</p>'),
    )
    const found = matches(doc)
    expect(found).toContainEqual({ rule: 'search-prompt', kind: 'search', id: 't' })
    for (const m of findClutter(doc, itBoltwise)) expect(m.element.textContent).not.toContain(PROSE[0])
  })
})

describe('signatures', () => {
  it('allow a bullet or an emoji before the phrase, not a word', () => {
    for (const prefix of ['📚 ', '» ', '✔️ ', '- ']) {
      expect(matches(page(article(`<ul id="t"><li>${prefix}Die besten Bücher rund um KI & Robotik!</li></ul>`)))).toEqual([{ rule: 'promo-link-list', kind: 'promo', id: 't' }])
    }
    expect(matches(page(article('<p>Laut Umfrage: Die besten Bücher rund um KI & Robotik stammen aus den USA, sagen Leser.</p>')))).toEqual([])
  })
})

describe('work on pages full of clutter', () => {
  /** Tree queries the engine makes (each walks ancestors in jsdom): the engine's work, counted instead of timed. */
  function treeQueries(body: string): { queries: number; hidden: number } {
    const doc = page(article() + body)
    const proto = doc.defaultView!.Node.prototype
    const originals = { contains: proto.contains, compareDocumentPosition: proto.compareDocumentPosition }
    let queries = 0
    proto.contains = function (this: Node, other: Node | null) {
      queries++
      return originals.contains.call(this, other)
    }
    proto.compareDocumentPosition = function (this: Node, other: Node) {
      queries++
      return originals.compareDocumentPosition.call(this, other)
    }
    try {
      const hidden = findClutter(doc, itBoltwise).length
      return { queries, hidden }
    } finally {
      Object.assign(proto, originals)
    }
  }
  const layouts: [string, (n: number) => string][] = [
    ['job links in one block', (n) => `<div>${'<a href="https://www.stepstone.de/x">Job (m/w/d)</a> '.repeat(n)}</div>`],
    ['job items wrapped twice', (n) => `<ul>${'<li><div><a href="https://www.stepstone.de/x">Entwickler (m/w/d)</a></div></li>'.repeat(n)}</ul>`],
    ['job texts in nested divs', (n) => `<div>${'<div><div><span>Entwickler (m/w/d) gesucht</span></div></div>'.repeat(n)}</div>`],
    ['shop links in divs', (n) => `<div>${'<div><a href="https://www.amazon.de/dp/3426279231">Ein Buch</a></div>'.repeat(n)}</div>`],
  ]
  it.each(layouts)('%s: four times the clutter costs about four times the tree queries, not sixteen', (_name, body) => {
    const small = treeQueries(body(300))
    const large = treeQueries(body(1200))
    expect(large.hidden).toBeGreaterThan(0)
    expect(large.queries).toBeLessThan(6 * Math.max(small.queries, 1))
  })
})
