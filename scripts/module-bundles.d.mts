import type { Plugin } from 'esbuild'

/** esbuild plugin: import() of a module bundle's source becomes an import of its built file (see module-bundles.mjs). */
export declare function moduleBundleImports(root: string, sources: Record<string, string>, moduleBundles: readonly string[]): Plugin
