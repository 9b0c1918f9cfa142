/**
 * The load-time shortcut (src/core/regex-literals.ts, clutterAround in src/core/clutter/load-time.ts): the
 * rules run only around the text nodes where a required literal occurs, and the result must be
 * findClutter()'s, on the fixtures and on generated pages (clutter phrases split by inline markup,
 * nested blocks, scripts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { JSDOM, VirtualConsole } from 'jsdom'
import { clutterAround, escapeRegExp, findClutter, literalScanner } from '../../src/core/clutter'
import { builtLoadFiltersModule, isPlainAlternation, loadFiltersOf } from '../../src/core/load-filters'
import { requiredLiterals } from '../../src/core/regex-literals'
import { SITES } from '../../src/sites/registry'
import { itBoltwise } from '../../src/sites/it-boltwise'
import { htmlTreeArb, plantedArticleArb } from '../security/html-arbitraries'
import { listFixtures, parseFixture } from '../fixtures/load'

/** Runs per property: enough to vary the generated pages, few enough for two shared cores. */
const RUNS = 100

function parse(html: string): Document {
  return new JSDOM(html, { url: 'https://www.it-boltwise.de/fuzz.html', virtualConsole: new VirtualConsole() }).window.document
}

/** clutterAround() fed as the load-time script feeds it: every text node in order, the flagged ones kept. */
function clutterByLiterals(doc: Document): Element[] {
  const filters = loadFiltersOf(itBoltwise)
  const scan = literalScanner(filters)
  const walker = doc.createTreeWalker(doc, 4)
  const flagged: Node[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (scan(node as Text)) flagged.push(node)
  return clutterAround(doc.body, itBoltwise, flagged).map((m) => m.element)
}

const wholePage = (doc: Document) => findClutter(doc, itBoltwise).map((m) => m.element)

describe('requiredLiterals', () => {
  it.each([
    [/Die besten Bücher/i, ['besten', 'Bücher']],
    [/ab+c/, ['ab', 'bc']],
    [/\((?:[mw]\s*\/\s*){2}[mw]\)/i, ['m)', 'w)']],
    [/(?:foo|bar)baz/, ['baz']],
    [/^(?=.{0,120}$)(?:Aktuelle )?Stellenangebote$/i, ['Stellenangebote']],
    [/\u00e4rger/, ['ärger']],
    [/a\sb/, ['a', 'b']],
    [/(?<=x)abc(?!d)/, ['abc']],
    [/(?<name>foo)bar/, ['foo', 'bar']],
  ])('%s requires one of a set of literals', (re, oneOf) => {
    const literals = requiredLiterals(re)
    expect(literals).not.toBeNull()
    expect(oneOf.some((l) => literals!.includes(l))).toBe(true)
  })

  it.each([/(a)\1/, /\p{L}+/u, /.*/, /a|\d/, /x?y*/])('%s: nothing it can prove, so null (every block is judged)', (re) => {
    expect(requiredLiterals(re)).toBeNull()
  })

  it('every registered site has literals for all its signatures (else the load-time script judges every block)', () => {
    for (const site of SITES) expect(loadFiltersOf(site).literals, site.id).toBeInstanceOf(RegExp)
  })

  it('every word family is a plain alternation of words, its own literal regex (else no shortcut at load time)', () => {
    const families = SITES.flatMap((site) => site.rules.flatMap((rule) => rule.evidence?.families ?? []))
    expect(families.length).toBeGreaterThan(0)
    for (const family of families) expect(isPlainAlternation(family), String(family)).toBe(true)
    expect(isPlainAlternation(/jede woche/i)).toBe(false)
    expect(isPlainAlternation(/buch(?:tipp)?/i)).toBe(false)
  })

  it("the extension's build-time filters are the ones computed from the rules", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'klartext-filters-'))
    const file = path.join(dir, 'load-filters.mjs')
    writeFileSync(file, builtLoadFiltersModule(SITES))
    const built = (await import(pathToFileURL(file).href)) as typeof import('../../src/core/load-filters')
    rmSync(dir, { recursive: true, force: true })
    for (const site of SITES) {
      const [fromBuild, computed] = [built.loadFiltersOf(site), loadFiltersOf(site)]
      expect({ ...fromBuild, literals: String(fromBuild.literals) }).toEqual({ ...computed, literals: String(computed.literals) })
    }
    expect(built.loadFiltersOf({ ...itBoltwise, id: 'unknown' }).literals).toBeUndefined()
  })

  const signatures = SITES.flatMap((site) => site.rules.flatMap((rule) => (rule.textSignatures ?? []).map((re) => [`${rule.name} ${re.source.slice(0, 40)}`, re] as const)))
  it.each(signatures)('every text %s matches holds one of its literals', (_name, re) => {
    const literals = requiredLiterals(re)!
    const oneOf = new RegExp(literals.map(escapeRegExp).join('|'), 'i')
    fc.assert(
      fc.property(textsOf(re).map((text) => text.replace(/[\s\u00a0\u200b]+/g, ' ')), (text) => {
        fc.pre(re.test(text))
        expect(oneOf.test(text), text).toBe(true)
      }),
      { numRuns: 60 },
    )
  })
})

/** `re` without what fast-check cannot generate (\\b, lookarounds): a superset of its texts, filtered by `re` itself. */
function generable(re: RegExp): RegExp {
  let source = re.source.replace(/\\[bB]/g, '')
  for (let at = source.search(/\(\?<?[=!]/); at >= 0; at = source.search(/\(\?<?[=!]/)) {
    let depth = 0
    let end = at
    for (; end < source.length; end++) {
      if (source[end] === '\\') end++
      else if (source[end] === '(') depth++
      else if (source[end] === ')' && --depth === 0) break
    }
    source = source.slice(0, at) + source.slice(end + 1)
  }
  return new RegExp(source, re.flags.replace('i', ''))
}

/** Texts `re` may match, in any case when it ignores case. */
function textsOf(re: RegExp, size?: 'small'): fc.Arbitrary<string> {
  const texts = fc.stringMatching(generable(re), size ? { size } : {})
  if (!re.ignoreCase) return texts
  const flip = (c: string) => (c.toUpperCase() !== c && c.toUpperCase().length === 1 ? c.toUpperCase() : c.toLowerCase().length === 1 ? c.toLowerCase() : c)
  return texts.chain((text) => fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((flips) => Array.from(text, (c, k) => (flips[k] ? flip(c) : c)).join('')))
}

describe('clutterAround() finds what findClutter() finds', () => {
  it.each(listFixtures().map((f) => [f.name, f] as const))('fixture %s', (_name, fixture) => {
    const { document } = parseFixture(fixture)
    expect(clutterByLiterals(document)).toEqual(wholePage(document))
  })

  it('a phrase split by inline markup or a comment is found; one split by a nested block is no phrase', () => {
    const doc = parse(
      '<body><main><p>Artikeltext, der lang genug ist, um als Absatz zu gelten, und der weitergeht und weitergeht.</p></main>' +
        '<aside><div>Die be<b>s</b><!-- x -->ten Bücher rund um KI</div><ul><li><a href="https://amzn.to/a">Buch A</a></li><li><a href="https://amzn.to/b">Buch B</a></li></ul></aside>' +
        '<footer><div>Du willst nichts verpas<div>x</div>sen?</div></footer></body>',
    )
    const found = clutterByLiterals(doc)
    expect(found).toEqual(wholePage(doc))
    expect(found.some((el) => el.textContent!.includes('ten Bücher rund um KI'))).toBe(true)
    expect(found.some((el) => el.textContent!.includes('verpas'))).toBe(false)
  })

  /** Pages made of the signatures' own phrases (generated from the regexes), cut by inline tags, among prose. */
  const phraseArb = fc.constantFrom(...itBoltwise.rules.flatMap((rule) => rule.textSignatures ?? [])).chain((re) => textsOf(re, 'small'))
  const splitArb = fc.tuple(phraseArb, fc.nat(), fc.constantFrom('b', 'span', 'em', 'a href="#"', 'div', 'script')).map(([text, at, tag]) => {
    const cut = text.length ? at % text.length : 0
    const name = tag.split(' ')[0]
    return `${text.slice(0, cut)}<${tag}>${tag === 'script' ? '' : text.slice(cut, cut + 3)}</${name}>${text.slice(cut + 3)}`
  })
  const itemArb = fc.oneof(
    splitArb.map((html) => `<li>${html}</li>`),
    splitArb.map((html) => `<p>${html}</p>`),
    fc.tuple(splitArb, fc.constantFrom('https://www.stepstone.de/j', 'https://amzn.to/x', 'https://example.org/')).map(([html, href]) => `<li><a href="${href}">${html}</a></li>`),
    fc.constant('<p>Die Forscher wollen ihr Verfahren im kommenden Jahr auf einer Fachkonferenz vorstellen und den Code veröffentlichen.</p>'),
  )
  const pageArb = fc.array(fc.tuple(fc.array(itemArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('ul', 'div', 'section', 'aside')), { minLength: 1, maxLength: 6 })
    .map((groups) => `<!DOCTYPE html><html><body><main>${groups.map(([items, tag]) => `<${tag}>${items.join('')}</${tag}>`).join('')}</main></body></html>`)

  it(`pages of clutter phrases cut by markup (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(pageArb, (html) => {
        const doc = parse(html)
        expect(clutterByLiterals(doc)).toEqual(wholePage(doc))
      }),
      { numRuns: RUNS },
    )
  })

  it(`planted article paragraphs among clutter blocks (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(plantedArticleArb, ({ html }) => {
        const doc = parse(html)
        expect(clutterByLiterals(doc)).toEqual(wholePage(doc))
      }),
      { numRuns: RUNS },
    )
  })

  it(`random trees (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(htmlTreeArb, (tree) => {
        const doc = parse(`<!DOCTYPE html><html><body>${tree}</body></html>`)
        expect(clutterByLiterals(doc)).toEqual(wholePage(doc))
      }),
      { numRuns: RUNS },
    )
  })
})
