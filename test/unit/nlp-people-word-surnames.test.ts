// Surnames of well-known people that are also common English words ("Jobs", "Date", "Given", "Rust"),
// which German text borrows and English text capitalises at a sentence start: alone, they name the famous
// person only with a role or a verb of saying (src/core/text/word-surnames.ts). Our own sentences.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const names = (lang: 'de' | 'en', ...paragraphs: string[]) => findPeople(paragraphs, { lang }).map((p) => p.name)

describe('a borrowed word is not the famous person of that surname', () => {
  it('German: "neue Jobs", "das erste Date", "in Rust geschrieben"', () => {
    expect(names('de', 'Die KI verändert viele Jobs in der Verwaltung. Jobs in der Pflege bleiben sicher.')).not.toContain('Steve Jobs')
    expect(names('de', 'Für das erste Date empfiehlt die Autorin ein Café. Date und Ort sollten gut passen.')).not.toContain('Kimiko Date')
    expect(names('de', 'Der Browser ist in C++ und Rust geschrieben. Rust gilt als sicher.')).not.toContain('Mathias Rust')
  })
  it('English: "Given the risks …" at a sentence start', () => {
    expect(names('en', 'Given the risks, analysts were cautious about the merger.')).toEqual([])
  })
})

describe('the famous person stays where the text shows one', () => {
  it('a full name, or a role or a verb of saying with the surname', () => {
    expect(names('de', 'Steve Jobs stellte 2007 das iPhone vor. Jobs sagte damals, Apple erfinde das Telefon neu.')).toEqual(['Steve Jobs'])
    expect(names('de', 'Apple-Chef Cook kündigte neue Modelle an.')).toEqual(['Tim Cook'])
  })
  it('people of today\'s news by surname alone: "Trump", "Musks Firma", "Sinner"', () => {
    expect(names('de', 'Trump will Zölle erheben. Musks Firma xAI wächst. Im Finale steht Sinner.')).toEqual(['Donald Trump', 'Elon Musk', 'Jannik Sinner'])
  })
})
