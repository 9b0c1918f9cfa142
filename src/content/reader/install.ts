/**
 * Installs the page controller in a page once: content-reader.js installs it without an analyser
 * (the popup hands its analysis over), content-analysis.js with one (the shortcut and auto reader
 * mode, which have no popup). The analyser is an argument, not a global: each bundle passes its own.
 */
import { normalizeSettings, SETTINGS_KEY } from '../../shared/settings'
import { extensionApi } from '../../shared/extension-api'
import { listen } from '../../shared/messages'
import { createPageController, type PageAnalyzer } from './controller'
import { READ_ALOUD_KEY } from './read-aloud/settings'

/**
 * executeScript runs a file again in the same isolated world on every injection (each popup
 * opening), and that world's global object is the only thing that outlives one run. A DOM marker
 * instead would change the page's DOM and could be set by the page to keep the reader out.
 */
const INSTALLED = Symbol.for('klartext.page-controller')
type GuardedGlobal = typeof globalThis & { [INSTALLED]?: true }

export function installPageController(analyzer: PageAnalyzer | null): void {
  const api = extensionApi()
  const scope = globalThis as GuardedGlobal
  if (!api || scope[INSTALLED]) return
  scope[INSTALLED] = true
  const page = createPageController(document, window, api, analyzer)
  listen(api, page.handlers)
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) page.settingsChanged(normalizeSettings(changes[SETTINGS_KEY].newValue))
    if (area === 'sync' && changes[READ_ALOUD_KEY]) page.readAloudChanged()
  })
}
