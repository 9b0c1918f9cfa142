import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { analyzeWithContent } from '../../src/shared/analysis'
import { largestCandidate, revealLazyImages } from '../../src/core/lazy-images'
import { createSanitizer } from '../../src/core/sanitize'
import { absolutizeUrls, documentBase } from '../../src/core/urls'
import { listFixtures } from '../fixtures/load'

const UPLOADS = 'https://www.it-boltwise.de/wp-content/uploads/2025/07/' // the fixture's relative URLs, resolved against its canonical address

/** The reader's images for a page: analysis, then the sanitizer, as the reader gets them. */
function readerImages(html: string, url: string): string[] {
  const { content } = analyzeWithContent(new JSDOM(html, { url }).window.document, url)
  const win = new JSDOM('').window
  const holder = win.document.createElement('div')
  holder.append(createSanitizer(win as unknown as Window)(content?.innerHTML ?? ''))
  return Array.from(holder.querySelectorAll('img')).map((img) => img.getAttribute('src') ?? '(no src)')
}

describe('lazy-loaded article images', () => {
  it('the lazy-images fixture keeps its four pictures through Readability and DOMPurify, each once, no placeholder', () => {
    const fixture = listFixtures().find((f) => f.name === 'lazy-images')
    expect(fixture, 'test/fixtures/it-boltwise/lazy-images').toBeDefined()
    expect(readerImages(fixture!.html, fixture!.url)).toEqual([
      `${UPLOADS}lager-kameras.jpg`, // WP Rocket: svg data: placeholder, data-lazy-src, <noscript> copy beside it
      `${UPLOADS}regalgasse.png`, // a3 Lazy Load: placeholder GIF URL, class lazyload, data-src
      `${UPLOADS}stapler-1280x720.webp`, // data-srcset only, 1x1 base64 GIF in src: the widest candidate
      `${UPLOADS}hallenplan.jpg`, // only a <noscript> fallback inside a link
    ])
  })

  it('leaves real sources alone and ignores placeholders in lazy attributes', () => {
    const { document } = new JSDOM(
      '<img id="a" src="/real.jpg" data-src="/other.jpg">' +
        '<img id="b" src="" data-lazy-src="/blank.gif" data-srcset="/x-300.jpg 300w, /x-900.jpg 900w">' +
        '<picture><source data-srcset="/p-1x.avif 1x, /p-2x.avif 2x"><img id="c"></picture>',
    ).window
    revealLazyImages(document)
    expect(document.getElementById('a')?.getAttribute('src')).toBe('/real.jpg')
    expect(document.getElementById('b')?.getAttribute('src')).toBe('/x-900.jpg')
    expect(document.getElementById('c')?.getAttribute('src')).toBe('/p-2x.avif')
  })

  it('parses a <noscript> that holds text (pages that ran scripts) without running or loading anything', () => {
    const { document } = new JSDOM('<figure><a href="/x"><noscript></noscript></a></figure>').window
    document.querySelector('noscript')!.textContent = '<img src="/n.jpg" alt="N" onerror="alert(1)">'
    revealLazyImages(document)
    const img = document.querySelector('figure img')
    expect(img?.getAttribute('src')).toBe('/n.jpg')
    expect(document.querySelector('noscript')).toBeNull()
  })

  it('picks the widest or densest srcset candidate, URLs with commas included', () => {
    expect(largestCandidate('a.jpg 300w, b.jpg 1024w, c.jpg 768w')).toBe('b.jpg')
    expect(largestCandidate('https://cdn.example/img?w=1,h=2 1x, https://cdn.example/img?w=2,h=4 2x')).toBe('https://cdn.example/img?w=2,h=4')
    expect(largestCandidate('')).toBeNull()
  })
})

describe('relative addresses', () => {
  it('are made absolute against the page (not the document\'s own base, which a parsed copy in the popup lacks)', () => {
    // A parsed copy whose own base is elsewhere, as in the popup (chrome-extension://…).
    const { document } = new JSDOM(
      '<img src="/a.jpg" data-lazy-srcset="/b-1.jpg 1x, /b-2.jpg 2x"><a href="x.html">x</a><a href="#top">top</a><a href="mailto:r@example.org">m</a>',
      { url: 'chrome-extension://abc/popup.html' },
    ).window
    absolutizeUrls(document, 'https://www.it-boltwise.de/2025/artikel.html')
    expect(document.querySelector('img')?.getAttribute('src')).toBe('https://www.it-boltwise.de/a.jpg')
    expect(document.querySelector('img')?.getAttribute('data-lazy-srcset')).toBe('https://www.it-boltwise.de/b-1.jpg 1x, https://www.it-boltwise.de/b-2.jpg 2x')
    expect(Array.from(document.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'https://www.it-boltwise.de/2025/x.html',
      '#top',
      'mailto:r@example.org',
    ])
  })

  it('the base is the page\'s own <base> only when it stays on the page\'s origin', () => {
    const page = 'https://www.it-boltwise.de/a/b.html'
    const withBase = (href: string) => new JSDOM(`<base href="${href}">`).window.document
    expect(documentBase(withBase('/c/'), page)).toBe('https://www.it-boltwise.de/c/')
    expect(documentBase(withBase('https://evil.example/'), page)).toBe(page)
  })
})
