/**
 * The popup's view: what it shows, built from page data through textContent and attributes only,
 * and the controls it binds. src/popup/controller.ts decides what to show and when.
 */
import type { Article } from '../core/article'
import type { ClutterKind, Person } from '../core/types'
import { CLUTTER_KINDS } from '../core/types'
import type { PageStatus, Responses } from '../shared/messages'
import { countText, formatDate, formatNumber, readingTimeText, type Translate } from '../ui/i18n'
import type { PopupReason, PopupState } from './controller'

const REASON_MESSAGES: Record<PopupReason, string> = {
  forbidden: 'forbiddenPage',
  'not-article': 'notArticle',
  'not-supported': 'forbiddenPage',
  'no-content-script': 'noContentScript',
  'extraction-failed': 'extractionFailed',
}

export function createView(doc: Document, t: Translate, locale: string) {
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
  /** A summary line; the page's own teaser is labelled as such, so it is not taken for a sentence of the article. */
  const summaryLine = (sentence: string, isTeaser: boolean) => {
    const line = el('li', isTeaser ? 'teaser' : undefined)
    if (isTeaser) line.append(el('span', 'teaser-label', t('summaryTeaser')), ' ')
    line.append(sentence)
    return line
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
    /** The line naming the site (page data: text only). */
    renderSite(text: string) {
      const line = byId('site')
      line.textContent = text
      line.hidden = text === ''
    },
    /** Title, meta line and summary; the people list keeps its skeleton until bindPeople. */
    renderArticle(article: Article) {
      // The article's language on its text (hyphenation, screen reader voice); the UI keeps its own.
      for (const node of [title, summary, people]) node.lang = article.lang ?? ''
      title.textContent = article.title ?? ''
      const parts = [readingTimeText(t, article.readingMinutes, locale), formatDate(article.published, locale), article.byline]
      meta.textContent = parts.filter(Boolean).join(' · ')
      summary.replaceChildren(...article.summary.map((sentence, i) => summaryLine(sentence, i < article.teaserLines)))
      if (article.summary.length === 0) summary.replaceChildren(el('li', 'empty', t('summaryNone')))
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
      people.replaceChildren()
      if (list.length === 0) people.append(el('li', 'empty', t('peopleNone')))
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
