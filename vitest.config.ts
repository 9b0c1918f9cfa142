import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', './scripts/vitest-summary-reporter.mjs'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup/fast-check-seed.ts'],
          environment: 'node',
          // A safety net against hangs only, never a speed bound: tests count work (no timed tests),
          // and a property run may take minutes on two cores shared by a loaded machine.
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // Real Chromium and Firefox with the built extension (dist/): run after `npm run build`.
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
