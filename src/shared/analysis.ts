/**
 * The analysis as every adapter wants it: the core with the site module chosen by URL from the
 * registry, the generic module for any other site (the core itself takes the module from its caller
 * and knows no site). The popup, the
 * page's analyser, the CLI and the library entry (dist/klartext.mjs, over any DOM: jsdom, linkedom).
 */
import { analyze as analyzeForSite, analyzeWithContent as analyzeWithContentForSite, type AnalysisWithContent } from '../core/analyze'
import type { Analysis, AnalyzeOptions } from '../core/types'
import { moduleForUrl } from '../sites/module-for-url'

export { analyzeText } from '../core/analyze'
export type { AnalysisWithContent } from '../core/analyze'
export type { Analysis, AnalyzeOptions, ClutterKind, HiddenBlock, Person } from '../core/types'
export { CLUTTER_KINDS } from '../core/types'

/** The Analysis of a page, with the rules of its site when the URL belongs to one Klartext knows, else the generic rules. */
export function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeForSite(doc, url, moduleForUrl(url), options)
}

/** analyze() with Readability's article element (in a detached copy, or with inPlace in `doc` itself; unsanitized). */
export function analyzeWithContent(doc: Document, url: string, options: AnalyzeOptions = {}): AnalysisWithContent {
  return analyzeWithContentForSite(doc, url, moduleForUrl(url), options)
}
