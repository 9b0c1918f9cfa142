/**
 * The site-module contract lives in the core (src/core/site.ts): the core defines what it needs of
 * a site and the sites implement it, so the core never imports a site. Re-exported here for the
 * modules that still import it from this path.
 */
export type { ClutterRule, SiteModule } from '../core/site'
