import createDOMPurify, { type Config } from 'dompurify'

/**
 * Page content is untrusted. Everything Readability extracts goes through here before it is shown:
 * no script, no handlers, no javascript:/vbscript:/data: documents, no forms, frames, embedded documents,
 * no SVG or MathML (the usual mutation-XSS carriers), no page CSS or attributes that hide, overlay or
 * move focus (which could hide the reader or fake a dialog over it), no ids/names/data-* that could
 * clobber the reader's DOM or be read by its handlers, no <slot> that could project the overlay host.
 * Only HTML text markup, links, images, media, tables and lists survive.
 */
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'title',
    'form', 'input', 'button', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'output', 'fieldset', 'legend', 'label',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'param', 'portal',
    'template', 'noscript', 'dialog', 'slot', 'marquee', 'blink',
  ],
  FORBID_ATTR: [
    'style', 'class', 'id', 'name', 'form', 'srcset', 'sizes', 'action', 'formaction', 'target', 'ping', 'download',
    'popover', 'popovertarget', 'popovertargetaction', 'hidden', 'inert', 'autofocus', 'accesskey', 'tabindex',
    'contenteditable', 'draggable', 'slot', 'part', 'is', 'usemap', 'background', 'xmlns',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  SANITIZE_NAMED_PROPS: true,
}

/** Inline images are fine as raster data; anything else under data: is a document or an SVG. */
const SAFE_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i
const URL_ATTRIBUTES = new Set(['src', 'href', 'poster', 'cite', 'longdesc'])

/**
 * A `<frameset>` at the very start of the input would replace the parser's body and drop the whole
 * article; a leading <wbr> closes that door (the parser's "frameset-ok" flag) and is removed again.
 */
const FRAMESET_GUARD = '<wbr>'

export type Sanitizer = (html: string) => DocumentFragment

/** A sanitizer bound to a window (the page's window in the extension, a jsdom window in Node). */
export function createSanitizer(win: Window): Sanitizer {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0])
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const value = data.attrValue.replace(/[\u0000-\u0020]/g, '')
    if (URL_ATTRIBUTES.has(data.attrName) && /^data:/i.test(value) && !(data.attrName === 'src' && SAFE_DATA_URL.test(value))) {
      data.keepAttr = false
    }
  })
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links stay links, but open outside the reader and give the page no handle on it.
    if ((node.nodeName === 'A' || node.nodeName === 'AREA') && node.hasAttribute('href')) {
      node.removeAttribute('rel') // fixed attribute order: sanitizing the output again gives the same output
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
  return (html: string) => {
    const fragment = purify.sanitize(FRAMESET_GUARD + html, CONFIG) as DocumentFragment | null
    if (!fragment) return win.document.createDocumentFragment()
    if (fragment.firstChild?.nodeName === 'WBR') fragment.firstChild.remove()
    return fragment
  }
}
