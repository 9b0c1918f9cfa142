/**
 * A TEST COPY of the built extension whose manifest adds host access to every http page. A test
 * browser cannot grant activeTab (it needs the user's click on the toolbar button or the shortcut),
 * so tests of the popup on other sites load this copy; the shipped build (dist/<browser>) keeps
 * activeTab, scripting, storage and the IT BOLTWISE hosts only. Content scripts are unchanged: they
 * still match IT BOLTWISE only.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { RESULTS_DIR, extensionDir, type BrowserName } from './browsers'

/** What the copy adds: the test server speaks plain http. */
export const TEST_HOST_ACCESS = 'http://*/*'

export function extensionCopyWithHostAccess(name: BrowserName): string {
  const target = path.join(RESULTS_DIR, `extension-${name}-with-host-access`)
  rmSync(target, { recursive: true, force: true })
  cpSync(extensionDir(name), target, { recursive: true })
  const file = path.join(target, 'manifest.json')
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] }
  manifest.host_permissions = [...(manifest.host_permissions ?? []), TEST_HOST_ACCESS]
  writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n')
  return target
}
