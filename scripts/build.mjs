// Builds everything from one source tree:
//   dist/chrome/, dist/firefox/      the extension, ready to load unpacked
//   dist/klartext-<v>-<browser>.zip  the same, zipped for the stores
//   dist/cli.js, dist/klartext.mjs   the core for Node (CLI and library)
import { build } from 'esbuild'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import { libraryPatches } from './library-patches.mjs'
import { moduleBundleImports } from './module-bundles.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
const BROWSERS = ['chrome', 'firefox']

/** Extension bundles: name in dist (<name>.js) -> source entry, from the one list the extension injects by. */
const { BUNDLE_SOURCES, MODULE_BUNDLES } = await importTypeScript('src/shared/bundles.ts')
/** Static files copied as they are: source -> name in the extension. */
const STATIC_FILES = {
  'src/popup/popup.html': 'popup.html',
  'src/popup/popup.css': 'popup.css',
  'src/options/options.html': 'options.html',
  'src/options/options.css': 'options.css',
}

await rm(dist, { recursive: true, force: true })
await mkdir(dist, { recursive: true })

await buildNode()
const { stylesheet, loadFiltersModule } = await generateFromSites()
const bundleDir = path.join(dist, '.bundles')
const bundleOptions = {
  outdir: bundleDir,
  bundle: true,
  plugins: [libraryPatches, builtLoadFilters(loadFiltersModule), moduleBundleImports(root, BUNDLE_SOURCES, MODULE_BUNDLES)],
  target: ['chrome120', 'firefox128'],
  minify: true,
  legalComments: 'none',
  absWorkingDir: root,
  logLevel: 'warning',
}
const isModule = ([name]) => MODULE_BUNDLES.includes(name)
await build({ ...bundleOptions, entryPoints: Object.fromEntries(Object.entries(BUNDLE_SOURCES).filter((entry) => !isModule(entry))), format: 'iife' })
await build({ ...bundleOptions, entryPoints: Object.fromEntries(Object.entries(BUNDLE_SOURCES).filter(isModule)), format: 'esm' })
const manifest = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'))
for (const browser of BROWSERS) {
  const dir = path.join(dist, browser)
  await cp(bundleDir, dir, { recursive: true })
  for (const [src, name] of Object.entries(STATIC_FILES)) {
    if (existsSync(path.join(root, src))) await cp(path.join(root, src), path.join(dir, name))
  }
  await cp(path.join(root, '_locales'), path.join(dir, '_locales'), { recursive: true })
  await cp(path.join(root, 'icons'), path.join(dir, 'icons'), { recursive: true })
  await writeFile(path.join(dir, 'clutter.css'), stylesheet)
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestFor(browser, manifest), null, 2) + '\n')
  zip(dir, path.join(dist, `klartext-${pkg.version}-${browser}.zip`))
}
await rm(bundleDir, { recursive: true, force: true })
console.log(`built dist/chrome, dist/firefox, their zips, dist/cli.js and dist/klartext.mjs (v${pkg.version})`)

/**
 * The top-level manifest.json is valid in both browsers; each package drops the keys only the
 * other browser reads, so that neither reports an unknown-key warning.
 */
function manifestFor(browser, source) {
  const manifest = structuredClone(source)
  manifest.version = pkg.version
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings
    delete manifest.background.scripts
  } else {
    delete manifest.background.service_worker
  }
  return manifest
}

async function buildNode() {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'esm', absWorkingDir: root, logLevel: 'warning', external: ['jsdom', 'html-encoding-sniffer', '@exodus/bytes'] }
  await build({ ...common, entryPoints: ['src/cli.ts'], outfile: path.join(dist, 'cli.js'), banner: { js: '#!/usr/bin/env node' } })
  await build({ ...common, platform: 'neutral', mainFields: ['module', 'main'], entryPoints: ['src/shared/analysis.ts'], outfile: path.join(dist, 'klartext.mjs') })
}

/**
 * From the site modules: the link-target rules as CSS, injected by the manifest at document_start
 * (hidden before first paint), and the load filters of the load-time script (src/core/load-filters.ts).
 */
async function generateFromSites() {
  const out = path.join(dist, '.build-time.mjs')
  await build({ entryPoints: ['scripts/build-time.ts'], outfile: out, bundle: true, platform: 'neutral', mainFields: ['module', 'main'], format: 'esm', absWorkingDir: root, logLevel: 'warning' })
  const { stylesheet, loadFiltersModule } = await import(out)
  await rm(out)
  return { stylesheet: stylesheet(), loadFiltersModule: loadFiltersModule() }
}

/** Replaces src/core/load-filters.ts with the filters computed at build time (no signature parser in the bundle). */
function builtLoadFilters(contents) {
  return {
    name: 'built-load-filters',
    setup(build) {
      build.onResolve({ filter: /\/load-filters$/ }, () => ({ path: 'load-filters', namespace: 'built' }))
      build.onLoad({ filter: /.*/, namespace: 'built' }, () => ({ contents, loader: 'js' }))
    },
  }
}

/** A TypeScript module of the source tree, bundled in memory and imported (Node 20 does not strip types). */
async function importTypeScript(entry) {
  const { outputFiles } = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', absWorkingDir: root, logLevel: 'warning' })
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
}

function zip(dir, file) {
  execFileSync(
    path.join(root, 'node_modules/.bin/web-ext'),
    ['build', '--source-dir', dir, '--artifacts-dir', path.dirname(file), '--filename', path.basename(file), '--overwrite-dest', '--no-config-discovery'],
    { stdio: 'ignore' },
  )
}
