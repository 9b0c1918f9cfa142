/**
 * One small interface over the two real browsers, each with the built extension installed:
 *   Chromium    — playwright-core, persistent context, --load-extension=dist/chrome
 *   Firefox ESR — puppeteer-core over WebDriver BiDi, browser.installExtension(dist/firefox)
 * Both send every request through the test server (it is their HTTP proxy), so the server's log is
 * the complete record of the network traffic of a run.
 *
 * Extension pages:
 *   Chromium opens chrome-extension://<id>/popup.html?tab=<id> in a tab, like any URL.
 *   Firefox: WebDriver BiDi refuses navigations to privileged schemes such as moz-extension:// unless
 *   Firefox runs with --remote-allow-system-access (required since ESR 153; "Navigation to ... is not
 *   allowed in this context"). Even then it does not report the load (the goto never settles), but the
 *   navigation itself happens. The extension's UUID is fixed through the pref
 *   `extensions.webextensions.uuids`, the tab is navigated to moz-extension://<uuid>/popup.html?tab=<id>,
 *   and the harness polls the tab until the extension page has loaded, then aborts the pending goto.
 *   The page is the real popup, running with the real `browser` API and messages.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, mkdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core'
import puppeteer, { type Browser as PptrBrowser, type Page as PptrPage } from 'puppeteer-core'

export type BrowserName = 'chromium' | 'firefox'
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox']

/** The repository root: the nearest directory up with package.json (this file may run bundled elsewhere). */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)))
function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'manifest.json'))) return dir
    if (path.dirname(dir) === dir) return process.cwd()
  }
}
export const RESULTS_DIR = path.join(ROOT, 'test-results')

const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.KLARTEXT_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.KLARTEXT_FIREFOX ?? '/usr/bin/firefox-esr',
}
/** KLARTEXT_DIST points the tests at another build (e.g. of a clean checkout); default dist/. */
const DIST = path.resolve(process.env.KLARTEXT_DIST ?? path.join(ROOT, 'dist'))
const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: path.join(DIST, 'chrome'),
  firefox: path.join(DIST, 'firefox'),
}
/** Fixed so that the harness knows the moz-extension:// origin before installing. */
const FIREFOX_EXTENSION_UUID = '6b1a2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'
const POLL_MS = 25

export function executableOf(name: BrowserName): string {
  return EXECUTABLES[name]
}
export function browserAvailable(name: BrowserName): boolean {
  return existsSync(EXECUTABLES[name])
}
export function extensionBuilt(name: BrowserName): boolean {
  return existsSync(path.join(EXTENSION_DIRS[name], 'manifest.json'))
}
export function extensionDir(name: BrowserName): string {
  return EXTENSION_DIRS[name]
}

/** A tab, web page or extension page, in either browser. */
export interface E2EPage {
  readonly browser: BrowserName
  goto(url: string): Promise<void>
  /** Run `fn` in the page's main world (page scripts' world; extension pages: the extension's world). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>
  /** Evaluate a script's source text in the page's main world (e.g. a library such as axe-core). */
  evaluateScript(source: string): Promise<void>
  /** Poll `fn` until it returns a truthy value; throws with `what` after `timeoutMs`. */
  waitFor<R, A = undefined>(what: string, fn: (arg: A) => R | null | undefined | false | Promise<R | null | undefined | false>, arg?: A, timeoutMs?: number): Promise<R>
  setViewport(width: number, height: number): Promise<void>
  /** PNG of the viewport, or of the whole page with `fullPage`. */
  screenshot(file: string, options?: { fullPage?: boolean }): Promise<void>
  keyboard(key: string): Promise<void>
  /** Make this the selected tab (screenshots and focus need it in Firefox). */
  bringToFront(): Promise<void>
  close(): Promise<void>
}

export interface BrowserRequest {
  url: string
  /** The page (or worker) that made it, when the browser says. */
  from: string
}

/** What the browser itself reports about the installed extension. */
export interface ExtensionReport {
  /** The background (service worker in Chromium, background page in Firefox) is running. */
  backgroundRunning: boolean
  /** Warnings and errors the browser reports for the extension (manifest, install, runtime). */
  problems: string[]
}

export interface E2EBrowser {
  readonly name: BrowserName
  /** chrome-extension://<id> or moz-extension://<uuid> */
  readonly extensionOrigin: string
  /** Requests the browser reported through its automation events (pages and, in Chromium, workers). */
  readonly requests: BrowserRequest[]
  /** Lines the browser printed (Firefox: its console output, extension messages included). */
  readonly stderr: string[]
  newPage(): Promise<E2EPage>
  /** Open an extension page, e.g. "popup.html?tab=3", in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<E2EPage>
  /** The extension API's id of the tab showing `url`. */
  tabIdOf(url: string): Promise<number>
  /** The browser's own view of the extension: background up, warnings and errors. */
  extensionReport(): Promise<ExtensionReport>
  close(): Promise<void>
}

/** `extension` loads another unpacked extension (the benchmark's test copies with its reference pages and scripts). */
export async function launch(name: BrowserName, proxyPort: number, extension = EXTENSION_DIRS[name]): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(proxyPort, extension) : launchFirefox(proxyPort, extension)
}

// ---------------------------------------------------------------------------------------------
// Chromium

async function launchChromium(proxyPort: number, dir: string): Promise<E2EBrowser> {
  const stderr: string[] = []
  const context = await chromium.launchPersistentContext('', {
    executablePath: EXECUTABLES.chromium,
    headless: false, // the real headless mode is chosen by --headless=new below (loads extensions)
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      // Without this Chromium connects to loopback directly; with it, nothing bypasses the recording proxy.
      '--proxy-bypass-list=<-loopback>',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--lang=de-DE',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    logger: { isEnabled: () => true, log: (n, _sev, msg) => { if (n === 'browser') stderr.push(String(msg)) } },
  })
  const requests: BrowserRequest[] = []
  context.on('request', (request) => {
    let from = ''
    try {
      from = request.serviceWorker()?.url() ?? request.frame().url()
    } catch {
      from = 'worker'
    }
    requests.push({ url: request.url(), from })
  })
  const extensionOrigin = await chromiumExtensionOrigin(context, dir)
  for (const page of context.pages()) await page.close()

  const wrap = (page: PwPage): E2EPage => new ChromiumPage(page)
  return {
    name: 'chromium',
    extensionOrigin,
    requests,
    stderr,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage,
    tabIdOf: (url) => tabIdThroughExtensionPage(url, dir, openExtensionPage),
    extensionReport: () => chromiumExtensionReport(context, extensionOrigin),
    close: () => context.close(),
  }
  async function openExtensionPage(pathAndQuery: string): Promise<E2EPage> {
    const page = await context.newPage()
    await page.goto(`${extensionOrigin}/${pathAndQuery}`)
    return wrap(page)
  }
}

/**
 * Chromium's id of an unpacked extension: the SHA-256 of its absolute path, first 32 hex digits
 * written with the letters a-p. Known before any of the extension's code runs (the service worker
 * need not have started, which the package test checks on its own).
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(path.resolve(dir))).digest('hex').slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('')
}

/** The id from the path, unless the manifest pins one with "key": then the service worker's URL tells. */
async function chromiumExtensionOrigin(context: BrowserContext, dir: string): Promise<string> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { key?: string }
  if (!manifest.key) return `chrome-extension://${unpackedExtensionId(dir)}`
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))
  return new URL(worker.url()).origin
}

/**
 * chrome://extensions' own API (developerPrivate) lists what Chromium reports for an extension.
 * Manifest warnings are only collected in developer mode: switch it on, reload the extension, read.
 */
async function chromiumExtensionReport(context: BrowserContext, extensionOrigin: string): Promise<ExtensionReport> {
  const id = new URL(extensionOrigin).host
  const worker = await poll('the extension service worker', async () => context.serviceWorkers().find((w) => w.url().startsWith(extensionOrigin)) ?? null, 15_000).catch(() => null)
  const page = await context.newPage()
  try {
    await page.goto('chrome://extensions')
    const info = await page.evaluate(async (extensionId) => {
      type Item = { id: string; state: string; installWarnings: string[]; manifestErrors: { message: string }[]; runtimeErrors: { message: string }[] }
      type Dev = {
        updateProfileConfiguration(update: object, done: () => void): void
        reload(id: string, options: object, done: () => void): void
        getExtensionsInfo(options: object, done: (items: Item[]) => void): void
      }
      const dev = (globalThis as unknown as { chrome: { developerPrivate: Dev } }).chrome.developerPrivate
      await new Promise<void>((resolve) => dev.updateProfileConfiguration({ inDeveloperMode: true }, resolve))
      await new Promise<void>((resolve) => dev.reload(extensionId, { failQuietly: true, populateErrorForUnpacked: true }, resolve))
      const items = await new Promise<Item[]>((resolve) => dev.getExtensionsInfo({ includeDisabled: true, includeTerminated: true }, resolve))
      return items.find((item) => item.id === extensionId) ?? null
    }, id)
    if (!info) return { backgroundRunning: Boolean(worker), problems: [`extension ${id} is not installed`] }
    return {
      backgroundRunning: Boolean(worker),
      problems: [
        ...(info.state === 'ENABLED' ? [] : [`state ${info.state}`]),
        ...info.installWarnings.map((w) => `install warning: ${w}`),
        ...info.manifestErrors.map((e) => `manifest: ${e.message}`),
        ...info.runtimeErrors.map((e) => `runtime: ${e.message}`),
      ],
    }
  } finally {
    await page.close()
  }
}

export class ChromiumPage implements E2EPage {
  readonly browser = 'chromium' as const
  constructor(readonly page: PwPage) {}
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' })
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>
  }
  waitFor<R, A>(what: string, fn: (arg: A) => R | null | undefined | false | Promise<R | null | undefined | false>, arg?: A, timeoutMs = 10_000): Promise<R> {
    return poll<R>(what, () => this.evaluate(fn, arg), timeoutMs)
  }
  async evaluateScript(source: string): Promise<void> {
    await this.page.evaluate(`${source}\n;undefined`)
  }
  setViewport(width: number, height: number) {
    return this.page.setViewportSize({ width, height })
  }
  async screenshot(file: string, options?: { fullPage?: boolean }) {
    mkdirSync(path.dirname(file), { recursive: true })
    await this.page.screenshot({ path: file, timeout: 10_000, fullPage: options?.fullPage ?? false })
  }
  keyboard(key: string) {
    return this.page.keyboard.press(key)
  }
  bringToFront() {
    return this.page.bringToFront()
  }
  close() {
    return this.page.close()
  }
}

// ---------------------------------------------------------------------------------------------
// Firefox

async function launchFirefox(proxyPort: number, dir: string): Promise<E2EBrowser> {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } }
  }
  const geckoId = manifest.browser_specific_settings?.gecko?.id
  if (!geckoId) throw new Error('dist/firefox/manifest.json has no browser_specific_settings.gecko.id')
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    // ESR's BiDi lacks the screen-orientation command puppeteer's viewport emulation sends: size the window instead.
    defaultViewport: null,
    // Lets BiDi navigate a tab to moz-extension:// (see the note at the top of this file).
    args: ['--width=1280', '--height=900', '--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'intl.locale.requested': 'de-DE',
      'intl.accept_languages': 'de-DE, de',
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // Console messages (extension pages, background, content scripts) on the process output, to be read.
      'devtools.console.stdout.chrome': true,
      'devtools.console.stdout.content': true,
    },
  })
  await browser.installExtension(dir)
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`
  const requests: BrowserRequest[] = []
  const stderr: string[] = []
  for (const stream of [browser.process()?.stderr, browser.process()?.stdout]) {
    stream?.on('data', (chunk: Buffer) => stderr.push(...chunk.toString().split('\n').filter(Boolean)))
  }

  async function newPage(): Promise<FirefoxPage> {
    const page = await browser.newPage()
    page.on('request', (request) => requests.push({ url: request.url(), from: request.frame()?.url() ?? '' }))
    return new FirefoxPage(page)
  }
  async function openExtensionPage(pathAndQuery: string): Promise<E2EPage> {
    const page = await newPage()
    await page.gotoExtensionPage(`${extensionOrigin}/${pathAndQuery}`)
    return page
  }
  return {
    name: 'firefox',
    extensionOrigin,
    requests,
    stderr,
    newPage,
    openExtensionPage,
    tabIdOf: (url) => tabIdThroughExtensionPage(url, dir, openExtensionPage),
    extensionReport: async () => {
      const page = await openExtensionPage('options.html')
      try {
        const backgroundRunning = await page.evaluate(async () => {
          const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser
          return Boolean(await api.runtime.getBackgroundPage())
        })
        // Firefox prints manifest warnings and extension errors to its console output.
        const problems = stderr.filter((line) => (line.includes(extensionOrigin) || /Reading manifest|klartext/i.test(line)) && /warn|error/i.test(line))
        return { backgroundRunning, problems }
      } finally {
        await page.close()
      }
    },
    close: () => closeFirefox(browser),
  }
}

async function closeFirefox(browser: PptrBrowser): Promise<void> {
  await browser.close()
}

class FirefoxPage implements E2EPage {
  readonly browser = 'firefox' as const
  constructor(private readonly page: PptrPage) {}
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'load' })
  }
  /** See the note at the top of this file: navigate, wait by polling, then drop the never-settling goto. */
  async gotoExtensionPage(url: string) {
    const abort = new AbortController()
    // A refused navigation rejects at once: fail with Firefox's reason instead of polling a blank tab.
    const navigation = this.page.goto(url, { signal: abort.signal }).then(
      () => new Promise<never>(() => undefined),
      (error: unknown) => {
        if (abort.signal.aborted) return new Promise<never>(() => undefined)
        throw new Error(`Firefox refused to open ${url}: ${error instanceof Error ? error.message : String(error)}`)
      },
    )
    try {
      await Promise.race([
        navigation,
        poll(
          `extension page ${url} to load`,
          () => this.page.evaluate((target) => document.readyState === 'complete' && location.href === target, url).catch(() => false),
          15_000,
        ),
      ])
    } finally {
      abort.abort()
    }
  }
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.page.evaluate(fn as never, arg as never) as Promise<R>
  }
  waitFor<R, A>(what: string, fn: (arg: A) => R | null | undefined | false | Promise<R | null | undefined | false>, arg?: A, timeoutMs = 10_000): Promise<R> {
    return poll<R>(what, () => this.evaluate(fn, arg), timeoutMs)
  }
  async evaluateScript(source: string): Promise<void> {
    await this.page.evaluate(`${source}\n;undefined`)
  }
  async setViewport(width: number, height: number) {
    // puppeteer sets the viewport, then an orientation override ESR does not know: the first part is what counts.
    await this.page.setViewport({ width, height }).catch(() => undefined)
  }
  async screenshot(file: string, options?: { fullPage?: boolean }) {
    mkdirSync(path.dirname(file), { recursive: true })
    await this.page.screenshot({ path: file as `${string}.png`, fullPage: options?.fullPage ?? false })
  }
  keyboard(key: string) {
    return this.page.keyboard.press(key as Parameters<PptrPage['keyboard']['press']>[0])
  }
  bringToFront() {
    return this.page.bringToFront()
  }
  close() {
    return this.page.close()
  }
}

// ---------------------------------------------------------------------------------------------

/** The one extension API the harness calls from an extension page (same in both browsers). */
interface ExtensionTabsApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> }
}

/** Ask the extension's own tabs API (from one of its pages) which tab shows `url`. */
async function tabIdThroughExtensionPage(url: string, dir: string, open: (p: string) => Promise<E2EPage>): Promise<number> {
  // Any page of the extension has its APIs; the options page has no side effect on other tabs.
  const helper = await open(existsSync(path.join(dir, 'options.html')) ? 'options.html' : 'popup.html?tab=-1')
  try {
    const id = await helper.waitFor(
      `a tab showing ${url}`,
      async (target) => {
        const scope = globalThis as unknown as Record<'browser' | 'chrome', ExtensionTabsApi | undefined>
        const api = scope.browser ?? scope.chrome
        const tabs = api ? await api.tabs.query({}) : []
        return tabs.find((tab) => tab.url === target)?.id ?? 0
      },
      url,
    )
    return id
  } finally {
    await helper.close()
  }
}

/**
 * Condition polling with a deadline: the only way these tests wait. Errors while polling (a page
 * navigating, a context not yet there) count as "not yet".
 */
export async function poll<R>(what: string, check: () => Promise<R | null | undefined | false | 0 | ''>, timeoutMs: number): Promise<R> {
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const value = await check()
      if (value) return value as R
    } catch (error) {
      lastError = error
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : ''
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${why}`)
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}
