/**
 * The built packages as the stores and the browsers see them:
 *   - `web-ext lint` (Mozilla's addons-linter) on dist/firefox: zero errors, zero warnings (its JSON output);
 *   - Chromium loads dist/chrome with no warning or error for the extension (chrome://extensions' own
 *     report, developer mode on) and its service worker runs; Firefox runs its background page and
 *     prints no warning or error for the extension while pages are used;
 *   - `npm run build` wrote the store zips.
 */
import { execFile } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { ROOT, extensionDir, poll } from './harness/browsers'
import { staticArticleCase } from './harness/cases'
import { describeInBrowsers } from './harness/session'

const run = promisify(execFile)

interface LintMessage {
  code: string
  message: string
  file?: string
  line?: number
}

describe('packages', () => {
  it('web-ext lint on dist/firefox: zero errors, zero warnings', async () => {
    const dir = extensionDir('firefox')
    expect(existsSync(path.join(dir, 'manifest.json')), `${dir} is built`).toBe(true)
    // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
    const { stdout } = await run(path.join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { maxBuffer: 16 << 20 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    )
    const report = JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[]; summary: { errors: number; warnings: number } }
    const describeAll = (messages: LintMessage[]) => messages.map((m) => `${m.code} ${m.file ?? ''}${m.line ? ':' + m.line : ''}: ${m.message}`)
    expect(describeAll(report.errors), 'addons-linter errors').toEqual([])
    expect(describeAll(report.warnings), 'addons-linter warnings').toEqual([])
  })

  it('npm run build wrote the store zips', () => {
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
    const dist = path.dirname(extensionDir('chromium'))
    for (const browser of ['chrome', 'firefox']) {
      const zip = path.join(dist, `klartext-${version}-${browser}.zip`)
      expect(existsSync(zip), zip).toBe(true)
      expect(statSync(zip).size).toBeGreaterThan(1000)
    }
  })
})

describeInBrowsers('the browser loads the extension cleanly', (session) => {
  it('background runs, and the browser reports no warning or error for the extension after real use', async () => {
    const s = session()
    // Use it first: a page with clutter, the popup's analysis, the reader on and off. Errors at
    // runtime would show in the report below.
    const article = staticArticleCase()
    const url = s.serve(article.path, { html: article.html, truth: article.truth })
    const page = await s.open(url)
    const popup = await s.openPopupFor(url)
    await popup.waitFor('the popup to be ready', () => document.body.dataset.state === 'ready')
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    await page.waitFor('the reader', () => Boolean(document.querySelector('[data-klartext-reader]')))
    await popup.evaluate(() => (document.getElementById('reader-switch') as HTMLButtonElement).click())
    await page.waitFor('the reader to close', () => !document.querySelector('[data-klartext-reader]'))
    await popup.close()
    await page.close()

    const report = await s.browser.extensionReport()
    expect(report.backgroundRunning, 'the background (service worker / background page) runs').toBe(true)
    expect(report.problems, 'warnings and errors reported for the extension').toEqual([])
  })

  it('the network check can fail: a request from an extension page is caught by the recording', async () => {
    const s = session()
    const page = await s.browser.openExtensionPage('options.html')
    try {
      // A no-cors fetch is sent even without host permission: exactly what a leaking extension would do.
      await page.evaluate(() => fetch('http://tracker.example/ping', { mode: 'no-cors' }).catch(() => undefined))
      const caught = await poll('the proxy to log the request', async () => s.networkReport().other.find((r) => r.url.includes('tracker.example')) ?? null, 10_000)
      expect(caught.url).toBe('http://tracker.example/ping')
    } finally {
      await page.close()
    }
  })
})
