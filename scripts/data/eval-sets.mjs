// npm run data:eval-sets: puts the public NER sets used by `npm run eval` into .cache/ner/ (gitignored).
// They stay out of the repository (size; CoNLL-2003's Reuters text may not be redistributed).
//   GermEval 2014 NER (CC BY 4.0): NER-de-train.tsv (the person tagger learns from it, npm run data:tagger),
//     NER-de-dev.tsv (tuned on), NER-de-test.tsv (reported once)
//   CoNLL-2003 English: valid.txt (tuned on), test.txt (reported)
//   Training data for the person tagger only (npm run data:tagger), never evaluated on:
//     German Europarl NER (M. Faruqui, S. Padó 2010): train/dev/test.tsv; Europarl text "without known copyright
//       restrictions" (statmt.org/europarl), the annotations published freely by the authors
//     Legal Entity Recognition (E. Leitner, G. Rehm, J. Moreno-Schneider 2019; CC BY 4.0): dev/test.conll
//   Europarl is also an independent German evaluation set of `npm run eval` (as long as the shipped tagger is
//   not trained with --extra europarl), and so is CoNLL-2003's German part (Frankfurter Rundschau 1992, as
//   XGLUE publishes it: train/dev/test.txt; evaluation only, the text may not be redistributed)
// Sources, each a directory or a git directory (a snapshot of a public GitHub mirror):
//   KLARTEXT_GERMEVAL  holds NER-de-{train,dev,test}.tsv (mirror: viniciusrpb/cloud_image_classification)
//   KLARTEXT_CONLL     holds data/conll2003/{valid,test}.txt (mirror: israelcamp/T5-For-NER)
//   KLARTEXT_SUPERGLEBER  holds data/NER/{EuroParl,Legal}/, data/XGlue/NER_News/ (mirror: LSX-UniWue/SuperGLEBer)
// or as arguments: node scripts/data/eval-sets.mjs GERMEVAL_SOURCE CONLL_SOURCE SUPERGLEBER_SOURCE
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const out = path.resolve('.cache/ner')
const [germeval = process.env.KLARTEXT_GERMEVAL, conll = process.env.KLARTEXT_CONLL, supergleber = process.env.KLARTEXT_SUPERGLEBER] = process.argv.slice(2)

const SETS = [
  { source: germeval, files: { 'germeval-dev.tsv': 'NER-de-dev.tsv', 'germeval-test.tsv': 'NER-de-test.tsv' } },
  { source: conll, files: { 'conll2003-dev.txt': 'data/conll2003/valid.txt', 'conll2003-test.txt': 'data/conll2003/test.txt' } },
  {
    source: supergleber,
    files: {
      'europarl-train.tsv': 'data/NER/EuroParl/train.tsv',
      'europarl-dev.tsv': 'data/NER/EuroParl/dev.tsv',
      'europarl-test.tsv': 'data/NER/EuroParl/test.tsv',
      'legal-dev.conll': 'data/NER/Legal/dev.conll',
      'legal-test.conll': 'data/NER/Legal/test.conll',
      'conll2003de-train.txt': 'data/XGlue/NER_News/train.txt',
      'conll2003de-dev.txt': 'data/XGlue/NER_News/dev.txt',
      'conll2003de-test.txt': 'data/XGlue/NER_News/test.txt',
    },
  },
]

/** A file of a plain directory, or of the newest commit of a bare git directory. */
function readSource(source, file) {
  const plain = path.join(source, file)
  if (existsSync(plain)) return readFileSync(plain)
  return execFileSync('git', ['--git-dir', source, 'show', `HEAD:${file}`], { maxBuffer: 64 * 1024 * 1024 })
}

mkdirSync(out, { recursive: true })
let missing = 0
for (const { source, files } of SETS) {
  if (!source) { missing++; continue }
  for (const [name, file] of Object.entries(files)) {
    writeFileSync(path.join(out, name), readSource(source, file))
    console.log(`wrote .cache/ner/${name}`)
  }
}
if (missing) console.log(`${missing} set(s) without a source: set KLARTEXT_GERMEVAL / KLARTEXT_CONLL / KLARTEXT_SUPERGLEBER (see the head of this script)`)
