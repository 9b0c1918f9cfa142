/**
 * The on-demand half of the content script, injected by the popup or the background
 * (scripting.executeScript files: ['content-analysis.js']) only when the user asks for more than
 * the load-time clutter rules: analysis (Readability, summary, people, run once and cached),
 * Markdown export, reader view, highlighting people (src/content/reader/controller.ts).
 * It answers only its own messages and returns undefined for the rest, so early.ts answers those.
 */
import browser from 'webextension-polyfill'
import { dispatch } from '../messages'
import { normalizeSettings, SETTINGS_KEY } from '../settings'
import { createPageController } from './reader/controller'

const INSTALLED = Symbol.for('klartext.content-analysis')
type GuardedGlobal = typeof globalThis & { [INSTALLED]?: boolean }

// executeScript may run this file again in the same isolated world (every popup opening): install once.
if (!(globalThis as GuardedGlobal)[INSTALLED]) {
  ;(globalThis as GuardedGlobal)[INSTALLED] = true
  install()
}

function install(): void {
  const page = createPageController(document, window, browser)
  browser.runtime.onMessage.addListener((message: unknown) => dispatch(page.handlers, message) as Promise<unknown> | undefined)
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes[SETTINGS_KEY]) page.settingsChanged(normalizeSettings(changes[SETTINGS_KEY].newValue))
  })
}
