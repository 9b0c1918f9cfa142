import createDOMPurify, { type Config } from 'dompurify'

/**
 * Page content is untrusted. Everything Readability extracts goes through here before it is shown:
 * no script, no handlers, no javascript:/vbscript: URLs, no forms, frames, embedded documents or
 * page CSS (which could hide or overlay the reader), no ids/names that could clobber the reader's.
 */
const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  RETURN_DOM_FRAGMENT: true,
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'dialog', 'noscript'],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'action', 'formaction', 'target', 'ping'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
}

export type Sanitizer = (html: string) => DocumentFragment

/** A sanitizer bound to a window (the page's window in the extension, a jsdom window in Node). */
export function createSanitizer(win: Window): Sanitizer {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0])
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links stay links, but open outside the reader and give the page no handle on it.
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank')
      node.setAttribute('rel', 'noopener noreferrer')
    }
  })
  return (html: string) => purify.sanitize(html, CONFIG)
}
