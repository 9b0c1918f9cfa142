/**
 * Background entry (service worker in Chrome, event page in Firefox). Listeners are registered
 * synchronously at the top level so that a restarted worker receives the event that woke it.
 * The logic is in handlers.ts.
 */
import { extensionApi } from '../shared/extension-api'
import { listen } from '../shared/messages'
import { createBackground } from './handlers'

const browser = extensionApi()
const background = createBackground(browser)

listen(browser, (sender) => background.handlersFor(sender))
browser.commands.onCommand.addListener((command, tab) => void background.onCommand(command, tab))
browser.tabs.onUpdated.addListener((tabId, change, tab) => void background.onTabUpdated(tabId, change, tab))
