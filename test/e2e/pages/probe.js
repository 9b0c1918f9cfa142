// Page-side probe, inserted by the test server as the first script of <head>, before the rest of the
// page is parsed. It registers its DOMContentLoaded listener at once, so the snapshot taken there shows
// what the user would see at that moment (the extension's document_start stylesheet and parse-time
// observer must have hidden every clutter block by then: no flash).
// Which elements to look at comes from window.__e2eTruth ({clutter, article, listing}: lists of texts),
// set by the server just before this script.
;(() => {
  const norm = (text) => (text || '').replace(/\s+/g, ' ').trim()
  /** Enough of a block's text to find it, short enough to survive truncation in truth files. */
  const needleOf = (text) => norm(text).slice(0, 80)

  /** The deepest element of <body> whose text contains the needle (the block that holds it). */
  function findByText(needle) {
    let current = document.body
    if (!current || !norm(current.textContent).includes(needle)) return null
    for (;;) {
      let next = null
      for (const child of current.children) {
        if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE' || child.tagName === 'TEMPLATE') continue
        if (norm(child.textContent).includes(needle)) {
          next = child
          break
        }
      }
      if (!next) return current
      current = next
    }
  }

  function describe(el) {
    const rect = el.getBoundingClientRect()
    const visible =
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }) &&
      rect.width > 0 &&
      rect.height > 0
    return { tag: el.tagName.toLowerCase(), visible, top: Math.round(rect.top + window.scrollY) }
  }

  function snapshot(truth) {
    truth = truth || window.__e2eTruth || { clutter: [], article: [], listing: [] }
    const look = (texts) =>
      (texts || []).map((text) => {
        const needle = needleOf(text)
        const el = needle ? findByText(needle) : null
        return el ? { text: needle, found: true, ...describe(el) } : { text: needle, found: false, visible: false }
      })
    // Fixtures mark their blocks with an attribute (renamed per run by the server, so no rule can key on it).
    const marked = (value) =>
      truth.marked
        ? Array.from(document.querySelectorAll('[' + truth.marked.attribute + '="' + value + '"]')).map((el) => ({
            text: needleOf(el.textContent) || '<' + el.tagName.toLowerCase() + '>',
            found: true,
            ...describe(el),
          }))
        : []
    const articleMarked = marked('article')
    const listingMarks = truth.marked && truth.marked.articleAs === 'listing'
    return {
      readyState: document.readyState,
      clutter: look(truth.clutter).concat(marked('clutter')),
      article: look(truth.article).concat(listingMarks ? [] : articleMarked),
      listing: look(truth.listing).concat(listingMarks ? articleMarked : []),
    }
  }

  window.__e2e = { snapshot, findByText, norm }
  document.addEventListener('DOMContentLoaded', () => {
    window.__e2eAtDomContentLoaded = snapshot()
  }, { once: true })
})()
