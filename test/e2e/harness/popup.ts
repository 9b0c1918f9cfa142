/** What the browser tests of the popup share: waiting for its analysis, and screenshots for docs/. */
import path from 'node:path'
import { ROOT, poll, type E2EPage } from './browsers'
import { inspectPopup, type PopupState } from './reader-probe'
import type { Session } from './session'

const DOCS = path.join(ROOT, 'docs')

/** The popup's state once it is past loading; on a timeout, a screenshot and what it showed. */
export async function waitForPopup(s: Session, popup: E2EPage, timeoutMs = 15_000): Promise<PopupState> {
  try {
    return await poll('the popup to show its analysis', async () => {
      const state = await popup.evaluate(inspectPopup)
      return state.state && state.state !== 'loading' ? state : null
    }, timeoutMs)
  } catch (error) {
    const state = await popup.evaluate(inspectPopup).catch(() => null)
    await s.failIf(popup, 'popup-never-ready', [`${(error as Error).message}; popup shows ${JSON.stringify(state)}`])
    throw error
  }
}

export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Docs screenshots come from Chromium; Firefox's go to test-results/ for inspection. */
export async function screenshotForDocs(s: Session, page: E2EPage, name: string, options?: { fullPage?: boolean }): Promise<void> {
  await page.bringToFront()
  await page.screenshot(s.name === 'chromium' ? path.join(DOCS, `${name}.png`) : s.resultFile(name), options)
}
