/**
 * Structural checks on sanitized reader content: what must never survive into the reader view.
 * Used by the Node security tests; kept DOM-generic (works on any Element/DocumentFragment).
 */
import { PWNED_HOST } from './payloads'

/** Elements that run code, load documents, submit data, restyle the page or project shadow content. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script', 'style', 'link', 'meta', 'base', 'title',
  'form', 'input', 'button', 'textarea', 'select', 'option', 'isindex', 'keygen',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'param', 'applet', 'portal',
  'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext',
  'slot', 'dialog', 'svg', 'math', 'marquee',
])

/** Attributes that style, identify (clobber), focus, move, submit or leak. */
export const FORBIDDEN_ATTRIBUTES = new Set([
  'style', 'class', 'id', 'name', 'form', 'srcset', 'sizes', 'action', 'formaction', 'ping', 'download',
  'popover', 'popovertarget', 'popovertargetaction', 'hidden', 'inert', 'autofocus', 'accesskey',
  'contenteditable', 'slot', 'is', 'http-equiv', 'xlink:href', 'xmlns', 'background', 'usemap',
])

/** Attributes holding a URL that a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'longdesc', 'data', 'action', 'formaction', 'xlink:href', 'background', 'lowsrc', 'dynsrc'])

/** A safe URL in reader content: relative, http(s), mailto, tel, fragment; or an inline raster image for src. */
function isSafeUrl(attribute: string, value: string): boolean {
  // Browsers strip ASCII whitespace and control characters before reading the scheme.
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1]
  if (scheme === undefined) return true
  if (['http', 'https', 'mailto', 'tel'].includes(scheme)) return true
  return attribute === 'src' && /^data:image\/(png|gif|jpe?g|webp|avif);/.test(compact)
}

export interface Violation {
  element: string
  attribute?: string
  value?: string
  why: string
}

/** Every way `root`'s subtree could execute, navigate, restyle or clobber. Empty means safe. */
export function findViolations(root: ParentNode): Violation[] {
  const violations: Violation[] = []
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase()
    if (FORBIDDEN_ELEMENTS.has(tag)) violations.push({ element: tag, why: 'forbidden element' })
    if (tag.includes('-')) violations.push({ element: tag, why: 'custom element' })
    for (const attr of Array.from(el.attributes)) violations.push(...attributeViolations(el, tag, attr))
  }
  return violations
}

function attributeViolations(el: Element, tag: string, attr: Attr): Violation[] {
  const name = attr.name.toLowerCase()
  const found = (why: string): Violation => ({ element: tag, attribute: name, value: attr.value.slice(0, 120), why })
  const out: Violation[] = []
  if (name.startsWith('on')) out.push(found('event handler'))
  if (name.startsWith('data-')) out.push(found('data attribute'))
  if (FORBIDDEN_ATTRIBUTES.has(name)) out.push(found('forbidden attribute'))
  if (URL_ATTRIBUTES.has(name) && !isSafeUrl(name, attr.value)) out.push(found('unsafe URL'))
  if (name === 'target' && attr.value !== '_blank') out.push(found('target other than _blank'))
  if (tag === 'a' && el.hasAttribute('href') && !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) out.push(found('link without rel=noopener'))
  if (attr.value.includes(PWNED_HOST) && !(tag === 'a' && name === 'href')) out.push(found('loads from the hostile host'))
  return out
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
