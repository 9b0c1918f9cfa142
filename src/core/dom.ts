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
