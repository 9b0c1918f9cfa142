/**
 * Background (service worker in Chrome, event page in Firefox): the toolbar badge, the
 * toggle-reader keyboard command and automatic reader mode. It keeps no state in memory: the
 * badge lives on the tab (the browser resets it on navigation), everything else is asked of the
 * tab's content scripts or read from storage. Listeners are registered synchronously at the top
 * level so a restarted worker receives the event that woke it.
 */
import browser from 'webextension-polyfill'
import { dispatch, sendToTab, type MessagingApi } from '../messages'
import { loadSettings } from '../settings'
import { createTranslator, normalizeLocale } from '../popup/i18n'
import { badgeFor } from './badge'
import { ANALYSIS_SCRIPT, isSiteUrl } from '../popup/site'

const BADGE_COLOR = '#1d4ed8'
const t = createTranslator((key, subs) => browser.i18n.getMessage(key, subs))
const messaging = browser as unknown as MessagingApi

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(
    {
      'badge/set': async ({ count }) => {
        if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, count)
        return { ok: true }
      },
    },
    message,
  ) as Promise<unknown> | undefined,
)

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  if (command === 'toggle-reader') void toggleReader(tab)
})

browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
  if (change.status === 'complete' && isSiteUrl(tab.url)) void autoReader(tabId)
})

async function setBadge(tabId: number, count: number): Promise<void> {
  const { text, title } = badgeFor(count, t, normalizeLocale(browser.i18n.getUILanguage()))
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      browser.action.setTitle({ tabId, title }),
    ])
  } catch {
    // The tab closed or navigated meanwhile: its badge is gone anyway.
  }
}

async function toggleReader(tab?: browser.Tabs.Tab): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0]
  if (target?.id === undefined || !isSiteUrl(target.url)) return
  await setReader(target.id, 'toggle')
}

/** Reader mode on by itself on article pages, when the user chose so in the options. */
async function autoReader(tabId: number): Promise<void> {
  const settings = await loadSettings(browser.storage.sync)
  if (!settings.autoReader) return
  try {
    const status = await sendToTab<'page/status'>(messaging, tabId, { type: 'page/status' })
    if (status?.isArticle && !status.readerOn) await setReader(tabId, true)
  } catch {
    // No content script answered (page not ours after all, or closed): nothing to do.
  }
}

async function setReader(tabId: number, on: boolean | 'toggle'): Promise<void> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [ANALYSIS_SCRIPT] })
    await sendToTab<'reader/set'>(messaging, tabId, { type: 'reader/set', on })
  } catch (error) {
    console.warn('Klartext: reader mode could not be switched on this tab.', error)
  }
}
