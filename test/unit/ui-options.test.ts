import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { JSDOM } from 'jsdom'
import { runOptions } from '../../src/options/controller'
import { DEFAULT_SETTINGS, loadSettings, saveSettings, SETTINGS_KEY } from '../../src/shared/settings'

const OPTIONS_HTML = readFileSync(new URL('../../src/options/options.html', import.meta.url), 'utf8').replace(/<script[^>]*><\/script>/g, '')

function memoryStorage(initial: Record<string, unknown> = {}) {
  const store: Record<string, unknown> = structuredClone(initial)
  return {
    store,
    get: async (key: string) => ({ [key]: structuredClone(store[key]) }),
    set: async (items: Record<string, unknown>) => void Object.assign(store, structuredClone(items)),
  }
}

async function open(storage: ReturnType<typeof memoryStorage>) {
  const dom = new JSDOM(OPTIONS_HTML)
  const doc = dom.window.document
  const page = await runOptions(doc, {
    storage: { sync: storage },
    i18n: { getMessage: (key, subs) => [key, ...[subs ?? []].flat()].join(':'), getUILanguage: () => 'en-US' },
  })
  const change = async (element: HTMLInputElement | HTMLSelectElement) => {
    element.dispatchEvent(new dom.window.Event('change', { bubbles: true }))
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { doc, page, change }
}

describe('options page', () => {
  it('shows the defaults: auto reader off, 3 sentences, every kind hidden', async () => {
    const { doc } = await open(memoryStorage())
    expect(doc.body.dataset.state).toBe('ready')
    expect((doc.getElementById('auto-reader') as HTMLInputElement).checked).toBe(false)
    const select = doc.getElementById('summary-length') as HTMLSelectElement
    expect(select.value).toBe('3')
    expect([...select.options].map((o) => o.textContent)).toEqual(['optSentencesOne:1', 'optSentencesMany:2', 'optSentencesMany:3', 'optSentencesMany:4', 'optSentencesMany:5'])
    const boxes = [...doc.querySelectorAll<HTMLInputElement>('#hide-kinds input[type="checkbox"]')]
    expect(boxes.map((b) => [b.value, b.checked])).toEqual(DEFAULT_SETTINGS.hideKinds.map((kind) => [kind, true]))
    for (const box of boxes) expect(doc.querySelector(`label[for="${box.id}"]`)?.textContent).toBe(`kind_${box.value}`)
  })

  it('saves each change at once to storage.sync', async () => {
    const storage = memoryStorage()
    const { doc, change } = await open(storage)
    const auto = doc.getElementById('auto-reader') as HTMLInputElement
    auto.checked = true
    await change(auto)
    const select = doc.getElementById('summary-length') as HTMLSelectElement
    select.value = '5'
    await change(select)
    const jobs = doc.getElementById('hide-jobs') as HTMLInputElement
    jobs.checked = false
    await change(jobs)
    const saved = await loadSettings(storage)
    expect(saved.autoReader).toBe(true)
    expect(saved.summarySentences).toBe(5)
    expect(saved.hideKinds).toEqual(['promo', 'books', 'comments', 'subscribe', 'search'])
    expect(doc.getElementById('saved')!.textContent).toBe('optSaved')
  })

  it('never overwrites a setting changed elsewhere meanwhile (the reader toolbar)', async () => {
    const storage = memoryStorage()
    const { doc, change, page } = await open(storage)
    await saveSettings(storage, { ...DEFAULT_SETTINGS, reader: { ...DEFAULT_SETTINGS.reader, theme: 'sepia' } })
    const auto = doc.getElementById('auto-reader') as HTMLInputElement
    auto.checked = true
    await change(auto)
    const saved = await loadSettings(storage)
    expect(saved.reader.theme).toBe('sepia')
    expect(saved.autoReader).toBe(true)
    page.show({ ...saved, summarySentences: 1 })
    expect((doc.getElementById('summary-length') as HTMLSelectElement).value).toBe('1')
  })

  it('reads what storage holds, malformed values replaced by defaults', async () => {
    const { doc } = await open(memoryStorage({ [SETTINGS_KEY]: { autoReader: true, summarySentences: 42, hideKinds: ['books', 'nonsense'] } }))
    expect((doc.getElementById('auto-reader') as HTMLInputElement).checked).toBe(true)
    expect((doc.getElementById('summary-length') as HTMLSelectElement).value).toBe('5')
    expect([...doc.querySelectorAll<HTMLInputElement>('#hide-kinds input:checked')].map((b) => b.value)).toEqual(['books'])
  })
})
