/**
 * content-reader.js, injected by the popup once it shows its analysis: the page controller
 * (src/content/reader/controller.ts) with the reader view, DOMPurify, the Markdown export and the
 * highlights, without Readability: the popup hands its analysis over ('page/adopt'). It answers
 * only its own messages and leaves the rest to early.ts.
 */
import { installPageController } from './reader/install'

installPageController(null)
