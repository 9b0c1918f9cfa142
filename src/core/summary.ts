// STUB — replaced by the summary work. Contract below is fixed.
import { splitSentences } from './text/sentences'

export interface SummaryOptions {
  title: string | null
  lang: string | null
  /** 1-5, default 3. */
  count?: number
}

/** Extractive summary: `count` sentences verbatim from `paragraphs`, in article order. */
export function summarize(paragraphs: readonly string[], options: SummaryOptions): string[] {
  return paragraphs.flatMap((p) => splitSentences(p, options.lang)).slice(0, options.count ?? 3)
}
