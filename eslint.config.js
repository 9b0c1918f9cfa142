// Lint for the extension's source, two doors only (style and correctness are TypeScript's job):
// - security: page text must never reach innerHTML/outerHTML/insertAdjacentHTML/document.write
//   (no-unsanitized), and no code is ever built from strings;
// - layers: src/ imports downward only (README, "Layout").
import nounsanitized from 'eslint-plugin-no-unsanitized'
import tseslint from 'typescript-eslint'

/**
 * The layers of src/, lowest first, and the directories (or root files) of each. A module imports
 * its own directory and the layers below it; the adapters sit side by side and never import each other.
 */
const LAYERS = [
  { name: 'core', dirs: ['core'] },
  { name: 'sites', dirs: ['sites'] },
  { name: 'shared', dirs: ['shared'] },
  { name: 'ui', dirs: ['ui'] },
  { name: 'adapters', dirs: ['content', 'popup', 'background', 'options', 'cli'] },
]
const ALL_DIRS = LAYERS.flatMap((layer) => layer.dirs)

/** A relative import that reaches into src/<dir> (or src/<dir>.ts) from anywhere below src/. */
const reaching = (dirs) => `^\\.{1,2}/(?:\\.\\./)*(?:${dirs.join('|')})(?:/|$)`

function layerRules() {
  return LAYERS.flatMap((layer, index) => {
    const below = LAYERS.slice(0, index).flatMap((l) => l.dirs)
    return layer.dirs.map((dir) => {
      const forbidden = ALL_DIRS.filter((other) => other !== dir && !below.includes(other))
      return {
        files: dir === 'cli' ? ['src/cli.ts'] : [`src/${dir}/**/*.ts`],
        rules: {
          'no-restricted-imports': ['error', {
            patterns: [{
              regex: reaching(forbidden),
              message: `src/${dir} is in the ${layer.name} layer: it imports only ${[...below, dir].join(', ')} (README, "Layout").`,
            }],
          }],
        },
      }
    })
  })
}

export default [
  { ignores: ['dist/**', 'node_modules/**', '.run-ts/**', 'coverage/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs', 'test/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    plugins: { 'no-unsanitized': nounsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  ...layerRules(),
  {
    // Tests and Node scripts build hostile or fixture HTML on purpose and never run in the extension.
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-unsanitized/method': 'off',
      'no-unsanitized/property': 'off',
    },
  },
]
