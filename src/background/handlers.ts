/**
 * What the background does, against an explicit extension API (so it runs in tests):
 * the toolbar badge per tab, the toggle-reader command, automatic reader mode. No state in memory:
 * a Chrome service worker or Firefox event page may be stopped between any two events.
 */
import type { Tabs } from 'webextension-polyfill'
import { sendToTab, type Handlers } from '../shared/messages'
import { loadSettings } from '../shared/settings'
import type { ApiSlice, I18nApi, SettingsApi } from '../shared/extension-api'
import { createTranslator, normalizeLocale } from '../ui/i18n'
import { ANALYSING_READER_SCRIPT } from '../shared/bundles'
import { isSiteUrl } from '../sites/registry'
import { badgeFor } from './badge'

const BADGE_COLOR = '#1d4ed8'
const BADGE_TEXT_COLOR = '#ffffff'

/** What the background reads of a tab. */
type TabInfo = Pick<Tabs.Tab, 'id' | 'url'>

/** What the background calls of the extension API. */
export type BackgroundApi = I18nApi &
  SettingsApi &
  ApiSlice<{
    action: 'setBadgeText' | 'setBadgeBackgroundColor' | 'setBadgeTextColor' | 'setTitle'
    tabs: 'query' | 'sendMessage'
    scripting: 'executeScript'
    runtime: 'sendMessage'
  }>

export interface Background {
  /** runtime.onMessage: 'badge/set' from a tab's content script (the rest is not the background's). */
  handlersFor(sender: { tab?: TabInfo }): Handlers
  /** commands.onCommand */
  onCommand(command: string, tab?: TabInfo): Promise<void>
  /** tabs.onUpdated */
  onTabUpdated(tabId: number, change: { status?: string }, tab: TabInfo): Promise<void>
}

export function createBackground(api: BackgroundApi, log: (...args: unknown[]) => void = console.warn): Background {
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))

  async function setBadge(tabId: number, count: number): Promise<void> {
    const { text, title } = badgeFor(count, t, normalizeLocale(api.i18n.getUILanguage()))
    try {
      await Promise.all([
        api.action.setBadgeText({ tabId, text }),
        api.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
        api.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR }),
        api.action.setTitle({ tabId, title }),
      ])
    } catch {
      // The tab closed or navigated meanwhile: its badge is gone anyway.
    }
  }

  async function setReader(tabId: number, on: boolean | 'toggle'): Promise<void> {
    try {
      await api.scripting.executeScript({ target: { tabId }, files: [ANALYSING_READER_SCRIPT] })
      await sendToTab<'reader/set'>(api, tabId, { type: 'reader/set', on })
    } catch (error) {
      log('Klartext: reader mode could not be switched on this tab.', error)
    }
  }

  return {
    handlersFor(sender) {
      return {
        'badge/set': async ({ count }) => {
          if (sender.tab?.id !== undefined) await setBadge(sender.tab.id, count)
          return { ok: true }
        },
      }
    },

    async onCommand(command, tab) {
      if (command !== 'toggle-reader') return
      const target = tab?.id !== undefined ? tab : (await api.tabs.query({ active: true, currentWindow: true }))[0]
      if (target?.id === undefined || !isSiteUrl(target.url)) return
      await setReader(target.id, 'toggle')
    },

    /** Reader mode on by itself on article pages, when the user chose so in the options. */
    async onTabUpdated(tabId, change, tab) {
      if (change.status !== 'complete' || !isSiteUrl(tab.url)) return
      const settings = await loadSettings(api.storage.sync)
      if (!settings.autoReader) return
      try {
        const status = await sendToTab<'page/status'>(api, tabId, { type: 'page/status' })
        if (status?.isArticle && !status.readerOn) await setReader(tabId, true)
      } catch {
        // No content script answered (the page is not ours after all, or it closed): nothing to do.
      }
    },
  }
}
