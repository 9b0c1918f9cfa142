import type { SiteModule } from './types'
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
