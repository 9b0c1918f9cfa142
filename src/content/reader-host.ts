/**
 * The reader view's host element, appended to <html> while the reader is open. It is the reader's
 * state that early.ts reports as readerOn: both content scripts see the page's DOM, so the state
 * needs no second channel (a page that forges the element only makes the popup's switch show "on").
 */
export const READER_HOST_TAG = 'klartext-reader'
export const READER_HOST_ATTRIBUTE = 'data-klartext-reader'

/** True while an element of the page's root level carries the reader's mark: its host, or <html> itself. */
export function readerIsOpen(root: Element): boolean {
  const marked = `[${READER_HOST_ATTRIBUTE}]`
  return root.matches(marked) || root.querySelector(`:scope > ${marked}`) !== null
}
