// Behaviour-preserving patches to third-party code bundled into the extension, so that Mozilla's
// addons-linter has no innerHTML assignment to warn about. Each patch must find its exact target:
// after a library upgrade the build fails here instead of silently shipping unpatched code.
import { readFile } from 'node:fs/promises'

const PATCHES = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    replacements: [
      // Reset the page between extraction attempts from a clone instead of re-parsing serialized HTML.
      ['var pageCacheHtml = page.innerHTML;', 'var pageCache = page.cloneNode(true);'],
      ['page.innerHTML = pageCacheHtml;', 'page.replaceChildren(...pageCache.cloneNode(true).childNodes);'],
      // Parse <noscript> image fallbacks in an inert DOMParser document instead of the page's.
      [
        'tmp.innerHTML = noscript.innerHTML;',
        'tmp.replaceChildren(...new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes);',
      ],
    ],
  },
  {
    file: /dompurify[\\/]dist[\\/]purify\.es\.mjs$/,
    replacements: [
      // Fallback for non-HTML namespaces when DOMParser fails; Klartext sanitizes HTML only, so fail closed (empty output).
      ['doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;', 'void 0;'],
    ],
  },
]

/**
 * Packages whose import runs no code of consequence: a bundle that imports them but uses nothing of
 * them leaves them out (the load-time script reaches the generic site module through the registry,
 * and must not carry Readability for it). Their package.json does not say so itself.
 */
const WITHOUT_SIDE_EFFECTS = /^@mozilla\/readability$/

/** esbuild plugin applying PATCHES. */
export const libraryPatches = {
  name: 'library-patches',
  setup(build) {
    build.onResolve({ filter: WITHOUT_SIDE_EFFECTS }, async (args) => {
      if (args.pluginData === 'library-patches') return undefined
      const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'library-patches' })
      return { ...resolved, sideEffects: false }
    })
    for (const patch of PATCHES) {
      build.onLoad({ filter: patch.file }, async (args) => {
        let contents = await readFile(args.path, 'utf8')
        for (const [from, to] of patch.replacements) {
          if (!contents.includes(from)) throw new Error(`library patch target not found in ${args.path}: ${from}`)
          contents = contents.split(from).join(to)
        }
        return { contents, loader: 'js' }
      })
    }
  },
}
