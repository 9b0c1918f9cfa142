/**
 * The one typed message protocol between popup, background, options and content script.
 * Every message is a plain JSON object with a `type`; `Responses` maps each type to its answer.
 */
import type { Analysis, ClutterKind, HiddenBlock } from './core/types'

export type Failure = { ok: false; error: FailureCode; detail?: string }
export type FailureCode = 'not-article' | 'not-supported' | 'extraction-failed' | 'no-content-script'

export interface PageStatus {
  /** Site id when the page belongs to a known site, else null. */
  site: string | null
  isArticle: boolean
  hidden: HiddenBlock[]
  /** Kinds the user chose to show again on this page. */
  shownKinds: ClutterKind[]
  /** An article page where the site rules found none of the clutter they expect: the site may have changed. */
  rulesFoundNothing: boolean
  readerOn: boolean
}

export type Requests = {
  /** popup -> content: status of the page (cheap, no Readability). */
  'page/status': { type: 'page/status' }
  /**
   * popup -> content: the analysis the popup made of this page (src/popup/snapshot.ts), kept for the
   * reader, the Markdown and the highlights, so that Readability does not run again in the page.
   */
  'page/adopt': { type: 'page/adopt'; analysis: Analysis; contentHtml: string; publishedText?: string }
  /** popup -> content: the article as Markdown (from the adopted analysis, else one Readability run in the page). */
  'page/markdown': { type: 'page/markdown' }
  /** popup/background -> content: set or toggle reader mode; `readAloud`: and start reading it aloud. */
  'reader/set': { type: 'reader/set'; on: boolean | 'toggle'; readAloud?: boolean }
  /** popup -> content: show (or hide again) one clutter kind on this page. */
  'clutter/show-kind': { type: 'clutter/show-kind'; kind: ClutterKind; show: boolean }
  /** popup -> content: highlight a person's mentions and scroll to the first. */
  'people/highlight': { type: 'people/highlight'; name: string; aliases: string[] }
  /** content -> background: number of hidden blocks, for the badge. */
  'badge/set': { type: 'badge/set'; count: number }
}

export type Responses = {
  'page/status': PageStatus
  'page/adopt': { ok: true }
  'page/markdown': { ok: true; markdown: string } | Failure
  'reader/set': { ok: true; readerOn: boolean } | Failure
  'clutter/show-kind': PageStatus
  'people/highlight': { ok: true; found: number } | Failure
  'badge/set': { ok: true }
}

export type MessageType = keyof Requests
export type Message = Requests[MessageType]

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    MESSAGE_TYPES.includes((value as { type: string }).type as MessageType)
  )
}

export const MESSAGE_TYPES: readonly MessageType[] = [
  'page/status',
  'page/adopt',
  'page/markdown',
  'reader/set',
  'clutter/show-kind',
  'people/highlight',
  'badge/set',
]

/** The minimal surface of webextension-polyfill's `browser` that messaging needs (keeps this module testable). */
export interface MessagingApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> }
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> }
}

export function sendToTab<T extends MessageType>(
  api: MessagingApi,
  tabId: number,
  message: Requests[T],
): Promise<Responses[T]> {
  return api.tabs.sendMessage(tabId, message) as Promise<Responses[T]>
}

export function sendToRuntime<T extends MessageType>(api: MessagingApi, message: Requests[T]): Promise<Responses[T]> {
  return api.runtime.sendMessage(message) as Promise<Responses[T]>
}

export type Handlers = { [T in MessageType]?: (message: Requests[T]) => Responses[T] | Promise<Responses[T]> }

/**
 * Route a message to its handler. Returns undefined for messages this side does not handle,
 * so other listeners (or no one) may answer.
 */
export function dispatch(handlers: Handlers, message: unknown): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined
  const handler = handlers[message.type] as ((m: Message) => unknown) | undefined
  if (!handler) return undefined
  return Promise.resolve().then(() => handler(message))
}
