// Public NER sets with person labels, read from .cache/ner (npm run data:eval-sets), as texts with gold
// person mentions (character ranges). Person = the outer PER spans; GermEval's PERderiv ("Goethes
// Faust" is PER, "goethesche" is PERderiv) and PERpart ("Merkel-Regierung") are not persons named.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export interface GoldSpan { paragraph: number; start: number; end: number }

/** A gold entity of any type ("PER", "ORG", "LOC", "OTH", "PERpart" ...): what a false person was. */
export interface GoldEntity extends GoldSpan { type: string }

export interface NerText {
  id: string
  lang: 'de' | 'en'
  paragraphs: string[]
  gold: GoldSpan[]
  /** Every outer entity span with its type, persons too (for the error classes of scripts/eval/people-errors.ts). */
  entities: GoldEntity[]
}

export interface NerSet {
  name: string
  /** "tuned on" or "reported": a held-out split is read only for the final figure. */
  use: 'dev' | 'test'
  texts: NerText[]
}

const CACHE = path.resolve('.cache/ner')

/** The sets present in the cache; the missing ones are named in `missing`. */
export function loadNerSets(): { sets: NerSet[]; missing: string[] } {
  const specs: { name: string; file: string | string[]; use: 'dev' | 'test'; read: (text: string) => NerText[] }[] = [
    { name: 'GermEval 2014 dev (de, sentences)', file: 'germeval-dev.tsv', use: 'dev', read: readGermEval },
    { name: 'GermEval 2014 test (de, sentences)', file: 'germeval-test.tsv', use: 'test', read: readGermEval },
    // Independent German sets (the shipped tagger never learnt from them): parliament speeches and
    // 1992 newspaper text (CoNLL-2003's German part as XGLUE publishes it; for evaluation only).
    { name: 'Europarl NER dev (de, sentences)', file: ['europarl-train.tsv', 'europarl-dev.tsv'], use: 'dev', read: readEuroparl },
    { name: 'Europarl NER test (de, sentences)', file: 'europarl-test.tsv', use: 'test', read: readEuroparl },
    { name: 'CoNLL-2003 German dev (de, sentences)', file: ['conll2003de-train.txt', 'conll2003de-dev.txt'], use: 'dev', read: readConllGerman },
    { name: 'CoNLL-2003 German test (de, sentences)', file: 'conll2003de-test.txt', use: 'test', read: readConllGerman },
    { name: 'CoNLL-2003 dev (en, documents)', file: 'conll2003-dev.txt', use: 'dev', read: readConll },
    { name: 'CoNLL-2003 test (en, documents)', file: 'conll2003-test.txt', use: 'test', read: readConll },
  ]
  const sets: NerSet[] = []
  const missing: string[] = []
  for (const s of specs) {
    const files = [s.file].flat().map((f) => path.join(CACHE, f))
    if (!files.every((f) => existsSync(f))) { missing.push(`${s.name} (.cache/ner/${[s.file].flat().join(', ')})`); continue }
    const texts = files.flatMap((f) => s.read(readFileSync(f, 'utf8')))
    sets.push({ name: s.name, use: s.use, texts })
    if (s.read === readConllGerman) sets.push({ name: s.name.replace('sentences', `runs of ${RUN} sentences`), use: s.use, texts: inRuns(texts, RUN) })
  }
  return { sets, missing }
}

/** Sentences per run: about a short news article. */
const RUN = 20

/** CoNLL-2003's German part has no document marks, but its sentences stand in the order of the newspaper's
 * articles: runs of consecutive sentences read as one text come near articles (a run may join the end of one
 * article to the start of the next), so what one sentence says about a name helps in the others, as in the
 * articles the extension reads. */
function inRuns(texts: readonly NerText[], size: number): NerText[] {
  const runs: NerText[] = []
  for (let at = 0; at < texts.length; at += size) {
    const part = texts.slice(at, at + size)
    const shift = <T extends GoldSpan>(spans: readonly T[], paragraph: number): T[] => spans.map((g) => ({ ...g, paragraph }))
    runs.push({
      id: `${part[0]!.id}-run`,
      lang: part[0]!.lang,
      paragraphs: part.flatMap((t) => t.paragraphs),
      gold: part.flatMap((t, k) => shift(t.gold, k)),
      entities: part.flatMap((t, k) => shift(t.entities, k)),
    })
  }
  return runs
}

interface Tagged { word: string; tag: string }

/** One sentence per blank-line block, one token per line; each sentence one text. */
interface ColumnFormat {
  id: string
  lang: 'de' | 'en'
  separator: RegExp
  word: number
  tag: number
  /** Other labels that name a person, read as PER. */
  persons?: RegExp
}

function readSentences(text: string, format: ColumnFormat): NerText[] {
  const texts: NerText[] = []
  for (const block of text.split(/\n\s*\n/)) {
    const rows = block.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(format.separator))
    if (rows.length === 0) continue
    const sentence = rows.map((r): Tagged => ({ word: r[format.word] ?? '', tag: (r[format.tag] ?? 'O').replace(format.persons ?? /$^/, 'PER') }))
    const { paragraph, gold, entities } = detokenize(sentence, 0)
    texts.push({ id: `${format.id}-${texts.length + 1}`, lang: format.lang, paragraphs: [paragraph], gold, entities })
  }
  return texts
}

/** GermEval: "# source" line, then "n<TAB>word<TAB>outer<TAB>inner" per token. */
export function readGermEval(text: string): NerText[] {
  return readSentences(text, { id: 'germeval', lang: 'de', separator: /\t/, word: 1, tag: 2 })
}

/** German Europarl NER (Faruqui & Padó 2010): "word<TAB>lemma<TAB>POS<TAB>chunk<TAB>tag", IOB1. */
export function readEuroparl(text: string): NerText[] {
  return readSentences(text, { id: 'europarl', lang: 'de', separator: /\t/, word: 0, tag: 4 })
}

/** German court decisions (Leitner et al. 2019, Legal Entity Recognition): "word tag", BIO. Judges (RR)
 * and lawyers (AN) are persons too; the parties' anonymised initials ("der Angeklagte H.") are not names. */
export function readLegal(text: string): NerText[] {
  const texts = readSentences(text, { id: 'legal', lang: 'de', separator: / /, word: 0, tag: 1, persons: /(?<=^[BI]-)(?:RR|AN)$/ })
  for (const t of texts) t.gold = t.gold.filter((g) => !/^\p{Lu}\.?$/u.test(t.paragraphs[0]!.slice(g.start, g.end)))
  return texts
}

/** CoNLL-2003's German part as XGLUE publishes it: "word tag", IOB1, sentences without document marks. */
function readConllGerman(text: string): NerText[] {
  return readSentences(text, { id: 'conll-de', lang: 'de', separator: / /, word: 0, tag: 1 })
}

/** CoNLL-2003: "word POS chunk tag" per token, sentences split by blank lines, documents by -DOCSTART-. */
function readConll(text: string): NerText[] {
  const texts: NerText[] = []
  for (const doc of text.split(/^-DOCSTART-.*$/m)) {
    const paragraphs: string[] = []
    const gold: GoldSpan[] = []
    const entities: GoldEntity[] = []
    for (const block of doc.split(/\n\s*\n/)) {
      const sentence = block.split('\n').filter(Boolean).map((l): Tagged => {
        const f = l.split(' ')
        return { word: f[0] ?? '', tag: f[f.length - 1] ?? 'O' }
      })
      if (sentence.length === 0) continue
      const d = detokenize(sentence, paragraphs.length)
      paragraphs.push(d.paragraph)
      gold.push(...d.gold)
      entities.push(...d.entities)
    }
    if (paragraphs.length) texts.push({ id: `conll-${texts.length + 1}`, lang: 'en', paragraphs, gold, entities })
  }
  return texts
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?)\]}%]|'s|'|n't|'re|'ve|'ll|'d|'m)$/
const NO_SPACE_AFTER = /^[([{„]$/

/** Joins tokens as running text ("sagte Merkel ." -> "sagte Merkel.") and maps PER spans onto it. Spans
 * are IOB (CoNLL: IOB1, where I- may open a span) in the outer column. */
function detokenize(tokens: readonly Tagged[], paragraph: number): { paragraph: string; gold: GoldSpan[]; entities: GoldEntity[] } {
  let text = ''
  const entities: GoldEntity[] = []
  let open: GoldEntity | null = null
  let previous = ''
  for (const { word, tag } of tokens) {
    if (text && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' '
    const start = text.length
    text += word
    const type = tag.replace(/^[BI]-/, '')
    const continues = open !== null && tag.startsWith('I-') && type === open.type
    if (continues) open!.end = text.length
    else {
      if (open) entities.push(open)
      open = type !== 'O' ? { paragraph, start, end: text.length, type } : null
    }
    previous = word
  }
  if (open) entities.push(open)
  const gold = entities.filter((e) => e.type === 'PER').map(({ paragraph: p, start, end }) => ({ paragraph: p, start, end }))
  return { paragraph: text, gold, entities }
}
