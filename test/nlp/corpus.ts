// Reader for the labelled NLP set (test/nlp/corpus.txt) and the sentence-boundary set (boundaries.json).
import { readFileSync } from 'node:fs'
import path from 'node:path'

export interface GoldPerson {
  name: string
  aliases: string[]
  role: string | null
}

export interface LabelledText {
  id: string
  lang: 'de' | 'en'
  /** "dev" (tuned on) or a held-out batch ("heldout", "heldout-b", …: written before being run). */
  split: string
  title: string
  paragraphs: string[]
  people: GoldPerson[]
  /** The gold summary sentences, verbatim from the paragraphs. */
  summary: string[]
}

export interface BoundaryCase {
  lang: string
  text: string
  sentences: string[]
}

/** Resolved from the repository root (npm scripts and vitest run there; the eval script is bundled). */
const HERE = path.resolve('test/nlp')
const GOLD = /⟦([^⟧]+)⟧/g

export function loadCorpus(file = path.join(HERE, 'corpus.txt')): LabelledText[] {
  const texts: LabelledText[] = []
  for (const block of readFileSync(file, 'utf8').split(/^### /m).slice(1)) texts.push(parseBlock(block))
  return texts
}

function parseBlock(block: string): LabelledText {
  const [header = '', ...lines] = block.split('\n')
  const fields = Object.fromEntries(header.split('|').map((f) => f.split(':').map((s) => s.trim()) as [string, string]))
  const meta = (key: string) => lines.find((l) => l.startsWith(`# ${key}:`))?.slice(key.length + 3).trim() ?? ''
  const body = lines.filter((l) => l.trim() && !l.startsWith('#'))
  const summary = body.flatMap((l) => [...l.matchAll(GOLD)].map((m) => (m[1] ?? '').trim()))
  return {
    id: fields.id ?? '',
    lang: fields.lang === 'en' ? 'en' : 'de',
    split: fields.split?.startsWith('heldout') ? fields.split : 'dev',
    title: meta('title'),
    paragraphs: body.map((l) => l.replace(/[⟦⟧]/g, '').trim()),
    people: parsePeople(meta('people')),
    summary,
  }
}

/** "Name | Alias | Alias = Role ; Name2 | Alias" */
function parsePeople(line: string): GoldPerson[] {
  return line.split(';').map((s) => s.trim()).filter(Boolean).map((entry) => {
    const [names = '', role] = entry.split('=').map((s) => s.trim())
    const [name = '', ...aliases] = names.split('|').map((s) => s.trim())
    return { name, aliases, role: role || null }
  })
}

export function loadBoundaries(file = path.join(HERE, 'boundaries.json')): BoundaryCase[] {
  return JSON.parse(readFileSync(file, 'utf8')) as BoundaryCase[]
}
