/** The document_start stylesheet of a site's rules, and the attributes it keys on. */
import type { ClutterKind } from '../types'
import type { SiteModule } from '../site'
import { asciiLowerCase } from './rules'

/** The attribute the load-time script sets on a block it hides; its value is the block's kind. */
export const HIDDEN_ATTRIBUTE = 'data-klartext-hidden'
/** The attribute on <html> listing (space-separated) the kinds shown again on this page. */
export const SHOW_ATTRIBUTE = 'data-klartext-show'

/**
 * The document_start stylesheet.
 * - Link-target rules as CSS, per kind: a list item whose direct child is a link to the target
 *   (an ad item). Never `div:has(a[...])`: that would match the page's wrappers.
 * - The hiding style for blocks the load-time script marks: [data-klartext-hidden="<kind>"].
 * - Showing a kind again: every rule is guarded by html:not([data-klartext-show~="<kind>"]), so
 *   adding the kind to that attribute on <html> shows its blocks with the page's own styles.
 */
export function clutterStylesheet(site: SiteModule): string {
  const kinds = new Map<ClutterKind, string[]>()
  for (const rule of site.rules) {
    const selectors = kinds.get(rule.kind) ?? [`[${HIDDEN_ATTRIBUTE}="${rule.kind}"]`]
    for (const target of rule.linkTargets ?? []) selectors.push(`li:has(> a[href*=${cssString(asciiLowerCase(target))} i])`)
    kinds.set(rule.kind, selectors)
  }
  const lines = [`/* Klartext: clutter rules of ${site.id} (generated from src/sites/${site.id}.ts) */`]
  for (const [kind, selectors] of kinds) {
    const guard = `html:not([${SHOW_ATTRIBUTE}~="${kind}"])`
    lines.push(`${selectors.map((s) => `${guard} ${s}`).join(',\n')} {\n  display: none !important;\n}`)
  }
  return lines.join('\n') + '\n'
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`
}
