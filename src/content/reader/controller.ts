/**
 * What the on-demand content script does on a page, against an explicit DOM and extension API
 * (so it runs in tests): keep the popup's analysis of the page ('page/adopt'), or analyse the page
 * once when there is none (content-analysis.js, src/content/analysis.ts), then show and hide
 * the reader view, export Markdown, highlight a person. Failure is quiet: a Failure answer, the
 * page untouched, the error logged once.
 */
import { createSanitizer, type Sanitizer } from '../../core/sanitize'
import { CLUTTER_KINDS, type Analysis, type ClutterKind } from '../../core/types'
import type { AnalysisWithContent } from '../../core/analyze'
import type { AnalyzeOptions } from '../../core/types'
import type { Failure, Handlers, Requests, Responses } from '../../shared/messages'
import { loadSettings, saveSettings, type Settings } from '../../shared/settings'
import type { I18nApi, SettingsApi } from '../../shared/extension-api'
import { createTranslator, formatDate, normalizeLocale } from '../../ui/i18n'
import { articleToMarkdown } from '../../ui/markdown'
import { findMentionRanges, mentionPattern } from '../../ui/highlight'
import { buildReaderView, openReader, type ReaderArticle, type ReaderHandle, type ReaderView } from './reader'
import { readerExtras, type ReaderExtras } from './extras'
import { lookUpFonts, readerFonts } from './fonts'
import { sessionPositionStore } from './extras/position'
import { speechApi } from './read-aloud/player'
import { loadReadAloud, saveReadAloud, type ReadAloudSettings } from './read-aloud/settings'
import { documentForAnalysis, safeDocument, type SafeDocument } from '../../ui/safe-dom'

/** The part of the extension API the page controller uses. */
export type PageApi = I18nApi & SettingsApi

/** Readability and the text analysis, in content-analysis.js only (src/content/analysis.ts). */
export type PageAnalyzer = (doc: Document, url: string, options: AnalyzeOptions) => AnalysisWithContent

export interface PageController {
  handlers: Handlers
  settingsChanged(settings: Settings): void
  /** The read-aloud choices changed in storage (another tab's reader). */
  readAloudChanged(): void
}

/** An analysis of the page with the article's HTML as Readability left it (not yet sanitized). */
interface PageAnalysis {
  analysis: Analysis
  contentHtml: string
  /** The date as the popup wrote it (the first Intl date format costs the page ~10 ms). */
  publishedText?: string
}

export function createPageController(
  doc: Document,
  win: Window,
  api: PageApi,
  analyze: PageAnalyzer | null,
): PageController {
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))
  const locale = normalizeLocale(api.i18n.getUILanguage())
  // The page's markup can shadow document members (<img name="body">): read it through safe-dom.
  const safe = safeDocument(doc)
  let sanitize: Sanitizer | null = null
  let cache: PageAnalysis | null = null
  let reader: ReaderHandle | null = null
  let extras: ReaderExtras | null = null
  let settings: Settings | null = null
  let failureLogged = false
  let pageHighlight: { clear(): void } | null = null

  let readAloudSettings: Promise<ReadAloudSettings> | null = null
  const positions = sessionPositionStore(win)

  const currentSettings = async () => (settings ??= await loadSettings(api.storage.sync))
  const currentReadAloud = () => (readAloudSettings ??= loadReadAloud(api.storage.sync))
  const sanitizer = () => (sanitize ??= createSanitizer(purifyWindow(win, safe.factory)))
  /** The popup's date when it handed one over, else formatted here. */
  const dateText = (result: PageAnalysis) => result.publishedText ?? formatDate(result.analysis.published, locale)

  /** The adopted analysis, else one run of the analyser on the page, kept: Readability runs at most once per page. */
  async function pageAnalysis(): Promise<PageAnalysis | Failure> {
    if (!cache) {
      if (!analyze) return { ok: false, error: 'no-content-script', detail: 'content-reader.js has no analyser and no analysis was handed over' }
      const s = await currentSettings()
      try {
        const { analysis, content } = analyze(documentForAnalysis(doc), win.location.href, {
          summarySentences: s.summarySentences,
          showKinds: shownByDefault(s),
        })
        cache = { analysis, contentHtml: content?.innerHTML ?? '' }
      } catch (error) {
        logOnce(error)
        return { ok: false, error: 'extraction-failed', detail: String(error) }
      }
    }
    if (!cache.analysis.isArticle || !cache.contentHtml) return { ok: false, error: 'not-article' }
    return cache
  }

  function logOnce(error: unknown) {
    if (failureLogged) return
    failureLogged = true
    console.warn('Klartext: could not analyse this page.', error)
  }

  async function setReader(on: boolean, readAloud = false): Promise<Responses['reader/set']> {
    if (!on) {
      reader?.close()
      reader = null
      return { ok: true, readerOn: false }
    }
    if (reader?.isOpen()) {
      if (readAloud) extras?.readAloud()?.start()
      return { ok: true, readerOn: true }
    }
    // Both settings at once (each read from storage is a round trip), usually read already (prepareSoon).
    const [result, s, readAloudChoices] = await Promise.all([pageAnalysis(), currentSettings(), currentReadAloud()])
    if (!('analysis' in result)) return result
    clearPageHighlight()
    openings++
    const ready = takeReader(result)
    extras = ready?.extras ?? newExtras(readAloudChoices)
    reader = openReader(doc, ready?.article ?? readerArticle(result), {
      plugins: [extras.plugin],
      t,
      locale,
      settings: s.reader,
      onSettingsChange: (readerSettings) => {
        settings = { ...(settings ?? s), reader: readerSettings }
        // Patch what storage holds now: the options page may have changed other settings meanwhile.
        void loadSettings(api.storage.sync).then((stored) => saveSettings(api.storage.sync, { ...stored, reader: readerSettings }))
      },
      onClose: () => {
        reader = null
      },
    }, ready?.view)
    if (readAloud) extras.readAloud()?.start()
    return { ok: true, readerOn: true }
  }

  /**
   * The reader's article for an analysis. Sanitizing costs milliseconds: it is done once per
   * analysis, ahead of time when the popup hands its analysis over (see prepareSoon), and the reader
   * opens from a copy.
   */
  let prepared: { result: PageAnalysis; article: ReaderArticle } | null = null
  function readerArticle(result: PageAnalysis): ReaderArticle {
    if (prepared?.result !== result) {
      const { analysis, contentHtml } = result
      prepared = {
        result,
        article: {
          title: analysis.title,
          byline: analysis.byline,
          published: analysis.published,
          publishedText: dateText(result),
          siteName: siteName(safe.querySelector('meta[property="og:site_name"]'), win.location.hostname),
          readingMinutes: analysis.readingMinutes,
          lang: analysis.lang || safe.documentElement()?.lang || 'de',
          url: analysis.url,
          content: sanitizer()(contentHtml),
        },
      }
    }
    return { ...prepared.article, content: prepared.article.content.cloneNode(true) as DocumentFragment }
  }

  function newExtras(readAloudChoices: ReadAloudSettings): ReaderExtras {
    return readerExtras({
      t,
      locale,
      readAloud: readAloudChoices,
      saveReadAloud: (next) => {
        readAloudSettings = Promise.resolve(next)
        void saveReadAloud(api.storage.sync, next)
      },
      // The browser's own, looked up in this isolated world when reading starts.
      speech: () => speechApi(globalThis),
      positions,
    })
  }

  /** The reader built ahead for an analysis (prepareSoon), taken by the next opening of that analysis. */
  let openings = 0
  let built: { result: PageAnalysis; article: ReaderArticle; extras: ReaderExtras; view: ReaderView } | null = null
  function takeReader(result: PageAnalysis): typeof built {
    const ready = built?.result === result ? built : null
    if (!ready) discardBuilt()
    built = null
    return ready
  }
  function discardBuilt() {
    built?.view.discard()
    built = null
  }

  /**
   * Once the popup has handed its analysis over, while the user reads it: get the reader ready to
   * open at once: its settings, its DOM (not in the page) with its features, and what they do once
   * the browser is idle (read aloud's sentences and bar), the tab's sessionStorage (reading
   * positions), whose first read in a page waits for the browser (1-9 ms measured at the reader's
   * opening), and its fonts (fonts.ts).
   */
  function prepareSoon(result: PageAnalysis) {
    const since = openings
    win.setTimeout(() => void prepare(result, since), 0)
  }
  async function prepare(result: PageAnalysis, since: number) {
    try {
      const [s, readAloudChoices] = await Promise.all([currentSettings(), currentReadAloud()])
      // Meanwhile the reader may have opened (and maybe closed again), or another analysis arrived:
      // then this one is not needed.
      if (openings !== since || cache !== result) return
      discardBuilt()
      const article = readerArticle(result)
      const extras = newExtras(readAloudChoices)
      built = { result, article, extras, view: buildReaderView(doc, article, { t, locale, settings: s.reader, plugins: [extras.plugin] }) }
      lookUpFonts(win as Window & typeof globalThis, readerFonts(s.reader))
    } catch (error) {
      logOnce(error)
    }
  }

  async function highlight(names: string[]): Promise<Responses['people/highlight']> {
    if (!reader?.isOpen()) {
      const found = highlightInPage(names)
      if (found !== null) return { ok: true, found }
      // No CSS Highlight API (Firefox ESR 128): show the mentions in the reader instead.
      const opened = await setReader(true)
      if (!opened.ok) return opened
    }
    return { ok: true, found: reader?.highlight(names) ?? 0 }
  }

  /**
   * Highlight in the page itself without changing its DOM: the CSS Custom Highlight API.
   * Returns null where the API is missing. Searches the article element when the page has one.
   */
  function highlightInPage(names: string[]): number | null {
    const registry = (win as Window & { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
    const HighlightClass = (win as Window & { Highlight?: new (...ranges: Range[]) => unknown }).Highlight
    const pattern = mentionPattern(names)
    if (!registry || !HighlightClass || !pattern) return null
    clearPageHighlight()
    const scope = safe.querySelector('article') ?? safe.body()
    if (!scope) return null
    const ranges = findMentionRanges(scope, pattern, safe.factory).filter((range) => range.getClientRects().length > 0)
    // Nothing visible to mark, or no way to style the marks (Firefox refuses adopted sheets from
    // content scripts): the reader view shows them instead.
    const first = ranges[0]
    if (!first) return null
    const style = installHighlightStyle(safe, win)
    if (!style) return null
    registry.set('klartext-mention', new HighlightClass(...ranges))
    pageHighlight = style
    const rect = first.getBoundingClientRect()
    win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior: 'smooth' })
    return ranges.length
  }

  function clearPageHighlight() {
    if (!pageHighlight) return
    const registry = (win as Window & { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
    registry?.delete('klartext-mention')
    pageHighlight?.clear()
    pageHighlight = null
  }

  const handlers: Handlers = {
    'page/adopt': ({ analysis, contentHtml, publishedText }: Requests['page/adopt']) => {
      cache = { analysis, contentHtml, publishedText }
      discardBuilt()
      if (analysis.isArticle && contentHtml && !reader?.isOpen()) prepareSoon(cache)
      return { ok: true }
    },
    'page/markdown': async () => {
      const result = await pageAnalysis()
      if (!('analysis' in result)) return result
      const { analysis } = result
      const fragment = sanitizer()(result.contentHtml)
      const holder = safe.factory.createElement('div')
      holder.append(fragment)
      const markdown = articleToMarkdown(
        { title: analysis.title, url: analysis.url, byline: analysis.byline, date: dateText(result) },
        holder,
      )
      return { ok: true, markdown }
    },
    'reader/set': async (message: Requests['reader/set']) =>
      setReader(message.on === 'toggle' ? !reader?.isOpen() : message.on, message.readAloud === true),
    'people/highlight': async (message: Requests['people/highlight']) => highlight([message.name, ...message.aliases]),
  }

  return {
    handlers,
    settingsChanged(next) {
      settings = next
      reader?.applySettings(next.reader)
    },
    readAloudChanged() {
      readAloudSettings = null
      // A reader built ahead has the old choices.
      discardBuilt()
    },
  }
}

/** Kinds the user chose not to hide (options page) stay in the article text. */
function shownByDefault(settings: Settings): ClutterKind[] {
  return CLUTTER_KINDS.filter((kind) => !settings.hideKinds.includes(kind))
}

function siteName(meta: Element | null, hostname: string): string {
  const declared = meta?.getAttribute('content')?.trim()
  return declared || hostname.replace(/^www\./, '')
}

/**
 * What DOMPurify reads of a window (document, Element, Node, NodeFilter, HTMLTemplateElement,
 * DOMParser, trustedTypes), with a clean document in place of the page's: DOMPurify calls
 * document.createElement at set-up, which page markup could shadow.
 */
function purifyWindow(win: Window, clean: Document): Window {
  const w = win as Window & typeof globalThis
  return {
    document: clean,
    Element: w.Element,
    Node: w.Node,
    NodeFilter: w.NodeFilter,
    HTMLTemplateElement: w.HTMLTemplateElement,
    DOMParser: w.DOMParser,
    trustedTypes: (w as { trustedTypes?: unknown }).trustedTypes,
  } as unknown as Window
}

/** The ::highlight() rule lives in an adopted sheet of the page document: no DOM change, removable. Null where refused. */
function installHighlightStyle(safe: SafeDocument, win: Window): { clear(): void } | null {
  try {
    const Sheet = (win as Window & typeof globalThis).CSSStyleSheet
    const sheet = new Sheet()
    sheet.replaceSync('::highlight(klartext-mention) { background-color: #ffe27a; color: #1d1d1f; }')
    safe.setAdoptedStyleSheets([...safe.getAdoptedStyleSheets(), sheet])
    if (!safe.getAdoptedStyleSheets().includes(sheet)) return null
    return { clear: () => safe.setAdoptedStyleSheets(safe.getAdoptedStyleSheets().filter((s) => s !== sheet)) }
  } catch {
    return null
  }
}
