// Lints the built Firefox package with Mozilla's addons-linter (web-ext lint), the check AMO runs.
// Prints every error and warning on one line each; exits 1 if there is any (warnings count too), 2 if
// the package is not built.   Usage: node scripts/lint-extension.mjs [dist/firefox]
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist/firefox'))
if (!existsSync(path.join(dir, 'manifest.json'))) {
  console.error(`lint-extension: ${dir} has no manifest.json (run npm run build)`)
  process.exit(2)
}

// web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
const { stdout } = await promisify(execFile)(
  path.join(root, 'node_modules/.bin/web-ext'),
  ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
  { maxBuffer: 16 << 20 },
).catch((error) => ({ stdout: error.stdout ?? '' }))
const report = JSON.parse(stdout)
const line = (kind, m) => `${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`
const problems = [...report.errors.map((m) => line('error', m)), ...report.warnings.map((m) => line('warning', m))]
for (const problem of problems) console.log(problem)
console.log(`web-ext lint ${path.relative(root, dir) || dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`)
process.exit(problems.length > 0 ? 1 : 0)
