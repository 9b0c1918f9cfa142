/**
 * The popup's analysis chunk (loaded by import() while the page answers; the people follow in
 * src/popup/people.ts). The popup analyses the page in its own process, from a snapshot of the
 * page's DOM (src/shared/snapshot.ts). Why not in the page: a content script's code is cold in
 * every new page (its renderer compiles and runs Readability and the text analysis from scratch:
 * ~60 ms before the summary in headless Chromium), while the extension's process keeps the compiled
 * code between popups. The page only serialises its DOM; the reader gets the result ('page/adopt').
 */
import { readArticle, type ArticleWithContent } from '../core/article'
import type { AnalyzeOptions } from '../core/types'
import { documentBase } from '../core/urls'
import { moduleForUrl } from '../sites/module-for-url'
import type { PageSnapshot } from '../shared/snapshot'
import { removeShadowingNames } from '../ui/safe-dom'

/**
 * The snapshot as a document of the popup: inert (a parsed document runs no script and loads
 * nothing), based at the page's URL for Readability's links, without the names that shadow DOM
 * members (a form control named "parentNode" would send Readability round in circles).
 */
export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser): Document {
  // First the names, then the document's own members are safe to use.
  const doc = removeShadowingNames(parser.parseFromString(snapshot.html, 'text/html'))
  const base = doc.createElement('base')
  base.setAttribute('href', documentBase(doc, snapshot.url))
  doc.head.prepend(base)
  return doc
}

/**
 * The article of the snapshot (summary, no people yet), with the rules of its site. The parsed
 * snapshot is the popup's own: it is handed over to the core, which then makes no copy of it.
 */
export function analyzeSnapshot(snapshot: PageSnapshot, parser: DOMParser, options: AnalyzeOptions): ArticleWithContent {
  const doc = parseSnapshot(snapshot, parser)
  // Where the popup's time goes (the bench reads it): the parse apart from the analysis.
  globalThis.performance?.mark?.('klartext-popup-parsed')
  return readArticle(doc, snapshot.url, moduleForUrl(snapshot.url), { ...options, inPlace: true })
}
