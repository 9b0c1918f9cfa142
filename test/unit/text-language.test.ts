import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/core/text/language'

describe('detectLanguage', () => {
  it('German news text', () => {
    expect(detectLanguage('Der ukrainische Präsident hat mit dem ehemaligen US-Präsidenten über die Lage gesprochen.')).toBe('de')
  })
  it('English news text', () => {
    expect(detectLanguage('The company said on Monday that it would cut jobs in its cloud unit.')).toBe('en')
  })
  it('German text quoting English stays German', () => {
    expect(detectLanguage('„We are building the future“, sagte der Chef, und er fügte hinzu, dass die Firma nicht verkaufen werde.')).toBe('de')
  })
  it('French and Czech text are neither', () => {
    expect(detectLanguage("Le gouvernement a présenté mardi un projet de loi sur l'intelligence artificielle, qui doit encore être examiné par le Parlement.")).toBeNull()
    expect(detectLanguage('Vláda v úterý představila návrh zákona o umělé inteligenci, který musí ještě projednat parlament.')).toBeNull()
  })
  it('too little text gives no guess', () => {
    expect(detectLanguage('Hallo Welt')).toBeNull()
    expect(detectLanguage('')).toBeNull()
  })
})
