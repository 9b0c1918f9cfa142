/**
 * Page-side inspections of the reader view, run with page.evaluate (so each function is
 * self-contained: no imports, no closures over module state).
 */
import { poll, type E2EPage } from './browsers'

export interface ReaderState {
  open: boolean
  /** Normalized text of the article content inside the reader. */
  text: string
  title: string
  theme: string | null
  /** Ways the content could run code, load, restyle or clobber: should be empty. */
  violations: string[]
  /** The reader covers the viewport: the topmost element at sampled points is its host. */
  coversViewport: boolean
  /** Elements of the page drawn above the reader at sampled points. */
  abovePoints: string[]
}

/** Looks into the reader's shadow root (open) on the page's <html>. */
export function inspectReader(): ReaderState {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const host = document.querySelector('[data-klartext-reader]') as HTMLElement | null
  const root = host?.shadowRoot
  if (!host || !root) return { open: false, text: '', title: '', theme: null, violations: [], coversViewport: false, abovePoints: [] }
  const content = root.querySelector('.kt-content') ?? root
  const violations: string[] = []
  const forbidden = new Set(['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'template', 'slot', 'noscript', 'portal', 'dialog', 'marquee'])
  for (const el of Array.from(content.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase()
    if (forbidden.has(tag)) violations.push(`<${tag}> in reader content`)
    if (tag.includes('-')) violations.push(`custom element <${tag}> in reader content`)
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase()
      const value = attr.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
      if (name.startsWith('on')) violations.push(`<${tag} ${name}> event handler`)
      if (['style', 'id', 'name', 'srcset', 'action', 'formaction', 'ping', 'popover', 'autofocus', 'slot', 'is'].includes(name)) violations.push(`<${tag} ${name}="${attr.value.slice(0, 60)}">`)
      const dangerousUrl = /^(javascript|vbscript):/.test(value) || /^data:(?!image\/(png|gif|jpe?g|webp|avif)[;,])/.test(value)
      if (dangerousUrl && ['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background'].includes(name)) {
        violations.push(`<${tag} ${name}="${attr.value.slice(0, 60)}"> dangerous URL`)
      }
    }
  }
  // The whole shadow root (toolbar included) must carry no inline handler either.
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) if (attr.name.toLowerCase().startsWith('on')) violations.push(`reader UI <${el.localName} ${attr.name}>`)
  }
  const abovePoints: string[] = []
  // The layout viewport without the page's scrollbar (which no overlay can cover).
  const w = document.documentElement.clientWidth
  const h = document.documentElement.clientHeight
  for (const [x, y] of [[w / 2, h / 2], [10, 10], [w - 10, 10], [10, h - 10], [w - 10, h - 10], [w / 2, 40], [w / 2, h - 40]] as const) {
    const top = document.elementFromPoint(x, y)
    if (top !== host) abovePoints.push(`(${Math.round(x)},${Math.round(y)}): <${top?.localName ?? 'nothing'}${top?.id ? '#' + top.id : ''}> "${norm(top?.textContent).slice(0, 40)}"`)
  }
  return {
    open: true,
    text: norm(content.textContent),
    title: norm(root.querySelector('h1')?.textContent),
    theme: (root.querySelector('[data-theme]') as HTMLElement | null)?.dataset.theme ?? null,
    violations,
    coversViewport: abovePoints.length === 0,
    abovePoints,
  }
}

/** The page's DOM and scroll position, for before/after comparison. */
export function pageState(): { html: string; scrollX: number; scrollY: number } {
  return { html: document.documentElement.outerHTML, scrollX: window.scrollX, scrollY: window.scrollY }
}

/** What the popup shows once it has its analysis. */
export interface PopupState {
  state: string | undefined
  title: string
  summary: string[]
  people: string[]
  readerOn: boolean
  switchEnabled: boolean
  message: string
}

export function inspectPopup(): PopupState {
  const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()
  const sw = document.getElementById('reader-switch') as HTMLButtonElement | null
  return {
    state: document.body.dataset.state,
    title: norm(document.getElementById('title')?.textContent),
    // The article's own sentences; a line marked as the page's teaser comes from its metadata.
    summary: Array.from(document.querySelectorAll('#summary li:not(.skeleton):not(.empty):not(.teaser)')).map((li) => norm(li.textContent)),
    people: Array.from(document.querySelectorAll('#people .person-name')).map((el) => norm(el.textContent)),
    readerOn: sw?.getAttribute('aria-checked') === 'true',
    switchEnabled: Boolean(sw && !sw.disabled),
    message: norm(document.getElementById('message')?.textContent),
  }
}

/** Poll until the reader is open with article text in it. */
export async function waitForReader(page: E2EPage): Promise<ReaderState> {
  return poll('the reader overlay with the article', async () => {
    const state = await page.evaluate(inspectReader)
    return state.open && state.text.length > 0 ? state : null
  }, 15_000)
}

/** Where two serializations part, with context on both sides (for failure messages). */
export function firstDifference(a: string, b: string): string {
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  return `at ${i}: before …${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}…, after …${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}…`
}
