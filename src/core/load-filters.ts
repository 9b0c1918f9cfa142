/**
 * The load filters of a site (see LoadFilters in src/core/clutter.ts), computed from its rules.
 * The extension's build replaces this module with the filters computed at build time
 * (scripts/build.mjs), so that a page load does not parse the signatures.
 */
import { compileRules, escapeRegExp, type LoadFilters } from './clutter'
import { requiredLiterals } from './regex-literals'
import type { SiteModule } from '../sites/types'

const computed = new WeakMap<SiteModule, LoadFilters>()

export function loadFiltersOf(site: SiteModule): LoadFilters {
  let filters = computed.get(site)
  if (!filters) {
    const perSignature = compileRules(site).flatMap((rule) => rule.signatures.map((sig) => requiredLiterals(sig.re)))
    const literals = perSignature.every((l) => l !== null) ? [...new Set(perSignature.flat() as string[])] : null
    filters = {
      literals: perSignature.length === 0 ? null : literals ? new RegExp(literals.map(escapeRegExp).join('|'), 'i') : undefined,
      carry: Math.max(0, ...(literals ?? []).map((l) => l.length - 1)),
    }
    computed.set(site, filters)
  }
  return filters
}
