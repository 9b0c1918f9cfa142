import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Lints with the repository's own eslint.config.js. */
function eslint(): ESLint {
  return new ESLint({ cwd: repo })
}

describe('lint of src/ (eslint.config.js: no-unsanitized, no eval, layers)', () => {
  it('flags page text written into innerHTML, insertAdjacentHTML and eval in extension code', async () => {
    const code = [
      'export function show(el: HTMLElement, pageText: string): void {',
      '  el.innerHTML = pageText',
      "  el.insertAdjacentHTML('beforeend', pageText)",
      '  eval(pageText)',
      '}',
    ].join('\n')
    const [result] = await eslint().lintText(code, { filePath: path.join(repo, 'src/popup/lint-probe.ts') })
    const rules = result!.messages.map((m) => m.ruleId)
    expect(rules).toEqual(expect.arrayContaining(['no-unsanitized/property', 'no-unsanitized/method', 'no-eval']))
  })

  it('finds nothing in src/', async () => {
    const results = await eslint().lintFiles(['src'])
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(repo, r.filePath)}:${m.line} ${m.ruleId ?? 'parse'}: ${m.message}`))
    expect(results.length).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })
})
