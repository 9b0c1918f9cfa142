// Brings the summary eval's public benchmark pages into .cache/summary-eval/ (gitignored; never commit
// them). The pages come from git snapshots of two public repositories:
//   scrapinghub/article-extraction-benchmark (MIT): 181 English news pages, html/*.html.gz
//   adbar/trafilatura (Apache-2.0): tests/eval and tests/cache, real pages, many German news sites
// Usage: npm run data:summary-pages -- DIR   where DIR holds the snapshots as
//   DIR/scrapinghub+article-extraction-benchmark/repo and DIR/adbar+trafilatura/repo (git directories),
// or name each git directory: -- --scrapinghub GITDIR --trafilatura GITDIR
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { findRepo } from '../../test/security/corpus'

export const SOURCES = {
  scrapinghub: { snapshot: 'scrapinghub+article-extraction-benchmark/repo', paths: ['html', 'ground-truth.json'] },
  trafilatura: { snapshot: 'adbar+trafilatura/repo', paths: ['tests/eval', 'tests/cache'] },
} as const

export function cacheDir(repo: string): string {
  return path.join(repo, '.cache', 'summary-eval')
}

function gitDirFor(name: keyof typeof SOURCES, args: readonly string[]): string | null {
  const flag = args.indexOf(`--${name}`)
  if (flag >= 0) return args[flag + 1] ?? null
  const root = args.find((a) => !a.startsWith('--') && !Object.keys(SOURCES).includes(a))
  return root ? path.join(root, SOURCES[name].snapshot) : null
}

function main(): number {
  const repo = findRepo(import.meta.url)
  const args = process.argv.slice(2)
  let missing = 0
  for (const name of Object.keys(SOURCES) as (keyof typeof SOURCES)[]) {
    const gitDir = gitDirFor(name, args)
    if (!gitDir || !existsSync(gitDir)) {
      console.log(`${name}: no snapshot (${gitDir ?? 'give DIR or --' + name + ' GITDIR'}); skipped`)
      missing++
      continue
    }
    const into = path.join(cacheDir(repo), name)
    rmSync(into, { recursive: true, force: true })
    mkdirSync(into, { recursive: true })
    const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', 'HEAD', ...SOURCES[name].paths], { maxBuffer: 1 << 30 })
    execFileSync('tar', ['-x', '-C', into], { input: archive })
    console.log(`${name}: copied ${SOURCES[name].paths.join(', ')} into ${path.relative(repo, into)}`)
  }
  return missing === Object.keys(SOURCES).length ? 1 : 0
}

if (process.argv[1]?.endsWith('summary-data.ts')) process.exitCode = main()
