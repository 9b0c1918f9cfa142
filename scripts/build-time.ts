/**
 * What the extension's build (scripts/build.mjs) generates from the site modules: the layer above
 * core and sites, so that neither needs the other's build-time work.
 */
import { clutterStylesheet } from '../src/core/clutter'
import { builtLoadFiltersModule } from '../src/core/load-filters'
import { SITES } from '../src/sites/registry'

/** The document_start stylesheet of every known site. */
export function stylesheet(): string {
  return SITES.map((site) => clutterStylesheet(site)).join('\n')
}

/** The module that replaces src/core/load-filters.ts in the extension. */
export function loadFiltersModule(): string {
  return builtLoadFiltersModule(SITES)
}
