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

/** esbuild plugin applying PATCHES. */
export const libraryPatches = {
  name: 'library-patches',
  setup(build) {
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
