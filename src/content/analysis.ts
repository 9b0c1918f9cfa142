/**
 * content-analysis.js: the page controller of content-reader.js plus Readability, the rules and the
 * text analysis, injected by the background when the reader is asked for without the popup (the
 * keyboard shortcut, auto reader mode): then the page analyses itself, once.
 */
import { analyzeWithContent } from '../shared/analysis'
import { installPageController } from './reader/install'

installPageController(analyzeWithContent)
