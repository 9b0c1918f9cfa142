import { describe, expect, it, vi } from 'vitest'
import { JSDOM } from 'jsdom'
import { openReader, type ReaderArticle } from '../../src/content/reader/reader'
import { READER_HOST_TAG } from '../../src/content/reader-host'
import { aliasesFor, clearMarks, markMentions, mentionPattern } from '../../src/ui/highlight'
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../src/shared/settings'

const PAGE = `<!doctype html><html lang="de"><head><title>Seite</title></head><body>
  <header><a href="/">IT BOLTWISE</a><input id="search" value="KI"></header>
  <article><h1>Selenskyj und Trump</h1><p>KIEW (IT BOLTWISE) – Text über Selenskyj.</p></article>
  <aside class="jobs">Stellenangebote</aside>
</body></html>`

const t = (key: string, ...subs: (string | number)[]) => [key, ...subs].join(':')

function setup() {
  const dom = new JSDOM(PAGE, { url: 'https://www.it-boltwise.de/selenskyj-trump.html', pretendToBeVisual: true })
  const doc = dom.window.document
  const content = doc.createRange().createContextualFragment(
    '<p>KIEW (IT BOLTWISE) – Der ukrainische Präsident Wolodymyr Selenskyj und Donald Trump sprachen.</p>' +
      '<blockquote><p>Selenskyjs Worte: „sehr wichtig“.</p></blockquote><p>Trump schwieg. Trumpeter nicht.</p>',
  )
  const article: ReaderArticle = {
    title: 'Selenskyj und Trump',
    byline: 'Redaktion',
    published: '2025-07-05',
    siteName: 'IT BOLTWISE',
    readingMinutes: 3,
    lang: 'de',
    url: 'https://www.it-boltwise.de/selenskyj-trump.html',
    content,
  }
  return { dom, doc, article }
}

function press(target: EventTarget, key: string, win: JSDOM['window'], shiftKey = false) {
  target.dispatchEvent(new win.KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true }))
}

describe('reader view', () => {
  it('shows the article in a shadow root on a host appended to <html>; the body is untouched', () => {
    const { doc, article } = setup()
    const bodyBefore = doc.body.outerHTML
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    const host = doc.documentElement.lastElementChild as HTMLElement
    expect(host.tagName.toLowerCase()).toBe(READER_HOST_TAG)
    expect(doc.body.outerHTML).toBe(bodyBefore)
    const root = host.shadowRoot!
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('kt-title')
    expect(root.getElementById('kt-title')?.textContent).toBe('Selenskyj und Trump')
    expect(root.querySelector('article')?.getAttribute('lang')).toBe('de')
    expect(root.querySelector('.kt-meta')?.textContent).toBe('readerByline:Redaktion · 5. Juli 2025 · readingTime:3')
    expect(root.querySelector('.kt-content blockquote')?.textContent).toContain('sehr wichtig')
    expect(root.activeElement).toBe(root.querySelector('[role="dialog"]'))
    reader.close()
  })

  it('closing with Escape leaves the page byte-identical and gives focus back', () => {
    const { dom, doc, article } = setup()
    const search = doc.getElementById('search') as HTMLInputElement
    search.focus()
    const before = doc.documentElement.outerHTML
    const onClose = vi.fn()
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader, onClose })
    expect(doc.activeElement).not.toBe(search)
    press(reader.host.shadowRoot!.querySelector('.kt-close')!, 'Escape', dom.window)
    expect(reader.isOpen()).toBe(false)
    expect(onClose).toHaveBeenCalledOnce()
    expect(doc.documentElement.outerHTML).toBe(before)
    expect(doc.activeElement).toBe(search)
  })

  it('prints the reader alone, and the page is unchanged after printing', () => {
    const { dom, doc, article } = setup()
    const before = doc.documentElement.outerHTML
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    const withReader = doc.documentElement.outerHTML
    dom.window.dispatchEvent(new dom.window.Event('beforeprint'))
    const printStyle = doc.head.querySelector('style[media="print"]')
    expect(printStyle?.textContent).toContain('body { display: none !important; }')
    dom.window.dispatchEvent(new dom.window.Event('afterprint'))
    expect(doc.documentElement.outerHTML).toBe(withReader)
    reader.close()
    dom.window.dispatchEvent(new dom.window.Event('beforeprint'))
    expect(doc.documentElement.outerHTML).toBe(before)
  })

  it('keeps page shortcuts from seeing keys typed in the reader', () => {
    const { dom, doc, article } = setup()
    const pageKeys = vi.fn()
    doc.addEventListener('keydown', pageKeys)
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    press(reader.host.shadowRoot!.querySelector('.kt-close')!, 'j', dom.window)
    expect(pageKeys).not.toHaveBeenCalled()
    reader.close()
  })

  it('survives the page removing it or rewriting its body while open', async () => {
    const { doc, article } = setup()
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    doc.documentElement.removeChild(reader.host)
    doc.body.innerHTML = '<main>neu geladen</main>'
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(reader.host.isConnected).toBe(true)
    const after = doc.documentElement.outerHTML
    reader.close()
    expect(reader.host.isConnected).toBe(false)
    expect(doc.documentElement.outerHTML).not.toBe(after)
    expect(doc.body.innerHTML).toBe('<main>neu geladen</main>')
  })

  it('gives up (closed, owner told) against a page that keeps removing it, instead of fighting forever', async () => {
    const { dom, doc, article } = setup()
    const onClose = vi.fn()
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader, onClose })
    let removals = 0
    new dom.window.MutationObserver(() => {
      for (const child of Array.from(doc.documentElement.children)) {
        if (child.tagName.toLowerCase() === READER_HOST_TAG) {
          removals++
          child.remove()
        }
      }
    }).observe(doc.documentElement, { childList: true })
    reader.host.remove()
    for (let i = 0; i < 50 && reader.isOpen(); i++) await new Promise((resolve) => setTimeout(resolve, 0))
    expect(reader.isOpen()).toBe(false)
    expect(onClose).toHaveBeenCalledOnce()
    expect(removals).toBeLessThanOrEqual(21)
  })

  it('toolbar changes apply at once, report the new settings and respect the limits', () => {
    const { doc, article } = setup()
    const changes: ReaderSettings[] = []
    const settings: ReaderSettings = { theme: 'light', fontSize: 27, lineWidth: 66, font: 'serif' }
    const reader = openReader(doc, article, { t, locale: 'de', settings, onSettingsChange: (s) => changes.push(s) })
    const root = reader.host.shadowRoot!
    const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!
    root.querySelector<HTMLButtonElement>('[data-action="font-larger"]')!.click()
    expect(changes.at(-1)?.fontSize).toBe(28)
    expect(dialog.style.getPropertyValue('--size')).toBe('28px')
    expect(root.querySelector<HTMLButtonElement>('[data-action="font-larger"]')!.disabled).toBe(true)
    root.querySelector<HTMLButtonElement>('button[data-theme="sepia"]')!.click()
    expect(dialog.dataset.theme).toBe('sepia')
    expect(root.querySelector('button[data-theme="sepia"]')!.getAttribute('aria-pressed')).toBe('true')
    expect(root.querySelector('button[data-theme="light"]')!.getAttribute('aria-pressed')).toBe('false')
    root.querySelector<HTMLButtonElement>('button[data-font="sans"]')!.click()
    root.querySelector<HTMLButtonElement>('[data-action="narrower"]')!.click()
    expect(changes.at(-1)).toEqual({ theme: 'sepia', fontSize: 28, lineWidth: 60, font: 'sans' })
    expect(dialog.style.getPropertyValue('--measure')).toBe('840px') // 60 characters of half an em at 28px
    reader.applySettings({ ...settings, theme: 'dark' })
    expect(dialog.dataset.theme).toBe('dark')
    reader.close()
  })

  it('Tab wraps around inside the reader', () => {
    const { dom, doc, article } = setup()
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    const root = reader.host.shadowRoot!
    const close = root.querySelector<HTMLButtonElement>('.kt-close')!
    const lastLink = root.querySelector<HTMLAnchorElement>('.kt-footer a')!
    lastLink.focus()
    press(lastLink, 'Tab', dom.window)
    expect(root.activeElement).toBe(root.querySelector('.kt-toolbar button:not(:disabled)'))
    close.focus()
    reader.close()
  })

  it('highlights a person with surname and genitive, whole words only, and clears old marks', () => {
    const { doc, article } = setup()
    const reader = openReader(doc, article, { t, locale: 'de', settings: DEFAULT_SETTINGS.reader })
    const root = reader.host.shadowRoot!
    expect(reader.highlight(['Wolodymyr Selenskyj', ...aliasesFor('Wolodymyr Selenskyj')])).toBe(2)
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Wolodymyr Selenskyj', 'Selenskyjs'])
    expect(reader.highlight(['Donald Trump', 'Trump'])).toBe(2)
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Donald Trump', 'Trump'])
    expect(root.querySelector('mark')?.classList.contains('kt-current')).toBe(true)
    reader.close()
  })
})

describe('mention matching', () => {
  it('matches names across whitespace, not inside longer words', () => {
    const pattern = mentionPattern(['Sam Altman', 'Altman'])!
    expect('OpenAI-Chef Sam  Altman; Altmans Plan; Altmann nicht'.match(pattern)).toEqual(['Sam  Altman', 'Altmans'])
    expect(mentionPattern([' ', 'A'])).toBeNull()
    expect(aliasesFor('Musk')).toEqual([])
  })

  it('unwrapping marks restores the exact text nodes', () => {
    const { document } = new JSDOM('<div><p>Musk und Musks Firma, Musk.</p></div>').window
    const root = document.querySelector('div')!
    const before = root.innerHTML
    expect(markMentions(root, ['Elon Musk', 'Musk'])).toHaveLength(3)
    clearMarks(root)
    expect(root.innerHTML).toBe(before)
    expect(root.querySelector('p')!.childNodes).toHaveLength(1)
  })
})
