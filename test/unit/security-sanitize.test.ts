import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { analyzeWithContent } from '../../src/shared/analysis'
import { createSanitizer } from '../../src/core/sanitize'
import { ARTICLE_PARAGRAPHS, PAYLOADS, PWNED_PREFIX, articlePage, type Payload } from '../security/payloads'
import { findViolations, normalizeSpace } from '../security/inspect'

const ARTICLE_URL = 'https://www.it-boltwise.de/neues-sprachmodell-uebertrifft-erwartungen.html'
const OTHER_SITE_URL = 'https://news.example.org/2026/11/sprachmodell.html'

/** A window to sanitize in, as the content script has the page's window. Page scripts never run. */
function sanitizerWindow(): Window {
  return new JSDOM('<!DOCTYPE html><body></body>', { runScripts: 'outside-only' }).window as unknown as Window
}

/** The reader's path: parse the page, analyze, sanitize Readability's content. */
function readerContent(payload: Payload, url: string): { fragment: DocumentFragment; html: string } {
  const dom = new JSDOM(articlePage(payload), { url, runScripts: 'outside-only' })
  const { content } = analyzeWithContent(dom.window.document, url)
  expect(content, `Readability found no article around ${payload.name}`).not.toBeNull()
  const fragment = createSanitizer(dom.window as unknown as Window)(content!.innerHTML)
  return { fragment, html: serialize(fragment) }
}

function serialize(fragment: DocumentFragment): string {
  const div = fragment.ownerDocument.createElement('div')
  div.append(fragment.cloneNode(true))
  return div.innerHTML
}

/** Parse `html` with scripts enabled, fire every event a user or the browser could, and report which markers got set. */
function executedMarkers(html: string): string[] {
  const dom = new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { runScripts: 'dangerously', pretendToBeVisual: true })
  const { window } = dom
  for (const el of Array.from(window.document.body.querySelectorAll('*'))) {
    for (const type of ['load', 'error', 'click', 'mouseover', 'focus', 'toggle', 'begin', 'start', 'submit']) {
      el.dispatchEvent(new window.Event(type))
    }
    if (el instanceof window.HTMLAnchorElement) el.click()
  }
  const markers = Object.keys(window).filter((key) => key.startsWith(PWNED_PREFIX))
  window.close()
  return markers
}

describe('hostile payloads', () => {
  it('are at least 40, uniquely named', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(PAYLOADS.map((p) => p.name)).size).toBe(PAYLOADS.length)
  })

  it('do execute in the unsanitized harness (so the harness can detect execution)', () => {
    const fired = PAYLOADS.flatMap((p) => executedMarkers(p.html))
    for (const name of ['script_inline', 'script_uppercase', 'img_onerror', 'a_onclick', 'details_ontoggle', 'svg_onload']) {
      expect(fired).toContain(`${PWNED_PREFIX}${name}`)
    }
  })
})

describe.each(PAYLOADS.map((p) => [p.name, p] as const))('payload %s', (_name, payload) => {
  it('is neutralized by the sanitizer alone', () => {
    const fragment = createSanitizer(sanitizerWindow())(payload.html)
    expect(findViolations(fragment)).toEqual([])
    expect(executedMarkers(serialize(fragment))).toEqual([])
  })

  it.each([ARTICLE_URL, OTHER_SITE_URL])('through analyze and the sanitizer (%s): safe, and the article is whole', (url) => {
    const { fragment, html } = readerContent(payload, url)
    expect(findViolations(fragment)).toEqual([])
    expect(executedMarkers(html)).toEqual([])
    const text = normalizeSpace(fragment.textContent ?? '')
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(text).toContain(paragraph)
  })

  it('stays safe when its sanitized HTML is parsed again (no mutation XSS)', () => {
    const win = sanitizerWindow()
    const sanitize = createSanitizer(win)
    const once = serialize(sanitize(payload.html))
    const reparsed = win.document.createElement('div')
    reparsed.innerHTML = once
    expect(findViolations(reparsed)).toEqual([])
    expect(serialize(sanitize(once))).toBe(once)
  })
})

describe('all payloads in one article', () => {
  it('leave no violation and keep every paragraph', () => {
    const dom = new JSDOM(articlePage(PAYLOADS), { url: ARTICLE_URL, runScripts: 'outside-only' })
    const { content } = analyzeWithContent(dom.window.document, ARTICLE_URL)
    expect(content).not.toBeNull()
    const fragment = createSanitizer(dom.window as unknown as Window)(content!.innerHTML)
    expect(findViolations(fragment)).toEqual([])
    expect(executedMarkers(serialize(fragment))).toEqual([])
    const text = normalizeSpace(fragment.textContent ?? '')
    for (const paragraph of ARTICLE_PARAGRAPHS) expect(text).toContain(paragraph)
  })
})

describe('sanitizer keeps ordinary article markup', () => {
  it('keeps headings, emphasis, lists, quotes, figures, tables and links', () => {
    const html =
      '<h2>Zwischentitel</h2><p>Ein <strong>starker</strong> und <em>betonter</em> Satz mit <a href="https://example.org/a">Link</a>.</p>' +
      '<ul><li>Punkt eins</li></ul><blockquote>Zitat</blockquote><figure><img src="https://example.org/b.jpg" alt="Bild"><figcaption>Bildunterschrift</figcaption></figure>' +
      '<table><tr><th>Modell</th><td>42</td></tr></table><pre><code>x = 1</code></pre>'
    const fragment = createSanitizer(sanitizerWindow())(html)
    const tags = Array.from(fragment.querySelectorAll('*')).map((el) => el.localName)
    for (const tag of ['h2', 'strong', 'em', 'a', 'ul', 'li', 'blockquote', 'figure', 'img', 'figcaption', 'table', 'th', 'td', 'pre', 'code']) {
      expect(tags).toContain(tag)
    }
    const link = fragment.querySelector('a')!
    expect(link.getAttribute('href')).toBe('https://example.org/a')
    expect(link.getAttribute('target')).toBe('_blank')
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
    expect(fragment.querySelector('img')!.getAttribute('src')).toBe('https://example.org/b.jpg')
    expect(findViolations(fragment)).toEqual([])
  })
})
