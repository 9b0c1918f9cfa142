/**
 * The one typed message protocol between popup, background, options and content scripts.
 * Every message is a plain JSON object with a `type`; `Responses` maps each type to its answer.
 */
import type { Runtime } from 'webextension-polyfill'
import type { Analysis, ClutterKind, HiddenBlock } from '../core/types'
import type { ApiSlice } from './extension-api'
import type { PageSnapshot } from './snapshot'

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
   * popup -> content: the status and, on an article, a snapshot of the page's DOM (src/shared/snapshot.ts),
   * in one round trip: the popup analyses the snapshot itself (src/popup/snapshot.ts).
   */
  'page/snapshot': { type: 'page/snapshot' }
  /**
   * popup -> content: the analysis the popup made of this page (src/popup/snapshot.ts), kept for the
   * reader, the Markdown and the highlights, so that Readability does not run again in the page.
   */
  'page/adopt': { type: 'page/adopt'; analysis: Analysis; contentHtml: string; publishedText?: string }
  /** popup -> content: the article as Markdown (from the adopted analysis, else one Readability run in the page). */
  'page/markdown': { type: 'page/markdown' }
  /** popup/background -> content: set or toggle reader mode. */
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
  'page/snapshot': { status: PageStatus; snapshot: PageSnapshot | null }
  'page/adopt': { ok: true }
  'page/markdown': { ok: true; markdown: string } | Failure
  'reader/set': { ok: true; readerOn: boolean } | Failure
  'clutter/show-kind': PageStatus
  'people/highlight': { ok: true; found: number } | Failure
  'badge/set': { ok: true }
}

export type MessageType = keyof Requests
export type Message = Requests[MessageType]

/** Every type of Requests once: the compiler rejects a missing or unknown key, so the list cannot drift from the map. */
const TYPES_OF_REQUESTS = {
  'page/status': true,
  'page/snapshot': true,
  'page/adopt': true,
  'page/markdown': true,
  'reader/set': true,
  'clutter/show-kind': true,
  'people/highlight': true,
  'badge/set': true,
} satisfies Record<MessageType, true>

export const MESSAGE_TYPES = Object.keys(TYPES_OF_REQUESTS) as readonly MessageType[]

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    Object.hasOwn(TYPES_OF_REQUESTS, (value as { type: string }).type)
  )
}

/**
 * A handler's error as the answer (webext-msg's pattern): an Error does not survive the structured
 * clone between contexts, and a listener that throws answers nothing the caller can tell apart.
 */
export interface ErrorAnswer {
  $$error: { message: string }
}

function isErrorAnswer(answer: unknown): answer is ErrorAnswer {
  const error = (answer as Partial<ErrorAnswer> | null)?.$$error
  return typeof error === 'object' && error !== null && typeof error.message === 'string'
}

/** The answer of a handler, or the Error its handler threw (rethrown here, on the caller's side). */
function answerOf<T>(answer: unknown): T {
  if (isErrorAnswer(answer)) throw new Error(answer.$$error.message)
  return answer as T
}

/** The part of the extension API messaging needs (keeps this module testable). */
export type MessagingApi = ApiSlice<{ runtime: 'sendMessage'; tabs: 'sendMessage' }>

export async function sendToTab<T extends MessageType>(api: MessagingApi, tabId: number, message: Requests[T]): Promise<Responses[T]> {
  return answerOf<Responses[T]>(await api.tabs.sendMessage(tabId, message))
}

export async function sendToRuntime<T extends MessageType>(api: MessagingApi, message: Requests[T]): Promise<Responses[T]> {
  return answerOf<Responses[T]>(await api.runtime.sendMessage(message))
}

export type Handlers = { [T in MessageType]?: (message: Requests[T]) => Responses[T] | Promise<Responses[T]> }

/**
 * Route a message to its handler. Returns undefined for messages this side does not handle, so
 * other listeners (or no one) may answer; a handler that throws answers an ErrorAnswer.
 */
export function dispatch(handlers: Handlers, message: unknown): Promise<unknown> | undefined {
  if (!isMessage(message)) return undefined
  const handler = handlers[message.type] as ((m: Message) => unknown) | undefined
  if (!handler) return undefined
  return Promise.resolve()
    .then(() => handler(message))
    .catch((error: unknown): ErrorAnswer => ({ $$error: { message: error instanceof Error ? error.message : String(error) } }))
}

/**
 * Answer the messages `handlers` knows and leave the rest to other listeners. Answers through
 * sendResponse and `return true`: Chrome ignores a listener's returned promise.
 */
export function listen(api: ApiSlice<{ runtime: 'onMessage' }>, handlers: Handlers | ((sender: Runtime.MessageSender) => Handlers)): void {
  api.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    const reply = dispatch(typeof handlers === 'function' ? handlers(sender) : handlers, message)
    // Not ours: undefined leaves the message to the other listeners (the polyfill's types only know `true` here).
    if (!reply) return undefined as unknown as true
    void reply.then(sendResponse)
    return true
  })
}
