import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const eslint = new ESLint({ cwd: repo })

/** The rules that fire on `import` of `specifier` planted in the file `file` of src/ (linted, never written). */
async function lintImport(file: string, specifier: string): Promise<string[]> {
  const code = `import { x } from '${specifier}'\nexport const y = x\n`
  const [result] = await eslint.lintText(code, { filePath: path.join(repo, file) })
  return result!.messages.map((m) => m.ruleId ?? 'parse')
}

describe('layer lint (eslint.config.js: src/ imports downward only)', () => {
  it.each([
    ['src/core/probe.ts', '../sites/registry'],
    ['src/core/text/probe.ts', '../../popup/controller'],
    ['src/core/probe.ts', '../shared/messages'],
    ['src/sites/probe.ts', '../ui/i18n'],
    ['src/shared/probe.ts', '../content/reader/controller'],
    ['src/ui/probe.ts', '../popup/controller'],
    ['src/background/probe.ts', '../popup/controller'],
    ['src/options/probe.ts', '../content/reader/reader'],
    ['src/content/reader/probe.ts', '../../popup/controller'],
    ['src/popup/probe.ts', '../cli'],
    ['src/cli.ts', './popup/controller'],
  ])('fails %s importing %s', async (file, specifier) => {
    expect(await lintImport(file, specifier)).toContain('no-restricted-imports')
  })

  it.each([
    ['src/core/text/probe.ts', '../types'],
    ['src/sites/probe.ts', '../core/site'],
    ['src/shared/probe.ts', '../sites/registry'],
    ['src/ui/probe.ts', '../shared/settings'],
    ['src/content/reader/probe.ts', '../../ui/markdown'],
    ['src/popup/probe.ts', '../core/types'],
    ['src/cli.ts', './shared/analysis'],
  ])('lets %s import %s', async (file, specifier) => {
    expect(await lintImport(file, specifier)).toEqual([])
  })
})
