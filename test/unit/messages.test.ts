/** The typed message protocol (src/shared/messages.ts): isMessage, dispatch, send helpers. */
import { describe, expect, it, vi } from 'vitest'
import { dispatch, isMessage, MESSAGE_TYPES, sendToRuntime, sendToTab, type Handlers, type MessagingApi } from '../../src/shared/messages'
import { fakeTabsSend, fakeRuntimeSend } from './fake-api'

const STATUS = { site: 'it-boltwise', isArticle: true, hidden: [], shownKinds: [], rulesFoundNothing: false, readerOn: false }

describe('isMessage', () => {
  it('accepts every known type', () => {
    for (const type of MESSAGE_TYPES) expect(isMessage({ type })).toBe(true)
  })
  it.each([null, undefined, 'page/status', 42, [], {}, { type: 'page/unknown' }, { type: 7 }, { kind: 'page/status' }])('rejects %j', (value) => {
    expect(isMessage(value)).toBe(false)
  })
})

describe('dispatch', () => {
  it('routes a message to the handler of its type, with the message', async () => {
    const status = vi.fn(() => STATUS)
    const show = vi.fn(() => ({ ...STATUS, shownKinds: ['books' as const] }))
    const handlers: Handlers = { 'page/status': status, 'clutter/show-kind': show }
    await expect(dispatch(handlers, { type: 'page/status' })).resolves.toEqual(STATUS)
    const request = { type: 'clutter/show-kind', kind: 'books', show: true }
    await expect(dispatch(handlers, request)).resolves.toMatchObject({ shownKinds: ['books'] })
    expect(status).toHaveBeenCalledTimes(1)
    expect(show).toHaveBeenCalledWith(request)
  })

  it('returns undefined for messages this side does not handle, so another listener may answer', () => {
    const handlers: Handlers = { 'page/status': () => STATUS }
    expect(dispatch(handlers, { type: 'page/markdown' })).toBeUndefined()
    expect(dispatch(handlers, { type: 'reader/set', on: true })).toBeUndefined()
    expect(dispatch(handlers, { type: 'no/such-type' })).toBeUndefined()
    expect(dispatch(handlers, 'page/status')).toBeUndefined()
    expect(dispatch(handlers, null)).toBeUndefined()
  })

  it('awaits async handlers and answers a throwing handler\'s error as a value', async () => {
    const handlers: Handlers = {
      'badge/set': async ({ count }) => (count >= 0 ? { ok: true as const } : Promise.reject(new Error('negative'))),
      'people/highlight': () => {
        throw new Error('no page')
      },
    }
    await expect(dispatch(handlers, { type: 'badge/set', count: 3 })).resolves.toEqual({ ok: true })
    await expect(dispatch(handlers, { type: 'badge/set', count: -1 })).resolves.toEqual({ $$error: { message: 'negative' } })
    await expect(dispatch(handlers, { type: 'people/highlight', name: 'X', aliases: [] })).resolves.toEqual({ $$error: { message: 'no page' } })
  })
})

describe('send helpers', () => {
  it('send to the tab or the runtime and hand back the answer', async () => {
    const api: MessagingApi = {
      runtime: { sendMessage: fakeRuntimeSend(vi.fn(async () => ({ ok: true }))) },
      tabs: { sendMessage: fakeTabsSend(vi.fn(async () => STATUS)) },
    }
    await expect(sendToTab(api, 12, { type: 'page/status' })).resolves.toEqual(STATUS)
    expect(api.tabs.sendMessage).toHaveBeenCalledWith(12, { type: 'page/status' })
    await expect(sendToRuntime(api, { type: 'badge/set', count: 2 })).resolves.toEqual({ ok: true })
    expect(api.runtime.sendMessage).toHaveBeenCalledWith({ type: 'badge/set', count: 2 })
  })
})

describe('errors between contexts', () => {
  it('a handler\'s error reaches the sender as a real Error with its message, through a structured clone', async () => {
    const handlers: Handlers = {
      'page/markdown': () => {
        throw new TypeError('the page went away')
      },
    }
    // The browser clones the answer between contexts: an Error would lose its message on the way.
    const throughBrowser = async (message: unknown) => structuredClone(await dispatch(handlers, message))
    const api: MessagingApi = { runtime: { sendMessage: fakeRuntimeSend(throughBrowser) }, tabs: { sendMessage: fakeTabsSend((_tab, message) => throughBrowser(message)) } }
    await expect(sendToTab(api, 3, { type: 'page/markdown' })).rejects.toThrow(new Error('the page went away'))
    await expect(sendToRuntime(api, { type: 'page/markdown' })).rejects.toBeInstanceOf(Error)
  })
})
