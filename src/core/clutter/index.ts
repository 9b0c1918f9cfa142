/**
 * The clutter engine: turns a site's rules (data, src/sites/*) into
 *  - findClutter(): the clutter blocks of a document (used by analyze() and by the load-time script),
 *  - clutterStylesheet(): the document_start CSS (link-target rules + the hiding/showing switches).
 *
 * How a block is found (one pass over the blocks, no re-scans):
 * 1. Hits (hits.ts): a block whose own text matches a text signature, or a link whose href matches
 *    a link target / whose text matches a signature. A hit on prose by a signature not anchored at
 *    the start (^), or by a link that is a small part of it, is weak.
 * 2. Acceptance (accept.ts): a weak hit counts only beside another hit of its rule in a container of
 *    ads or above a strong hit of its rule, never alone in an article paragraph.
 * 3. Protection, growth, outermost (resolve.ts).
 * Text measuring is in text.ts, prose facts in prose.ts, rule compilation in rules.ts, the
 * load-time shortcut in load-time.ts, the stylesheet in stylesheet.ts.
 */
export { HitBook, isAccepted } from './accept'
export { boxHit, type BoxHit } from './evidence'
export { findClutter } from './find'
export { blockHit, linkHit } from './hits'
export { clutterAround, literalScanner, type LoadFilters } from './load-time'
export { lazyProse, type ProseFacts } from './prose'
export { compileRules, escapeRegExp, linksToTarget, linksToTargets, signaturePrefilter, type ClutterMatch, type CompiledRule, type Hit } from './rules'
export { HIDDEN_ATTRIBUTE, SHOW_ATTRIBUTE, clutterStylesheet } from './stylesheet'
export { PROSE_MIN, isBlock, isLink, isOpaque, nearestBlock, normalizeText, ownText } from './text'
