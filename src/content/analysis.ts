/**
 * content-analysis.js: the page controller of content-reader.js plus Readability, the rules and the
 * text analysis, injected by the background when the reader is asked for without the popup (the
 * keyboard shortcut, auto reader mode): then the page analyses itself, once.
 */
import { analyzeWithContent } from '../core/analyze'
import { siteForUrl } from '../sites/registry'
import { installPageController } from './reader/install'

installPageController((doc, url, options) => analyzeWithContent(doc, url, siteForUrl(url), options))
