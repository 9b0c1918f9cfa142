/**
 * The page's document, read without trusting it. Page content can shadow Document members with
 * named elements: `<img name="createElement">` makes `document.createElement` an <img>, `<img
 * name="body">` replaces `document.body` (Document has [LegacyOverrideBuiltIns]; so do forms). A
 * hostile article could thus break or steer the content script. Here every member is looked up on
 * the prototype chain (which named properties cannot touch) and called on the document.
 */

/** The descriptor of `name` on the first prototype of `target` that defines it. */
function protoMember(target: object, name: string): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name)
    if (descriptor) return descriptor
  }
  throw new TypeError(`no ${name} on the prototype chain`)
}

/** Read a getter of the prototype chain (e.g. "body") on `target`. */
export function protoGet<T>(target: object, name: string): T {
  const descriptor = protoMember(target, name)
  return (descriptor.get ? descriptor.get.call(target) : descriptor.value) as T
}

/** Call a method of the prototype chain (e.g. "createElement") on `target`. */
export function protoCall<T>(target: object, name: string, ...args: unknown[]): T {
  return (protoMember(target, name).value as (...a: unknown[]) => T).apply(target, args)
}

/** True when `name` is a member that a named element would shadow (any prototype member of `target`). */
export function shadowsMember(target: object, name: string): boolean {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return true
  }
  return false
}

export interface SafeDocument {
  readonly doc: Document
  /** A fresh, empty document of the same browser: creates nodes and walkers no page markup can shadow. */
  readonly factory: Document
  documentElement(): HTMLElement | null
  head(): HTMLHeadElement | null
  body(): HTMLElement | null
  activeElement(): Element | null
  defaultView(): (Window & typeof globalThis) | null
  querySelector(selector: string): Element | null
  getAdoptedStyleSheets(): CSSStyleSheet[]
  setAdoptedStyleSheets(sheets: CSSStyleSheet[]): void
}

export function safeDocument(doc: Document): SafeDocument {
  const implementation = protoGet<DOMImplementation>(doc, 'implementation')
  const factory = protoCall<Document>(implementation, 'createHTMLDocument', '')
  return {
    doc,
    factory,
    documentElement: () => protoGet(doc, 'documentElement'),
    head: () => protoGet(doc, 'head'),
    body: () => protoGet(doc, 'body'),
    activeElement: () => protoGet(doc, 'activeElement'),
    defaultView: () => protoGet(doc, 'defaultView'),
    querySelector: (selector) => protoCall(doc, 'querySelector', selector),
    getAdoptedStyleSheets: () => protoGet(doc, 'adoptedStyleSheets'),
    setAdoptedStyleSheets: (sheets) => {
      const setter = protoMember(doc, 'adoptedStyleSheets').set
      if (!setter) throw new TypeError('adoptedStyleSheets is read-only here')
      setter.call(doc, sheets)
    },
  }
}

/** Elements whose name (or id) the browser exposes as a property of the document. */
const NAMED_ON_DOCUMENT = 'form[name], img[name], embed[name], object[name], iframe[name], object[id], img[id]'

/**
 * Every attribute by which page markup shadows a DOM member: names/ids of elements exposed on the
 * document, and names/ids of form controls exposed on their form (`<input name="parentNode">` makes
 * form.parentNode an <input>, and an ancestor walk through that form never ends).
 */
function shadowingAttributes(doc: Document): { element: Element; attribute: string }[] {
  const found: { element: Element; attribute: string }[] = []
  const check = (element: Element, owner: object) => {
    for (const attribute of ['name', 'id']) {
      const value = protoCall<string | null>(element, 'getAttribute', attribute)
      if (value && shadowsMember(owner, value)) found.push({ element, attribute })
    }
  }
  for (const element of Array.from(protoCall<NodeListOf<Element>>(doc, 'querySelectorAll', NAMED_ON_DOCUMENT))) check(element, doc)
  for (const form of Array.from(protoCall<NodeListOf<HTMLFormElement>>(doc, 'querySelectorAll', 'form'))) {
    for (const control of Array.from(protoGet<HTMLCollection>(form, 'elements'))) check(control, form)
    // Images inside a form are exposed on it by name and id too (the "past names map").
    for (const image of Array.from(protoCall<NodeListOf<Element>>(form, 'querySelectorAll', 'img'))) check(image, form)
  }
  return found
}

/**
 * The document to analyse: the page itself when nothing in it shadows a DOM member (the usual
 * case: no copy), else a detached copy with every such name/id removed. The copy only feeds
 * Readability and the rules; the page is never changed.
 */
export function documentForAnalysis(doc: Document): Document {
  if (shadowingAttributes(doc).length === 0) return doc
  return removeShadowingNames(protoCall<Document>(doc, 'cloneNode', true))
}

/** Remove, in a document of our own (a copy, a parsed snapshot), every name/id that shadows a DOM member. */
export function removeShadowingNames(doc: Document): Document {
  for (const { element, attribute } of shadowingAttributes(doc)) protoCall(element, 'removeAttribute', attribute)
  return doc
}
