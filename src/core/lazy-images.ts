/**
 * Lazy-loading plug-ins (WordPress: a3 Lazy Load, WP Rocket, Smush, Jetpack, LiteSpeed, EWWW …) keep
 * an article picture's address out of `src` until a script runs: in `data-src`, `data-lazy-src`,
 * `data-srcset`, `data-lazy-srcset`, or only in a `<noscript>` copy, with a placeholder (a data: URI,
 * a 1×1 GIF, an empty src) in `src`. The reader shows pictures by `src` alone (the sanitizer drops
 * srcset and data-*: it must not load what the reader cannot check), so before Readability runs each
 * picture gets its real address back in `src`. Run on a copy of the page, never the live one.
 */
import { elementsByTag, liveLookup, type TagLookup } from './dom'

/** Attributes that hold the real address, in the order the plug-ins prefer them. */
const LAZY_SRC = ['data-lazy-src', 'data-src', 'data-original', 'data-orig-src', 'data-lazy', 'data-pagespeed-lazy-src']
const LAZY_SRCSET = ['data-lazy-srcset', 'data-srcset']
/** Placeholders plug-ins put into `src`: data: URIs, blank/transparent/placeholder/spacer/loading images. */
const PLACEHOLDER_SRC = /^data:|(?:^|[/_-])(?:blank|transparent|placeholder|lazy[_-]?placeholder|spacer|pixel|loading|grey|gray)[^/]*\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i

/** `byTag`: the page's elements by tag, when the caller has them. */
export function revealLazyImages(doc: Document, byTag: TagLookup = liveLookup(doc)): void {
  for (const img of byTag('img')) revealImage(img)
  for (const source of byTag('source')) {
    const srcset = firstAttribute(source, LAZY_SRCSET)
    if (srcset && !source.getAttribute('srcset')) source.setAttribute('srcset', srcset)
  }
  unwrapLoneNoscriptImages(doc, byTag('noscript'))
}

function revealImage(img: Element): void {
  const src = img.getAttribute('src')?.trim() ?? ''
  if (src && !PLACEHOLDER_SRC.test(src)) return
  const real = [
    firstAttribute(img, LAZY_SRC),
    largestCandidate(firstAttribute(img, LAZY_SRCSET)),
    largestCandidate(img.getAttribute('srcset')),
    largestCandidate(pictureSourceSet(img)),
  ].find((url) => url && !PLACEHOLDER_SRC.test(url))
  if (!real) return
  img.setAttribute('src', real)
  const srcset = firstAttribute(img, LAZY_SRCSET)
  if (srcset) img.setAttribute('srcset', srcset)
}

function firstAttribute(element: Element, names: readonly string[]): string | null {
  for (const name of names) {
    const value = element.getAttribute(name)?.trim()
    if (value) return value
  }
  return null
}

/** The widest (or densest) candidate of a srcset: "a.jpg 300w, b.jpg 1024w" -> "b.jpg". */
export function largestCandidate(srcset: string | null): string | null {
  if (!srcset) return null
  let best: { url: string; size: number } | null = null
  // URLs may hold commas (CDN parameters): a candidate ends at a comma followed by whitespace.
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/)
    if (!url || PLACEHOLDER_SRC.test(url)) continue
    const size = Number.parseFloat(descriptor) || 1
    if (!best || size > best.size) best = { url, size }
  }
  return best?.url ?? null
}

/** The lazy srcset of the <source> elements of the <picture> around an image. */
function pictureSourceSet(img: Element): string | null {
  const picture = img.parentElement
  if (picture?.tagName.toUpperCase() !== 'PICTURE') return null
  for (const source of elementsByTag(picture, 'source')) {
    const srcset = firstAttribute(source, LAZY_SRCSET) ?? source.getAttribute('srcset')
    if (srcset) return srcset
  }
  return null
}

/**
 * A <noscript> fallback with pictures and no placeholder image before it: its pictures take its place
 * (Readability only replaces a placeholder <img> right before the <noscript>; the sanitizer drops
 * every <noscript>).
 */
function unwrapLoneNoscriptImages(doc: Document, noscripts: readonly Element[]): void {
  for (const noscript of noscripts) {
    if (noscript.previousElementSibling?.tagName.toUpperCase() === 'IMG') continue
    const images = noscriptImages(noscript).filter((img) => img.getAttribute('src'))
    if (images.length === 0 || hasImage(noscript.parentElement)) continue
    noscript.replaceWith(...images.map((img) => doc.importNode(img, false)))
  }
}

/**
 * The <img> elements of a <noscript>. Parsed without scripting (jsdom, DOMParser) it holds elements;
 * in a page that ran scripts it holds markup as text, parsed here by DOMParser: inert, nothing runs
 * or loads (and the images go through the sanitizer with the rest of the article).
 */
function noscriptImages(noscript: Element): Element[] {
  if (noscript.children.length > 0) return elementsByTag(noscript, 'img')
  const Parser = (noscript.ownerDocument.defaultView ?? (globalThis as { DOMParser?: typeof DOMParser })).DOMParser
  const markup = noscript.textContent ?? ''
  if (!Parser || !/<img\b/i.test(markup)) return []
  return elementsByTag(new Parser().parseFromString(markup, 'text/html'), 'img')
}

/** Does the element already show a real picture (then the <noscript> copy would double it)? */
function hasImage(parent: Element | null): boolean {
  if (!parent) return false
  return elementsByTag(parent, 'img').some((img) => {
    const src = img.getAttribute('src')?.trim()
    return Boolean(src && !PLACEHOLDER_SRC.test(src)) && img.closest('noscript') === null
  })
}
