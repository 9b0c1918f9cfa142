/**
 * A snapshot of a page's DOM for the popup, which analyses it in its own process
 * (src/popup/snapshot.ts). Taken by the site's early script in answer to 'page/snapshot', or on any
 * other page by scripting.executeScript (activeTab): the same function in both.
 */
export interface PageSnapshot {
  url: string
  html: string
  /** What the page calls its site (og:site_name), for the popup's site line. */
  siteName?: string | null
  /**
   * True when the site's load-time script took it after the page was parsed: its clutter marks in
   * the HTML are then what the rules find, and the popup takes them instead of running the rules.
   */
  clutterMarked?: boolean
}

/**
 * Runs in the page (scripting.executeScript func: serialized, so self-contained). Reads through the
 * prototypes: page markup can shadow document.documentElement (<img name="documentElement">).
 */
export function snapshotPage(): PageSnapshot {
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!
  const root = getter(Document.prototype, 'documentElement').call(document) as Element
  const siteMeta = Document.prototype.querySelector.call(document, 'meta[property="og:site_name"]')
  const siteName = siteMeta ? Element.prototype.getAttribute.call(siteMeta, 'content') : null
  return { url: location.href, html: getter(Element.prototype, 'outerHTML').call(root) as string, siteName }
}

/** A snapshot as it arrives from the page (untrusted: a page's script may answer in its place), or null. */
export function validSnapshot(value: unknown): PageSnapshot | null {
  const taken = value as Partial<PageSnapshot> | null | undefined
  if (typeof taken?.html !== 'string' || typeof taken.url !== 'string') return null
  return { html: taken.html, url: taken.url, siteName: typeof taken.siteName === 'string' ? taken.siteName : null, clutterMarked: taken.clutterMarked === true }
}
