/**
 * content-analysis.js: Readability, the rules and the text analysis for the page controller
 * (src/content/page-analyzer.ts), injected beside content-reader.js when the reader is asked for
 * without the popup's analysis. It only installs the analyser: no listener, no work of its own.
 */
import { analyzeWithContent } from '../core/analyze'
import { installPageAnalyzer } from './page-analyzer'

installPageAnalyzer(analyzeWithContent)
