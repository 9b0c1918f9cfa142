/**
 * The part of the extension API the content scripts use, taken straight from `browser` (Firefox)
 * or `chrome`: in MV3 both return promises for these calls. No webextension-polyfill here: its
 * 10 KB would be parsed on every page load (early.ts) and on every analysis. The one difference
 * that matters, an onMessage listener answering with a promise, is bridged by listen().
 */
import { dispatch, type Handlers } from '../shared/messages'
import type { SettingsStorage } from '../shared/settings'

export interface ContentApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown> | undefined
    onMessage: { addListener(listener: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => true | undefined): void }
  }
  storage: {
    sync: SettingsStorage
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void }
  }
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string }
}

export function contentApi(): ContentApi | null {
  const scope = globalThis as unknown as { browser?: ContentApi; chrome?: ContentApi }
  return scope.browser ?? scope.chrome ?? null
}

/**
 * Answer the messages `handlers` knows and leave the rest to the other content script: returning
 * true keeps the channel open for sendResponse (Chrome ignores a returned promise).
 */
export function listen(api: ContentApi, handlers: Handlers): void {
  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    const reply = dispatch(handlers, message)
    if (!reply) return undefined
    reply.then(sendResponse, () => sendResponse(undefined))
    return true
  })
}
