/**
 * Readability and the text analysis run in the page only when the reader is asked for without the
 * popup (the keyboard shortcut, auto reader mode): the popup analyses in its own process and hands
 * its result over ('page/adopt'). So the analyser ships apart, in content-analysis.js, and hands
 * itself to the page controller (content-reader.js) through a global of the isolated world both
 * content scripts share. Whoever asks the page for the reader without an adopted analysis injects
 * both files (READER_SCRIPTS).
 */
import type { AnalysisWithContent } from '../core/analyze'
import type { AnalyzeOptions } from '../core/types'

export type PageAnalyzer = (doc: Document, url: string, options: AnalyzeOptions) => AnalysisWithContent

const ANALYZER = Symbol.for('klartext.page-analyzer')
type AnalyzerGlobal = typeof globalThis & { [ANALYZER]?: PageAnalyzer }

export function installPageAnalyzer(analyzer: PageAnalyzer): void {
  ;(globalThis as AnalyzerGlobal)[ANALYZER] ??= analyzer
}

export function installedPageAnalyzer(): PageAnalyzer | null {
  return (globalThis as AnalyzerGlobal)[ANALYZER] ?? null
}
