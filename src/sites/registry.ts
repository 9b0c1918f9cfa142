import type { SiteModule } from '../core/site'
import { generic } from './generic'
import { itBoltwise } from './it-boltwise'

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

/** The module that analyses `url`: its site's, else the generic rules (which never run beside a site's own). */
export function moduleForUrl(url: string): SiteModule {
  return siteForUrl(url) ?? generic
}

/** True for a URL of a site Klartext has rules for (and host permissions on). */
export function isSiteUrl(url: string | undefined): boolean {
  return Boolean(url && siteForUrl(url))
}
