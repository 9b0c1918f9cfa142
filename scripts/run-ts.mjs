// Runs a TypeScript script of this repository: bundles it with esbuild (packages stay external) and imports it.
// Usage: node scripts/run-ts.mjs scripts/eval.ts [args...]
import { build } from 'esbuild'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs SCRIPT.ts [args...]')
  process.exit(2)
}
const outdir = await mkdtemp(path.join(path.dirname(path.resolve(entry)), '.run-'))
const outfile = path.join(outdir, 'script.mjs')
try {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' })
  process.argv = [process.argv[0], path.resolve(entry), ...args]
  await import(pathToFileURL(outfile).href)
} finally {
  await rm(outdir, { recursive: true, force: true })
}
