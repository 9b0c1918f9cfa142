// STUB — replaced by the clutter-rules work.
import type { SiteModule } from './types'

export const itBoltwise: SiteModule = {
  id: 'it-boltwise',
  hosts: ['www.it-boltwise.de', 'it-boltwise.de'],
  isArticle: (doc) => /\(IT BOLTWISE\)\s*[–-]/.test(doc.body?.textContent ?? ''),
  rules: [],
  cleanTitle: (title) => title.replace(/\s*[-–|]\s*IT BOLTWISE.*$/i, '').trim(),
}
