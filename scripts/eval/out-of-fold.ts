// The person finder's honest figure on the tagger's own training set: each fold of GermEval dev is read by
// a finder whose tagger learnt from the other folds only. The finder is bundled once per fold with the fold's
// weights in place of person-tagger-model.ts (an esbuild alias), so the shipped code runs unchanged.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { findPersonMentions } from '../../src/core/people'
import { encode, quantize, toExample, trainModel } from '../data/tagger-train'
import type { NerText } from './ner-sets'

export type MentionFinder = typeof findPersonMentions

/** As scripts/data/tagger.ts trains the shipped model (8 epochs, prune 0.01). */
const EPOCHS = 8
const PRUNE = 0.01

/** A finder per text: the one whose tagger never saw it (text i is in fold i % folds). */
export async function outOfFoldFinders(texts: readonly NerText[], folds: number): Promise<(index: number) => MentionFinder> {
  const examples = texts.map(toExample)
  const dir = await mkdtemp(path.resolve('scripts/.run-oof-'))
  const finders: MentionFinder[] = []
  try {
    for (let k = 0; k < folds; k++) {
      const { table } = quantize(trainModel(examples.filter((_, i) => i % folds !== k), EPOCHS), PRUNE)
      const model = path.join(dir, `model-${k}.ts`)
      await writeFile(model, `export const TAGGER_WEIGHTS = '${encode(table).toString('base64')}'\n`)
      const outfile = path.join(dir, `people-${k}.mjs`)
      await build({
        entryPoints: ['src/core/people.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        logLevel: 'warning',
        plugins: [{ name: 'fold-model', setup: (b) => b.onResolve({ filter: /\/person-tagger-model$/ }, () => ({ path: model })) }],
      })
      const module = (await import(pathToFileURL(outfile).href)) as { findPersonMentions: MentionFinder }
      finders.push(module.findPersonMentions)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  return (index) => finders[index % folds]!
}
