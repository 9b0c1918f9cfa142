/**
 * DOM helpers that stay linear on every DOM the core runs on. jsdom's HTMLCollection answers each
 * `length` read by also looking the word up as an element id or name over the whole collection, so
 * Array.from() and for…of over a getElementsByTagName() result are quadratic there (42 s for the
 * 3,356 links of a Wikipedia page); reading the length once and indexing is linear everywhere.
 */
export function elementList<T extends Element>(collection: HTMLCollectionOf<T> | HTMLCollection): T[] {
  const out: T[] = []
  for (let i = 0, n = collection.length; i < n; i++) out.push(collection[i] as T)
  return out
}

/** The elements of `root` with this tag name, in document order, as an array. */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  return elementList(root.getElementsByTagName(tag))
}

/** The elements of one document with a tag name, in document order: what elementsByTag(doc, tag) answers. */
export type TagLookup = (tag: string) => readonly Element[]

/**
 * Every element of `doc` by tag name, from one walk over the page. In jsdom each
 * getElementsByTagName() of another tag walks the whole page again: the dozen that analyze() asked
 * for (metadata, article test, base, pictures, forms) cost 1-7 ms a page. Valid while no element is
 * added or removed; a lookup made before elements were removed still answers with them.
 */
export function tagLookup(doc: Document): TagLookup {
  const byName = new Map<string, Element[]>()
  const all = doc.getElementsByTagName('*')
  for (let i = 0, n = all.length; i < n; i++) {
    const el = all[i] as Element
    const list = byName.get(el.localName)
    if (list) list.push(el)
    else byName.set(el.localName, [el])
  }
  return (tag) => byName.get(tag) ?? []
}

/** elementsByTag over the whole document, asked again each time (no lookup made ahead). */
export function liveLookup(doc: Document): TagLookup {
  return (tag) => elementsByTag(doc, tag)
}

/** A selector of tag names alone: "script", "script,noscript", "h1, h2". */
const TAG_LIST = /^\s*[a-z][a-z0-9]*(?:\s*,\s*[a-z][a-z0-9]*)*\s*$/

/**
 * `doc` for a library that rewrites it (Readability's parse()): its querySelectorAll of the whole
 * document for tag names alone ("script", "script,noscript", "style", "font", "h1,h2") answered by
 * getElementsByTagName, in document order, as a static list. jsdom's selector engine walks the page
 * through a TreeWalker for each, several times slower than its tag lists (a browser's is native
 * either way). Any other query and every other property go to the document itself.
 */
export function withTagQueries(doc: Document): Document {
  const bound = new Map<PropertyKey, unknown>()
  const byTags = (selector: string): Element[] => {
    const tags = selector.split(',').map((tag) => tag.trim())
    if (tags.length === 1) return elementsByTag(doc, tags[0] as string)
    return elementsByTag(doc, '*').filter((el) => tags.includes(el.localName))
  }
  const querySelectorAll = (selector: string) => (TAG_LIST.test(selector) ? byTags(selector) : doc.querySelectorAll(selector))
  return new Proxy(doc, {
    get(target, key) {
      if (key === 'querySelectorAll') return querySelectorAll
      const value: unknown = Reflect.get(target, key, target)
      if (typeof value !== 'function') return value
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target))
      return bound.get(key)
    },
  })
}
