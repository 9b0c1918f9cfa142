/**
 * The popup analyses the page in its own process, from a snapshot of the page's DOM. Why not in the
 * page: a content script's code is cold in every new page (its renderer compiles and runs
 * Readability and the text analysis from scratch: ~60 ms before the summary in headless Chromium),
 * while the extension's process keeps the compiled code between popups (~6 ms). The page only
 * serialises its DOM (a couple of milliseconds); the reader gets the result ('page/adopt').
 */
import { analyzeWithContent, type AnalysisWithContent } from '../shared/analysis'
import type { AnalyzeOptions } from '../core/types'
import { documentBase } from '../core/urls'
import { removeShadowingNames } from '../ui/safe-dom'

export interface PageSnapshot {
  url: string
  html: string
  /** What the page calls its site (og:site_name), for the popup's site line. */
  siteName?: string | null
}

/**
 * Runs in the page (scripting.executeScript func: serialized, so self-contained). Reads through the
 * prototypes: page markup can shadow document.documentElement (<img name="documentElement">).
 */
export function snapshotPage(): PageSnapshot {
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!
  const root = getter(Document.prototype, 'documentElement').call(document) as Element
  const siteMeta = Document.prototype.querySelector.call(document, 'meta[property="og:site_name"]')
  const siteName = siteMeta ? Element.prototype.getAttribute.call(siteMeta, 'content') : null
  return { url: location.href, html: getter(Element.prototype, 'outerHTML').call(root) as string, siteName }
}

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

/** The parsed snapshot is the popup's own: it is handed over to analyze(), which then makes no copy of it. */
export function analyzeSnapshot(snapshot: PageSnapshot, parser: DOMParser, options: AnalyzeOptions): AnalysisWithContent {
  const doc = parseSnapshot(snapshot, parser)
  // Where the popup's time goes (the bench reads it): the parse apart from the analysis.
  globalThis.performance?.mark?.('klartext-popup-parsed')
  return analyzeWithContent(doc, snapshot.url, { ...options, inPlace: true })
}
