/** How the reader's styles reach its shadow root and the page (print), whatever the page's CSP and the browser allow. */
import type { SafeDocument } from '../../ui/safe-dom'
import { PRINT_PAGE_CSS } from './styles'

/**
 * Styles for the shadow root. A constructed stylesheet is not subject to the page's CSP;
 * the <style> element is the fallback where adoptedStyleSheets is unavailable (older engines, jsdom).
 */
export function installStyles(shadow: ShadowRoot, css: string, win: (Window & typeof globalThis) | null, factory: Document): void {
  try {
    const sheet = new (win?.CSSStyleSheet ?? CSSStyleSheet)()
    sheet.replaceSync(css)
    shadow.adoptedStyleSheets = [sheet]
    if (shadow.adoptedStyleSheets.length === 1) return
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
