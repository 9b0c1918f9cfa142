/**
 * Which tabs the popup can read. A site Klartext knows (its early script answers there); any other
 * http(s) page, read on the user's click through activeTab; and the pages browsers keep from every
 * extension: their own pages (chrome://, about:, the stores), page sources, PDF viewers, local
 * files unless the user allowed them. Those get a plain message instead of an error.
 */
import { siteForUrl } from '../sites/registry'

export type TabKind = 'site' | 'page' | 'forbidden'

/** Add-on stores: no extension may script them, whatever its permissions. */
const STORES = /^https:\/\/(?:chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(?:[/?#]|$)/i
/** The browser's PDF viewer shows these, not a page of the site. */
const PDF = /\.pdf$/i

export function tabKind(url: string | undefined): TabKind {
  if (!url) return 'forbidden'
  if (siteForUrl(url)) return 'site'
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'forbidden'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'forbidden'
  if (STORES.test(url) || PDF.test(parsed.pathname)) return 'forbidden'
  return 'page'
}

/** The line naming the site: what the page calls its site (og:site_name), else its host without "www.". */
export function siteLine(siteName: string | null | undefined, url: string): string {
  const named = siteName?.replace(/\s+/g, ' ').trim()
  if (named) return named
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return ''
  }
}
