/**
 * Test copies of the built extension for the bench: dist/<browser> copied to a temporary folder, with
 * the reference pages and scripts of scripts/bench/reference/ added, and optionally files replaced
 * (a reference script in place of content-early.js). The shipped dist/ is never touched.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { ROOT, extensionDir, type BrowserName } from '../../test/e2e/harness/browsers'

const REFERENCE_DIR = path.join(ROOT, 'scripts/bench/reference')

export interface TestCopy {
  dir: string
  remove(): void
}

export function makeTestCopy(browser: BrowserName, replaced: Record<string, string> = {}): TestCopy {
  const dir = mkdtempSync(path.join(os.tmpdir(), `klartext-bench-${browser}-`))
  cpSync(extensionDir(browser), dir, { recursive: true })
  for (const name of readdirSync(REFERENCE_DIR)) cpSync(path.join(REFERENCE_DIR, name), path.join(dir, name))
  // The polyfill alone, to time its evaluation in an extension page (the popup's bundle holds it minified).
  const require = createRequire(import.meta.url)
  cpSync(require.resolve('webextension-polyfill/dist/browser-polyfill.min.js'), path.join(dir, 'browser-polyfill.min.js'))
  for (const [name, source] of Object.entries(replaced)) writeFileSync(path.join(dir, name), source)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
