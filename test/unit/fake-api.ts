/**
 * Fakes of the extension API members the controllers use (src/shared/extension-api.ts). The
 * browser's types are generic in a message's answer and complete in a tab's fields; a fake answers
 * what the test gives it.
 */
import type { Runtime, Scripting, Tabs } from 'webextension-polyfill'
import type { SettingsStorage } from '../../src/shared/extension-api'

/** storage.sync over a plain object: get by one key, set merges. */
export function fakeSyncStorage(store: Record<string, unknown>): SettingsStorage {
  return {
    get: async (key) => ({ [String(key)]: store[String(key)] }),
    set: async (items) => void Object.assign(store, items),
  }
}

export const fakeTabsSend = (send: (tabId: number, message: unknown) => Promise<unknown>) => send as Tabs.Static['sendMessage']
export const fakeRuntimeSend = (send: (message: unknown) => Promise<unknown>) => send as Runtime.Static['sendMessage']
export const fakeExecuteScript = (run: (injection: Scripting.ScriptInjection) => Promise<{ result?: unknown }[]>) =>
  run as Scripting.Static['executeScript']
/** Tabs with the fields a test sets (id, url, title). */
export const fakeTab = (tab: Partial<Tabs.Tab>) => tab as Tabs.Tab
