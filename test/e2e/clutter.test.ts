/**
 * Clutter rules in the real browsers, with the built extension:
 *   - at DOMContentLoaded every clutter block is already invisible (no flash);
 *   - after load no article paragraph is hidden; on listing pages nothing of the listing is;
 *   - a clutter widget a script inserts two seconds after load is hidden too;
 *   - the same on every held-out page (test/clutter-variations/), written apart from the rules, and
 *     on the blind sets' pages (test/unit/clutter-variations-blind*.ts);
 *   - the extension made no network request of its own during all of it.
 */
import { expect, it } from 'vitest'
import type { E2EPage } from './harness/browsers'
import { blindCases, fixtureCases, heldOutCases, lateWidgetCase, type PageCase } from './harness/cases'
import { describeInBrowsers, expectNoExtensionRequests } from './harness/session'

interface Seen {
  text: string
  found: boolean
  visible: boolean
  tag?: string
}
interface Snapshot {
  readyState: string
  clutter: Seen[]
  article: Seen[]
  listing: Seen[]
}

const CASES: PageCase[] = [lateWidgetCase(), ...fixtureCases(), ...heldOutCases(), ...blindCases()]

describeInBrowsers('clutter rules', (session) => {
  for (const pageCase of CASES) {
    it(`${pageCase.name}: clutter invisible at DOMContentLoaded, article and listing visible after load`, async () => {
      const s = session()
      const url = s.serve(pageCase.path, { html: pageCase.html, truth: pageCase.truth })
      const page = await s.open(url)
      try {
        const atDcl: Snapshot = await page.waitFor('the DOMContentLoaded snapshot', () => (window as unknown as { __e2eAtDomContentLoaded?: Snapshot }).__e2eAtDomContentLoaded as Snapshot)
        const afterLoad = await snapshot(page)
        const problems = [
          ...notFound(atDcl),
          ...atDcl.clutter.filter((c) => c.found && c.visible).map((c) => `clutter visible at DOMContentLoaded (${atDcl.readyState}): <${c.tag}> "${c.text}"`),
          ...afterLoad.clutter.filter((c) => c.found && c.visible).map((c) => `clutter visible after load: <${c.tag}> "${c.text}"`),
          ...afterLoad.article.filter((a) => a.found && !a.visible).map((a) => `article paragraph hidden after load: <${a.tag}> "${a.text}"`),
          ...afterLoad.listing.filter((l) => l.found && !l.visible).map((l) => `listing item hidden after load: <${l.tag}> "${l.text}"`),
        ]
        await s.failIf(page, `clutter-${pageCase.name}`, problems)
        // The checks above looked at something: a truth with nothing in it would make them vacuous.
        expect(atDcl.clutter.length + atDcl.article.length + atDcl.listing.length).toBeGreaterThan(0)
      } finally {
        await page.close()
      }
    })
  }

  it('late-widget: a job widget inserted by script 2 s after load gets hidden too', async () => {
    const s = session()
    const pageCase = lateWidgetCase()
    const url = s.serve(pageCase.path, { html: pageCase.html, truth: pageCase.truth })
    const page = await s.open(url)
    try {
      await page.waitFor('the page script to insert its widget', () => (window as unknown as { __lateWidgetInserted?: boolean }).__lateWidgetInserted, undefined, 10_000)
      const late = { clutter: pageCase.truth.late, article: pageCase.truth.article, listing: [] }
      let last: Snapshot | undefined
      try {
        await page.waitFor(
          'the late widget to be hidden',
          async (truth) => {
            const seen = (window as unknown as { __e2e: { snapshot(t: unknown): Snapshot } }).__e2e.snapshot(truth)
            return seen.clutter.every((c) => c.found && !c.visible) ? seen : null
          },
          late,
          5_000,
        )
      } catch {
        last = await snapshot(page, late)
      }
      const problems = last
        ? [...notFound(last), ...last.clutter.filter((c) => c.visible).map((c) => `late widget still visible 5 s after it appeared: <${c.tag}> "${c.text}"`)]
        : []
      await s.failIf(page, 'clutter-late-widget', problems)
      const after = await snapshot(page, late)
      await s.failIf(page, 'clutter-late-widget-article', after.article.filter((a) => !a.visible).map((a) => `article paragraph hidden: "${a.text}"`))
    } finally {
      await page.close()
    }
  })

  it('made no network request of its own', () => {
    expectNoExtensionRequests(session())
  })
})

function snapshot(page: E2EPage, truth?: unknown): Promise<Snapshot> {
  return page.evaluate((t) => (window as unknown as { __e2e: { snapshot(t: unknown): Snapshot } }).__e2e.snapshot(t), truth ?? null)
}

/** A truth text the page does not contain is a broken test, not a pass. */
function notFound(snap: Snapshot): string[] {
  return [...snap.clutter, ...snap.article, ...snap.listing].filter((s) => !s.found).map((s) => `truth text not found on the page: "${s.text}"`)
}
