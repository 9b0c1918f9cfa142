// Firms named like persons (src/core/text/firms.ts) and where a person works ("Dan Ives von Wedbush",
// src/core/people.ts): business and tech news. Our own sentences, German and English, each class on both sides.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const names = (lang: 'de' | 'en', ...paragraphs: string[]) => findPeople(paragraphs, { lang }).map((p) => p.name)

describe('a firm named like a person is no person', () => {
  it('the best-known such firms by name: banks, brokers, makers', () => {
    expect(names('de', 'Die Analysten von Morgan Stanley und Goldman Sachs heben ihre Kursziele an. Auch Wells Fargo ist optimistisch.')).toEqual([])
    expect(names('de', 'Lockheed Martin liefert die Jets, Charles Schwab und Berkshire Hathaway halten Anteile.')).toEqual([])
    expect(names('en', 'Shares of Morgan Stanley rose 3 percent, while Goldman Sachs and Wells Fargo fell.')).toEqual([])
    expect(names('en', 'Harley-Davidson and Rolls-Royce reported lower sales.')).toEqual([])
  })
  it('the short form the text uses alone: "Goldman erwartet …"', () => {
    expect(names('de', 'Goldman erwartet ein schwächeres Quartal. Die Bank senkte ihre Prognose.')).toEqual([])
    expect(names('en', 'Lockheed won the contract, the Pentagon said.')).toEqual([])
  })
  it('a word for a firm right before the name, for firms no list has', () => {
    expect(names('de', 'Die Kanzlei Gleiss Lutz berät den Käufer. Gleiss Lutz äußerte sich nicht.')).toEqual([])
    expect(names('de', 'Der Modekonzern Tom Tailor meldet Verluste.')).toEqual([])
    expect(names('en', 'The investment bank Evercore Partners advised the board, as did the law firm Wachtell Lipton.')).toEqual([])
  })
  it('the people of the same text stay', () => {
    expect(names('de', 'Morgan Stanley erwartet mehr Umsatz, sagte Analyst Joseph Moore am Dienstag.')).toEqual(['Joseph Moore'])
  })
})

describe('persons beside the same words stay persons', () => {
  it('a full name with a given name of its own: "Klaus Schwab" beside the broker Charles Schwab', () => {
    expect(names('de', 'Charles Schwab verwaltet Billionen. Klaus Schwab gründete das Weltwirtschaftsforum.')).toEqual(['Klaus Schwab'])
  })
  it('a founder after a role: "Gründer Charles Schwab"', () => {
    expect(names('de', 'Der Gründer Charles Schwab zog sich 2008 aus dem Tagesgeschäft zurück.')).toEqual(['Charles Schwab'])
  })
  it('a trade a person has too: "broker Shakil Rizvi", "Vermögensverwalter Jens Ehrhardt"', () => {
    expect(names('en', '"There will be buying pressure," said broker Shakil Rizvi.')).toEqual(['Shakil Rizvi'])
    expect(names('de', 'Der Vermögensverwalter Jens Ehrhardt warnt vor einer Blase.')).toEqual(['Jens Ehrhardt'])
  })
})

describe('"von" after a surname names where the person works; after given names, a title or before a place it is noble', () => {
  it('"Analyst Dan Ives von Wedbush" is Dan Ives', () => {
    expect(names('de', 'Analyst Dan Ives von Wedbush sprach von einem Wendepunkt.')).toEqual(['Dan Ives'])
    expect(names('de', 'Die Prognose stammt von Sarah Kunst von Cleo Capital.')).toEqual(['Sarah Kunst'])
  })
  it('noble names stay whole', () => {
    expect(names('de', 'Die Fürstin Amalie Zephyrine von Hohenzollern-Sigmaringen lebte in Inzigkofen.')).toEqual(['Amalie Zephyrine von Hohenzollern-Sigmaringen'])
    expect(names('de', 'Johannes Nepomuk von Tschiderer wurde 1995 seliggesprochen.')).toEqual(['Johannes Nepomuk von Tschiderer'])
    expect(names('de', 'Ursula von der Leyen reist nach Kiew.')).toEqual(['Ursula von der Leyen'])
  })
})
