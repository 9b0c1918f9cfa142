/**
 * The local "www.it-boltwise.de": one node:http server that both browsers use as their HTTP proxy
 * (Chromium via --proxy-server, Firefox via network.proxy.*). Because every request of the browser
 * goes through it, its log is the record of every network request made during a run, whoever made it.
 *
 * Pages are registered by path; each is served with a small probe script inserted at the very top
 * of <head>, so the probe's DOMContentLoaded listener exists before the rest of the page is parsed.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export const SITE_HOST = 'www.it-boltwise.de'
export const SITE_ORIGIN = `http://${SITE_HOST}`

export interface RecordedRequest {
  /** Absolute URL (http) or host:port (CONNECT, i.e. an https request the proxy refused). */
  url: string
  method: string
  /** True when the server had a page (or a resource the served pages reference) for it. */
  served: boolean
  at: number
}

export interface ServedPage {
  html: string
  /** Insert the DOMContentLoaded probe (default true). */
  probe?: boolean
  /** What the probe looks at: texts of clutter blocks, article paragraphs and listing items. */
  truth?: Truth
}

export interface Truth {
  clutter: string[]
  article: string[]
  listing: string[]
  /** Blocks marked in the page itself: attribute="clutter" / ="article" (article or listing items). */
  marked?: { attribute: string; articleAs: 'article' | 'listing' }
}

export interface SiteServer {
  port: number
  /** Every request that reached the proxy, in order. */
  log: RecordedRequest[]
  /** Serve `html` at http://<host><path> (host: www.it-boltwise.de unless given). Returns the full URL. */
  addPage(path: string, page: ServedPage, host?: string): string
  /** Serve a non-HTML resource (images the pages reference, ...). */
  addResource(path: string, contentType: string, body: Buffer | string): string
  /** The HTML of every page served so far (to tell the pages' own requests from anything else). */
  servedHtml(): string[]
  /** The hosts pages are served on. */
  servedHosts(): Set<string>
  close(): Promise<void>
}

/** 1x1 transparent GIF: what image URLs in fixtures get, so layout does not depend on the network. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export async function startSiteServer(probeScript: string): Promise<SiteServer> {
  /** By host + path (+ query). */
  const pages = new Map<string, ServedPage>()
  const hosts = new Set<string>([SITE_HOST])
  const resources = new Map<string, { contentType: string; body: Buffer | string }>()
  const log: RecordedRequest[] = []

  const server = http.createServer((req, res) => {
    const url = absoluteUrl(req)
    const parsed = safeUrl(url)
    const page = parsed ? pages.get(parsed.host + parsed.pathname + parsed.search) ?? pages.get(parsed.host + parsed.pathname) : undefined
    const resource = parsed && parsed.host === SITE_HOST ? resources.get(parsed.pathname) : undefined
    const image = parsed && hosts.has(parsed.host) && /\.(png|jpe?g|gif|webp|svg|ico)$/i.test(parsed.pathname)
    log.push({ url, method: req.method ?? 'GET', served: Boolean(page || resource), at: Date.now() })
    res.setHeader('cache-control', 'no-store')
    if (page) {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(page.probe === false ? page.html : withProbe(page.html, truthScript(page.truth) + probeScript))
    } else if (resource) {
      res.setHeader('content-type', resource.contentType)
      res.end(resource.body)
    } else if (image) {
      // Images the fixtures reference (absolute or relative): a pixel, so pages render the same offline.
      res.setHeader('content-type', 'image/gif')
      res.end(PIXEL)
    } else {
      res.statusCode = 404
      res.end('not found')
    }
  })
  // https requests arrive as CONNECT: record and refuse (nothing here speaks TLS).
  server.on('connect', (req, socket) => {
    socket.on('error', () => undefined) // the browser may reset a refused tunnel: not a test failure
    log.push({ url: req.url ?? '', method: 'CONNECT', served: false, at: Date.now() })
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  server.on('connection', (socket) => socket.on('error', () => undefined))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    port,
    log,
    addPage(path, page, host = SITE_HOST) {
      pages.set(host + path, page)
      hosts.add(host)
      return `http://${host}${path}`
    },
    addResource(path, contentType, body) {
      resources.set(path, { contentType, body })
      return SITE_ORIGIN + path
    },
    servedHtml: () => [...pages.values()].map((page) => page.html),
    servedHosts: () => new Set(hosts),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** As a proxy the server gets absolute URLs; as a plain server (direct use) only a path. */
function absoluteUrl(req: http.IncomingMessage): string {
  const raw = req.url ?? '/'
  if (/^https?:\/\//i.test(raw)) return raw
  return `http://${req.headers.host ?? SITE_HOST}${raw}`
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/** The truth as a script statement; `<` escaped so no text can close the script element. */
function truthScript(truth: Truth | undefined): string {
  const json = JSON.stringify(truth ?? { clutter: [], article: [], listing: [] }).replace(/</g, '\\u003c')
  return `window.__e2eTruth=${json};\n`
}

/** Insert the probe as the first thing in <head> (or at the start of the document when there is none). */
export function withProbe(html: string, probeScript: string): string {
  const tag = `<script>${probeScript}</script>`
  const head = /<head(\s[^>]*)?>/i.exec(html)
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html)
  if (htmlTag) return html.slice(0, htmlTag.index + htmlTag[0].length) + tag + html.slice(htmlTag.index + htmlTag[0].length)
  return tag + html
}
