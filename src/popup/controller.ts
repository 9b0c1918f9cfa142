/**
 * The popup's logic, against an explicit browser API and document (so it runs in tests and in a
 * normal tab as popup.html?tab=<id>). Order of work: localize the static skeleton; side by side, ask
 * the page's early script for its cheap status and take a snapshot of the page's DOM; render the
 * status; analyse the snapshot here (src/popup/snapshot.ts) and render the analysis; then hand it to
 * the page for the reader. Page data only ever reaches the DOM through textContent and attributes.
 */
import type { ClutterKind, Person } from '../core/types'
import { CLUTTER_KINDS } from '../core/types'
import { sendToTab, type PageStatus, type FailureCode, type Requests, type Responses } from '../shared/messages'
import type { AnalysisWithContent } from '../core/analyze'
import { loadSettings, type Settings } from '../shared/settings'
import type { ApiSlice, I18nApi, SettingsApi } from '../shared/extension-api'
import { aliasesFor } from '../ui/highlight'
import { summaryToMarkdown } from '../ui/markdown'
import { READER_SCRIPT } from '../shared/bundles'
import { analyzeSnapshot, snapshotPage, type PageSnapshot } from './snapshot'
import { createView } from './view'
import { siteForUrl } from '../sites/registry'
import { siteLine, tabKind, type TabKind } from '../shared/tab-kind'
import { createTranslator, formatDate, localizeTree, normalizeLocale } from '../ui/i18n'


/** What the popup calls of the extension API. */
export type PopupApi = I18nApi &
  SettingsApi &
  ApiSlice<{ tabs: 'query' | 'get' | 'sendMessage'; scripting: 'executeScript'; runtime: 'sendMessage' | 'openOptionsPage' }>

export type PopupState = 'loading' | 'ready' | 'not-article' | 'error'
export type PopupReason = 'forbidden' | FailureCode

export interface PopupEnvironment {
  doc: Document
  api: PopupApi
  /** location.search of the popup page: ?tab=<id> drives it against that tab. */
  search: string
  writeClipboard(text: string): Promise<void>
}

/** The tab the popup is about: ?tab=<id> when given (tests, a popup opened in a tab), else the active tab. */
export async function resolveTabId(api: PopupApi, search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab')
  if (param !== null && /^\d+$/.test(param)) return Number(param)
  const [tab] = await api.tabs.query({ active: true, currentWindow: true })
  return tab?.id ?? null
}

/** Kinds left in the article text: those shown again on this page plus those the options say not to hide. */
export function kindsToShow(settings: Settings, status: PageStatus | null): ClutterKind[] {
  const shown = new Set<ClutterKind>(status?.shownKinds ?? [])
  for (const kind of CLUTTER_KINDS) if (!settings.hideKinds.includes(kind)) shown.add(kind)
  return [...shown]
}

export async function runPopup(env: PopupEnvironment): Promise<void> {
  const { doc, api } = env
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))
  const locale = normalizeLocale(api.i18n.getUILanguage())
  doc.documentElement.lang = locale
  localizeTree(doc, t)
  const view = createView(doc, t, locale)
  view.onOpenOptions(() => void api.runtime.openOptionsPage())

  let tabId: number | null = null
  try {
    const mark = (name: string) => doc.defaultView?.performance?.mark?.(`klartext-popup-${name}`)
    mark('start')
    tabId = await resolveTabId(api, env.search)
    if (tabId === null) return view.finish('not-article', 'no-content-script')
    const page = createPageClient(api, tabId)
    // Everything that does not depend on the page's status starts at once, side by side: settings,
    // the status, and (on any page the browser lets extensions read) the snapshot of the page.
    const settingsLoaded = loadSettings(api.storage.sync)
    const tabType = page.kind()
    const snapshot = tabType.then((type) => (type === 'forbidden' ? null : page.snapshot()))
    snapshot.catch(() => undefined) // awaited below only when needed; never an unhandled rejection
    let status = await page.status()
    mark('status')
    if (!status) {
      // No early script answering: a page of another site (nothing is hidden there at load), a page
      // the browser keeps from extensions, or a tab of the site opened before the extension was installed.
      if ((await tabType) === 'forbidden') return view.finish('not-article', 'forbidden')
      view.renderNothingHidden()
    } else {
      view.renderStatus(status, (kind, show) => page.showKind(kind, show).then((next) => (status = next)))
      if (!status.isArticle) return view.finish('not-article', 'not-article')
    }

    const settings = await settingsLoaded
    // The browser refuses scripts in some http(s) tabs too (its PDF viewer, an add-on store).
    const taken = await snapshot.catch(async (error: unknown) => {
      if ((await tabType) === 'page') return null
      throw error
    })
    mark('snapshot')
    if (!taken) return view.finish('not-article', 'forbidden')
    let result: AnalysisWithContent
    try {
      result = analyzeSnapshot(taken, new (doc.defaultView as Window & typeof globalThis).DOMParser(), {
        summarySentences: settings.summarySentences,
        showKinds: kindsToShow(settings, status),
      })
    } catch (error) {
      return view.finish('error', 'extraction-failed', error)
    }
    mark('analyzed')
    const { analysis, content } = result
    if (!analysis.isArticle || !content) return view.finish('not-article', 'not-article')
    view.renderAnalysis(analysis)
    view.renderSite(siteLine(taken.siteName, taken.url))
    view.bindReader(Boolean(status?.readerOn), (on) => page.setReader(on))
    // The real popup closes once reading starts: the page gets the focus (and, in Chrome, the key press that lets it speak).
    view.bindReadAloud(() => page.setReader(true, true), () => (new URLSearchParams(env.search).has('tab') ? undefined : doc.defaultView?.close()))
    view.bindPeople(analysis.people, (person) => page.highlight(person))
    view.bindCopy(
      () => summaryToMarkdown({ title: analysis.title, url: analysis.url }, analysis.summary),
      () => page.markdown(),
      env.writeClipboard,
    )
    view.finish('ready')
    // While the user reads the summary: the reader's bundle and this analysis to the page, so that
    // the reader opens at once and Readability does not run there again.
    page.handOver({ type: 'page/adopt', analysis, contentHtml: content.innerHTML, publishedText: formatDate(analysis.published, locale) ?? undefined }).catch(() => undefined)
  } catch (error) {
    view.finish('error', 'no-content-script', error)
  } finally {
    // Without an analysis the heading names the tab where the browser lets us see it (the site's tabs).
    if (doc.body.dataset.state !== 'ready') view.setTitle((tabId !== null && (await tabTitle(api, tabId))) || t('notSiteTitle'))
  }
}

async function tabTitle(api: PopupApi, tabId: number): Promise<string | null> {
  try {
    const tab = await api.tabs.get(tabId)
    const site = tab.url ? siteForUrl(tab.url) : null
    const title = tab.title?.trim() || null
    return title && site?.cleanTitle ? site.cleanTitle(title) || title : title
  } catch {
    return null
  }
}

/** Messages to the tab's content scripts; each resolves to null/Failure instead of throwing where a page may not answer. */
function createPageClient(api: PopupApi, tabId: number) {
  let handedOver: Promise<unknown> | null = null
  let pendingAdoption: Requests['page/adopt'] | null = null
  return {
    async status(): Promise<PageStatus | null> {
      try {
        const status = await sendToTab<'page/status'>(api, tabId, { type: 'page/status' })
        return status && typeof status === 'object' ? status : null
      } catch {
        return null
      }
    },
    /** A tab of a known site, another page, or one the browser keeps from extensions (src/shared/tab-kind.ts). */
    async kind(): Promise<TabKind> {
      try {
        return tabKind((await api.tabs.get(tabId)).url)
      } catch {
        return 'forbidden'
      }
    },
    /** The page's DOM as HTML, serialized in the page (src/popup/snapshot.ts). */
    async snapshot(): Promise<PageSnapshot | null> {
      const [frame] = await api.scripting.executeScript({ target: { tabId }, func: snapshotPage })
      const taken = frame?.result as Partial<PageSnapshot> | undefined
      if (typeof taken?.html !== 'string' || typeof taken.url !== 'string') return null
      return { html: taken.html, url: taken.url, siteName: typeof taken.siteName === 'string' ? taken.siteName : null }
    },
    /**
     * The reader's bundle into the page, and this popup's analysis to it. Once per popup (the bundle
     * guards itself against double injection); a failed attempt is tried again on the next request.
     */
    handOver(adoption?: Requests['page/adopt']): Promise<unknown> {
      if (adoption) pendingAdoption = adoption
      handedOver ??= (async () => {
        await api.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] })
        if (pendingAdoption) await sendToTab<'page/adopt'>(api, tabId, pendingAdoption)
      })().catch((error: unknown) => {
        handedOver = null
        throw error
      })
      return handedOver
    },
    async setReader(on: boolean, readAloud = false): Promise<boolean | null> {
      await this.handOver()
      const answer = await sendToTab<'reader/set'>(api, tabId, { type: 'reader/set', on, ...(readAloud ? { readAloud } : {}) })
      return answer.ok ? answer.readerOn : null
    },
    async highlight(person: Person): Promise<Responses['people/highlight']> {
      await this.handOver()
      return sendToTab<'people/highlight'>(api, tabId, { type: 'people/highlight', name: person.name, aliases: aliasesFor(person.name) })
    },
    async markdown(): Promise<string | null> {
      await this.handOver()
      const answer = await sendToTab<'page/markdown'>(api, tabId, { type: 'page/markdown' })
      return answer.ok ? answer.markdown : null
    },
    showKind(kind: ClutterKind, show: boolean): Promise<PageStatus> {
      return sendToTab<'clutter/show-kind'>(api, tabId, { type: 'clutter/show-kind', kind, show })
    },
  }
}
