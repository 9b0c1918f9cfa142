import { describe, expect, it } from 'vitest'
import { createBackground, type BackgroundApi } from '../../src/background/handlers'
import { dispatch, type Message } from '../../src/shared/messages'
import { SETTINGS_KEY } from '../../src/shared/settings'
import { fakeSyncStorage, fakeTabsSend, fakeRuntimeSend, fakeExecuteScript, fakeTab } from './fake-api'

const ARTICLE = 'https://www.it-boltwise.de/selenskyj-und-trump.html'

function fakeApi(options: { injectFails?: boolean; autoReader?: boolean; status?: { isArticle: boolean; readerOn: boolean } | 'no-receiver'; active?: { id: number; url: string } } = {}) {
  const calls: string[] = []
  const sent: { tabId: number; message: Message }[] = []
  const injected: number[] = []
  const store: Record<string, unknown> = { [SETTINGS_KEY]: { autoReader: options.autoReader ?? false } }
  const api: BackgroundApi = {
    action: {
      setBadgeText: async (d) => void calls.push(`text ${d.tabId} "${d.text}"`),
      setBadgeBackgroundColor: async (d) => void calls.push(`color ${d.tabId}`),
      setBadgeTextColor: async (d) => void calls.push(`text-color ${d.tabId}`),
      setTitle: async (d) => void calls.push(`title ${d.tabId} "${d.title}"`),
    },
    runtime: { sendMessage: fakeRuntimeSend(async () => undefined) },
    tabs: {
      query: async () => (options.active ? [fakeTab(options.active)] : []),
      sendMessage: fakeTabsSend(async (tabId, message) => {
        sent.push({ tabId, message: message as Message })
        if ((message as Message).type === 'page/status') {
          if (options.status === 'no-receiver' || !options.status) throw new Error('Receiving end does not exist.')
          return { site: 'it-boltwise', hidden: [], shownKinds: [], rulesFoundNothing: false, ...options.status }
        }
        return { ok: true, readerOn: true }
      }),
    },
    scripting: {
      executeScript: fakeExecuteScript(async ({ target }) => {
        if (options.injectFails) throw new Error('Cannot access contents of the page.')
        injected.push(target.tabId)
        return []
      }),
    },
    storage: { sync: fakeSyncStorage(store) },
    i18n: {
      getMessage: (key, subs) => ({ badgeTooltipOne: 'Klartext: $1 Störelement ausgeblendet', badgeTooltipMany: 'Klartext: $1 Störelemente ausgeblendet', actionTitle: 'Klartext' })[key]?.replace('$1', [subs ?? []].flat()[0] ?? '') ?? '',
      getUILanguage: () => 'de',
    },
  }
  const logged: unknown[][] = []
  return { background: createBackground(api, (...args) => void logged.push(args)), calls, sent, injected, logged }
}

describe('background', () => {
  it('sets the badge and its localized tooltip on the tab that reported hidden blocks', async () => {
    const { background, calls } = fakeApi()
    expect(await dispatch(background.handlersFor({ tab: { id: 4, url: ARTICLE } }), { type: 'badge/set', count: 6 })).toEqual({ ok: true })
    expect(calls).toEqual(['text 4 "6"', 'color 4', 'text-color 4', 'title 4 "Klartext: 6 Störelemente ausgeblendet"'])
    calls.length = 0
    await dispatch(background.handlersFor({ tab: { id: 4, url: ARTICLE } }), { type: 'badge/set', count: 0 })
    expect(calls).toContain('text 4 ""')
    expect(calls).toContain('title 4 "Klartext"')
  })

  it('ignores messages that are not its own and badge requests without a tab', async () => {
    const { background, calls } = fakeApi()
    expect(dispatch(background.handlersFor({ tab: { id: 4 } }), { type: 'page/status' })).toBeUndefined()
    expect(dispatch(background.handlersFor({}), { nonsense: true })).toBeUndefined()
    await dispatch(background.handlersFor({}), { type: 'badge/set', count: 2 })
    expect(calls).toEqual([])
  })

  it('toggle-reader: injects the analysis script into the article tab, then toggles the reader', async () => {
    const { background, sent, injected } = fakeApi({ active: { id: 9, url: ARTICLE } })
    await background.onCommand('toggle-reader')
    expect(injected).toEqual([9])
    expect(sent).toEqual([{ tabId: 9, message: { type: 'reader/set', on: 'toggle' } }])
  })

  it('toggle-reader does nothing on tabs of other sites or for other commands', async () => {
    const { background, sent, injected } = fakeApi({ active: { id: 9, url: 'https://example.org/' } })
    await background.onCommand('toggle-reader')
    await background.onCommand('something-else', { id: 9, url: ARTICLE })
    expect(injected).toEqual([])
    expect(sent).toEqual([])
  })

  it('a tab that refuses injection is logged, not thrown, and gets no message', async () => {
    const { background, logged, sent } = fakeApi({ injectFails: true })
    await expect(background.onCommand('toggle-reader', { id: 2, url: ARTICLE })).resolves.toBeUndefined()
    expect(logged).toHaveLength(1)
    expect(sent).toEqual([])
  })

  it('auto reader: on a loaded article page when the setting is on, and only then', async () => {
    const on = fakeApi({ autoReader: true, status: { isArticle: true, readerOn: false } })
    await on.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: ARTICLE })
    expect(on.injected).toEqual([5])
    expect(on.sent.map((s) => s.message)).toEqual([{ type: 'page/status' }, { type: 'reader/set', on: true }])

    const off = fakeApi({ autoReader: false, status: { isArticle: true, readerOn: false } })
    await off.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: ARTICLE })
    expect(off.sent).toEqual([])

    const loading = fakeApi({ autoReader: true, status: { isArticle: true, readerOn: false } })
    await loading.background.onTabUpdated(5, { status: 'loading' }, { id: 5, url: ARTICLE })
    expect(loading.sent).toEqual([])

    const home = fakeApi({ autoReader: true, status: { isArticle: false, readerOn: false } })
    await home.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: 'https://www.it-boltwise.de/' })
    expect(home.injected).toEqual([])

    const alreadyOn = fakeApi({ autoReader: true, status: { isArticle: true, readerOn: true } })
    await alreadyOn.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: ARTICLE })
    expect(alreadyOn.injected).toEqual([])

    const otherSite = fakeApi({ autoReader: true, status: { isArticle: true, readerOn: false } })
    await otherSite.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: 'https://example.org/a.html' })
    expect(otherSite.sent).toEqual([])

    const noScript = fakeApi({ autoReader: true, status: 'no-receiver' })
    await expect(noScript.background.onTabUpdated(5, { status: 'complete' }, { id: 5, url: ARTICLE })).resolves.toBeUndefined()
    expect(noScript.injected).toEqual([])
  })
})
