/**
 * Popup entry: runs the popup against the real browser API. popup.html?tab=<id> targets that tab.
 * popup.html loads this from its <head>, before its stylesheet and body: the page is asked and the
 * analysis code requested first, the view is filled once the body is parsed (src/popup/controller.ts).
 */
import { extensionApi } from '../shared/extension-api'
import { runPopup } from './controller'

void runPopup({ doc: document, api: extensionApi(), search: location.search, writeClipboard })

/** The async Clipboard API; the textarea + execCommand fallback covers pages without clipboard focus. */
async function writeClipboard(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text)
  } catch {
    const area = document.createElement('textarea')
    area.value = text
    area.setAttribute('readonly', '')
    area.style.position = 'fixed'
    area.style.opacity = '0'
    document.body.append(area)
    area.select()
    const ok = document.execCommand('copy')
    area.remove()
    if (!ok) throw new Error('clipboard unavailable')
  }
}
