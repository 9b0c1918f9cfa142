/**
 * Rule compilation: a site's rules (data, src/sites/*) prepared for matching, with the prefilters
 * that let most blocks and links be dismissed by one native regex test.
 */
import type { ClutterKind } from '../types'
import type { ClutterRule, SiteModule } from '../site'
import { elementsByTag } from '../dom'

export interface ClutterMatch {
  rule: string
  kind: ClutterKind
  /** The block to hide: the smallest block holding the signature and no article text. */
  element: Element
}

/** A rule prepared for matching: lower-cased link targets, signatures split by anchoring. */
export interface CompiledRule {
  rule: ClutterRule
  index: number
  targets: string[]
  signatures: { re: RegExp; anchored: boolean }[]
  /** Word families of the rule's box evidence (none without evidence). */
  families: readonly RegExp[]
  /** Whether a lower-cased href goes to one of the rule's link targets, or to an offer of any shop (evidence.offers). */
  toTarget: (href: string) => boolean
  /** Whether a lower-cased href goes to a page of the rule's kind (evidence.links). */
  toKindPage: (href: string) => boolean
}

export interface Hit {
  element: Element
  rule: CompiledRule
  /** False for a hit on long prose by an unanchored signature or a bare link target. */
  strong: boolean
  /** An item (list item, paragraph, ad card): may hold an ad's own blurb; a bigger container may not hold prose. */
  unit: boolean
}

interface Prefilter {
  anchored: RegExp | null
  anywhere: RegExp | null
}

const compiledRules = new WeakMap<SiteModule, CompiledRule[]>()
/**
 * Two regexes for all signatures of a site (case-insensitive: a superset of them): the anchored ones
 * (tried at the start of a text only) and the others. Most blocks match none: they cost two tests,
 * and a page load compiles two regexes instead of one per signature.
 */
const prefilters = new WeakMap<readonly CompiledRule[], Prefilter>()
/**
 * All link targets of a site as one regex (over the raw href): one native test per link instead of
 * a dozen substring searches per rule, and the href is lower-cased only when it matches.
 */
const targetFilters = new WeakMap<readonly CompiledRule[], RegExp | null>()

/** All word families of a site as one regex: a block whose own text misses it is in no box's evidence. */
const familyFilters = new WeakMap<readonly CompiledRule[], RegExp | null>()

export function compileRules(site: SiteModule): CompiledRule[] {
  let compiled = compiledRules.get(site)
  if (!compiled) {
    compiled = site.rules.map((rule, index) => {
      const targets = (rule.linkTargets ?? []).map(asciiLowerCase)
      const kindPages = rule.evidence?.links ?? []
      const offers = rule.evidence?.offers
      return {
        rule,
        index,
        targets,
        signatures: (rule.textSignatures ?? []).map((re) => ({ re, anchored: re.source.startsWith('^') })),
        families: rule.evidence?.families ?? [],
        toTarget: (href: string) => targets.some((t) => href.includes(t)) || offers?.test(href) === true,
        toKindPage: (href: string) => kindPages.some((l) => href.includes(l)),
      }
    })
    compiledRules.set(site, compiled)
    // Case-insensitive without 'u': ASCII letters only, as CSS compares [href*="..." i]. Offers are
    // box evidence only: a link to one is a place where a box starts, never a hit (linkRule).
    const targets = [...compiled.flatMap((c) => c.targets).map(escapeRegExp), ...compiled.flatMap((c) => c.rule.evidence?.offers?.source ?? [])]
    targetFilters.set(compiled, targets.length ? new RegExp(targets.map((t) => `(?:${t})`).join('|'), 'i') : null)
    const families = compiled.flatMap((c) => c.families).map((re) => `(?:${re.source})`)
    familyFilters.set(compiled, families.length ? new RegExp(families.join('|'), 'i') : null)
    const signatures = compiled.flatMap((c) => c.signatures)
    const anchored = signatures.filter((sig) => sig.anchored).map((sig) => `(?:${sig.re.source.slice(1)})`)
    const anywhere = signatures.filter((sig) => !sig.anchored).map((sig) => `(?:${sig.re.source})`)
    // Without 'u': Unicode case folding makes the union many times slower to compile and run.
    // If a signature needs 'u' (a \p{...} class), there is no prefilter: every signature is tried.
    if (signatures.every((sig) => !sig.re.unicode)) {
      prefilters.set(compiled, {
        anchored: anchored.length ? new RegExp(`^(?:${anchored.join('|')})`, 'i') : null,
        anywhere: anywhere.length ? new RegExp(anywhere.join('|'), 'i') : null,
      })
    }
  }
  return compiled
}

/** Lower case for ASCII letters only: how CSS compares [href*="..." i], so that the stylesheet and this engine agree on every href. */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase())
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A site's signatures as the engine first tests them: two regexes, or null when every signature is tried (the benchmark's reference script uses them). */
export function signaturePrefilter(site: SiteModule): Prefilter | null {
  return prefilters.get(compileRules(site)) ?? null
}

export function mayMatch(rules: readonly CompiledRule[], text: string): boolean {
  const filter = prefilters.get(rules)
  return !filter || filter.anchored?.test(text) === true || filter.anywhere?.test(text) === true
}

/** The first rule with a signature that `text` matches, and whether that signature is anchored. */
export function matchText(rules: readonly CompiledRule[], text: string): { rule: CompiledRule; anchored: boolean } | null {
  if (!text || !mayMatch(rules, text)) return null
  for (const rule of rules) {
    for (const sig of rule.signatures) if (sig.re.test(text)) return { rule, anchored: sig.anchored }
  }
  return null
}

/** Whether a block's own text holds a word of some family. */
export function hasFamilyWord(rules: readonly CompiledRule[], text: string): boolean {
  return familyFilters.get(rules)?.test(text) === true
}

/**
 * Whether a text matches a regex or a predicate (the talk to the reader, a link's kind of page),
 * answered once per text, question and document: the box scoring asks of a block's own text (its
 * word families, its talk to the reader) and of each href for every box around the block and every
 * rule, and a page loads cold (interpreted code). Keyed by the text itself, so a changed page never
 * gets a stale answer; per document, so that a long-running process lets pages go.
 */
export type TextQuestion = RegExp | ((text: string) => boolean)
export type TextTest = (question: TextQuestion, text: string) => boolean

/** The answer to a question, uncached. */
export function answer(question: TextQuestion, text: string): boolean {
  return typeof question === 'function' ? question(text) : question.test(text)
}

const textTests = new WeakMap<Document, TextTest>()

export function textTestOf(doc: Document): TextTest {
  let test = textTests.get(doc)
  if (!test) {
    const answers = new Map<string, Map<TextQuestion, boolean>>()
    test = (question, text) => {
      let known = answers.get(text)
      if (!known) answers.set(text, (known = new Map()))
      let found = known.get(question)
      if (found === undefined) known.set(question, (found = answer(question, text)))
      return found
    }
    textTests.set(doc, test)
  }
  return test
}

/** Whether `text` holds a word of some family of `rule`. */
export function matchesFamily(test: TextTest, rule: CompiledRule, text: string): boolean {
  return rule.families.some((family) => test(family, text))
}

/** Whether a raw href may go to one of the rules' targets (one native test; exact per rule with `href.includes`). */
export function mayTarget(rules: readonly CompiledRule[], href: string): boolean {
  return targetFilters.get(rules)?.test(href) === true
}

/** Whether an <a> element links to one of the rules' targets. */
export function linksToTarget(link: Element, rules: readonly CompiledRule[]): boolean {
  const href = link.getAttribute('href')
  return href !== null && href !== '' && mayTarget(rules, href)
}

/** The links in `scope` to one of the rules' targets (a native query with [href*=... i] costs milliseconds on pages with thousands of links). */
export function linksToTargets(scope: Element, rules: readonly CompiledRule[]): Element[] {
  if (!targetFilters.get(rules)) return []
  return elementsByTag(scope, 'a').filter((link) => linksToTarget(link, rules))
}
