/**
 * The options page: every change is saved to storage.sync at once (content scripts and the popup
 * read it from there), and changes made elsewhere (the reader's toolbar) are never overwritten:
 * each save patches what storage holds at that moment.
 */
import { CLUTTER_KINDS, type ClutterKind } from '../core/types'
import { loadSettings, saveSettings, type Settings } from '../shared/settings'
import type { I18nApi, SettingsApi } from '../shared/extension-api'
import { countText, createTranslator, localizeTree, normalizeLocale } from '../ui/i18n'

export type OptionsApi = I18nApi & SettingsApi

export async function runOptions(doc: Document, api: OptionsApi): Promise<{ show(settings: Settings): void }> {
  const t = createTranslator((key, subs) => api.i18n.getMessage(key, subs))
  const locale = normalizeLocale(api.i18n.getUILanguage())
  doc.documentElement.lang = locale
  localizeTree(doc, t)

  const autoReader = doc.getElementById('auto-reader') as HTMLInputElement
  const summaryLength = doc.getElementById('summary-length') as HTMLSelectElement
  const kinds = doc.getElementById('hide-kinds') as HTMLFieldSetElement
  const saved = doc.getElementById('saved') as HTMLElement

  for (let count = 1; count <= 5; count++) {
    const option = doc.createElement('option')
    option.value = String(count)
    option.textContent = countText(t, 'optSentencesOne', 'optSentencesMany', count, locale)
    summaryLength.append(option)
  }
  const kindBoxes = new Map<ClutterKind, HTMLInputElement>()
  for (const kind of CLUTTER_KINDS) {
    const row = doc.createElement('div')
    row.className = 'row'
    const box = doc.createElement('input')
    box.type = 'checkbox'
    box.id = `hide-${kind}`
    box.name = 'hideKinds'
    box.value = kind
    const label = doc.createElement('label')
    label.htmlFor = box.id
    label.textContent = t(`kind_${kind}`)
    row.append(box, label)
    kinds.append(row)
    kindBoxes.set(kind, box)
  }

  const show = (settings: Settings) => {
    autoReader.checked = settings.autoReader
    summaryLength.value = String(settings.summarySentences)
    for (const [kind, box] of kindBoxes) box.checked = settings.hideKinds.includes(kind)
  }
  show(await loadSettings(api.storage.sync))

  const save = async (patch: Partial<Settings>) => {
    const current = await loadSettings(api.storage.sync)
    await saveSettings(api.storage.sync, { ...current, ...patch })
    saved.textContent = t('optSaved')
  }
  autoReader.addEventListener('change', () => void save({ autoReader: autoReader.checked }))
  summaryLength.addEventListener('change', () => void save({ summarySentences: Number(summaryLength.value) }))
  for (const box of kindBoxes.values()) {
    box.addEventListener('change', () => void save({ hideKinds: CLUTTER_KINDS.filter((kind) => kindBoxes.get(kind)?.checked) }))
  }
  doc.body.dataset.state = 'ready'
  return { show }
}
