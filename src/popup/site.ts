/** What popup and background need to know about the tab they act on (site knowledge stays in src/sites). */
import { siteForUrl } from '../sites/registry'

/** Readability and the text analysis for the page (src/content/analysis.ts): needed there only without the popup's analysis. */
export const ANALYSIS_SCRIPT = 'content-analysis.js'
/** The page controller: reader view, Markdown export, highlights (src/content/reader-bundle.ts). */
export const READER_SCRIPT = 'content-reader.js'
/** What the background injects for the reader (shortcut, auto reader mode): there is no popup analysis to hand over. */
export const READER_SCRIPTS = [ANALYSIS_SCRIPT, READER_SCRIPT]

/** True for a URL of a site Klartext has rules for (and host permissions on). */
export function isSiteUrl(url: string | undefined): boolean {
  return Boolean(url && siteForUrl(url))
}
