// Security lint for the extension's source: page text must never reach innerHTML/outerHTML/
// insertAdjacentHTML/document.write (no-unsanitized), and no code is ever built from strings.
// Style and correctness are TypeScript's job (tsc --strict); this config guards only these doors.
import nounsanitized from 'eslint-plugin-no-unsanitized'
import tseslint from 'typescript-eslint'

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
  {
    // Tests and Node scripts build hostile or fixture HTML on purpose and never run in the extension.
    files: ['test/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-unsanitized/method': 'off',
      'no-unsanitized/property': 'off',
    },
  },
]
