// The import() of a module bundle's source (src/shared/bundles.ts, MODULE_BUNDLES) becomes an
// import of the built file beside the importing bundle, left to the browser: the module is built on
// its own, so the importing bundle does not carry its code.
import path from 'node:path'

export function moduleBundleImports(root, sources, moduleBundles) {
  const bySource = new Map(moduleBundles.map((name) => [path.join(root, sources[name]), name]))
  return {
    name: 'module-bundle-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === 'module-bundle-imports') return undefined
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'module-bundle-imports' })
        const name = bySource.get(resolved.path)
        return name ? { path: `./${name}.js`, external: true } : resolved
      })
    },
  }
}
