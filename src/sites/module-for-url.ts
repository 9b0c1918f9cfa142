import type { SiteModule } from '../core/site'
import { generic } from './generic'
import { siteForUrl } from './registry'

/** The module that analyses `url`: its site's, else the generic rules (which never run beside a site's own). */
export function moduleForUrl(url: string): SiteModule {
  return siteForUrl(url) ?? generic
}
