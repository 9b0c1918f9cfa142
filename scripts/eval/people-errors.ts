// Error classes of the person finder on a public NER set (npm run eval -- --people --error-classes): every
// missed gold person and every false one gets one class, the first that fits in the order below, so the
// counts add up to the misses and show which kind of name costs the most.
import { isGivenName } from '../../src/core/text/name-words'
import { isSharedSurname, knownPersonBySurname } from '../../src/core/text/known-names'
import { germanRoleHead, isRoleToken } from '../../src/core/text/roles'
import type { GoldEntity, GoldSpan, NerText } from './ner-sets'

export interface ErrorClasses { missed: Map<string, string[]>; wrong: Map<string, string[]> }

const QUOTES = /["„“”»«‚‘’']/
const COORDINATION = /^(?:und|oder|sowie|,|and|or|&|\/)$/

/** The words of a text with their ranges. */
function wordsOf(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
}

const overlaps = (a: GoldSpan, b: GoldSpan) => a.paragraph === b.paragraph && a.start < b.end && b.start < a.end

function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(0, at)
  return (before.match(new RegExp(QUOTES.source, 'g'))?.length ?? 0) % 2 === 1 && QUOTES.test(text.slice(at))
}

/** Why a gold person was missed. */
function missClass(text: string, span: GoldSpan, found: readonly GoldSpan[], persons: readonly GoldSpan[]): string {
  const hit = found.find((f) => overlaps(f, span))
  if (hit) return hit.start <= span.start && hit.end >= span.end ? 'boundary: found longer' : hit.start >= span.start && hit.end <= span.end ? 'boundary: found shorter' : 'boundary: shifted'
  const name = text.slice(span.start, span.end)
  const words = wordsOf(text)
  const first = words.findIndex((w) => w.start === span.start)
  const last = words.findIndex((w) => w.end === span.end)
  const parts = name.split(/\s+/)
  const before = words[first - 1]?.text ?? ''
  const after = words[last + 1]?.text ?? ''
  if (/^\p{Ll}/u.test(name)) return 'lower-case start (particle, "von …")'
  if (/\p{Lu}{3,}/u.test(name) && name === name.toUpperCase()) return 'all capitals'
  if (/-/.test(name)) return 'hyphenated name'
  if (/\b\p{Lu}\./u.test(name)) return 'initials'
  if (parts.length === 1 && /(?:s|’|')$/.test(name) && /^\p{Lu}/u.test(after)) return 'genitive before a noun'
  if (insideQuotes(text, span.start)) return 'inside quotes (title, nickname)'
  const listed = persons.some((p) => p !== span && (COORDINATION.test(text.slice(p.end, span.start).trim()) || COORDINATION.test(text.slice(span.end, p.start).trim())))
  if (listed) return 'listed with another person ("X und Y", "X, Y")'
  if (first <= 0 || /^[.!?:;\n]$/.test(before)) return 'sentence start'
  const lowerBefore = before.toLowerCase()
  if (/^(?:herrn?|frau|dr|prof)$/.test(lowerBefore.replace(/\.$/, '')) || isRoleToken(lowerBefore) || germanRoleHead(lowerBefore) !== null) return 'after a role or title'
  if (parts.length === 1) {
    if (knownPersonBySurname(name) || isSharedSurname(name)) return 'one word, a well-known surname'
    return 'one word, unknown (surname or given name alone)'
  }
  if (isGivenName(parts[0]!)) return 'several words, known given name'
  return 'several words, unknown given name (foreign, rare)'
}

/** What a false person was in the gold data. */
function wrongClass(text: string, span: GoldSpan, gold: readonly GoldSpan[], entities: readonly GoldEntity[]): string {
  const hit = gold.find((g) => overlaps(g, span))
  if (hit) return hit.start <= span.start && hit.end >= span.end ? 'boundary: found shorter' : hit.start >= span.start && hit.end <= span.end ? 'boundary: found longer' : 'boundary: shifted'
  const entity = entities.find((e) => e.type !== 'PER' && overlaps(e, span))
  if (entity) return `gold ${entity.type.replace(/^(PER|ORG|LOC|OTH|MISC)(?=part|deriv)/, '*')}${/^(?:PER|ORG|LOC|OTH|MISC)(?:part|deriv)$/.test(entity.type) ? ` (${entity.type})` : ''}`
  const words = wordsOf(text)
  const first = words.findIndex((w) => w.start === span.start)
  if (first <= 0 || /^[.!?:;\n]$/.test(words[first - 1]!.text)) return 'no entity: at a sentence start'
  return text.slice(span.start, span.end).includes(' ') ? 'no entity: several words' : 'no entity: one word'
}

export function newErrorClasses(): ErrorClasses {
  return { missed: new Map(), wrong: new Map() }
}

/** Adds the misses of one text to the classes (with the name as written, for reading examples). */
export function classifyErrors(t: NerText, found: readonly GoldSpan[], into: ErrorClasses): void {
  const key = (s: GoldSpan) => `${s.paragraph}:${s.start}:${s.end}`
  const foundKeys = new Set(found.map(key))
  const goldKeys = new Set(t.gold.map(key))
  const add = (map: Map<string, string[]>, cls: string, s: GoldSpan) => {
    const p = t.paragraphs[s.paragraph]!
    map.set(cls, [...(map.get(cls) ?? []), `${p.slice(s.start, s.end)}  | ${p.slice(Math.max(0, s.start - 50), s.end + 40)}`])
  }
  for (const g of t.gold) if (!foundKeys.has(key(g))) add(into.missed, missClass(t.paragraphs[g.paragraph]!, g, found, t.gold), g)
  for (const f of found) if (!goldKeys.has(key(f))) add(into.wrong, wrongClass(t.paragraphs[f.paragraph]!, f, t.gold, t.entities), f)
}

export function printErrorClasses(name: string, classes: ErrorClasses, examples: number): void {
  for (const [label, map] of [['missed', classes.missed], ['false', classes.wrong]] as const) {
    const total = [...map.values()].reduce((n, v) => n + v.length, 0)
    console.log(`  ${name}: ${label} persons by class (${total})`)
    for (const [cls, items] of [...map].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`    ${String(items.length).padStart(4)}  ${cls}`)
      for (const item of items.slice(0, examples)) console.log(`            ${item}`)
    }
  }
}
