import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { analyzeSnapshot, parseSnapshot } from '../../src/popup/snapshot'
import { snapshotPage, type PageSnapshot } from '../../src/shared/snapshot'

const PAGE_URL = 'https://www.it-boltwise.de/ki/artikel.html'
const PARAGRAPH = 'Das Forschungsteam stellte das neue Sprachmodell am Dienstag in Berlin vor und erklärte, wie es trainiert wurde.'

function article(extra: string): string {
  return `<!doctype html><html lang="de"><head><title>Titel</title>${extra.includes('<head-base>') ? '<base href="/ki/">' : ''}</head><body><article>
    <h1>Titel</h1>${[1, 2, 3, 4].map((n) => `<p>${PARAGRAPH} Absatz ${n}.</p>`).join('')}
    ${extra.replace('<head-base>', '')}<p><img src="bild.jpg" alt="Bild"> <a href="quelle.html">Quelle</a></p>
  </article></body></html>`
}

function newParser(): DOMParser {
  const { window } = new JSDOM('', { url: 'https://klartext.invalid/popup.html' })
  return new window.DOMParser()
}

/** Run snapshotPage as executeScript does: its source text, in the page. */
function snapshotIn(dom: JSDOM): PageSnapshot {
  return dom.window.eval(`(${snapshotPage.toString()})()`) as PageSnapshot
}

describe('page snapshot (the popup analyses the page in its own process)', () => {
  it('serializes the page from its source text alone, through the prototypes', () => {
    const dom = new JSDOM(article('<img name="documentElement" src="x.png"><form name="location"></form>'), { url: PAGE_URL, runScripts: 'outside-only' })
    const taken = snapshotIn(dom)
    expect(taken.url).toBe(PAGE_URL)
    expect(taken.html.startsWith('<html lang="de">')).toBe(true)
    expect(taken.html).toContain(PARAGRAPH)
  })

  it('resolves relative links against the page, or a <base> of its own origin; never a foreign <base>', () => {
    const parser = newParser()
    const links = (html: string) => {
      const { content } = analyzeSnapshot({ url: PAGE_URL, html }, parser, {})
      return [content!.querySelector('img')!.getAttribute('src'), content!.querySelector('a')!.getAttribute('href')]
    }
    expect(links(article(''))).toEqual(['https://www.it-boltwise.de/ki/bild.jpg', 'https://www.it-boltwise.de/ki/quelle.html'])
    expect(links(article('<base href="https://pwned.invalid/x/">'))).toEqual(['https://www.it-boltwise.de/ki/bild.jpg', 'https://www.it-boltwise.de/ki/quelle.html'])
    expect(links(article('<head-base>').replace('<base href="/ki/">', '<base href="/archiv/">'))).toEqual([
      'https://www.it-boltwise.de/archiv/bild.jpg',
      'https://www.it-boltwise.de/archiv/quelle.html',
    ])
  })

  it('disarms names that shadow DOM members before anything reads the document', () => {
    const parser = newParser()
    const doc = parseSnapshot({ url: PAGE_URL, html: article('<form><input name="parentNode"><input name="email"></form><img name="createElement">') }, parser)
    expect([...doc.querySelectorAll('[name]')].map((el) => el.getAttribute('name'))).toEqual(["email"]) // shadows nothing: kept
    expect(doc.head.querySelector('base')!.getAttribute('href')).toBe(PAGE_URL)
  })
})
