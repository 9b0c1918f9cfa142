/**
 * The reader's features beyond showing the article, as one reader plugin: read aloud, the reading
 * progress bar and the remembered reading position. The page controller keeps the handle to start
 * reading aloud when the popup asks.
 */
import type { ReadAloudSettings } from '../read-aloud/settings'
import type { Translate } from '../../../ui/i18n'
import type { ReaderFeature, ReaderPlugin } from '../plugins'
import type { SpeechApi } from '../read-aloud/player'
import { attachReadAloud, type ReadAloud } from '../read-aloud/read-aloud'
import { attachPosition, type PositionStore } from './position'
import { attachProgress } from './progress'

export interface ReaderExtrasOptions {
  t: Translate
  locale: string
  readAloud: ReadAloudSettings
  saveReadAloud(settings: ReadAloudSettings): void
  speech(): SpeechApi | null
  positions: PositionStore
}

export interface ReaderExtras {
  plugin: ReaderPlugin
  /** Read aloud in the open reader (null before it opened and after it closed). */
  readAloud(): ReadAloud | null
}

export function readerExtras(options: ReaderExtrasOptions): ReaderExtras {
  let current: ReadAloud | null = null
  const plugin: ReaderPlugin = (parts) => {
    const readAloud = attachReadAloud(parts, {
      t: options.t,
      locale: options.locale,
      settings: options.readAloud,
      save: options.saveReadAloud,
      speech: options.speech,
    })
    current = readAloud
    const features: ReaderFeature[] = [readAloud, attachProgress(parts), attachPosition(parts, readAloud, options.positions, options.t)]
    return {
      opened: () => features.forEach((feature) => feature.opened?.()),
      keydown: (event) => readAloud.keydown(event),
      close() {
        // The position is saved before read aloud forgets where it was.
        for (const feature of [...features].reverse()) feature.close()
        current = null
      },
    }
  }
  return { plugin, readAloud: () => current }
}
