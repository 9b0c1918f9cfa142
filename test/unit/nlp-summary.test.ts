import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { JSDOM } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/shared/analysis'
import { summarize } from '../../src/core/summary'
import { isFragment } from '../../src/core/running-text'
import { hasFiniteVerb, opensWithAnaphor } from '../../src/core/text/clauses'
import { splitSentences } from '../../src/core/text/sentences'

const here = path.dirname(fileURLToPath(import.meta.url))
const PAGES = path.resolve(here, '../nlp/summary-pages')
const page = readFileSync(new URL('../fixtures/seed/it-boltwise-article-page.txt', import.meta.url), 'utf8')
const seed = (page.split('- Die besten Bücher')[0] ?? '').split('\n').filter(Boolean)
const title = 'Selenskyj und Trump diskutieren über Verteidigungskooperation'
const sentencesOf = (paragraphs: readonly string[]) => paragraphs.flatMap((p) => splitSentences(p, 'de'))

describe('summarize', () => {
  it.skipIf(!page)('gives 3 sentences by default, each a sentence of the article, in article order', () => {
    const summary = summarize(seed, { title, lang: 'de' })
    const all = sentencesOf(seed)
    expect(summary).toHaveLength(3)
    const positions = summary.map((s) => all.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it.skipIf(!page)('gives 1 to 5 sentences on request, and clamps other counts', () => {
    expect(summarize(seed, { title, lang: 'de', count: 1 })).toHaveLength(1)
    expect(summarize(seed, { title, lang: 'de', count: 5 })).toHaveLength(5)
    expect(summarize(seed, { title, lang: 'de', count: 9 })).toHaveLength(5)
    expect(summarize(seed, { title, lang: 'de', count: 0 })).toHaveLength(1)
    expect(summarize(seed, { title, lang: 'de', count: Number.NaN })).toHaveLength(3)
  })

  it.skipIf(!page)('leads with the lead of a news article', () => {
    expect(summarize(seed, { title, lang: 'de', count: 1 })[0]).toMatch(/^KIEW \/ LONDON \(IT BOLTWISE\) – In einem bemerkenswerten Schritt/)
  })

  it('keeps a short, general lead even when later sentences share its words', () => {
    const paragraphs = [
      'TORONTO (IT BOLTWISE) – Zwei bekannte Forscher haben erneut vor den Risiken leistungsfähiger KI-Systeme gewarnt.',
      'Der Forscher Geoffrey Hinton sagte in einem Interview, die Risiken leistungsfähiger KI-Systeme würden unterschätzt.',
      'Sein Kollege Yoshua Bengio fordert verpflichtende Sicherheitstests für neue KI-Systeme vor der Veröffentlichung.',
    ]
    expect(summarize(paragraphs, { title: 'KI-Pioniere warnen', lang: 'de', count: 2 })[0]).toBe(paragraphs[0])
  })

  it.skipIf(!page)('never picks a near-duplicate: the restatement of the lead is left out', () => {
    const summary = summarize(seed, { title, lang: 'de', count: 5 })
    expect(summary.some((s) => s.startsWith('KIEW'))).toBe(true)
    expect(summary.some((s) => s.startsWith('Die jüngsten Gespräche zwischen dem ukrainischen Präsidenten'))).toBe(false)
  })

  it('prefers a sentence about the title over an equally placed one that is not', () => {
    const paragraphs = [
      'Die Firma Beispiel AG hat am Montag mehrere Neuigkeiten angekündigt, wie sie in Berlin mitteilte.',
      'Die Kantine im Hauptsitz bekommt nach langer Planung eine neue Kaffeemaschine für die Belegschaft.',
      'Das neue Sprachmodell der Firma übersetzt Verträge schneller als alle bisherigen Systeme am Markt.',
    ]
    const summary = summarize(paragraphs, { title: 'Neues Sprachmodell übersetzt Verträge', lang: 'de', count: 2 })
    expect(summary).toContain(paragraphs[2])
    expect(summary).not.toContain(paragraphs[1])
  })

  it('skips fragments: headings, questions as headings, list crumbs', () => {
    const paragraphs = [
      'Was bedeutet das für Nutzer?',
      '- Die besten KI-News kostenlos per eMail erhalten!',
      'Neue Regeln für KI',
      'Die Regeln gelten ab August für alle Anbieter großer Sprachmodelle in der Europäischen Union.',
      'Anbieter müssen ihre Trainingsdaten zusammenfassen und Urheberrechte ausdrücklich beachten.',
    ]
    expect(summarize(paragraphs, { title: null, lang: 'de', count: 3 })).toEqual([paragraphs[3], paragraphs[4]])
  })

  it('returns what there is when the article is shorter than the summary', () => {
    expect(summarize(['Ein einziger Satz steht hier im Artikel und sonst gar nichts.'], { title: null, lang: 'de' }))
      .toEqual(['Ein einziger Satz steht hier im Artikel und sonst gar nichts.'])
    expect(summarize([], { title: null, lang: 'de' })).toEqual([])
  })

  it('works on English text', () => {
    const paragraphs = [
      'Nvidia reported record quarterly revenue on Wednesday, beating estimates as demand for AI chips stayed strong.',
      'Data center revenue rose sharply from a year earlier, the company said in a statement.',
      'Shares fell slightly in extended trading after the company gave its forecast for the current quarter.',
      'The company expects revenue to grow again in the current quarter.',
    ]
    const summary = summarize(paragraphs, { title: 'Nvidia beats estimates', lang: 'en', count: 2 })
    expect(summary[0]).toBe(paragraphs[0])
    expect(summary).toHaveLength(2)
  })
})

describe('isFragment', () => {
  it('a question used as a heading', () => expect(isFragment('Was bedeutet das für die Nutzer im Alltag?')).toBe(true))
  it('a list crumb', () => expect(isFragment('- Die besten Bücher rund um KI & Robotik!')).toBe(true))
  it('a heading without sentence punctuation', () => expect(isFragment('Neue Regeln für KI-Anbieter in der EU')).toBe(true))
  it('a very short sentence', () => expect(isFragment('Das ist neu.')).toBe(true))
  it('a full sentence', () => expect(isFragment('Die Regeln gelten ab August für alle Anbieter.')).toBe(false))
})

describe('finite verbs and anaphors', () => {
  it.each([
    ['Die Regeln gelten ab August für alle Anbieter.', 'de'],
    ['Der Vorstand hat den Plan am Montag gebilligt.', 'de'],
    ['Shares fell in extended trading.', 'en'],
    ['The company said it plans to hire 500 engineers.', 'en'],
  ])('a sentence with a finite verb: %s', (text, lang) => expect(hasFiniteVerb(text, lang)).toBe(true))
  it.each([
    ['Prozessor: Snapdragon 8 Elite, 12 GB Arbeitsspeicher.', 'de'],
    ['Bild: Stadtwerke Münster / Rohre eines neuen Wärmenetzes im Hafenviertel', 'de'],
    ['Reporting by Jane Doe in Hamburg; Editing by Sarah White', 'en'],
    ['Weight: 215 grams, IP48 rating.', 'en'],
  ])('a line without one: %s', (text, lang) => expect(hasFiniteVerb(text, lang)).toBe(false))
  it('opening anaphors in German and English, past leading quotes', () => {
    expect(opensWithAnaphor('Er hatte das Verfahren in Japan kennengelernt.', 'de')).toBe(true)
    expect(opensWithAnaphor('„Dort arbeiten mehrere Hersteller daran.“', 'de')).toBe(true)
    expect(opensWithAnaphor('They said the talks would resume.', 'en')).toBe(true)
    expect(opensWithAnaphor('Ein Team der Universität Ulm hat eine Batterie vorgestellt.', 'de')).toBe(false)
    expect(opensWithAnaphor('Theresa May spoke on Monday.', 'en')).toBe(false)
  })
})

/** analyze() on a page of test/nlp/summary-pages: the product seen from outside. */
function analyzePage(name: string, count = 5) {
  const html = readFileSync(path.join(PAGES, name), 'utf8')
  const doc = new JSDOM(html, { url: `https://news.example/${name}` }).window.document
  return analyze(doc, `https://news.example/${name}`, { summarySentences: count })
}

const articleLines = (a: { summary: string[]; teaserLines: number }) => a.summary.slice(a.teaserLines)

describe('the summary quotes running text only', () => {
  it('leaves out a magazine promotion set apart in italics, and the caption', () => {
    const analysis = analyzePage('magazine-promo.html')
    expect(analysis.paragraphs.some((p) => p.startsWith('Den vollständigen Artikel'))).toBe(true)
    expect(analysis.summary.length).toBeGreaterThanOrEqual(4)
    expect(analysis.summary.join(' ')).not.toMatch(/vollständigen Artikel|Bild:/)
  })

  it('leaves out a newsletter form: its pitch, label and error message', () => {
    const analysis = analyzePage('newsletter-form.html')
    expect(analysis.summary.join(' ')).not.toMatch(/inbox|Email address|valid email/)
    expect(articleLines(analysis)).toContain('Construction will start in March and is expected to take about four months, according to the city\'s transportation department.')
  })

  it('leaves out a photo credit and the reporting credit', () => {
    const analysis = analyzePage('credit-line.html')
    expect(analysis.paragraphs.some((p) => p.startsWith('Reporting by'))).toBe(true)
    expect(analysis.summary.length).toBeGreaterThanOrEqual(4)
    expect(analysis.summary.join(' ')).not.toMatch(/Photo:|Reporting by|Editing by/)
  })

  it('leaves out a spec list', () => {
    const analysis = analyzePage('spec-list.html')
    expect(analysis.paragraphs).toContain('Prozessor: Snapdragon 8 Elite, 12 GB Arbeitsspeicher.')
    expect(analysis.summary.length).toBeGreaterThanOrEqual(4)
    expect(analysis.summary.join(' ')).not.toMatch(/Prozessor:|Display|mAh|Gramm/)
  })

  it('takes a sentence that opens with a pronoun only right after the sentence it points to', () => {
    for (const count of [1, 2, 3, 4, 5]) {
      const analysis = analyzePage('pronoun-start.html', count)
      const all = analysis.paragraphs.flatMap((p) => splitSentences(p, 'de'))
      const lines = articleLines(analysis)
      // A pair costs two lines: with one line left, a pair does not fit.
      expect(lines.length).toBeGreaterThanOrEqual(count - 1)
      expect(lines.length).toBeLessThanOrEqual(count)
      if (count === 5) expect(lines.some((line) => opensWithAnaphor(line, 'de')), 'a pair where the budget allows').toBe(true)
      lines.forEach((line, i) => {
        if (!opensWithAnaphor(line, 'de')) return
        expect(i, `${line} opens the summary`).toBeGreaterThan(0)
        expect(lines[i - 1]).toBe(all[all.indexOf(line) - 1])
      })
    }
  })
})

describe('the page\'s teaser', () => {
  const doc = (head: string, body: string) => new JSDOM(`<!doctype html><html lang="en"><head><title>Bike lanes approved</title>${head}</head><body><article>${body}</article></body></html>`).window.document
  const body = readFileSync(path.join(PAGES, 'newsletter-form.html'), 'utf8').match(/<article>([\s\S]*)<\/article>/)?.[1] ?? ''
  const run = (head: string, html = body) => analyze(doc(head, html), 'https://news.example/bikes')

  it('shows an editor-written description first and marks it as the teaser', () => {
    const analysis = analyzePage('newsletter-form.html', 3)
    expect(analysis.teaserLines).toBe(1)
    expect(analysis.summary[0]).toBe('The council voted 7 to 2 to build protected bike lanes on Main Street, which will lose forty parking spaces next spring.')
    expect(analysis.summary).toHaveLength(3)
  })

  it('ignores the site\'s slogan, a cut copy of the first paragraph, and a description that is no sentence', () => {
    for (const description of [
      'The Riverside Post: news, weather and sports for the Riverside valley since 1921.',
      'The Riverside city council voted 7 to 2 on Tuesday night to build protected bike lanes along the full…',
      'Bike lanes, Main Street, city council, parking',
    ]) {
      const analysis = run(`<meta property="og:description" content="${description}">`)
      expect(analysis.teaserLines, description).toBe(0)
      expect(analysis.summary).not.toContain(description)
    }
  })

  it('takes a standfirst set in bold above the text as the teaser, and does not quote it again', () => {
    const standfirst = 'Protected bike lanes will run along the whole of Main Street from next summer, after a long fight over parking.'
    const analysis = run('', `<p><strong>${standfirst}</strong></p>${body}`)
    expect(analysis.teaserLines).toBe(1)
    expect(analysis.summary[0]).toBe(standfirst)
    expect(analysis.summary.filter((l) => l === standfirst)).toHaveLength(1)
  })
})
