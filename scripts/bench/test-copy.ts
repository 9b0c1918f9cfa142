/**
 * Test copies of the built extension for the bench: dist/<browser> copied to a temporary folder, with
 * the reference pages and scripts of scripts/bench/reference/ added (and the bench's relay: a content
 * script, a background listener, a script right after popup.js in popup.html), and optionally files replaced
 * (a reference script in place of content-early.js). The shipped dist/ is never touched.
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, extensionDir, type BrowserName } from '../../test/e2e/harness/browsers'
import { SITE_HOST } from '../../test/e2e/harness/server'

const REFERENCE_DIR = path.join(ROOT, 'scripts/bench/reference')

export interface TestCopy {
  dir: string
  remove(): void
}

export function makeTestCopy(browser: BrowserName, replaced: Record<string, string> = {}): TestCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), `klartext-bench-${browser}-`))
  cpSync(extensionDir(browser), dir, { recursive: true })
  for (const name of readdirSync(REFERENCE_DIR)) cpSync(path.join(REFERENCE_DIR, name), path.join(dir, name))
  for (const [name, source] of Object.entries(replaced)) writeFileSync(path.join(dir, name), source)
  addOpener(dir)
  // The popup reports its marks to the bench and clicks its switch on request, as the reference pages do.
  // Async, right after popup.js: it holds up neither the parser nor the popup (the reference pages load it after their mark).
  const popupPage = path.join(dir, 'popup.html')
  const popupScript = /<script src="popup\.js"[^>]*><\/script>/
  const html = readFileSync(popupPage, 'utf8')
  if (!popupScript.test(html)) throw new Error('popup.html no longer loads popup.js with a <script src="popup.js"> tag: update scripts/bench/test-copy.ts')
  writeFileSync(popupPage, html.replace(popupScript, (tag) => `${tag}\n  <script src="bench-page.js" async></script>`))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The page-to-background opener and relay (bench-opener.js, bench-background.js): how the bench reaches extension pages in both browsers. */
function addOpener(dir: string): void {
  appendFileSync(path.join(dir, 'background.js'), readFileSync(path.join(REFERENCE_DIR, 'bench-background.js')))
  const manifestFile = path.join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: object[] }
  manifest.content_scripts = [...(manifest.content_scripts ?? []), { matches: [`*://${SITE_HOST}/*`], js: ['bench-opener.js'], run_at: 'document_start' }]
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2))
}
