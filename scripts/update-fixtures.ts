/**
 * Regenerates test/fixtures/<site>/<case>/expected.json from the current code, FOR REVIEW:
 * a generated file only proves stability; read each diff (git diff test/fixtures) before committing.
 * Usage: npm run fixtures:update [-- CASE...]   (no case: all fixtures)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { analyze } from '../src/shared/analysis'
import { expectedOf, listFixtures, parseFixture } from '../test/fixtures/load'

const only = new Set(process.argv.slice(2))
let changed = 0
for (const fixture of listFixtures()) {
  if (only.size && !only.has(fixture.name)) continue
  const { document } = parseFixture(fixture)
  const expected = expectedOf(analyze(document, fixture.url))
  const file = path.join(fixture.dir, 'expected.json')
  const text = JSON.stringify(expected, null, 2) + '\n'
  const before = existsSync(file) ? readFileSync(file, 'utf8') : null
  if (before === text) continue
  writeFileSync(file, text)
  changed++
  console.log(`${before === null ? 'created' : 'updated'} ${path.relative(process.cwd(), file)}: ` +
    `${expected.isArticle ? 'article' : 'not an article'}, ${expected.paragraphs.length} paragraphs, ${expected.hidden.length} hidden`)
}
console.log(changed ? `${changed} expected file(s) written: review them with git diff before committing.` : 'all expected files are up to date')
