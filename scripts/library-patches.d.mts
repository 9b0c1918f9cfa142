import type { Plugin } from 'esbuild'

/** esbuild plugin: behaviour-preserving patches to bundled third-party code (see library-patches.mjs). */
export declare const libraryPatches: Plugin
