/**
 * In-browser benchmark (issue 18): each figure next to a reference measured in the same run, on the
 * same pages, and their ratio against the floor (design.md, "Budgets"). Headless Chromium gates;
 * Firefox ESR is reported. All with test copies of the built extension (scripts/bench/test-copy.ts).
 *   - load-time script (scripts/bench/load-time.ts): content-early.js at load, new tab and same tab,
 *     over the fixtures and the corpus's largest pages, vs. a minimal observer with the site's signatures;
 *   - popup opened -> summary shown, vs. a static page of the popup's size; where its time goes;
 *   - reader switch -> reader painted, vs. the same text in a shadow-root overlay (scripts/bench/popup-reader.ts).
 * Writes bench/browser-results.json (read by scripts/bench.ts) and prints the floors.
 *
 *   node scripts/run-ts.mjs scripts/bench-browser.ts [--quick] [--runs N] [--no-large] [--no-firefox] [--load-only | --no-load] [--all-references] [--explain] [--profile | --no-profile]
 * --quick: 3 runs, 3 large pages, the gating reference script only, no profile (about 4 min on 2 busy cores).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM, VirtualConsole } from 'jsdom'
import { ROOT, browserAvailable, executableOf, extensionBuilt, launch, type BrowserName } from '../test/e2e/harness/browsers'
import { fixtureCases, staticArticleCase, type PageCase } from '../test/e2e/harness/cases'
import { startSiteServer, SITE_ORIGIN, type SiteServer } from '../test/e2e/harness/server'
import { analyzeWithContent } from '../src/shared/analysis'
import { createSanitizer } from '../src/core/sanitize'
import { READER_CSS } from '../src/content/reader/styles'
import { GATING_REFERENCE, largeCorpusPages, measureContentScript, measureReferenceScripts, mediansOverPages, type LoadTimes } from './bench/load-time'
import { measurePopupAndReader, type PopupReaderResult, type ReaderReference } from './bench/popup-reader'
import { makeTestCopy } from './bench/test-copy'
import { printFunctionTimes, profilePopupAndReader, unminifiedBundles } from './bench/profile'
import { printTimeline, switchTimelines } from './bench/switch-timeline'
import { argValue, floor, floorLine, fmt, loadAverage, machine, type Floor } from './bench/stats'

const QUICK = process.argv.includes('--quick')
const RUNS = Number(argValue('--runs') ?? (QUICK ? 3 : 7))
/** How many of the corpus's largest pages the load-time measure also loads. */
const LARGE_PAGES = QUICK ? 3 : 8
/** Popup and reader only (for iterating on them). */
const NO_LOAD = process.argv.includes('--no-load')
/** The popup's and the reader's time by function, from V8's sampling profiler (default in a full run). */
const PROFILE = process.argv.includes('--profile') || (!QUICK && !process.argv.includes('--no-profile'))
const OUT = path.join(ROOT, 'bench/browser-results.json')
const LIMITS = { loadTime: 1.5, popup: 1.25, reader: 1.5 }

async function main(): Promise<void> {
  const started = Date.now()
  if (!browserAvailable('chromium')) {
    console.log(`bench-browser: skipped, no Chromium at ${executableOf('chromium')}`)
    return
  }
  if (!extensionBuilt('chromium')) throw new Error('dist/chrome is missing: run `npm run build` first')
  const loadAverages = [loadAverage()]
  const server = await startSiteServer(readFileSync(path.join(ROOT, 'test/e2e/pages/probe.js'), 'utf8'))
  const pages = [staticArticleCase(), ...fixtureCases()]
  const article = pages.find((c) => c.isArticle) as PageCase
  const large = process.argv.includes('--no-large') ? [] : largeCorpusPages(LARGE_PAGES)
  try {
    const chromium = await inBrowser('chromium', server, async (browser) => ({
      load: NO_LOAD ? {} : await measureContentScript(browser, server, [...pages, ...large], RUNS, 'Klartext', process.argv.includes('--explain')),
      popupReader: process.argv.includes('--load-only') ? null : await measurePopupAndReader(browser, server, article, readerReference(article), RUNS),
    }))
    loadAverages.push(loadAverage())
    const profile = PROFILE
      ? await inBrowser('chromium', server, async (browser) => {
          const url = server.addPage('/bench/article/', { html: article.html, truth: article.truth, probe: false })
          return { ...(await profilePopupAndReader(browser, url, readerReference(article))), switches: await switchTimelines(browser, url, readerReference(article)) }
        }, unminifiedBundles)
      : null
    const references = NO_LOAD ? {} : await measureReferenceScripts(server, [...pages, ...large], RUNS, QUICK || !process.argv.includes('--all-references'))
    loadAverages.push(loadAverage())
    const firefox =
      process.argv.includes('--no-firefox') || process.argv.includes('--load-only') || !browserAvailable('firefox') || !extensionBuilt('firefox')
        ? null
        : await inBrowser('firefox', server, (browser) => measurePopupAndReader(browser, server, article, readerReference(article), RUNS))
    loadAverages.push(loadAverage())
    const pageNames = pages.map((p) => p.name)
    const results = {
      machine: machine(executableOf('chromium')),
      firefox: firefox ? executableOf('firefox') : null,
      runs: RUNS,
      minutes: Math.round((Date.now() - started) / 6000) / 10,
      loadAverages,
      floors: [
        ...loadTimeFloors(chromium.load, references[GATING_REFERENCE] ?? {}, pageNames, large.map((p) => p.name)),
        ...popupReaderFloors('Chromium', chromium.popupReader, true),
        ...popupReaderFloors('Firefox ESR', firefox, false),
      ],
      contentScriptAtLoadMs: chromium.load,
      referenceScriptsAtLoadMs: references,
      chromium: chromium.popupReader,
      profile,
      firefoxPopupReader: firefox,
    }
    mkdirSync(path.dirname(OUT), { recursive: true })
    writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n')
    printResults(results)
    if (profile) {
      printFunctionTimes('Chromium, popup opened -> summary shown, by function (unminified build, one sampled load)', profile.popup)
      printFunctionTimes('Chromium, reader switch -> reader painted, by function (the page\'s renderer, one sampled switch)', profile.reader)
      printFunctionTimes('Chromium, the reference overlay\'s switch -> painted (the same)', profile.referenceReader)
      printTimeline('Chromium, reader switch (one traced switch, no sampling)', profile.switches.reader)
      printTimeline('Chromium, the reference overlay\'s switch (the same)', profile.switches.referenceReader)
    }
    console.log(`\nwrote ${path.relative(ROOT, OUT)} (${results.minutes} min)`)
  } finally {
    await server.close()
  }
}

/** A browser with a test copy of the extension (Klartext plus the reference pages), closed after `work`. */
async function inBrowser<T>(name: BrowserName, server: SiteServer, work: (browser: Awaited<ReturnType<typeof launch>>) => Promise<T>, prepare?: (dir: string) => Promise<void>): Promise<T> {
  const copy = makeTestCopy(name)
  await prepare?.(copy.dir)
  const browser = await launch(name, server.port, copy.dir)
  try {
    return await work(browser)
  } finally {
    await browser.close()
    copy.remove()
  }
}

/** The article as Klartext's reader shows it (Readability's content of the same page, sanitized), and the reader's stylesheet. */
function readerReference(article: PageCase): ReaderReference {
  const url = SITE_ORIGIN + '/bench/article/'
  const { window } = new JSDOM(article.html, { url, virtualConsole: new VirtualConsole() })
  const { analysis, content } = analyzeWithContent(window.document, url, { inPlace: true })
  const fragment = createSanitizer(window as unknown as Window)(content?.innerHTML ?? '')
  const holder = window.document.createElement('div')
  holder.append(fragment)
  return { html: holder.innerHTML, css: READER_CSS, lang: analysis.lang || 'de' }
}

function loadTimeFloors(klartext: LoadTimes, reference: LoadTimes, fixtures: string[], large: string[]): Floor[] {
  const pick = (times: LoadTimes, names: string[]) => Object.fromEntries(names.filter((n) => times[n]).map((n) => [n, times[n]!]))
  const ours = mediansOverPages(pick(klartext, fixtures))
  const theirs = mediansOverPages(pick(reference, fixtures))
  const floors = [
    floor('Chromium: load-time script, new tab (median over the fixtures)', ours.coldMedianMs, theirs.coldMedianMs, LIMITS.loadTime),
    floor('Chromium: load-time script, same tab again (median over the fixtures)', ours.warmMedianMs, theirs.warmMedianMs, LIMITS.loadTime),
  ]
  for (const name of large) {
    if (!klartext[name] || !reference[name]) continue
    floors.push(floor(`Chromium: load-time script, new tab, ${name}`, klartext[name].cold.median, reference[name].cold.median, LIMITS.loadTime))
    floors.push(floor(`Chromium: load-time script, same tab, ${name}`, klartext[name].warm.median, reference[name].warm.median, LIMITS.loadTime))
  }
  return floors
}

function popupReaderFloors(browser: string, result: PopupReaderResult | null, gated: boolean): Floor[] {
  if (!result) return []
  return [
    floor(`${browser}: popup opened -> summary shown`, result.popup.median, result.referencePopup.median, gated ? LIMITS.popup : null),
    floor(`${browser}: reader switch -> reader painted`, result.readerFrame.median, result.referenceReaderFrame.median, gated ? LIMITS.reader : null),
  ]
}

function printResults(results: {
  machine: ReturnType<typeof machine>
  runs: number
  loadAverages: number[][]
  floors: Floor[]
  contentScriptAtLoadMs: LoadTimes
  referenceScriptsAtLoadMs: Record<string, LoadTimes>
  chromium: PopupReaderResult | null
  firefoxPopupReader: PopupReaderResult | null
}): void {
  console.log(`\n${results.machine.browser}, medians of ${results.runs} runs, ms (${results.machine.cpu}, ${results.machine.cores} cores)`)
  console.log(`load average (1, 5, 15 min) at the start and after each part: ${results.loadAverages.map((l) => l.join(' ')).join(' | ')}`)
  console.log('\nload-time script per page, median ms: new tab / same tab again (reference in brackets)')
  const reference = results.referenceScriptsAtLoadMs[GATING_REFERENCE] ?? {}
  for (const [name, m] of Object.entries(results.contentScriptAtLoadMs)) {
    const r = reference[name]
    console.log(`  ${name.padEnd(36)} ${fmt(m.cold.median).padStart(7)} / ${fmt(m.warm.median).padEnd(7)} (${r ? `${fmt(r.cold.median)} / ${fmt(r.warm.median)}` : '-'})`)
  }
  for (const [name, times] of Object.entries(results.referenceScriptsAtLoadMs)) {
    const m = mediansOverPages(times)
    console.log(`  reference ${name}: ${fmt(m.coldMedianMs)} / ${fmt(m.warmMedianMs)} (median over all pages)`)
  }
  for (const [browser, r] of [['Chromium', results.chromium], ['Firefox ESR', results.firefoxPopupReader]] as const) {
    if (!r) continue
    console.log(`\n${browser}: popup ${fmt(r.popup.median)} (min ${fmt(r.popup.min)}, max ${fmt(r.popup.max)}; people shown at ${fmt(r.popupAll.median)}), reference popup ${fmt(r.referencePopup.median)}; reader ${fmt(r.readerFrame.median)} (host in page ${fmt(r.readerHost.median)}), reference overlay ${fmt(r.referenceReaderFrame.median)}`)
    console.log(`  where the popup's time goes (median ms per stage): ${Object.entries(r.popupStages).map(([s, ms]) => `${s} ${fmt(ms)}`).join(', ')}`)
  }
  console.log('\nfloors (ratio to the reference measured in the same run)')
  for (const f of results.floors) console.log(`  ${floorLine(f)}`)
}

await main()
