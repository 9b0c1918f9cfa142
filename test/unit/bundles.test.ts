/** The bundle list (src/shared/bundles.ts) is the build's: every name is built, the manifest names only built files. */
import { beforeAll, describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { findRepo } from '../security/corpus'
import { BUNDLE_SOURCES, bundleFile, type BundleName } from '../../src/shared/bundles'

const repo = findRepo(import.meta.url)
const NAMES = Object.keys(BUNDLE_SOURCES) as BundleName[]

beforeAll(() => {
  if (!existsSync(path.join(repo, 'dist/chrome/manifest.json'))) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' })
})

describe.each(['chrome', 'firefox'])('the %s package', (browser) => {
  const dir = path.join(repo, 'dist', browser)

  it.each(NAMES)('holds the bundle %s', (name) => {
    expect(existsSync(path.join(dir, bundleFile(name))), `${browser}/${bundleFile(name)}`).toBe(true)
  })

  it('has a manifest whose scripts are bundles of the list', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'))
    const scripts: string[] = [
      ...(manifest.content_scripts ?? []).flatMap((entry: { js?: string[] }) => entry.js ?? []),
      ...(manifest.background.scripts ?? []),
      ...(manifest.background.service_worker ? [manifest.background.service_worker] : []),
    ]
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(NAMES.map(bundleFile)).toContain(script)
  })
})
