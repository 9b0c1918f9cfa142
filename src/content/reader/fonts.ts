/**
 * The reader's fonts looked up ahead of its switch. The first time a page's renderer lays out text
 * in a family, weight and size, it looks the font up: for each family of the stack it tries, and for
 * each size (in Chromium on Linux a round trip to the browser's font service each, 11 at the
 * reader's opening, traced: 3-10 ms, far more on a busy machine). Text measured in a canvas of the
 * page's window, with the same fonts and text-rendering, makes those look-ups while the user reads
 * the popup; the reader's first layout then finds them in the renderer's font cache.
 */
import type { ReaderSettings } from '../../shared/settings'
import { CHROME_SIZE_PX, SANS_STACK, SERIF_STACK, TEXT_RENDERING, TITLE_EM } from './styles'

/** CSS font shorthands the reader shows at opening with `settings`, and the article's usual bold and headings. */
export function readerFonts(settings: Pick<ReaderSettings, 'font' | 'fontSize'>): string[] {
  const family = settings.font === 'sans' ? SANS_STACK : SERIF_STACK
  const size = settings.fontSize
  return [
    `400 ${size}px ${family}`,
    `400 ${CHROME_SIZE_PX}px ${family}`,
    `700 ${size * TITLE_EM}px ${family}`,
    `700 ${size}px ${family}`,
    `italic 400 ${size}px ${family}`,
    // The article's headings, figure captions and tables: the sans stack (its families are what costs).
    `700 ${size}px ${SANS_STACK}`,
  ]
}

type Context2D = OffscreenCanvasRenderingContext2D & { textRendering?: string }

/** Look `fonts` up in `win`'s renderer; quietly nothing where there is no canvas (jsdom) or it fails. */
export function lookUpFonts(win: (Window & typeof globalThis) | null, fonts: readonly string[]): void {
  try {
    const context = win?.OffscreenCanvas ? (new win.OffscreenCanvas(1, 1).getContext('2d') as Context2D | null) : null
    if (!context) return
    if ('textRendering' in context) context.textRendering = TEXT_RENDERING
    for (const font of fonts) {
      context.font = font
      context.measureText('Ag')
    }
  } catch {
    // The reader opens all the same, only its first layout looks the fonts up.
  }
}
