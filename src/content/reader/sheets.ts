/** How the reader's styles reach its shadow root and the page (print), whatever the page's CSP and the browser allow. */
import type { SafeDocument } from '../../ui/safe-dom'
import { PRINT_PAGE_CSS } from './styles'

/** The constructed sheet per window and stylesheet text: parsed once, shared by every reader opened in the page. */
const constructed = new WeakMap<object, Map<string, CSSStyleSheet | null>>()

/** Parse `css` into a constructed sheet of `win`'s document ahead of use (null where the engine has none). */
export function prepareStyles(css: string, win: (Window & typeof globalThis) | null): CSSStyleSheet | null {
  const key = win ?? globalThis
  const sheets = constructed.get(key) ?? new Map<string, CSSStyleSheet | null>()
  constructed.set(key, sheets)
  if (!sheets.has(css)) {
    let sheet: CSSStyleSheet | null = null
    try {
      sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)()
      sheet.replaceSync(css)
    } catch {
      sheet = null
    }
    sheets.set(css, sheet)
  }
  return sheets.get(css) ?? null
}

/**
 * Styles for the shadow root. A constructed stylesheet is not subject to the page's CSP;
 * the <style> element is the fallback where adoptedStyleSheets is unavailable (older engines, jsdom).
 */
export function installStyles(shadow: ShadowRoot, css: string, win: (Window & typeof globalThis) | null, factory: Document): void {
  const sheet = prepareStyles(css, win)
  try {
    if (sheet) {
      shadow.adoptedStyleSheets = [sheet]
      if (shadow.adoptedStyleSheets.length === 1) return
    }
  } catch {
    // fall through to <style>
  }
  const style = factory.createElement('style')
  style.textContent = css
  shadow.prepend(style)
}

/**
 * Hide the page's body when printing, so that only the reader prints: a print-only <style> is put
 * into the page for the duration of printing and taken out again right after. (Not an adopted sheet
 * of the page document: Firefox refuses adoptedStyleSheets from content scripts, and in Chromium
 * reading the page's adoptedStyleSheets and changing them cost 8 ms each time the reader opened.)
 */
export function installPrintSheet(safe: SafeDocument): { remove(): void } {
  const win = safe.defaultView()
  const style = safe.factory.createElement('style')
  style.media = 'print'
  style.textContent = PRINT_PAGE_CSS
  const beforePrint = () => (safe.head() ?? safe.documentElement())?.append(style)
  const afterPrint = () => style.remove()
  win?.addEventListener('beforeprint', beforePrint)
  win?.addEventListener('afterprint', afterPrint)
  return {
    remove() {
      afterPrint()
      win?.removeEventListener('beforeprint', beforePrint)
      win?.removeEventListener('afterprint', afterPrint)
    },
  }
}
