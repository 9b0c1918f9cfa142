/**
 * The popup's logic, against an explicit browser API and document (so it runs in tests and in a
 * normal tab as popup.html?tab=<id>). Order of work: localize the static skeleton; side by side, ask
 * the page's early script for its cheap status and take a snapshot of the page's DOM; render the
 * status; analyse the snapshot here (src/popup/snapshot.ts) and render the analysis; then hand it to
 * the page for the reader. Page data only ever reaches the DOM through textContent and attributes.
 */
import type { Analysis, ClutterKind, Person } from '../core/types'
import { CLUTTER_KINDS } from '../core/types'
import { sendToTab, type MessagingApi, type PageStatus, type FailureCode, type Requests, type Responses } from '../shared/messages'
import type { AnalysisWithContent } from '../core/analyze'
import { loadSettings, type Settings } from '../shared/settings'
import type { ApiSlice, I18nApi, SettingsApi } from '../shared/extension-api'
import { aliasesFor } from '../ui/highlight'
import { summaryToMarkdown } from '../ui/markdown'
import { READER_SCRIPT } from '../shared/bundles'
import { analyzeSnapshot, snapshotPage, type PageSnapshot } from './snapshot'
import { isSiteUrl, siteForUrl } from '../sites/registry'
import { countText, createTranslator, formatDate, formatNumber, localizeTree, normalizeLocale, readingTimeText, type Translate } from '../ui/i18n'


/** What the popup calls of the extension API. */
export type PopupApi = I18nApi &
  SettingsApi &
  ApiSlice<{ tabs: 'query' | 'get' | 'sendMessage'; scripting: 'executeScript'; runtime: 'sendMessage' | 'openOptionsPage' }>

export type PopupState = 'loading' | 'ready' | 'not-article' | 'error'
export type PopupReason = 'not-site' | FailureCode

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
    // the status, and (on a tab of the site) the snapshot of the page.
    const settingsLoaded = loadSettings(api.storage.sync)
    const siteTab = page.isSiteTab()
    const snapshot = siteTab.then((onSite) => (onSite ? page.snapshot() : null))
    snapshot.catch(() => undefined) // awaited below only when needed; never an unhandled rejection
    let status = await page.status()
    mark('status')
    if (!status) {
      // No early script answering: not the site, or a tab opened before the extension was installed.
      if (!(await siteTab)) return view.finish('not-article', 'not-site')
      view.renderNothingHidden()
    } else {
      view.renderStatus(status, (kind, show) => page.showKind(kind, show).then((next) => (status = next)))
      if (!status.site) return view.finish('not-article', 'not-site')
      if (!status.isArticle) return view.finish('not-article', 'not-article')
    }

    const settings = await settingsLoaded
    const taken = await snapshot
    mark('snapshot')
    if (!taken) return view.finish('error', 'no-content-script')
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
    async isSiteTab(): Promise<boolean> {
      try {
        return isSiteUrl((await api.tabs.get(tabId)).url)
      } catch {
        return false
      }
    },
    /** The page's DOM as HTML, serialized in the page (src/popup/snapshot.ts). */
    async snapshot(): Promise<PageSnapshot | null> {
      const [frame] = await api.scripting.executeScript({ target: { tabId }, func: snapshotPage })
      const taken = frame?.result as Partial<PageSnapshot> | undefined
      return typeof taken?.html === 'string' && typeof taken.url === 'string' ? { html: taken.html, url: taken.url } : null
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

const REASON_MESSAGES: Record<PopupReason, string> = {
  'not-site': 'notSite',
  'not-article': 'notArticle',
  'not-supported': 'notSite',
  'no-content-script': 'noContentScript',
  'extraction-failed': 'extractionFailed',
}

function createView(doc: Document, t: Translate, locale: string) {
  const byId = <T extends HTMLElement>(id: string) => {
    const element = doc.getElementById(id)
    if (!element) throw new Error(`popup.html lacks #${id}`)
    return element as T
  }
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = doc.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }
  const title = byId('title')
  const meta = byId('meta')
  const message = byId('message')
  const warning = byId('warning')
  const summary = byId('summary')
  const people = byId('people')
  const kinds = byId('hidden-kinds')
  const readerSwitch = byId<HTMLButtonElement>('reader-switch')
  const copySummary = byId<HTMLButtonElement>('copy-summary')
  const copyArticle = byId<HTMLButtonElement>('copy-article')
  const copyStatus = byId('copy-status')
  const peopleStatus = byId('people-status')

  function setSwitch(button: HTMLButtonElement, on: boolean) {
    button.setAttribute('aria-checked', String(on))
  }

  function renderKinds(status: PageStatus, onToggle: (kind: ClutterKind, show: boolean) => Promise<PageStatus>) {
    const counts = new Map<ClutterKind, number>()
    for (const block of status.hidden) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1)
    for (const kind of status.shownKinds) if (!counts.has(kind)) counts.set(kind, 0)
    const present = CLUTTER_KINDS.filter((kind) => counts.has(kind))
    byId('hidden-section').dataset.empty = String(present.length === 0)
    kinds.replaceChildren()
    if (present.length === 0) kinds.append(el('li', 'empty', t('hiddenNone')))
    for (const kind of present) {
      const shown = status.shownKinds.includes(kind)
      const item = el('li', 'kind')
      item.dataset.kind = kind
      const text = el('span', 'kind-text')
      const label = t(`kind_${kind}`)
      text.append(el('span', 'kind-label', label))
      const count = counts.get(kind) ?? 0
      text.append(el('span', 'kind-count', shown ? t('kindShown') : t('kindCount', count)))
      const toggle = el('button', 'switch')
      toggle.type = 'button'
      toggle.setAttribute('role', 'switch')
      toggle.setAttribute('aria-label', t('showKind', label))
      toggle.dataset.kind = kind
      setSwitch(toggle, shown)
      const thumb = el('span', 'switch-thumb')
      thumb.setAttribute('aria-hidden', 'true')
      toggle.append(thumb)
      toggle.addEventListener('click', async () => {
        toggle.disabled = true
        try {
          const next = await onToggle(kind, !shown)
          renderKinds(next, onToggle)
          doc.querySelector<HTMLButtonElement>(`#hidden-kinds button[data-kind="${kind}"]`)?.focus()
        } catch {
          toggle.disabled = false
        }
      })
      item.append(text, toggle)
      kinds.append(item)
    }
  }

  return {
    onOpenOptions(handler: () => void) {
      byId('open-options').addEventListener('click', handler)
    },
    renderStatus(status: PageStatus, onToggle: (kind: ClutterKind, show: boolean) => Promise<PageStatus>) {
      renderKinds(status, onToggle)
      setSwitch(readerSwitch, status.readerOn)
      warning.hidden = !(status.isArticle && status.rulesFoundNothing)
    },
    /** The load-time rules did not run on this tab (it was open before the extension): nothing was hidden. */
    renderNothingHidden() {
      byId('hidden-section').dataset.empty = 'true'
      kinds.replaceChildren(el('li', 'empty', t('hiddenNone')))
    },
    setTitle(text: string) {
      title.textContent = text
    },
    renderAnalysis(analysis: Analysis) {
      // The article's language on its text (hyphenation, screen reader voice); the UI keeps its own.
      for (const node of [title, summary, people]) node.lang = analysis.lang ?? ''
      title.textContent = analysis.title ?? ''
      const parts = [readingTimeText(t, analysis.readingMinutes, locale), formatDate(analysis.published, locale), analysis.byline]
      meta.textContent = parts.filter(Boolean).join(' · ')
      summary.replaceChildren(...analysis.summary.map((sentence) => el('li', undefined, sentence)))
      if (analysis.summary.length === 0) summary.replaceChildren(el('li', 'empty', t('summaryNone')))
      people.replaceChildren()
      if (analysis.people.length === 0) people.append(el('li', 'empty', t('peopleNone')))
      message.textContent = ''
    },
    /** The "read aloud" button beside the switch: opens the reader and starts reading. */
    bindReadAloud(start: () => Promise<boolean | null>, done: () => void) {
      const button = byId<HTMLButtonElement>('read-aloud')
      button.disabled = false
      button.addEventListener('click', async () => {
        button.disabled = true
        try {
          const on = await start()
          if (on !== null) setSwitch(readerSwitch, on)
          if (on) done()
        } finally {
          button.disabled = false
        }
      })
    },
    bindReader(on: boolean, setReader: (on: boolean) => Promise<boolean | null>) {
      setSwitch(readerSwitch, on)
      readerSwitch.disabled = false
      readerSwitch.addEventListener('click', async () => {
        const wanted = readerSwitch.getAttribute('aria-checked') !== 'true'
        readerSwitch.disabled = true
        const perf = doc.defaultView?.performance
        perf?.mark?.('klartext-popup-reader-request')
        try {
          const result = await setReader(wanted)
          perf?.mark?.(`klartext-popup-reader-${result ? 'on' : 'off'}`)
          if (result !== null) setSwitch(readerSwitch, result)
        } finally {
          readerSwitch.disabled = false
        }
      })
    },
    bindPeople(list: readonly Person[], highlight: (person: Person) => Promise<Responses['people/highlight']>) {
      for (const person of list) {
        const item = el('li')
        const button = el('button', 'person')
        button.type = 'button'
        button.dataset.person = person.name
        button.title = t('highlightPerson', person.name)
        button.append(el('span', 'person-name', person.name))
        if (person.role) button.append(el('span', 'person-role', person.role))
        // The badge shows the bare number; screen readers hear "6 mentions".
        const count = el('span', 'person-count', formatNumber(person.mentions, locale))
        count.setAttribute('aria-hidden', 'true')
        button.append(count, el('span', 'sr-only', countText(t, 'mentionsOne', 'mentionsMany', person.mentions, locale)))
        button.addEventListener('click', async () => {
          const answer = await highlight(person).catch(() => null)
          const found = answer && answer.ok ? answer.found : 0
          peopleStatus.textContent = found > 0 ? t('highlightFound', person.name, found) : t('highlightNone', person.name)
        })
        item.append(button)
        people.append(item)
      }
    },
    bindCopy(summaryMarkdown: () => string, articleMarkdown: () => Promise<string | null>, write: (text: string) => Promise<void>) {
      const copy = async (what: 'summary' | 'article', text: () => Promise<string | null>) => {
        try {
          const value = await text()
          if (value === null) throw new Error('no markdown')
          await write(value)
          doc.body.dataset.copied = what
          copyStatus.textContent = t('copied')
        } catch {
          copyStatus.textContent = t('copyFailed')
        }
      }
      copySummary.disabled = false
      copyArticle.disabled = false
      copySummary.addEventListener('click', () => void copy('summary', async () => summaryMarkdown()))
      copyArticle.addEventListener('click', () => void copy('article', articleMarkdown))
    },
    finish(state: Exclude<PopupState, 'loading'>, reason?: PopupReason, error?: unknown) {
      if (state !== 'ready') {
        message.textContent = reason ? t(REASON_MESSAGES[reason]) : t('errorGeneric', String(error ?? ''))
        if (state === 'error' && error) message.textContent = t('errorGeneric', error instanceof Error ? error.message : String(error))
        for (const node of [title, meta, summary, people, kinds]) if (node.querySelector('.skeleton-line')) node.replaceChildren()
        if (kinds.childElementCount === 0) byId('hidden-section').dataset.empty = 'true'
        readerSwitch.disabled = true
        byId<HTMLButtonElement>('read-aloud').disabled = true
      }
      if (reason) doc.body.dataset.reason = reason
      else delete doc.body.dataset.reason
      doc.body.dataset.state = state
      doc.getElementById('app')?.setAttribute('aria-busy', 'false')
      // For benchmarks: performance.getEntriesByName('klartext-popup-ready') = time from opening to content.
      doc.defaultView?.performance?.mark?.(`klartext-popup-${state}`)
    },
  }
}
