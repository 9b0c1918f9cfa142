/**
 * What the on-demand content script does on a page, against an explicit DOM and extension API
 * (so it runs in tests): analyse once per (summary length, shown kinds) and reuse the result,
 * show and hide the reader view, export Markdown, highlight a person. Failure is quiet: a Failure
 * answer, the page untouched, the error logged once.
 */
import { analyzeWithContent, type AnalysisWithContent } from '../../core/analyze'
import { createSanitizer, type Sanitizer } from '../../core/sanitize'
import { CLUTTER_KINDS, type AnalyzeOptions, type ClutterKind } from '../../core/types'
import type { Failure, Handlers, Requests, Responses } from '../../messages'
import { loadSettings, saveSettings, type Settings, type SettingsStorage } from '../../settings'
import { createTranslator, formatDate, normalizeLocale } from '../../popup/i18n'
import { articleToMarkdown } from './markdown'
import { findMentionRanges, mentionPattern } from './highlight'
import { openReader, type ReaderArticle, type ReaderHandle } from './reader'
import { documentForAnalysis, safeDocument, type SafeDocument } from './safe-dom'

/** The part of the extension API the page controller uses. */
export interface PageApi {
  i18n: { getMessage(key: string, substitutions?: string | string[]): string; getUILanguage(): string }
  storage: { sync: SettingsStorage }
}

export interface PageController {
  handlers: Handlers
  settingsChanged(settings: Settings): void
}

type Analyze = (doc: Document, url: string, options: AnalyzeOptions) => AnalysisWithContent

export function createPageController(doc: Document, win: Window, api: PageApi, analyze: Analyze = analyzeWithContent): PageController {
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))
  const locale = normalizeLocale(api.i18n.getUILanguage())
  // The page's markup can shadow document members (<img name="body">): read it through safe-dom.
  const safe = safeDocument(doc)
  let sanitize: Sanitizer | null = null
  let cache: { key: string; result: AnalysisWithContent } | null = null
  let reader: ReaderHandle | null = null
  let settings: Settings | null = null
  let failureLogged = false
  let pageHighlight: { clear(): void } | null = null

  const currentSettings = async () => (settings ??= await loadSettings(api.storage.sync))

  /** Analyse the page once per (summary length, shown kinds); Readability never runs twice for the same request. */
  function analyzePage(summarySentences: number, showKinds: readonly ClutterKind[]): AnalysisWithContent | Failure {
    const key = `${summarySentences}|${[...showKinds].sort().join(',')}`
    if (!cache || cache.key !== key) {
      try {
        cache = { key, result: analyze(documentForAnalysis(doc), win.location.href, { summarySentences, showKinds }) }
      } catch (error) {
        logOnce(error)
        return { ok: false, error: 'extraction-failed', detail: String(error) }
      }
    }
    const { analysis, content } = cache.result
    if (!analysis.isArticle || !content) return { ok: false, error: 'not-article' }
    return cache.result
  }

  /** The latest analysis when there is one (any summary length will do for reading); else a fresh one. */
  async function anyAnalysis(): Promise<AnalysisWithContent | Failure> {
    if (cache && cache.result.analysis.isArticle && cache.result.content) return cache.result
    const s = await currentSettings()
    return analyzePage(s.summarySentences, shownByDefault(s))
  }

  function logOnce(error: unknown) {
    if (failureLogged) return
    failureLogged = true
    console.warn('Klartext: could not analyse this page.', error)
  }

  async function setReader(on: boolean): Promise<Responses['reader/set']> {
    if (!on) {
      reader?.close()
      reader = null
      publishReaderState(false)
      return { ok: true, readerOn: false }
    }
    if (reader?.isOpen()) return { ok: true, readerOn: true }
    const result = await anyAnalysis()
    if (!('analysis' in result)) return result
    const s = await currentSettings()
    clearPageHighlight()
    reader = openReader(doc, readerArticle(result), {
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
        publishReaderState(false)
      },
    })
    publishReaderState(true)
    return { ok: true, readerOn: true }
  }

  /**
   * The reader's article for an analysis. Sanitizing and the first Intl date format (locale data
   * loading) cost tens of milliseconds: they are done once per analysis, ahead of time when the
   * popup has asked for the analysis (see prepareSoon), and the reader opens from a copy.
   */
  let prepared: { result: AnalysisWithContent; article: ReaderArticle } | null = null
  function readerArticle(result: AnalysisWithContent): ReaderArticle {
    if (prepared?.result !== result) {
      const { analysis, content } = result
      sanitize ??= createSanitizer(purifyWindow(win, safe.factory))
      prepared = {
        result,
        article: {
          title: analysis.title,
          byline: analysis.byline,
          published: analysis.published,
          publishedText: formatDate(analysis.published, locale),
          siteName: siteName(safe.querySelector('meta[property="og:site_name"]'), win.location.hostname),
          readingMinutes: analysis.readingMinutes,
          lang: analysis.lang || safe.documentElement()?.lang || 'de',
          url: analysis.url,
          content: sanitize(content?.innerHTML ?? ''),
        },
      }
    }
    return { ...prepared.article, content: prepared.article.content.cloneNode(true) as DocumentFragment }
  }

  /** After answering the popup, while the user reads it: get the reader ready to open at once. */
  function prepareSoon(result: AnalysisWithContent) {
    win.setTimeout(() => {
      try {
        readerArticle(result)
      } catch (error) {
        logOnce(error)
      }
    }, 0)
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
    const registry = (win as Window & { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights
    registry?.delete('klartext-mention')
    pageHighlight?.clear()
    pageHighlight = null
  }

  const handlers: Handlers = {
    'page/analyze': async (message: Requests['page/analyze']) => {
      const s = await currentSettings()
      const result = analyzePage(message.summarySentences ?? s.summarySentences, message.showKinds ?? shownByDefault(s))
      if (!('analysis' in result)) return result
      if (!reader?.isOpen()) prepareSoon(result)
      return { ok: true, analysis: result.analysis, readerOn: Boolean(reader?.isOpen()) }
    },
    'page/markdown': async () => {
      const result = await anyAnalysis()
      if (!('analysis' in result) || !result.content) return 'analysis' in result ? { ok: false, error: 'not-article' } : result
      const { analysis } = result
      sanitize ??= createSanitizer(purifyWindow(win, safe.factory))
      const fragment = sanitize(result.content.innerHTML)
      const holder = safe.factory.createElement('div')
      holder.append(fragment)
      const markdown = articleToMarkdown(
        { title: analysis.title, url: analysis.url, byline: analysis.byline, date: formatDate(analysis.published, locale) },
        holder,
      )
      return { ok: true, markdown }
    },
    'reader/set': async (message: Requests['reader/set']) => setReader(message.on === 'toggle' ? !reader?.isOpen() : message.on),
    'people/highlight': async (message: Requests['people/highlight']) => highlight([message.name, ...message.aliases]),
  }

  return {
    handlers,
    settingsChanged(next) {
      settings = next
      reader?.applySettings(next.reader)
    },
  }
}

/**
 * early.ts answers 'page/status' (readerOn included) and shares this isolated world: the reader's
 * state is told to it through a global there, not through the page's DOM.
 */
function publishReaderState(readerOn: boolean): void {
  const scope = globalThis as typeof globalThis & { __klartext?: { readerOn?: boolean } }
  scope.__klartext = { ...scope.__klartext, readerOn }
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
