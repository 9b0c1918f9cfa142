/**
 * The extension's script bundles, named once: scripts/build.mjs builds each name from its source to
 * `<name>.js`, the manifest and the code that injects bundles refer to those files.
 */
export const BUNDLE_SOURCES = {
  /** document_start, on every page of a known site (manifest): must stay tiny. */
  'content-early': 'src/content/early.ts',
  /** content-reader plus Readability and the text analysis: injected only without the popup's analysis. */
  'content-analysis': 'src/content/analysis.ts',
  /** The page controller: reader view, DOMPurify, Markdown export, highlights (injected on demand). */
  'content-reader': 'src/content/reader-bundle.ts',
  /** The popup's first script: asks the page, then loads the two below with import(). */
  popup: 'src/popup/popup.ts',
  /** The popup's analysis up to the summary (Readability, clutter rules, summary). */
  'popup-article': 'src/popup/snapshot.ts',
  /** The popup's person finder and its name data, loaded once the summary is shown. */
  'popup-people': 'src/popup/people.ts',
  background: 'src/background/background.ts',
  options: 'src/options/options.ts',
} as const

export type BundleName = keyof typeof BUNDLE_SOURCES

/**
 * Bundles built as ES modules that another bundle loads with import() (scripts/build.mjs turns the
 * import of their source into an import of the built file): the popup asks the page first and
 * compiles its analysis code while the page answers, and the people's code only after the summary.
 * Each is one file without imports of its own: one fetch each, no chain of shared chunks.
 */
export const MODULE_BUNDLES: readonly BundleName[] = ['popup-article', 'popup-people']

export function bundleFile(name: BundleName): string {
  return `${name}.js`
}

/** What the popup injects: it hands its own analysis over ('page/adopt'). */
export const READER_SCRIPT = bundleFile('content-reader')
/** What the background injects for the reader (shortcut, auto reader mode): there is no popup analysis to hand over. */
export const ANALYSING_READER_SCRIPT = bundleFile('content-analysis')
