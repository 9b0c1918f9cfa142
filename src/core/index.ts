/** The core as a library (dist/klartext.mjs): pure functions over any DOM. */
export { analyze, analyzeText, analyzeWithContent } from './analyze'
export type { Analysis, AnalyzeOptions, ClutterKind, HiddenBlock, Person } from './types'
export { CLUTTER_KINDS } from './types'
