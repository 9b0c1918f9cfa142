// German classes of the person finder found by the error classes of `npm run eval -- --people --error-classes`
// (src/core/people-de.ts and the tagger's place in people.ts). Our own sentences, none from the corpora.
import { describe, expect, it } from 'vitest'
import { findPeople, findPersonMentions } from '../../src/core/people'

const names = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'de' }).map((p) => p.name)
/** The names as the text writes them, in reading order. */
const spans = (...paragraphs: string[]) => findPersonMentions(paragraphs, { lang: 'de' }).map((m) => paragraphs[m.paragraph]!.slice(m.start, m.end))

describe('a surname after a German form of address', () => {
  it('is a surname even when it is also a word: "Herr Lange", "Frau Schwarz"', () => {
    expect(spans('Im Ausschuss widersprach Herr Lange dem Vorschlag der Kommission entschieden.')).toEqual(['Lange'])
    expect(spans('Die Anfrage von Frau Schwarz wird in der nächsten Sitzung des Rates beantwortet.')).toEqual(['Schwarz'])
  })
  it('after a role between: "Herrn Kommissar Bertolini"', () => {
    expect(spans('Ich danke Herrn Kommissar Bertolini für seine ausführliche Antwort auf meine Frage.')).toEqual(['Bertolini'])
  })
  it('with its particles and a second surname word: "Frau von der Leyen", "Frau Kjer Hansen"', () => {
    expect(spans('Wir unterstützen den Bericht von Frau von der Leyen ohne jeden Vorbehalt.')).toEqual(['von der Leyen'])
    expect(spans('Auch Frau Kjer Hansen hat im Ausschuss für den Kompromiss gestimmt.')).toEqual(['Kjer Hansen'])
  })
  it('a genitive of a name the text writes alone ends the name: "Herrn Wynns Bericht"', () => {
    expect(spans('Den Bericht hat Herr Wynn vorgelegt.', 'Ich folge Herrn Wynns Bericht in allen Punkten.')).toEqual(['Wynn', 'Wynns'])
  })
  it('"Herr" after an ordinal is a lord, no address: "erster Herr von Hohenfels"', () => {
    expect(spans('Die Stammreihe beginnt mit Reginald, erster Herr von Hohenfels, der die Burg erbaute.')).not.toContain('von Hohenfels')
  })
  it('", Frau Präsidentin," addresses the chair and makes no apposition of the word before it', () => {
    expect(spans('Zum Schluss, Frau Präsidentin, möchte ich allen Beteiligten danken.')).toEqual([])
    expect(spans('Drittens, Herr Kommissar, fehlt noch immer eine klare Zusage.')).toEqual([])
  })
})

describe('name boundaries', () => {
  it('a word of time after a surname is not part of the name: "Bürgermeister Obermaier Anfang der Woche"', () => {
    expect(spans('Das kündigte Bürgermeister Obermaier Anfang der Woche im Stadtrat an.')).toEqual(['Obermaier'])
  })
  it('foreign particles belong to the surname after a role or a verb of saying: "de Villiers", "van der Merwe"', () => {
    expect(spans('Nach dem Treffen erklärte de Villiers, man sei sich nähergekommen.')).toEqual(['de Villiers'])
    expect(spans('Nach dem Treffen erklärte Verhandlungsführer van der Merwe, man sei sich nähergekommen.')).toEqual(['van der Merwe'])
  })
  it('one or two name words set off by commas after a role phrase: "Der Kapitän der Mannschaft, Tjorven Halvorsen,"', () => {
    expect(names('Der Kapitän der Mannschaft, Tjorven Halvorsen, lobte die Abwehr nach dem Spiel.')).toEqual(['Tjorven Halvorsen'])
  })
  it('a title of rank after a given name is the surname: "Friedrich König", but not "Karl Herzog von Württemberg"', () => {
    expect(spans('Die schriftliche Anfrage stammt von Friedrich König aus Bonn.')).toEqual(['Friedrich König'])
    expect(spans('Das Schloss ließ Karl Herzog von Württemberg erbauen.')).not.toContain('Karl Herzog')
  })
  it('a known surname and the rest of its name before it make one mention, not two: "Berti Vogts"', () => {
    expect(spans('Berti Vogts lobte am Sonntag die junge Mannschaft.')).toEqual(['Berti Vogts'])
  })
  it('a lone first word of a full name found before is that person: "Li Qiang" … "Li"', () => {
    expect(names('Regierungschef Li Qiang eröffnete am Montag die Messe in Shanghai.', 'Li versprach ausländischen Firmen einen fairen Marktzugang.')).toEqual(['Li Qiang'])
  })
})

describe('words that open a German sentence', () => {
  it('are no names: "Drittens, der Kommissar …", "Überdies …", "Solange …"', () => {
    expect(spans('Drittens, der Kommissar hat seine Zusage bisher nicht eingehalten.')).toEqual([])
    expect(spans('Überdies stimmt der Vergleich mit den Nachbarländern nicht, sagte er.')).toEqual([])
    expect(spans('Solange niemand widerspricht, bleibt alles beim Alten.')).toEqual([])
  })
  it('a function word inside a sentence may still be a name: "des Surrealisten Ernst"', () => {
    expect(spans('Der Bildsprache des Surrealisten Ernst begegnet man in vielen Arbeiten.')).toEqual(['Ernst'])
  })
})

describe('places', () => {
  it('the genitive of a place is no person, even after a role: "die Wirtschaftsforscher Deutschlands"', () => {
    expect(spans('Skeptisch sind auch die führenden Wirtschaftsforscher Deutschlands und Frankreichs.')).toEqual([])
  })
})

describe('institutions named after a person', () => {
  it('a name right after the noun of a firm or an institution is no person: "im Verlag Paul Haupt", "die Galerie Johann König"', () => {
    expect(names('Der Bildband erschien im Verlag Paul Haupt und kostet 40 Euro.')).toEqual([])
    expect(names('Die Galerie Johann König zeigt ab Freitag neue Arbeiten junger Künstler.')).toEqual([])
  })
  it('the person of the same name with a role is one: "Der Verleger Paul Haupt"', () => {
    expect(names('Der Verleger Paul Haupt gründete das Haus in Bern.')).toEqual(['Paul Haupt'])
  })
})

describe('a genitive before a noun without an article', () => {
  it('names a person, who is listed without the ending: "Kowalczyks Rücktritt"', () => {
    expect(spans('Für viele überraschend kam Kowalczyks Rücktritt aus dem Vorstand.')).toEqual(['Kowalczyks'])
    expect(names('Für viele überraschend kam Kowalczyks Rücktritt aus dem Vorstand.')).toEqual(['Kowalczyk'])
  })
  it('not of a company, a place, an adjective or a noun after a determiner', () => {
    expect(spans('Im Herbst soll Nvidias Chip in Serie gehen.')).toEqual([])
    expect(spans('Seitdem gilt Hamburgs Hafen als überlastet.')).toEqual([])
    expect(spans('Ein Hohes Gericht entschied anders.')).toEqual([])
    expect(spans('Am Ende des Jahres Bilanz zu ziehen, fällt schwer.')).toEqual([])
    expect(spans('Die Firma hat ihr tägliches Pensums Ende erreicht.')).toEqual([])
  })
})

describe('a word the text uses more than once where German puts a name, not a bare noun', () => {
  const text = [
    'Am Montag bezifferte Trapanek den Schaden auf zwei Millionen Euro.',
    'Trapanek sei über das Ausmaß selbst überrascht gewesen.',
    'Die Opposition bezweifelt, dass Trapanek alle Zahlen kennt.',
  ]
  it('is a person: after the verb, at a sentence start before the verb, after "dass"', () => {
    expect(spans(...text)).toEqual(['Trapanek', 'Trapanek', 'Trapanek'])
  })
  it('one such place alone is no evidence (a bare object stands there too)', () => {
    expect(spans(text[0]!)).toEqual([])
    expect(spans('Am Montag ergriff Brüssel erste Maßnahmen.', 'Dazu hat Brüssel lange geschwiegen.')).toEqual([])
  })
  it('no sentence starts after an abbreviation, and a participle is no finite verb: "40 Mio. Euro eingesammelt"', () => {
    expect(spans('Das Start-up hat 40 Mio. Euro eingesammelt.', 'Im Vorjahr hatte es erst 12 Mio. Euro eingesammelt.')).toEqual([])
  })
})

describe('a party in brackets after a lone word', () => {
  it('marks a politician: "Hörstmann (SPD)", "kritisierte Brückner (Grüne)"', () => {
    expect(spans('Hörstmann (SPD) hält den Haushaltsentwurf für unausgegoren.')).toEqual(['Hörstmann'])
    expect(spans('Der Entwurf sei unausgegoren, kritisierte Brückner (Grüne) im Landtag.')).toEqual(['Brückner'])
  })
  it('not after a word the text uses as a noun', () => {
    expect(spans('Die Fraktion (SPD) hält den Haushaltsentwurf für unausgegoren.')).toEqual([])
  })
})

describe('sports clubs named like persons', () => {
  it('a name after a club abbreviation is the club: "SV Wendelin", "1. FC Viktoria Altenbeck"', () => {
    expect(spans('Im Spitzenspiel trennten sich der SV Wendelin und der 1. FC Viktoria Altenbeck 2:2.')).toEqual([])
  })
  it('teams in a line of results are clubs: "Viktoria Altenbeck - Germania Ostheim 3:1"', () => {
    expect(spans('Kreisliga: Viktoria Altenbeck - Germania Ostheim 3:1, Teutonia Kerbach - Concordia Hellwig 0:2.')).toEqual([])
  })
  it('players in a tennis result stay persons: several sets follow', () => {
    expect(spans('Halbfinale: Jaroslav Dvorecky - Mats Lindqvist 6:3, 7:6 (7:4).')).toEqual(['Jaroslav Dvorecky', 'Mats Lindqvist'])
  })
})

describe('a name followed by a word of a firm or a group', () => {
  it('"Hollmer & Weiss", "die Tom Kessler Band" name a firm and a band', () => {
    expect(spans('Den Neubau planen die Architekten Hollmer & Weiss aus Basel.')).toEqual([])
    expect(spans('Am Abend spielt die Tom Kessler Band im Stadtpark.')).toEqual([])
  })
})

describe('the genitive of a surname found in the text', () => {
  it('is linked when a later pass found the surname: "Trapanek sei …" … "den Rücktritt Trapaneks"', () => {
    const text = [
      'Am Montag bezifferte Trapanek den Schaden auf zwei Millionen Euro.',
      'Trapanek sei über das Ausmaß selbst überrascht gewesen.',
      'Die Opposition fordert den Rücktritt Trapaneks noch in dieser Woche.',
    ]
    expect(spans(...text)).toEqual(['Trapanek', 'Trapanek', 'Trapaneks'])
  })
  it('ends the name after a title: "Rabbi Oberlanders Diktatur" is no two-word name', () => {
    expect(spans('Rabbi Oberlander leitet die Gemeinde.', 'Viele sprechen von Rabbi Oberlanders Diktatur.')).toEqual(['Oberlander', 'Oberlanders'])
  })
})

describe('names recurring where German puts a name', () => {
  it('count in German text only: French "Il accueillait …", "Il devait …" name nobody', () => {
    const french = ['Le ministre Laurent Fabius est rentré. Il accueillait les rescapés à Roissy.', 'Un second avion est arrivé. Il devait ramener des Français.']
    expect(findPeople(french, { lang: 'fr' }).map((p) => p.name)).toEqual(['Laurent Fabius'])
  })
})
