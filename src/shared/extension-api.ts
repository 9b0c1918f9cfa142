/**
 * One way to call the extension API in every context: the browser's own object, `browser` in
 * Firefox and `chrome` in Chrome, typed with @types/webextension-polyfill (types only: no code in
 * any bundle). In Manifest V3 both return promises for every call Klartext makes; the one
 * difference that matters, a message listener answering with a promise, is bridged by listen() in
 * messages.ts. Not webextension-polyfill itself: its ~10 KB would be parsed with the load-time
 * script on every page load.
 */
import type { Browser, Storage } from 'webextension-polyfill'

export type { Browser }

export function extensionApi(): Browser {
  const scope = globalThis as { browser?: Browser; chrome?: Browser }
  const api = scope.browser ?? scope.chrome
  if (!api) throw new Error('no extension API in this context')
  return api
}

/**
 * The members of the API one context uses, e.g. ApiSlice<{ i18n: 'getMessage' }>: what its code
 * may call, and all a test has to fake.
 */
export type ApiSlice<M extends { [N in keyof Browser]?: keyof Browser[N] }> = {
  [N in keyof M & keyof Browser]: Pick<Browser[N], M[N] & keyof Browser[N]>
}

/** The part of storage.sync settings need. */
export type SettingsStorage = Pick<Storage.StorageArea, 'get' | 'set'>

export type I18nApi = ApiSlice<{ i18n: 'getMessage' | 'getUILanguage' }>
export type SettingsApi = { storage: { sync: SettingsStorage } }
