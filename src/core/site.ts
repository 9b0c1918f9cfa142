import type { ClutterKind } from './types'

/**
 * One clutter rule. Rules are data: the engine in src/core/clutter.ts turns them into
 * a document_start stylesheet (link-target rules) and a parse-time matcher (text signatures).
 */
export interface ClutterRule {
  /** Stable name, reported in Analysis.hidden[].rule. */
  name: string
  kind: ClutterKind
  /** Human description of what the rule catches (README, tests). */
  description: string
  /** Link targets that mark a clutter item (matched against the href, case-insensitive substring). */
  linkTargets?: readonly string[]
  /** Text signatures that mark a clutter block (matched against an element's normalized own text). */
  textSignatures?: readonly RegExp[]
}

export interface SiteModule {
  /** "it-boltwise" */
  id: string
  /** Host names the site is served from (content-script matches are derived from these). */
  hosts: readonly string[]
  /** True when the document is an article page (not home, archive, search...). From what the page says. */
  isArticle(doc: Document): boolean
  rules: readonly ClutterRule[]
  /** Clean a page title (strip " - IT BOLTWISE® x Artificial Intelligence" and the like). */
  cleanTitle?(title: string): string
}
