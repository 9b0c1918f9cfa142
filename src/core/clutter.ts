// STUB — replaced by the clutter-rules work. Contract below is fixed.
import type { ClutterKind } from './types'
import type { SiteModule } from '../sites/types'

export interface ClutterMatch {
  rule: string
  kind: ClutterKind
  /** The block to hide: the smallest block holding the signature and no article text. */
  element: Element
}

/** Every clutter block of `root` according to the site's rules, outermost blocks only, in document order. */
export function findClutter(root: Document | Element, site: SiteModule): ClutterMatch[] {
  void root
  void site
  return []
}

/** The document_start stylesheet for the site's link-target rules. */
export function clutterStylesheet(site: SiteModule): string {
  void site
  return ''
}
