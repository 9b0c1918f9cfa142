/**
 * The popup's logic, against an explicit browser API and document (so it runs in tests and in a
 * normal tab as popup.html?tab=<id>). Order of work: first, side by side, ask the page for its status
 * and a snapshot of its DOM (one message where the site's early script answers) and load the
 * analysis chunk (src/popup/snapshot.ts); localize the static skeleton; render the status; analyse
 * the snapshot here and show the summary; then load the people chunk (src/popup/people.ts) and show
 * the people; then hand the analysis to the page for the reader. Page data only ever reaches the DOM
 * through textContent and attributes.
 */
import type { ClutterKind, Person } from '../core/types'
import { CLUTTER_KINDS } from '../core/types'
import { sendToTab, type PageStatus, type FailureCode, type Requests, type Responses } from '../shared/messages'
import type { ArticleWithContent } from '../core/article'
import { loadSettings, type Settings } from '../shared/settings'
import type { ApiSlice, I18nApi, SettingsApi } from '../shared/extension-api'
import { aliasesFor } from '../ui/highlight'
import { summaryToMarkdown } from '../ui/markdown'
import { READER_SCRIPT } from '../shared/bundles'
import { snapshotPage, validSnapshot, type PageSnapshot } from '../shared/snapshot'
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

/**
 * First what takes longest, side by side: the page's answer (a round trip to its renderer) and the
 * analysis code (a module of its own, fetched and compiled while the page answers). The ask goes out
 * first: each extension API the popup touches for the first time costs it that API's bindings, so
 * the settings are read only once the message is sent.
 */
function startPopup(api: PopupApi, search: string) {
  globalThis.performance?.mark?.('klartext-popup-start')
  const tabIdFound = resolveTabId(api, search)
  const pageFound = tabIdFound.then((id) => (id === null ? null : createPageClient(api, id)))
  const pageRead = pageFound.then((page) => page?.read() ?? null)
  const settingsLoaded = pageFound.then(() => loadSettings(api.storage.sync))
  const articleCode = import('./snapshot')
  // Awaited only when needed: never an unhandled rejection.
  for (const pending of [pageRead, articleCode, settingsLoaded]) pending.catch(() => undefined)
  return { tabIdFound, pageFound, pageRead, articleCode, settingsLoaded }
}

/** The popup on its document: the page is asked before anything else, the view built once the document is parsed. */
export async function runPopup(env: PopupEnvironment): Promise<void> {
  const { doc, api } = env
  const { tabIdFound, pageFound, pageRead, articleCode, settingsLoaded } = startPopup(api, env.search)
  await parsed(doc)
  const mark = (name: string) => doc.defaultView?.performance?.mark?.(`klartext-popup-${name}`)
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))
  const locale = normalizeLocale(api.i18n.getUILanguage())
  doc.documentElement.lang = locale
  localizeTree(doc, t)
  const view = createView(doc, t, locale)
  view.onOpenOptions(() => void api.runtime.openOptionsPage())

  let tabId: number | null = null
  try {
    tabId = await tabIdFound
    const page = await pageFound
    const read = await pageRead
    if (!page || !read) return view.finish('not-article', 'no-content-script')
    mark('page')
    let status = read.status
    if (!status) {
      // No early script answering: a page of another site (nothing is hidden there at load), a page
      // the browser keeps from extensions, or a tab of the site opened before the extension was installed.
      if (read.kind === 'forbidden') return view.finish('not-article', 'forbidden')
      view.renderNothingHidden()
    } else {
      view.renderStatus(status, (kind, show) => page.showKind(kind, show).then((next) => (status = next)))
      if (!status.isArticle) return view.finish('not-article', 'not-article')
    }
    if (!read.snapshot) return view.finish('not-article', 'forbidden')
    const settings = await settingsLoaded
    const { analyzeSnapshot } = await articleCode
    mark('code')
    let result: ArticleWithContent
    try {
      result = analyzeSnapshot(read.snapshot, new (doc.defaultView as Window & typeof globalThis).DOMParser(), {
        summarySentences: settings.summarySentences,
        showKinds: kindsToShow(settings, status),
        // The page's own clutter marks, settled once it was parsed: the rules need not run again here.
        ...(read.snapshot.clutterMarked && status ? { markedClutter: status.hidden } : {}),
      })
    } catch (error) {
      return view.finish('error', 'extraction-failed', error)
    }
    mark('analyzed')
    const { article, content } = result
    if (!article.isArticle || !content) return view.finish('not-article', 'not-article')
    view.renderArticle(article)
    view.renderSite(siteLine(read.snapshot.siteName, read.snapshot.url))
    view.bindReader(Boolean(status?.readerOn), (on) => page.setReader(on))
    // The real popup closes once reading starts: the page gets the focus (and, in Chrome, the key press that lets it speak).
    view.bindReadAloud(() => page.setReader(true, true), () => (new URLSearchParams(env.search).has('tab') ? undefined : doc.defaultView?.close()))
    view.bindCopy(
      () => summaryToMarkdown({ title: article.title, url: article.url }, article.summary),
      () => page.markdown(),
      env.writeClipboard,
    )
    // The summary is what the user waits for (the bench's "summary shown"); the people follow, with
    // the code that finds them loaded only now.
    mark('summary')
    const { withPeople } = await import('./people')
    const analysis = withPeople(article)
    view.bindPeople(analysis.people, (person) => page.highlight(person))
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

/**
 * Once the popup's elements are all parsed. popup.js runs from the head, before the body; the
 * DOMContentLoaded event may come long after the body's parse (after the first frame, the analysis
 * module's evaluation, other scripts), so this watches the parse itself: the parser inserts a node
 * only after everything before it in the source, so any node after `main` means main is complete.
 */
function parsed(doc: Document): Promise<void> {
  const done = () => doc.readyState !== 'loading' || Boolean(doc.getElementById('app')?.nextSibling)
  if (done()) return Promise.resolve()
  return new Promise((resolve) => {
    const finish = () => {
      if (!done()) return
      observer.disconnect()
      doc.removeEventListener('DOMContentLoaded', finish)
      resolve()
    }
    const observer = new MutationObserver(finish)
    observer.observe(doc, { childList: true, subtree: true })
    doc.addEventListener('DOMContentLoaded', finish)
  })
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

/** What the popup learns of the page before analysing it. */
interface PageRead {
  status: PageStatus | null
  /** Null where there is nothing to analyse: not an article, or the browser refused the snapshot. */
  snapshot: PageSnapshot | null
  kind: TabKind
}

/** Messages to the tab's content scripts; each resolves to null/Failure instead of throwing where a page may not answer. */
function createPageClient(api: PopupApi, tabId: number) {
  let handedOver: Promise<unknown> | null = null
  let pendingAdoption: Requests['page/adopt'] | null = null
  return {
    /**
     * The page's status and snapshot. Where the site's early script answers: both in one message
     * (the snapshot only of an article). Elsewhere no status, and the snapshot by script injection
     * (activeTab), except in the tabs the browser keeps from extensions.
     */
    async read(): Promise<PageRead> {
      const answer = sendToTab<'page/snapshot'>(api, tabId, { type: 'page/snapshot' })
      // Beside the message, not before it: needed only where no early script answers.
      const kind = this.kind()
      try {
        const answered = await answer
        if (answered?.status && typeof answered.status === 'object') return { status: answered.status, snapshot: validSnapshot(answered.snapshot), kind: 'site' }
      } catch {
        // No early script in this tab.
      }
      if ((await kind) === 'forbidden') return { status: null, snapshot: null, kind: 'forbidden' }
      try {
        return { status: null, snapshot: await this.snapshot(), kind: await kind }
      } catch (error) {
        // The browser refuses scripts in some http(s) tabs too (its PDF viewer, an add-on store).
        if ((await kind) === 'page') return { status: null, snapshot: null, kind: 'page' }
        throw error
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
    /** The page's DOM as HTML, serialized in the page by an injected function (src/shared/snapshot.ts). */
    async snapshot(): Promise<PageSnapshot | null> {
      const [frame] = await api.scripting.executeScript({ target: { tabId }, func: snapshotPage })
      return validSnapshot(frame?.result)
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
