/**
 * The reader's settings on its DOM: the toolbar's buttons bound to them, and a settings object
 * applied to the reader (theme, font, size, line width) and reflected in the toolbar.
 */
import { READER_LIMITS, type ReaderSettings, type ReaderTheme } from '../../shared/settings'

/** The parts of the reader's DOM its settings act on. */
export interface SettingsUi {
  root: HTMLElement
  smaller: HTMLButtonElement
  larger: HTMLButtonElement
  narrower: HTMLButtonElement
  wider: HTMLButtonElement
  themes: Map<ReaderTheme, HTMLButtonElement>
  fonts: Map<'serif' | 'sans', HTMLButtonElement>
}

const FONT_STEP = 1
const WIDTH_STEP = 6
const AVERAGE_CHARACTER_EM = 0.5

/** The toolbar's buttons call `change` with the settings they ask for; `apply` shows settings on the reader and its toolbar. */
export function bindSettings(ui: SettingsUi, current: () => ReaderSettings, change: (next: ReaderSettings) => void): { apply(settings: ReaderSettings): void } {
  const [minSize, maxSize] = READER_LIMITS.fontSize
  const [minWidth, maxWidth] = READER_LIMITS.lineWidth
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))
  const update = (patch: Partial<ReaderSettings>) => change({ ...current(), ...patch })
  ui.smaller.addEventListener('click', () => update({ fontSize: clamp(current().fontSize - FONT_STEP, minSize, maxSize) }))
  ui.larger.addEventListener('click', () => update({ fontSize: clamp(current().fontSize + FONT_STEP, minSize, maxSize) }))
  ui.narrower.addEventListener('click', () => update({ lineWidth: clamp(current().lineWidth - WIDTH_STEP, minWidth, maxWidth) }))
  ui.wider.addEventListener('click', () => update({ lineWidth: clamp(current().lineWidth + WIDTH_STEP, minWidth, maxWidth) }))
  for (const [theme, node] of ui.themes) node.addEventListener('click', () => update({ theme }))
  for (const [font, node] of ui.fonts) node.addEventListener('click', () => update({ font }))
  return {
    apply(settings: ReaderSettings) {
      ui.root.dataset.theme = settings.theme
      ui.root.dataset.font = settings.font
      ui.root.style.setProperty('--size', `${settings.fontSize}px`)
      // lineWidth counts characters of running text; those average about half an em ("ch", the width
      // of "0", is wider and would give ~20% longer lines than asked for).
      // In px, so that smaller-type parts (footer, captions) line up with the text column.
      ui.root.style.setProperty('--measure', `${Math.round(settings.lineWidth * AVERAGE_CHARACTER_EM * settings.fontSize)}px`)
      ui.smaller.disabled = settings.fontSize <= minSize
      ui.larger.disabled = settings.fontSize >= maxSize
      ui.narrower.disabled = settings.lineWidth <= minWidth
      ui.wider.disabled = settings.lineWidth >= maxWidth
      for (const [theme, node] of ui.themes) node.setAttribute('aria-pressed', String(theme === settings.theme))
      for (const [font, node] of ui.fonts) node.setAttribute('aria-pressed', String(font === settings.font))
    },
  }
}

export function sameSettings(a: ReaderSettings, b: ReaderSettings): boolean {
  return a.theme === b.theme && a.font === b.font && a.fontSize === b.fontSize && a.lineWidth === b.lineWidth
}

/** Keep Tab and Shift+Tab inside the reader (it is a modal dialog over the page). */
export function trapFocus(event: KeyboardEvent, shadow: ShadowRoot, root: HTMLElement): void {
  const focusable = Array.from(root.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], [tabindex]:not([tabindex="-1"])'))
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) return
  const active = shadow.activeElement
  if (event.shiftKey && (active === first || active === root)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && active === last) {
    event.preventDefault()
    first.focus()
  }
}
