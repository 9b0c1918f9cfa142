/**
 * Boxes are judged by their evidence, and an article can carry that evidence too: a poll's form, a
 * search field, a link to a search engine, or hostile markup that swallowed the rest of the article
 * into a textarea. Two long paragraphs are article text, and no box that holds them is hidden.
 */
import { JSDOM, VirtualConsole } from 'jsdom'
import { describe, expect, it } from 'vitest'
import { findClutter } from '../../src/core/clutter'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { articlePage, PAYLOADS } from '../security/payloads'

const URL = 'https://www.it-boltwise.de/ki-suche-im-test.html'
const LONG = [
  'MÜNCHEN (IT BOLTWISE) – Die Suche nach Informationen verändert sich: Immer mehr Menschen stellen ihre Fragen einem Sprachmodell statt einer Suchmaschine, wie eine neue Studie des Instituts für Medienforschung zeigt.',
  'Für die Untersuchung wurden mehr als 3.000 Personen befragt. Fast die Hälfte gab an, bei der Recherche für Schule, Studium oder Beruf zuerst einen KI-Assistenten zu nutzen und erst danach eine klassische Suche.',
]

function page(inside: string): Document {
  const html = `<!DOCTYPE html><html lang="de"><head><meta property="og:type" content="article"><title>T</title></head><body><article><h1>Suche im Wandel</h1><div class="entry-content">
<p>${LONG[0]}</p><p>${LONG[1]}</p>${inside}</div></article></body></html>`
  return new JSDOM(html, { url: URL, virtualConsole: new VirtualConsole() }).window.document
}

const hidesArticle = (doc: Document) => findClutter(doc, itBoltwise).filter((m) => LONG.some((text) => (m.element.textContent ?? '').includes(text.slice(0, 60))))

describe('article paragraphs beside the evidence of a kind', () => {
  it.each([
    ['a search form and a search-engine link', '<form role="search" action="/"><input type="search" name="s" placeholder="Suche"><button>Suchen</button></form><p><a href="https://www.google.com/search?q=ki+suche">Suche bei Google</a></p>'],
    ['a poll with an e-mail field', '<form><label>Ihre E-Mail für die Auswertung</label><input type="email" name="email"><button>Abstimmen</button></form>'],
    ['the rest of the article swallowed by an unclosed textarea', '<form><input type="search" name="s"><textarea>Weitere Absätze des Artikels, die ein Angreifer in ein Textfeld gezogen hat.'],
  ])('%s: the two paragraphs stay', (_name, inside) => {
    expect(hidesArticle(page(inside)).map((m) => m.rule)).toEqual([])
  })

  it('the hostile test page, after its own scripts ran, keeps its article', async () => {
    const html = articlePage(PAYLOADS.filter((p) => p.detect === 'global' || p.detect === 'navigation'))
    const url = 'http://www.it-boltwise.de/e2e/hostile/0/'
    const live = new JSDOM(html, { url, virtualConsole: new VirtualConsole(), runScripts: 'dangerously' })
    await new Promise((resolve) => setTimeout(resolve, 100))
    const snapshot = new JSDOM(live.serialize(), { url, virtualConsole: new VirtualConsole() }).window.document
    live.window.close()
    expect(findClutter(snapshot, itBoltwise).map((m) => `${m.rule}: ${(m.element.textContent ?? '').slice(0, 60)}`)).toEqual([])
  })
})
