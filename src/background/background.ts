/**
 * Background entry (service worker in Chrome, event page in Firefox). Listeners are registered
 * synchronously at the top level so that a restarted worker receives the event that woke it.
 * The logic is in handlers.ts.
 */
import browser from 'webextension-polyfill'
import { createBackground, type BackgroundApi } from './handlers'

const background = createBackground(browser as unknown as BackgroundApi)

browser.runtime.onMessage.addListener(
  (message: unknown, sender: browser.Runtime.MessageSender) => background.onMessage(message, sender) as Promise<unknown> | undefined,
)
browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => void background.onCommand(command, tab))
browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) =>
  void background.onTabUpdated(tabId, change, tab),
)
