/**
 * The reading position per article for the browser session: the sentence read aloud last, else the
 * first sentence at the top of the reader. Reopening the article's reader offers to go on there.
 * Kept in the tab's sessionStorage (gone with the tab, never synced, nothing sent anywhere).
 */
import type { Translate } from '../../../ui/i18n'
import type { ReaderFeature, ReaderParts } from '../plugins'
import type { ReadAloud } from '../read-aloud/read-aloud'

export interface PositionStore {
  get(url: string): number | null
  set(url: string, sentence: number): void
}

const STORAGE_KEY = 'klartext.reading-positions'
const MAX_ARTICLES = 50
/** Positions this close to the start are not worth an offer. */
const MIN_SENTENCE = 2
const SNIPPET_CHARS = 60
const SAVE_DELAY_MS = 400

/** Positions in the tab's sessionStorage; a store that forgets where storage is refused (sandboxed pages). */
export function sessionPositionStore(win: Pick<Window, 'sessionStorage'> | null): PositionStore {
  const read = (): Record<string, number> => {
    try {
      const parsed: unknown = JSON.parse(win?.sessionStorage.getItem(STORAGE_KEY) ?? '{}')
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {}
    } catch {
      return {}
    }
  }
  return {
    get(url) {
      const value = read()[url]
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null
    },
    set(url, sentence) {
      const entries = Object.entries(read()).filter(([key]) => key !== url)
      entries.push([url, sentence])
      try {
        win?.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(entries.slice(-MAX_ARTICLES))))
      } catch {
        // Storage full or refused: the position is simply not remembered.
      }
    },
  }
}

export function attachPosition(parts: ReaderParts, readAloud: ReadAloud, store: PositionStore, t: Translate): ReaderFeature {
  // The sentences are wrapped only when needed: here only when there is a position to offer.
  const saved = store.get(parts.url)
  const offer = saved !== null && saved >= MIN_SENTENCE && saved < readAloud.sentences.length ? buildOffer(saved) : null
  let timer = 0
  /** A reader never shown has no position to keep (its view was built ahead and discarded). */
  let shown = false
  // Reading aloud from somewhere else answers the offer too.
  readAloud.onMove(() => dismiss())

  function buildOffer(sentence: number): HTMLElement {
    const { sentences } = readAloud
    const el = parts.factory.createElement('div')
    el.className = 'kt-resume'
    el.setAttribute('role', 'group')
    el.setAttribute('aria-label', t('resumeLabel'))
    const text = parts.factory.createElement('span')
    text.textContent = t('resumeOffer', snippet(sentences[sentence]?.text ?? ''))
    const go = parts.factory.createElement('button')
    go.type = 'button'
    go.dataset.action = 'resume'
    go.textContent = t('resumeGo')
    go.addEventListener('click', () => {
      readAloud.seek(sentence)
      sentences[sentence]?.pieces[0]?.scrollIntoView?.({ block: 'start' })
      dismiss()
    })
    const no = parts.factory.createElement('button')
    no.type = 'button'
    no.dataset.action = 'resume-dismiss'
    no.textContent = t('resumeDismiss')
    no.addEventListener('click', dismiss)
    el.append(text, go, no)
    parts.toolbar.append(el)
    return el
  }

  function dismiss() {
    if (!offer) return
    const focusWasInside = offer.contains((offer.getRootNode() as Document | ShadowRoot).activeElement)
    offer.remove()
    if (focusWasInside) parts.root.focus({ preventScroll: true })
  }

  /** The sentence read aloud last, else the first one below the toolbar. */
  function currentSentence(): number {
    if (readAloud.position() > 0) return readAloud.position()
    const top = parts.toolbar.getBoundingClientRect().bottom
    const index = readAloud.sentences.findIndex((sentence) => (sentence.pieces[0]?.getBoundingClientRect().bottom ?? 0) > top)
    return Math.max(0, index)
  }

  const save = () => {
    timer = 0
    if (!shown || offer?.isConnected) return // not moved on yet: keep the offered position
    store.set(parts.url, currentSentence())
  }
  const onScroll = () => {
    if (timer) parts.win?.clearTimeout(timer)
    timer = parts.win?.setTimeout(save, SAVE_DELAY_MS) ?? 0
  }
  parts.root.addEventListener('scroll', onScroll, { passive: true })

  return {
    opened() {
      shown = true
      // Only now: a reader built ahead and never opened leaves nothing of ours to run when the tab closes.
      parts.win?.addEventListener('pagehide', save)
    },
    close() {
      if (timer) parts.win?.clearTimeout(timer)
      parts.root.removeEventListener('scroll', onScroll)
      parts.win?.removeEventListener('pagehide', save)
      save()
    },
  }
}

function snippet(text: string): string {
  return text.length <= SNIPPET_CHARS ? text : `${text.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')} …`
}
