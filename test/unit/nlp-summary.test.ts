import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isFragment, summarize } from '../../src/core/summary'
import { splitSentences } from '../../src/core/text/sentences'

const page = readFileSync(new URL('../fixtures/seed/it-boltwise-article-page.txt', import.meta.url), 'utf8')
const seed = (page.split('- Die besten Bücher')[0] ?? '').split('\n').filter(Boolean)
const title = 'Selenskyj und Trump diskutieren über Verteidigungskooperation'
const sentencesOf = (paragraphs: readonly string[]) => paragraphs.flatMap((p) => splitSentences(p, 'de'))

describe('summarize', () => {
  it('gives 3 sentences by default, each a sentence of the article, in article order', () => {
    const summary = summarize(seed, { title, lang: 'de' })
    const all = sentencesOf(seed)
    expect(summary).toHaveLength(3)
    const positions = summary.map((s) => all.indexOf(s))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  })

  it('gives 1 to 5 sentences on request, and clamps other counts', () => {
    expect(summarize(seed, { title, lang: 'de', count: 1 })).toHaveLength(1)
    expect(summarize(seed, { title, lang: 'de', count: 5 })).toHaveLength(5)
    expect(summarize(seed, { title, lang: 'de', count: 9 })).toHaveLength(5)
    expect(summarize(seed, { title, lang: 'de', count: 0 })).toHaveLength(1)
    expect(summarize(seed, { title, lang: 'de', count: Number.NaN })).toHaveLength(3)
  })

  it('leads with the lead of a news article', () => {
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

  it('never picks a near-duplicate: the restatement of the lead is left out', () => {
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
