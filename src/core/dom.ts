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
