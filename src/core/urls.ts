/**
 * Relative addresses in the article (pictures, links) made absolute against the page's address,
 * before Readability runs. Readability resolves them against the document's baseURI, which is wrong
 * where the document is a parsed copy: in the popup a `<base>` element does not count (the
 * extension pages' CSP says base-uri 'none'), so "/bild.jpg" became chrome-extension://…/bild.jpg,
 * which the sanitizer then dropped.
 */
import { liveLookup, type TagLookup } from './dom'

const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  img: ['src', 'data-src', 'data-lazy-src', 'data-original'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  a: ['href'],
}
const SRCSET_ATTRIBUTES = ['srcset', 'data-srcset', 'data-lazy-srcset']

/**
 * The base for the page's relative addresses: its first `<base href>` when that stays on the page's
 * origin (article markup can hold a `<base>` that would send every picture elsewhere), else its address.
 */
export function documentBase(doc: Document, pageUrl: string, byTag: TagLookup = liveLookup(doc)): string {
  // By tag, not querySelector('base[href]'): jsdom's selector engine walks the whole page for it.
  const declared = firstBaseHref(byTag)
  try {
    const resolved = new URL(declared ?? '', pageUrl)
    return resolved.origin === new URL(pageUrl).origin ? resolved.href : pageUrl
  } catch {
    return pageUrl
  }
}

/** The href of the first <base> that has one, in document order (what `base[href]` selects first). */
function firstBaseHref(byTag: TagLookup): string | undefined {
  for (const base of byTag('base')) {
    const href = base.getAttribute('href')
    if (href !== null) return href
  }
  return undefined
}

/**
 * Make every relative picture, media and link address in `doc` absolute against `base`. Nothing to do
 * where the document already resolves against it (a page's own copy, jsdom with its URL). `byTag`: the
 * page's elements by tag, when the caller has them.
 */
export function absolutizeUrls(doc: Document, base: string, byTag: TagLookup = liveLookup(doc)): void {
  if (!/^https?:/i.test(base) || resolvesAgainst(doc, base, byTag)) return
  for (const [tag, attributes] of Object.entries(URL_ATTRIBUTES)) {
    for (const element of byTag(tag)) {
      for (const name of attributes) resolveAttribute(element, name, (value) => absolute(value, base))
      if (tag === 'img' || tag === 'source') {
        for (const name of SRCSET_ATTRIBUTES) resolveAttribute(element, name, (value) => absoluteSrcset(value, base))
      }
    }
  }
}

/**
 * Does the document already resolve its addresses against `base`? Without a <base href> its base is
 * its own URL (read directly: jsdom's baseURI getter walks the whole page for a <base> every time);
 * with one, the browser decides (an extension page's CSP ignores it), so ask the document.
 */
function resolvesAgainst(doc: Document, base: string, byTag: TagLookup): boolean {
  return firstBaseHref(byTag) === undefined ? doc.URL === base : doc.baseURI === base
}

function resolveAttribute(element: Element, name: string, resolve: (value: string) => string): void {
  const value = element.getAttribute(name)
  if (value === null) return
  const resolved = resolve(value)
  if (resolved !== value) element.setAttribute(name, resolved)
}

/** Fragment-only links stay as they are (they point into the article itself), as do other schemes. */
function absolute(value: string, base: string): string {
  const trimmed = value.trim()
  if (!trimmed || trimmed.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return value
  try {
    return new URL(trimmed, base).href
  } catch {
    return value
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/)
      return [absolute(url, base), ...descriptors].join(' ')
    })
    .join(', ')
}
