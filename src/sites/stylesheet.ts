import { clutterStylesheet } from '../core/clutter'
import { SITES } from './registry'

/** The document_start stylesheet of every known site (build time). */
export function stylesheet(): string {
  return SITES.map((site) => clutterStylesheet(site)).join('\n')
}
