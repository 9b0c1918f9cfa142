import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { splitSentences } from '../../src/core/text/sentences'

const de = (text: string) => splitSentences(text, 'de')

describe('splitSentences: German abbreviations do not end a sentence', () => {
  const cases: [string, string][] = [
    ['z. B.', 'Große Modelle wie z. B. GPT brauchen viel Strom.'],
    ['z.B.', 'Große Modelle wie z.B. Gemini brauchen viel Strom.'],
    ['u. a.', 'Das gilt u. a. für das Training.'],
    ['bzw.', 'Der Umsatz stieg um drei bzw. Experten zufolge um vier Prozent.'],
    ['Dr.', 'Die Studie leitete Dr. Berger aus Heidelberg.'],
    ['Prof.', 'Die Studie leitete Prof. Dr. Anna Müller.'],
    ['Nr.', 'Das Modell ist die Nr. 1 im Ranking.'],
    ['ca.', 'Der Gewinn lag bei ca. 300 Millionen Euro.'],
    ['Mio.', 'Der Gewinn lag bei 300 Mio. Euro.'],
    ['Mrd.', 'Nvidia setzte 39 Mrd. Dollar um.'],
    ['vgl.', 'Die Behörde (vgl. Art. 5 Abs. 2) prüft den Fall.'],
    ['d. h.', 'Es wächst, d. h. Die Nachfrage steigt.'],
    ['St.', 'Die Konferenz findet in St. Gallen statt.'],
    ['sog.', 'Der Chip wird im sog. 3-nm-Verfahren gefertigt.'],
  ]
  for (const [abbreviation, sentence] of cases) {
    it(abbreviation, () => {
      expect(de(`${sentence} Danach folgt der nächste Satz.`)).toEqual([sentence, 'Danach folgt der nächste Satz.'])
    })
  }

  it('usw. ends a sentence when a new one starts after it', () => {
    expect(de('Chips, Speicher usw. Die Nachfrage ist hoch.')).toEqual(['Chips, Speicher usw.', 'Die Nachfrage ist hoch.'])
  })

  it('Mio. before a unit does not end a sentence, before an article it does', () => {
    expect(de('Es kostet 5 Mio. Euro.')).toEqual(['Es kostet 5 Mio. Euro.'])
    expect(de('Der Umsatz lag bei 5 Mio. Das ist viel.')).toEqual(['Der Umsatz lag bei 5 Mio.', 'Das ist viel.'])
  })
})

describe('splitSentences: ordinals, dates and numbers', () => {
  it('"3. Juli"', () => {
    expect(de('Am 3. Juli stellte die Firma ihr Modell vor. Es ist schnell.')).toEqual(['Am 3. Juli stellte die Firma ihr Modell vor.', 'Es ist schnell.'])
  })
  it('"am 1. Januar"', () => {
    expect(de('Das Gesetz gilt ab dem 1. Januar 2026. Firmen müssen sich vorbereiten.')).toEqual(['Das Gesetz gilt ab dem 1. Januar 2026.', 'Firmen müssen sich vorbereiten.'])
  })
  it('"im 20. Jahrhundert"', () => {
    expect(de('Im 20. Jahrhundert begann die Computertechnik. Heute ist sie überall.')).toEqual(['Im 20. Jahrhundert begann die Computertechnik.', 'Heute ist sie überall.'])
  })
  it('a year at the end of a sentence ends it', () => {
    expect(de('Der Umsatz stieg 2024. Nvidia profitierte am meisten.')).toEqual(['Der Umsatz stieg 2024.', 'Nvidia profitierte am meisten.'])
  })
  it('a small number at the end of a sentence ends it before a sentence opener', () => {
    expect(de('Die Firma belegt Platz 3. Dahinter folgt Google.')).toEqual(['Die Firma belegt Platz 3.', 'Dahinter folgt Google.'])
  })
  it('decimal numbers and thousands', () => {
    expect(de('Der Preis liegt bei 3.999 Euro, das Update heißt iOS 18.2 und kostet 2,5 Prozent mehr. Kunden sind verärgert.'))
      .toEqual(['Der Preis liegt bei 3.999 Euro, das Update heißt iOS 18.2 und kostet 2,5 Prozent mehr.', 'Kunden sind verärgert.'])
  })
})

describe('splitSentences: quotes, ellipses, initials, domains, datelines', () => {
  it('„…“ holds its sentences together', () => {
    expect(de('Er sagte: „Wir sind bereit. Die Lage ist ernst.“ Danach ging er.')).toEqual(['Er sagte: „Wir sind bereit. Die Lage ist ernst.“', 'Danach ging er.'])
  })
  it('a quoted question followed by the speaker is one sentence', () => {
    expect(de('„Ist das nötig?“, fragte sie. Niemand antwortete.')).toEqual(['„Ist das nötig?“, fragte sie.', 'Niemand antwortete.'])
  })
  it('»…«', () => {
    expect(de('»Das ist ein Durchbruch. Wirklich.« Andere sind skeptisch.')).toEqual(['»Das ist ein Durchbruch. Wirklich.«', 'Andere sind skeptisch.'])
  })
  it('"…"', () => {
    expect(splitSentences('"We are ready. Truly," he said. The launch is in June.', 'en')).toEqual(['"We are ready. Truly," he said.', 'The launch is in June.'])
  })
  it('an ellipsis before a lower-case word continues the sentence', () => {
    expect(de('Die Demo war beeindruckend … aber nicht alltagstauglich. Das gab der Hersteller zu.')).toEqual(['Die Demo war beeindruckend … aber nicht alltagstauglich.', 'Das gab der Hersteller zu.'])
  })
  it('an ellipsis before a capital ends the sentence', () => {
    expect(de('Es bleibt spannend … Die nächste Version kommt im Herbst.')).toEqual(['Es bleibt spannend …', 'Die nächste Version kommt im Herbst.'])
  })
  it('initials: "John F. Kennedy"', () => {
    expect(de('Der frühere Präsident John F. Kennedy sprach über die Raumfahrt. Die Rede ist berühmt.')).toEqual(['Der frühere Präsident John F. Kennedy sprach über die Raumfahrt.', 'Die Rede ist berühmt.'])
  })
  it('domains and URLs', () => {
    expect(de('Mehr dazu auf www.it-boltwise.de und openai.com/blog. Die Seiten sind neu.')).toEqual(['Mehr dazu auf www.it-boltwise.de und openai.com/blog.', 'Die Seiten sind neu.'])
  })
  it('the dateline stays glued to the first sentence', () => {
    expect(de('KIEW / LONDON (IT BOLTWISE) – In einem Schritt haben beide gesprochen. Die Gespräche dauerten lange.'))
      .toEqual(['KIEW / LONDON (IT BOLTWISE) – In einem Schritt haben beide gesprochen.', 'Die Gespräche dauerten lange.'])
  })
  it('question and exclamation marks end sentences', () => {
    expect(de('Funktioniert das? Ja! Zumindest im Test.')).toEqual(['Funktioniert das?', 'Ja!', 'Zumindest im Test.'])
  })
})

describe('splitSentences: English', () => {
  it('Mr. and Dr.', () => {
    expect(splitSentences('Mr. Altman said the company would invest. Dr. Su agreed.', 'en')).toEqual(['Mr. Altman said the company would invest.', 'Dr. Su agreed.'])
  })
  it('U.S. inside a sentence and Inc. before a new one', () => {
    expect(splitSentences('The firm is based in the U.S. and employs 3,000 people. Apple Inc. The company said so.', 'en'))
      .toEqual(['The firm is based in the U.S. and employs 3,000 people.', 'Apple Inc.', 'The company said so.'])
  })
  it('e.g. and a.m.', () => {
    expect(splitSentences('Big firms, e.g. Google, met at 9 a.m. on Monday. It ended late.', 'en')).toEqual(['Big firms, e.g. Google, met at 9 a.m. on Monday.', 'It ended late.'])
  })
})

describe('splitSentences: language tags', () => {
  it('"de-DE" is German, "en-US" English (an ordinal before a capital)', () => {
    expect(splitSentences('Am 3. Juli kam es.', 'de-DE')).toEqual(['Am 3. Juli kam es.'])
    expect(splitSentences('The team finished 3. Nvidia left early.', 'en-US')).toEqual(['The team finished 3.', 'Nvidia left early.'])
    expect(splitSentences('The team finished 3. Nvidia left early.', 'de-DE')).toHaveLength(1)
  })
})

describe('splitSentences: verbatim', () => {
  it('every sentence is a trimmed substring, in order, and together they keep every non-space character', () => {
    const piece = fc.constantFrom('Der', 'z. B.', 'Dr.', '3.', 'Juli', '„Ja.“', '…', 'Nvidia', 'sagte', '.', '!', '?', 'U.S.', '2024.', 'die', '»Nein«')
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const text = parts.join(' ')
      const sentences = splitSentences(text, 'de')
      let from = 0
      for (const s of sentences) {
        expect(s).toBe(s.trim())
        const at = text.indexOf(s, from)
        expect(at).toBeGreaterThanOrEqual(from)
        from = at + s.length
      }
      expect(sentences.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''))
    }))
  })
})
