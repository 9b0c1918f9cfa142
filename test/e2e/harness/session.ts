/**
 * A test file's session in one browser: the local site server (also the recording proxy) and the
 * browser with the built extension, launched once per test file and browser.
 *
 * `describeInBrowsers` runs a suite in Chromium and in Firefox. A browser whose binary is missing
 * is skipped with a message saying which binary; a missing build (dist/) is a failure, not a skip.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import {
  BROWSER_NAMES,
  RESULTS_DIR,
  ROOT,
  browserAvailable,
  executableOf,
  extensionBuilt,
  launch,
  type BrowserName,
  type E2EBrowser,
  type E2EPage,
} from './browsers'
import { SITE_HOST, startSiteServer, type RecordedRequest, type ServedPage, type SiteServer } from './server'

export const PAGES_DIR = path.join(ROOT, 'test/e2e/pages')
const PROBE = readFileSync(path.join(PAGES_DIR, 'probe.js'), 'utf8')

/**
 * Hosts the browsers themselves contact (settings sync, safe browsing ...), never the extension:
 * it has no reason to, and its host permissions are IT BOLTWISE's only. Reported, not failed.
 */
const BROWSER_INFRASTRUCTURE = [
  // Firefox: remote settings, telemetry, add-on and safe-browsing services.
  /(^|\.)mozilla\.(com|net|org)(:\d+)?$/,
  /(^|\.)firefox\.com(:\d+)?$/,
  // Chromium: sign-in, autofill, update and safe-browsing endpoints only (fonts, CDNs and the like are not exempt).
  /^(accounts\.google\.com|android\.clients\.google\.com|clients\d*\.google\.com|content-autofill\.googleapis\.com|update\.googleapis\.com|safebrowsing\.googleapis\.com|optimizationguide-pa\.googleapis\.com)(:\d+)?$/,
]

export class Session {
  private constructor(
    readonly name: BrowserName,
    readonly server: SiteServer,
    readonly browser: E2EBrowser,
  ) {}

  /** `extensionDir` loads another build of the extension (a test copy) instead of dist/<browser>. */
  static async start(name: BrowserName, extensionDir?: (name: BrowserName) => string): Promise<Session> {
    if (!extensionBuilt(name)) throw new Error(`no built extension for ${name}: run \`npm run build\` first (dist/ is missing)`)
    const server = await startSiteServer(PROBE)
    try {
      const browser = await launch(name, server.port, extensionDir?.(name))
      return new Session(name, server, browser)
    } catch (error) {
      await server.close()
      throw error
    }
  }

  serve(pathname: string, page: ServedPage, host?: string): string {
    return this.server.addPage(pathname, page, host)
  }

  /** A new tab showing `url`, loaded. */
  async open(url: string): Promise<E2EPage> {
    const page = await this.browser.newPage()
    await page.goto(url)
    return page
  }

  /** The real popup page, targeting the tab that shows `tabUrl` (popup.html?tab=<id>). */
  async openPopupFor(tabUrl: string): Promise<E2EPage> {
    const tabId = await this.browser.tabIdOf(tabUrl)
    const popup = await this.browser.openExtensionPage(`popup.html?tab=${tabId}`)
    await popup.setViewport(400, 640)
    return popup
  }

  /** Screenshot path for a failure (or an inspection shot) of this browser. */
  resultFile(label: string): string {
    return path.join(RESULTS_DIR, `${this.name}-${label.replace(/[^\w.-]+/g, '_')}.png`)
  }

  /** Fails the test with `problems` listed, after saving a screenshot of `page`. */
  async failIf(page: E2EPage, label: string, problems: string[]): Promise<void> {
    if (problems.length === 0) return
    const file = this.resultFile(label)
    let shot = `screenshot: ${file}`
    try {
      await page.screenshot(file)
    } catch (error) {
      shot = `screenshot failed: ${(error as Error).message}`
    }
    throw new Error(`[${this.name}] ${label}:\n  - ${problems.join('\n  - ')}\n  (${shot})`)
  }

  /**
   * Every request of the run, sorted: the pages' own (served or referenced by a served page),
   * the browser's own infrastructure, and anything else (which would be the extension's).
   */
  networkReport(): { pageOwn: RecordedRequest[]; browserOwn: RecordedRequest[]; other: RecordedRequest[] } {
    const html = this.server.servedHtml()
    const hosts = this.server.servedHosts()
    const report = { pageOwn: [] as RecordedRequest[], browserOwn: [] as RecordedRequest[], other: [] as RecordedRequest[] }
    for (const request of this.server.log) {
      if (isPageOwn(request, html, hosts)) report.pageOwn.push(request)
      else if (BROWSER_INFRASTRUCTURE.some((re) => re.test(hostOf(request)))) report.browserOwn.push(request)
      else report.other.push(request)
    }
    return report
  }

  async close(): Promise<void> {
    try {
      await this.browser.close()
    } finally {
      await this.server.close()
    }
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

function hostOf(request: RecordedRequest): string {
  if (request.method === 'CONNECT') return request.url
  try {
    return new URL(request.url).host
  } catch {
    return request.url
  }
}

/** A request the test pages themselves caused: the page, a URL it references, or the browser's favicon probe. */
function isPageOwn(request: RecordedRequest, servedHtml: string[], hosts: ReadonlySet<string>): boolean {
  if (request.served) return true
  if (request.method === 'CONNECT') {
    const host = request.url.replace(/:\d+$/, '')
    return servedHtml.some((html) => html.includes(`//${host}`))
  }
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    return false
  }
  const served = hosts.has(url.host)
  if (served && url.pathname === '/favicon.ico') return true
  const withoutOrigin = url.pathname + url.search
  return servedHtml.some((html) => html.includes(request.url) || (served && (html.includes(withoutOrigin) || relativeReference(html, url))))
}

/** Relative references ("bild.jpg", "../x.png") resolve against the page: match on the last path segment. */
function relativeReference(html: string, url: URL): boolean {
  const last = url.pathname.split('/').pop()
  return Boolean(last && (html.includes(`"${last}`) || html.includes(`'${last}`) || html.includes(`=${last}`)))
}

/** Run `body` as a suite in each browser; the session is started once per browser for the file. */
export function describeInBrowsers(title: string, body: (session: () => Session) => void, extensionDir?: (name: BrowserName) => string): void {
  for (const name of BROWSER_NAMES) {
    const available = browserAvailable(name)
    if (!available) {
      console.warn(`[e2e] SKIPPING "${title}" in ${name}: browser binary ${executableOf(name)} not found (set KLARTEXT_${name.toUpperCase()} to its path)`)
    }
    describe.skipIf(!available)(`${title} [${name}]`, () => {
      let session: Session | undefined
      beforeAll(async () => {
        session = await Session.start(name, extensionDir)
      })
      afterAll(async () => {
        await session?.close()
      })
      body(() => {
        if (!session) throw new Error(`${name} session did not start`)
        return session
      })
    })
  }
}

/** The extension made no request of its own: the proxy saw only the pages' own and the browser's own. */
export function expectNoExtensionRequests(s: Session): void {
  const report = s.networkReport()
  const extensionSeen = s.browser.requests.filter((r) => r.from.startsWith(s.browser.extensionOrigin) && /^https?:/.test(r.url))
  const hosts = (list: RecordedRequest[]) => [...new Set(list.map((r) => (r.method === 'CONNECT' ? r.url : safeHost(r.url))))].join(', ') || '-'
  console.info(
    `[${s.name}] requests recorded by the proxy: ${s.server.log.length} — pages' own ${report.pageOwn.length} (${hosts(report.pageOwn)}), ` +
      `browser's own ${report.browserOwn.length} (${hosts(report.browserOwn)}), other ${report.other.length}; ` +
      `browser events: ${s.browser.requests.length}, from extension pages: ${extensionSeen.length}`,
  )
  expect(report.pageOwn.length, 'the server saw the test pages (the recording works)').toBeGreaterThan(0)
  expect(report.other.map((r) => `${r.method} ${r.url}`), 'requests no test page made').toEqual([])
  expect(extensionSeen.map((r) => `${r.url} from ${r.from}`), 'http(s) requests from extension pages').toEqual([])
}
