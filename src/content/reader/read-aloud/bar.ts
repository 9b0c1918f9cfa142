/**
 * The read-aloud bar's DOM: previous, play/pause, next, speed, voice, captions and a status line.
 * Built with the reader's clean document; every control has a visible or screen-reader label.
 * No behaviour here (read-aloud.ts binds it). In two steps: the toolbar button and the empty, hidden
 * bar when the reader opens; the bar's controls when first needed (building them cost the reader's
 * opening 14-24 ms, sampled in Chromium).
 */
import { READ_ALOUD_RATES } from './settings'
import type { Translate } from '../../../ui/i18n'

export interface ReadAloudShell {
  /** The toolbar button that shows and hides the bar. */
  toggle: HTMLButtonElement
  /** The bar, hidden and empty until its controls are built. */
  bar: HTMLElement
}

export interface ReadAloudControls {
  play: HTMLButtonElement
  previous: HTMLButtonElement
  next: HTMLButtonElement
  rate: HTMLSelectElement
  voice: HTMLSelectElement
  voiceField: HTMLElement
  captions: HTMLInputElement
  status: HTMLElement
}

export const READ_ALOUD_BAR_ID = 'kt-read-aloud'
const PLAY_SYMBOL = '▶'
const PAUSE_SYMBOL = '❚❚'

type MakeElement = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => HTMLElementTagNameMap[K]

function elementMaker(doc: Document): MakeElement {
  return (tag, className, text) => {
    const node = doc.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }
}

/** The toolbar button and the bar it controls (hidden, empty). */
export function buildReadAloudShell(doc: Document, t: Translate): ReadAloudShell {
  const el = elementMaker(doc)
  const toggle = el('button', 'kt-read-aloud-toggle', t('readAloud'))
  toggle.type = 'button'
  toggle.dataset.action = 'read-aloud'
  toggle.setAttribute('aria-expanded', 'false')
  toggle.setAttribute('aria-controls', READ_ALOUD_BAR_ID)

  const bar = el('div', 'kt-read-aloud')
  bar.id = READ_ALOUD_BAR_ID
  bar.setAttribute('role', 'group')
  bar.setAttribute('aria-label', t('readAloudBar'))
  bar.hidden = true
  return { toggle, bar }
}

/** The bar's controls, appended to `bar`. */
export function buildReadAloudControls(bar: HTMLElement, t: Translate, locale: string): ReadAloudControls {
  const el = elementMaker(bar.ownerDocument)
  const symbolButton = (label: string, symbol: string, action: string) => {
    const node = el('button')
    node.type = 'button'
    node.dataset.action = action
    setSymbolLabel(node, label, symbol)
    return node
  }

  const previous = symbolButton(t('readAloudPrevious'), '«', 'previous-sentence')
  const play = symbolButton(t('readAloudPlay'), PLAY_SYMBOL, 'play')
  play.classList.add('kt-play')
  const next = symbolButton(t('readAloudNext'), '»', 'next-sentence')
  const transport = el('div', 'kt-group')
  transport.append(previous, play, next)

  const rate = el('select')
  const speed = new Intl.NumberFormat(locale)
  for (const value of READ_ALOUD_RATES) {
    const option = el('option', undefined, `${speed.format(value)}×`)
    option.value = String(value)
    rate.append(option)
  }
  const voice = el('select')
  const voiceField = field(el('label', 'kt-field'), t('readAloudVoice'), voice, el)
  const captions = el('input')
  captions.type = 'checkbox'
  const captionsField = el('label', 'kt-field')
  captionsField.append(captions, el('span', undefined, t('readAloudCaptions')))

  const status = el('p', 'kt-read-aloud-status')
  status.setAttribute('role', 'status')
  bar.append(transport, field(el('label', 'kt-field'), t('readAloudSpeed'), rate, el), voiceField, captionsField, status)
  return { play, previous, next, rate, voice, voiceField, captions, status }
}

/** Show play or pause on the play button, with the matching label. */
export function showPlaying(play: HTMLButtonElement, playing: boolean, t: Translate): void {
  // The label says what a press does; no aria-pressed on top of a changing label (it would say it twice).
  setSymbolLabel(play, t(playing ? 'readAloudPause' : 'readAloudPlay'), playing ? PAUSE_SYMBOL : PLAY_SYMBOL)
}

/** A visible symbol for the eye, the words for screen readers and the tooltip. */
function setSymbolLabel(node: HTMLButtonElement, label: string, symbol: string): void {
  const doc = node.ownerDocument
  const visible = doc.createElement('span')
  visible.setAttribute('aria-hidden', 'true')
  visible.textContent = symbol
  const words = doc.createElement('span')
  words.className = 'kt-sr'
  words.textContent = label
  node.title = label
  node.replaceChildren(visible, words)
}

function field<T extends HTMLElement>(label: HTMLLabelElement, text: string, control: T, el: MakeElement): HTMLLabelElement {
  label.append(el('span', 'kt-group-label', text), control)
  return label
}
