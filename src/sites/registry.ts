import type { SiteModule } from '../core/site'
import { itBoltwise } from './it-boltwise'

/** Every site Klartext knows. Adding a site = adding one module here + its fixtures. */
export const SITES: readonly SiteModule[] = [itBoltwise]

export function siteForUrl(url: string): SiteModule | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  return SITES.find((site) => site.hosts.includes(host)) ?? null
}

/** True for a URL of a site Klartext has rules for (and host permissions on). */
export function isSiteUrl(url: string | undefined): boolean {
  return Boolean(url && siteForUrl(url))
}
