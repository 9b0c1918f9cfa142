/** Options page entry. */
import { extensionApi } from '../shared/extension-api'
import { loadSettings } from '../shared/settings'
import { runOptions } from './controller'

const browser = extensionApi()

void runOptions(document, browser).then((page) => {
  // Settings changed elsewhere (another options page, the reader's toolbar) show up here at once.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') void loadSettings(browser.storage.sync).then(page.show)
  })
})
