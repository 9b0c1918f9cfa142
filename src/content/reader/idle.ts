/**
 * Work for the browser's idle time, in short steps: the reader is built ahead of the switch while
 * the user reads the popup, and what its features prepare (read aloud's sentences and bar) must not
 * hold up the page, the switch or the tab's closing (Firefox stops a content script still running
 * then, and reports "Script terminated by timeout").
 */

/** A busy page may never be idle: the steps run anyway after this, one per callback. */
const IDLE_TIMEOUT_MS = 2000
/** Without requestIdleCallback (Safari, jsdom): all steps at once, well after the reader's first frame. */
const IDLE_FALLBACK_MS = 200
/** Another step only while this much of the idle period is left (a step wraps one text block: well under it). */
const STEP_BUDGET_MS = 4

type IdleWindow = Pick<Window, 'setTimeout' | 'clearTimeout'> & Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>

/** Call `step` during idle periods until it returns false (nothing left), yielding whenever the period runs out. */
export function inIdleSteps(win: IdleWindow | null, step: () => boolean): { cancel(): void } {
  if (!win) return { cancel: () => undefined }
  let cancelScheduled = () => undefined as void
  const run = (deadline?: IdleDeadline) => {
    // At least one step per call: on a page that is never idle the timeout still gets the work done.
    do {
      if (!step()) return
    } while (!deadline || deadline.timeRemaining() > STEP_BUDGET_MS)
    schedule()
  }
  function schedule() {
    if (win?.requestIdleCallback && win.cancelIdleCallback) {
      const id = win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
      cancelScheduled = () => win.cancelIdleCallback?.(id)
    } else {
      const id = win?.setTimeout(() => run(), IDLE_FALLBACK_MS)
      cancelScheduled = () => win?.clearTimeout(id)
    }
  }
  schedule()
  return { cancel: () => cancelScheduled() }
}
