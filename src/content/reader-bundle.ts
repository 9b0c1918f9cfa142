/**
 * content-reader.js, injected by the popup (once it shows its analysis) or the background: the page
 * controller (src/content/reader/controller.ts) with the reader view, DOMPurify, the Markdown export
 * and the highlights. It answers only its own messages and leaves the rest to early.ts.
 */
import { normalizeSettings, SETTINGS_KEY } from '../settings'
import { contentApi, listen } from './extension-api'
import { createPageController } from './reader/controller'

const INSTALLED = Symbol.for('klartext.content-reader')
type GuardedGlobal = typeof globalThis & { [INSTALLED]?: boolean }

// executeScript may run this file again in the same isolated world (every popup opening): install once.
const api = contentApi()
if (api && !(globalThis as GuardedGlobal)[INSTALLED]) {
  ;(globalThis as GuardedGlobal)[INSTALLED] = true
  const page = createPageController(document, window, api)
  listen(api, page.handlers)
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) page.settingsChanged(normalizeSettings(changes[SETTINGS_KEY].newValue))
  })
}
