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
  popup: 'src/popup/popup.ts',
  background: 'src/background/background.ts',
  options: 'src/options/options.ts',
} as const

export type BundleName = keyof typeof BUNDLE_SOURCES

/**
 * Bundles built as ES modules, split into chunks their code loads with import() (in chunks/): the
 * popup paints and asks the page first, and compiles its analysis code while the page answers.
 * Only extension pages load modules; content scripts and the background stay single scripts.
 */
export const MODULE_BUNDLES: readonly BundleName[] = ['popup']

/** Where the module bundles' chunks go, inside the extension. */
export const CHUNK_DIR = 'chunks'

export function bundleFile(name: BundleName): string {
  return `${name}.js`
}

/** What the popup injects: it hands its own analysis over ('page/adopt'). */
export const READER_SCRIPT = bundleFile('content-reader')
/** What the background injects for the reader (shortcut, auto reader mode): there is no popup analysis to hand over. */
export const ANALYSING_READER_SCRIPT = bundleFile('content-analysis')
