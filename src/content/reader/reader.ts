/**
 * The reader view: a shadow-DOM overlay on a host element appended to <html>.
 * The page's DOM is not touched while it is open (the page keeps its scroll position underneath;
 * the overlay scrolls itself), and closing removes the host: the page is exactly as before,
 * with focus and scroll position restored.
 */
import type { ReaderSettings, ReaderTheme } from '../../shared/settings'
import { formatDate, readingTimeText, type Translate } from '../../ui/i18n'
import { READER_HOST_ATTRIBUTE, READER_HOST_TAG } from '../reader-host'
import { markMentions } from '../../ui/highlight'
import { protoCall, safeDocument, type SafeDocument } from '../../ui/safe-dom'
import type { ReaderFeature, ReaderParts, ReaderPlugin } from './plugins'
import { installPrintSheet, installStyles } from './sheets'
import { bindSettings, sameSettings, trapFocus, type SettingsUi } from './toolbar'
import { READER_CSS } from './styles'
import { closeIcon } from './icons'


export interface ReaderArticle {
  title: string | null
  byline: string | null
  published: string | null
  /** `published` formatted for the UI language, when already done (else the reader formats it). */
  publishedText?: string | null
  siteName: string
  readingMinutes: number
  /** Language of the article text, for hyphenation ("de"). */
  lang: string
  url: string
  /** The article body, already sanitized. Moved into the reader. */
  content: DocumentFragment
}

export interface ReaderOptions {
  t: Translate
  /** UI language for dates and numbers. */
  locale: string
  settings: ReaderSettings
  /** The user changed a setting in the reader's toolbar (persist it). */
  onSettingsChange?: (settings: ReaderSettings) => void
  /** The reader closed itself (Escape, close button). */
  onClose?: () => void
  /** Features built on the reader (read aloud, progress, position): attached when its view is built. */
  plugins?: readonly ReaderPlugin[]
}

/** What a reader view is built with; `settings` are applied again at opening if they changed meanwhile. */
export type ReaderViewOptions = Pick<ReaderOptions, 't' | 'locale' | 'settings' | 'plugins'>

export interface ReaderHandle {
  readonly host: HTMLElement
  isOpen(): boolean
  close(): void
  applySettings(settings: ReaderSettings): void
  /** Mark every mention of the names and scroll to the first; returns how many were found. */
  highlight(names: readonly string[]): number
}

const THEMES: readonly ReaderTheme[] = ['system', 'light', 'sepia', 'dark']
const THEME_KEYS: Record<ReaderTheme, string> = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' }
const MAX_REATTACHMENTS = 20

/**
 * The reader for an article, not yet in the page (built ahead of the switch, or at opening): its DOM
 * and stylesheet, its toolbar bound, its settings applied, its features attached.
 */
export interface ReaderView {
  readonly safe: SafeDocument
  readonly host: HTMLElement
  readonly shadow: ShadowRoot
  readonly ui: ReaderUi
  readonly features: readonly ReaderFeature[]
  settings(): ReaderSettings
  applySettings(settings: ReaderSettings): void
  /** Told of each change made in the toolbar (set at opening). */
  onToolbarChange: ((settings: ReaderSettings) => void) | null
  /** For a view that will not be opened: stop what its features started. */
  discard(): void
}

/**
 * Build the reader for `article` without touching the page: the page controller does it while the
 * user reads the popup, so that the switch only puts it in the page (building the DOM cost the switch
 * 4-6 ms; binding, settings and features 1-2 ms more, and the read-aloud work they schedule for
 * idle time, 20-30 ms, ran right after the reader's first frame).
 */
export function buildReaderView(doc: Document, article: ReaderArticle, options: ReaderViewOptions): ReaderView {
  // The page's document is read through its prototypes and the reader built in a clean document:
  // markup in the article (<img name="createElement">, <img name="body">) cannot shadow what we use.
  const safe = safeDocument(doc)
  const host = safe.factory.createElement(READER_HOST_TAG)
  host.setAttribute(READER_HOST_ATTRIBUTE, '')
  const shadow = host.attachShadow({ mode: 'open' })
  const ui = buildReader(safe.factory, article, options)
  shadow.append(ui.root)
  // Moved into the page's document now, not when it is put in the page: moving the article's nodes
  // over (and starting its images' loads) took half the switch's script time (12 ms, 5-7 without).
  protoCall(doc, 'adoptNode', host)
  const win = safe.defaultView()
  // A constructed sheet may only be adopted in its own document: the host is in the page's now.
  installStyles(shadow, READER_CSS, win, safe.factory)
  let settings = { ...options.settings }
  const toolbar = bindSettings(ui, () => settings, (next) => {
    view.applySettings(next)
    view.onToolbarChange?.(settings)
  })
  const features: ReaderFeature[] = []
  const view: ReaderView = {
    safe,
    host,
    shadow,
    ui,
    features,
    settings: () => settings,
    applySettings(next) {
      settings = { ...next }
      toolbar.apply(settings)
    },
    onToolbarChange: null,
    discard: () => features.forEach((feature) => feature.close()),
  }
  view.applySettings(settings)
  const parts = { ...ui.parts, root: ui.root, content: ui.content, lang: article.lang, url: article.url, author: article.byline, factory: safe.factory, win }
  features.push(...(options.plugins ?? []).map((plugin) => plugin(parts)))
  return view
}

/** Show `article` in the reader: `view` when it was built ahead for it (used once), else built now. */
export function openReader(doc: Document, article: ReaderArticle, options: ReaderOptions, view = buildReaderView(doc, article, options)): ReaderHandle {
  const { safe, host, shadow, ui, features } = view
  const win = safe.defaultView()
  if (!sameSettings(view.settings(), options.settings)) view.applySettings(options.settings)
  view.onToolbarChange = (settings) => options.onSettingsChange?.(settings)
  // Duck-typed, not instanceof: in Firefox content scripts the page's nodes and our constructors live in different realms.
  const active = safe.activeElement() as HTMLElement | null
  const returnFocus = active && typeof active.focus === 'function' ? active : null
  const scroll = { x: win?.scrollX ?? 0, y: win?.scrollY ?? 0 }
  let open = true

  const onKeyDown = (event: KeyboardEvent) => {
    if (features.some((feature) => feature.keydown?.(event))) {
      // a feature's key (read aloud: N)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      dismiss()
    } else if (event.key === 'Tab') {
      trapFocus(event, shadow, ui.root)
    }
    // Keys typed in the reader are the reader's: page shortcuts must not fire underneath.
    event.stopPropagation()
  }
  ui.root.addEventListener('keydown', onKeyDown)
  // Escape also closes the reader when focus was lost to the page (a click outside the shadow root's focusables).
  const onWindowKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      dismiss()
    }
  }
  win?.addEventListener('keydown', onWindowKeyDown, true)
  ui.close.addEventListener('click', dismiss)
  /** Closed by the user (not by a message): tell the owner. */
  function dismiss() {
    if (!open) return
    close()
    options.onClose?.()
  }

  const printSheet = installPrintSheet(safe)
  safe.documentElement()?.append(host)
  // The page may rewrite its DOM while the reader is open (infinite scroll, ad scripts, frameworks):
  // put the host back if it is removed, without touching anything else.
  // A page that keeps removing foreign children would fight forever: give up after a few rounds.
  let reattachments = 0
  const observer = win ? new win.MutationObserver(() => {
    const root = safe.documentElement()
    if (!open || host.isConnected || !root) return
    if (reattachments++ < MAX_REATTACHMENTS) root.append(host)
    else dismiss()
  }) : null
  observer?.observe(doc, { childList: true, subtree: false })
  const root = safe.documentElement()
  if (root) observer?.observe(root, { childList: true })
  for (const feature of features) feature.opened?.()
  // Focus lays the reader out (the browser checks it can take focus): last, once all that shows at
  // opening is built, so that this is the one layout before its first frame.
  ui.root.focus({ preventScroll: true })

  function close() {
    if (!open) return
    open = false
    for (const feature of features) feature.close()
    observer?.disconnect()
    win?.removeEventListener('keydown', onWindowKeyDown, true)
    printSheet.remove()
    host.remove()
    // 'instant': a page with `scroll-behavior: smooth` would otherwise animate back instead of being exactly where it was.
    if (win && (win.scrollX !== scroll.x || win.scrollY !== scroll.y)) win.scrollTo({ left: scroll.x, top: scroll.y, behavior: 'instant' })
    if (returnFocus && returnFocus.isConnected && returnFocus !== safe.body()) returnFocus.focus({ preventScroll: true })
  }

  function highlight(names: readonly string[]): number {
    const marks = markMentions(ui.content, names, safe.factory)
    const first = marks[0]
    if (first) {
      first.classList.add('kt-current')
      first.scrollIntoView?.({ block: 'center' })
    }
    return marks.length
  }

  return {
    host,
    isOpen: () => open,
    close,
    applySettings: (next) => view.applySettings(next),
    highlight,
  }
}

interface ReaderUi extends SettingsUi {
  content: HTMLElement
  close: HTMLButtonElement
  parts: Pick<ReaderParts, 'toolbar' | 'controls' | 'article' | 'title' | 'byline'>
}

function buildReader(doc: Document, article: ReaderArticle, options: Pick<ReaderOptions, 't' | 'locale'>): ReaderUi {
  const { t, locale } = options
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
    const node = doc.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }
  /** A button whose visible text is a symbol ("A+") and whose accessible name is the words (screen-reader-only text). */
  const button = (label: string, symbol: string | SVGSVGElement, className?: string) => {
    const node = el('button', className)
    node.type = 'button'
    node.title = label
    const visible = typeof symbol === 'string' ? el('span', undefined, symbol) : symbol
    visible.setAttribute('aria-hidden', 'true')
    node.append(visible, el('span', 'kt-sr', label))
    return node
  }
  const textButton = (text: string) => {
    const node = el('button', undefined, text)
    node.type = 'button'
    return node
  }

  const root = el('div', 'kt-reader')
  root.id = 'klartext-reader'
  root.setAttribute('role', 'dialog')
  root.setAttribute('aria-modal', 'true')
  root.setAttribute('aria-labelledby', 'kt-title')
  root.tabIndex = -1

  const page = el('div', 'kt-page')
  const toolbar = el('div', 'kt-toolbar')
  toolbar.setAttribute('role', 'group')
  toolbar.setAttribute('aria-label', t('readerToolbar'))
  const controls = el('div', 'kt-controls')

  const sizeGroup = group(doc, t('readerFont'))
  const smaller = button(t('readerFontSmaller'), 'A−')
  const larger = button(t('readerFontLarger'), 'A+')
  smaller.dataset.action = 'font-smaller'
  larger.dataset.action = 'font-larger'
  const fonts = new Map<'serif' | 'sans', HTMLButtonElement>([
    ['serif', textButton(t('fontSerif'))],
    ['sans', textButton(t('fontSans'))],
  ])
  for (const [font, node] of fonts) node.dataset.font = font
  sizeGroup.append(smaller, larger, ...fonts.values())

  const widthGroup = group(doc, t('readerLineWidth'))
  const narrower = button(t('readerNarrower'), '→←')
  const wider = button(t('readerWider'), '←→')
  narrower.dataset.action = 'narrower'
  wider.dataset.action = 'wider'
  widthGroup.append(narrower, wider)

  const themeGroup = group(doc, t('readerTheme'), t('readerTheme'))
  const themes = new Map<ReaderTheme, HTMLButtonElement>()
  for (const theme of THEMES) {
    const node = textButton(t(THEME_KEYS[theme]))
    node.dataset.theme = theme
    themes.set(theme, node)
    themeGroup.append(node)
  }
  controls.append(sizeGroup, widthGroup, themeGroup)
  const close = button(t('readerClose'), closeIcon(doc), 'kt-close')
  close.dataset.action = 'close'
  toolbar.append(controls, close)

  const articleEl = el('article', 'kt-article')
  articleEl.lang = article.lang
  const header = el('header')
  header.append(el('p', 'kt-site', article.siteName))
  const title = el('h1', 'kt-title', article.title ?? article.siteName)
  title.id = 'kt-title'
  header.append(title)
  const meta = el('p', 'kt-meta')
  const metaParts: HTMLElement[] = []
  const byline = article.byline ? el('span', 'kt-byline', t('readerByline', article.byline)) : null
  if (byline) metaParts.push(byline)
  const date = article.publishedText !== undefined ? article.publishedText : formatDate(article.published, locale)
  if (date) {
    const time = el('time', 'kt-date', date)
    time.dateTime = article.published ?? ''
    metaParts.push(time)
  }
  if (article.readingMinutes > 0) metaParts.push(el('span', 'kt-reading-time', readingTimeText(t, article.readingMinutes, locale)))
  metaParts.forEach((part, index) => {
    if (index > 0) meta.append(doc.createTextNode(' · '))
    meta.append(part)
  })
  header.append(meta)
  const content = el('div', 'kt-content')
  content.append(demoteLandmarks(doc, article.content))
  // An image that cannot load leaves an empty box the size of its width/height attributes: drop it.
  for (const image of content.querySelectorAll('img')) image.addEventListener('error', () => (image.hidden = true), { once: true })
  articleEl.append(header, content)

  const footer = el('div', 'kt-footer')
  const source = el('a', undefined, article.url)
  source.href = article.url
  source.rel = 'noopener noreferrer'
  footer.append(source)

  page.append(toolbar, articleEl, footer)
  root.append(page)
  return { root, content, close, smaller, larger, narrower, wider, themes, fonts, parts: { toolbar, controls, article: articleEl, title, byline } }
}

/**
 * The page's own landmarks (main, nav, aside) inside the article would duplicate the page's landmarks
 * for assistive technology: the reader shows them as plain blocks.
 */
function demoteLandmarks(doc: Document, content: DocumentFragment): DocumentFragment {
  for (const landmark of Array.from(content.querySelectorAll('main, nav, aside'))) {
    const block = doc.createElement('div')
    block.append(...Array.from(landmark.childNodes))
    landmark.replaceWith(block)
  }
  return content
}

function group(doc: Document, label: string, visibleLabel?: string): HTMLElement {
  const node = doc.createElement('div')
  node.className = 'kt-group'
  node.setAttribute('role', 'group')
  node.setAttribute('aria-label', label)
  if (visibleLabel) {
    const caption = doc.createElement('span')
    caption.className = 'kt-group-label'
    caption.setAttribute('aria-hidden', 'true')
    caption.textContent = visibleLabel
    node.append(caption)
  }
  return node
}
