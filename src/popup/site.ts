/** What popup and background need to know about the tab they act on (site knowledge stays in src/sites). */
import { siteForUrl } from '../sites/registry'

/** The on-demand bundle (src/content/analysis.ts), injected with scripting.executeScript. */
export const ANALYSIS_SCRIPT = 'content-analysis.js'

/** True for a URL of a site Klartext has rules for (and host permissions on). */
export function isSiteUrl(url: string | undefined): boolean {
  return Boolean(url && siteForUrl(url))
}
