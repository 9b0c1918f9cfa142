// The German passes after the tagger (src/core/people-de-late.ts): line-ups, scorers and lists
// (people-de-lists.ts), speakers after a quote, news nouns for persons and kin, given names in German
// transliteration. Our own sentences, none from the corpora.
import { describe, expect, it } from 'vitest'
import { findPeople, findPersonMentions } from '../../src/core/people'

/** The names as the text writes them, in reading order. */
const spans = (...paragraphs: string[]) => findPersonMentions(paragraphs, { lang: 'de' }).map((m) => paragraphs[m.paragraph]!.slice(m.start, m.end))

describe('line-ups of sports reports', () => {
  it('every player and substitute of a line-up is a person', () => {
    expect(spans('Brunnhuber - Talecki, Oswaldt, Kremsner - Pallhuber (67. Strobacher), Wendlinger, Haas - Tomaschek, Zirngibl.')).toEqual([
      'Brunnhuber', 'Talecki', 'Oswaldt', 'Kremsner', 'Pallhuber', 'Strobacher', 'Wendlinger', 'Haas', 'Tomaschek', 'Zirngibl',
    ])
  })
  it('after the team and a colon, with a particle: "Kickers: … von Hollerbach …"', () => {
    expect(spans('Kickers: Brunnhuber - Talecki, von Hollerbach, Kremsner - Pallhuber, Wendlinger, Haas - Tomaschek.')).toEqual([
      'Brunnhuber', 'Talecki', 'von Hollerbach', 'Kremsner', 'Pallhuber', 'Wendlinger', 'Haas', 'Tomaschek',
    ])
  })
  it('a later mention of a player in the report is linked', () => {
    expect(spans('Brunnhuber - Talecki, Oswaldt, Kremsner - Pallhuber, Wendlinger, Haas - Tomaschek, Zirngibl.', 'Am Ende traf Zirngibl noch den Pfosten.')).toContain('Zirngibl')
  })
  it('scorers with the minute of their goal: "1:0 Brunnhuber (12.), 1:1 Talecki (80.)"', () => {
    expect(spans('1:0 Brunnhuber (12.), 1:1 Talecki (80.), 2:1 Kremsner (89.).')).toEqual(['Brunnhuber', 'Talecki', 'Kremsner'])
    expect(spans('Vor der Pause trafen Zirngibl (23.) und Wendlinger (41.) für die Gäste.')).toEqual(['Zirngibl', 'Wendlinger'])
  })
  it('teams with their place in the table are no scorers', () => {
    expect(spans('Die Verfolger Leverkusen (3.) und Dortmund (4.) gewannen ihre Spiele.')).toEqual([])
  })
  it('results of matches and a sentence with dashes are no line-up', () => {
    expect(spans('Eintracht Trier - Kickers Emden 2:1, Wacker Burghausen - SV Meppen 0:0, Rot-Weiß Essen - Preußen Münster 3:3.')).toEqual([])
    expect(spans('Die Strecke Hanau - Aschaffenburg - Würzburg - Nürnberg - Regensburg bleibt gesperrt.')).toEqual([])
  })
})

describe('lists of surnames', () => {
  it('after a plural of persons: "den Herren Brunnhuber, Talecki und Oswaldt"', () => {
    expect(spans('Mein Dank gilt den Herren Brunnhuber, Talecki und Oswaldt für ihre Geduld.')).toEqual(['Brunnhuber', 'Talecki', 'Oswaldt'])
  })
  it('not after a plural of things: "die Werke Brunnhuber und Talecki" stays open to other evidence', () => {
    expect(spans('Die Werke Lengfurt und Marktheidenfeld schließen im Sommer.')).toEqual([])
  })
  it('names before a found name, joined by commas, when the list closes with "und" and a name', () => {
    expect(spans('Auf dem Programm stehen Stücke von Telemann, Pachelbel, Debussy und Ravel.')).toEqual(['Telemann', 'Pachelbel', 'Debussy', 'Ravel'])
  })
})

describe('the speaker after a quote (src/core/people-de-speakers.ts)', () => {
  it('any verb after a quote and a comma introduces the speaker: „…“, klagte Oberhollenzer', () => {
    expect(spans('„Wir haben zu spät reagiert“, klagte Oberhollenzer.')).toEqual(['Oberhollenzer'])
    expect(spans('„Die Zahlen sprechen für sich“, schilderte Brenninkmeyer am Abend.')).toEqual(['Brenninkmeyer'])
  })
  it('a particle that does not close the clause leaves the speaker: "meinte Wenzlaff nach dem Treffen"', () => {
    expect(spans('„Es geht weiter“, meinte Wenzlaff nach dem Treffen gelassen.')).toEqual(['Wenzlaff'])
  })
  it('"…“, so Rapolder weiter"', () => {
    expect(spans('„Der Plan ist gescheitert“, so Rapolder weiter.')).toEqual(['Rapolder'])
  })
  it('not the object before a closing particle, nor a company', () => {
    expect(spans('„Die Lieferung kommt“, sagte Vertrieb zu.')).toEqual([])
    expect(spans('Sie sprach von einer „großen Chance“, gemeinsame Regeln zu finden.')).toEqual([])
    expect(spans('„Die Zahlen sind gut“, teilte Brenntag mit.')).toEqual([])
    expect(spans('„Wir wachsen weiter“, betonte Siemens am Montag.')).toEqual([])
  })
})

describe('news nouns for people before a name (src/core/people-de-roles.ts)', () => {
  const people = (text: string) => findPeople([text], { lang: 'de' }).map((p) => [p.name, p.role])
  it('sport, culture and media: "Tennis-Profi", "Keeper", "Rapper", "Produzent", "Kommissionsmitglied"', () => {
    expect(spans('Der Keeper Brunnhuber hielt zwei Elfmeter.')).toEqual(['Brunnhuber'])
    expect(spans('Tennis-Profi Oswaldt gewann das Finale in drei Sätzen.')).toEqual(['Oswaldt'])
    expect(spans('Der Produzent Wendlinger plant eine Fortsetzung.')).toEqual(['Wendlinger'])
    expect(spans('Kommissionsmitglied Talecki hat das mehrfach betont.')).toEqual(['Talecki'])
  })
  it('nouns of persons in "-ist" and "-eur": "Publizist", "Kontrolleur"; not a club in a league ("Zweitligist")', () => {
    expect(spans('Der Publizist Wendtland schrieb einen langen Kommentar über die Reform.')).toEqual(['Wendtland'])
    expect(spans('Der Kontrolleur Brenninkmeyer prüfte die Fahrkarten im Zug.')).toEqual(['Brenninkmeyer'])
    expect(spans('Der Zweitligist Wattenbach hat sich von seinem Trainer getrennt.')).toEqual([])
  })
  it('a compound role read as part of the name starts no name and becomes the role', () => {
    expect(people('Tesla-Boss Musk kündigte neue Modelle an.')).toEqual([['Elon Musk', 'Tesla-Boss']])
  })
  it('not before a word of a company, nor a word the text writes after an article', () => {
    expect(spans('Der Reporter Talecki Media berichtete.')).toEqual([])
    expect(spans('Sie will als Berichterstatterin Änderungsvorschlag Nr. 12 verteidigen, den ihre Fraktion eingereicht hat.')).toEqual([])
    expect(spans('Der Star Kremsner trat auf. Oben auf dem Kremsner liegt Schnee.')).toEqual([])
  })
})

describe('a name after a kinship noun that is someone\'s, or after "Familie" (src/core/people-de-roles.ts)', () => {
  it('"seinen Sohn Taleck", "ihrer Tante Wendlinger"', () => {
    expect(spans('Er schickte seinen Sohn Taleck nach Passau.')).toEqual(['Taleck'])
    expect(spans('Hilfe bekam sie von ihrer Tante Wendlinger.')).toEqual(['Wendlinger'])
  })
  it('"die Familie Brunnhuber", "das Ehepaar Kremsner"', () => {
    expect(spans('Die ganze Familie Brunnhuber will zurück in ihr Dorf.')).toEqual(['Brunnhuber'])
    expect(spans('Der Vermieter hat das Ehepaar Kremsner vor die Tür gesetzt.')).toEqual(['Kremsner'])
  })
  it('not without an owner ("der Sohn Gottes"), nor a family of products', () => {
    expect(spans('Im Lied ist vom Sohn Gottes die Rede.')).toEqual([])
    expect(spans('Die Produktfamilie Zephyr wächst weiter.')).toEqual([])
  })
})

describe('given names in German transliteration (src/core/people-de-translit.ts)', () => {
  it('"Witalij", "Wjatscheslaw" before a surname start a name', () => {
    expect(spans('Das Gespräch mit Wjatscheslaw Brenkow dauerte nur wenige Minuten und endete ohne Einigung.')).toEqual(['Wjatscheslaw Brenkow'])
    expect(spans('Am Abend traf die Delegation auch Witalij Saprunow in einem Hotel am Stadtrand.')).toEqual(['Witalij Saprunow'])
  })
  it('not a first "J" or "sch" alone, nor a run of three capitalised words', () => {
    expect(spans('Der Index Dow Jones Sustainability Europe legte am Montag deutlich zu.')).toEqual([])
    expect(spans('Schon Anfang des Jahres waren die Preise gestiegen, wie die Behörde mitteilte.')).toEqual([])
  })
})
