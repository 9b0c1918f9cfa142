import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { documentForAnalysis, protoCall, protoGet, safeDocument, shadowsMember } from '../../src/ui/safe-dom'
import { openReader } from '../../src/content/reader/reader'
import { DEFAULT_SETTINGS } from '../../src/shared/settings'

const HOSTILE = `<!doctype html><html lang="de"><head><title>T</title></head><body>
  <article><h1>Titel</h1><p>KIEW (IT BOLTWISE) – Erster Absatz.</p>
  <form name="getElementById"></form><img name="createElement" src="a.png" alt=""><img name="body" src="a.png" alt="">
  <form id="kt"><input name="attributes"><input name="parentNode"><input id="nodeName"><input name="harmless"></form>
  <img id="plain" src="b.png" alt=""><p>Zweiter Absatz.</p></article></body></html>`

/**
 * jsdom does not implement the browser's named properties on Document ([LegacyOverrideBuiltIns]);
 * this puts them on the instance the way a browser exposes them. (Forms are not emulated: jsdom's
 * own selector engine walks .parentNode on the wrappers and would loop, as Readability does in a
 * browser; their names are checked from the markup.)
 */
function clobberLikeABrowser(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('form[name], img[name]'))) {
    Object.defineProperty(doc, element.getAttribute('name')!, { value: element, configurable: true })
  }
}

function hostilePage() {
  const dom = new JSDOM(HOSTILE, { url: 'https://www.it-boltwise.de/a.html' })
  clobberLikeABrowser(dom.window.document)
  return dom
}

describe('reading a page whose markup shadows DOM members', () => {
  it('the emulation is faithful: direct access is broken, prototype access is not', () => {
    const doc = hostilePage().window.document
    expect(typeof doc.createElement).not.toBe('function')
    expect((doc.body as unknown as Element).tagName).toBe('IMG')
    expect(protoGet<HTMLElement>(doc, 'body').tagName).toBe('BODY')
    expect(protoCall<HTMLElement>(doc, 'createElement', 'div').tagName).toBe('DIV')
    const form = protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'form')[1]!
    Object.defineProperty(form, 'parentNode', { value: form.querySelector('input[name="parentNode"]'), configurable: true })
    expect((form.parentNode as Element).tagName).toBe('INPUT')
    expect(protoGet<Element>(form, 'parentNode').tagName).toBe('ARTICLE')
    Reflect.deleteProperty(form, 'parentNode')
  })

  it('knows which names shadow members', () => {
    const doc = hostilePage().window.document
    expect(shadowsMember(doc, 'createElement')).toBe(true)
    expect(shadowsMember(doc, 'cookie')).toBe(true)
    expect(shadowsMember(doc, 'klartext-reader')).toBe(false)
    const form = protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', 'form')[1]!
    expect(shadowsMember(form, 'parentNode')).toBe(true)
    expect(shadowsMember(form, 'harmless')).toBe(false)
  })

  it('analyses a detached copy without the shadowing names; a clean page is used as it is', () => {
    const dom = hostilePage()
    const doc = dom.window.document
    const before = protoGet<HTMLElement>(doc, 'documentElement').outerHTML
    const copy = documentForAnalysis(doc)
    expect(copy).not.toBe(doc)
    expect(protoGet<HTMLElement>(doc, 'documentElement').outerHTML).toBe(before)
    expect(copy.querySelector('[name="createElement"], [name="body"], [name="getElementById"], [name="parentNode"], [name="attributes"], #nodeName')).toBeNull()
    expect(copy.querySelector('[name="harmless"]')).not.toBeNull()
    expect(copy.getElementById('plain')).not.toBeNull()
    expect(copy.body.textContent).toContain('Zweiter Absatz.')
    const clean = new JSDOM('<p name="x">ok</p><form><input name="q"></form>').window.document
    expect(documentForAnalysis(clean)).toBe(clean)
  })

  it('the reader opens, highlights and closes on such a page, leaving it byte-identical', () => {
    const doc = hostilePage().window.document
    const safe = safeDocument(doc)
    const before = safe.documentElement()!.outerHTML
    const content = safe.factory.createRange().createContextualFragment('<p>Selenskyj sprach mit Selenskyjs Beratern.</p>')
    const reader = openReader(
      doc,
      { title: 'Titel', byline: null, published: null, siteName: 'IT BOLTWISE', readingMinutes: 1, lang: 'de', url: 'https://www.it-boltwise.de/a.html', content },
      { t: (key) => key, locale: 'de', settings: DEFAULT_SETTINGS.reader },
    )
    expect(safe.documentElement()!.lastElementChild).toBe(reader.host)
    expect(reader.highlight(['Selenskyj'])).toBe(2)
    reader.close()
    expect(safe.documentElement()!.outerHTML).toBe(before)
  })
})
