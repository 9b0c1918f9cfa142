import type { SiteModule } from '../core/site'
import { itBoltwise } from './it-boltwise'

/**
 * The sites Klartext knows, by URL. The generic module for every other page is apart
 * (src/sites/module-for-url.ts): what only asks which site a tab shows (the popup's first script, the
 * load-time script) does not carry the generic rules and Readability with them.
 */

/** Every site Klartext knows. Adding a site = adding one module here + its fixtures. */
export const SITES: readonly SiteModule[] = [itBoltwise]

/** The site module of a known site (IT BOLTWISE), or null: what has host permissions and a load-time script. */
export function siteForUrl(url: string): SiteModule | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  return siteForHost(host)
}

/** The site module of a host name (lower case, as location.hostname gives it), or null. */
export function siteForHost(host: string): SiteModule | null {
  return SITES.find((site) => site.hosts.includes(host)) ?? null
}

/** True for a URL of a site Klartext has rules for (and host permissions on). */
export function isSiteUrl(url: string | undefined): boolean {
  return Boolean(url && siteForUrl(url))
}
