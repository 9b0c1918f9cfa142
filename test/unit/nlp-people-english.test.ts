// English people finding, by error class met on public English news (CoNLL-2003 dev); the sentences are
// the team's own.
import { describe, expect, it } from 'vitest'
import { findPeople, findPersonMentions } from '../../src/core/people'

const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p) => p.name)

describe('English: a given name that is also a word or a surname', () => {
  it('"Randy", "Billy", "Shawn" start a name before a surname', () => {
    expect(en('The striker Randy Kowalczyk scored twice before Billy Okafor replaced him.')).toEqual(['Randy Kowalczyk', 'Billy Okafor'])
    expect(en('Shawn Delacroix won the opening stage in the rain.')).toEqual(['Shawn Delacroix'])
  })
  it('not alone, nor where the text writes the word in lower case', () => {
    expect(en('The grant covers Golden Valley Farms and the river.')).toEqual([])
    expect(en('Dusty Roads are common here, and the dusty roads flood each spring.')).toEqual([])
  })
})

describe('English: a surname of a well-known person', () => {
  it('names the person alone in a sentence', () => {
    expect(en('Zuckerberg declined to comment on the report.')).toEqual(['Mark Zuckerberg'])
  })
  it('not as the given name of someone else, nor in a table row', () => {
    expect(en('The prize went to Massoud Kharrazi of the local club.')).not.toContain('Ahmad Shah Massoud')
    expect(en('Final standings:', 'Bolton 4 2 1 1 6 3 7', 'Preston 4 1 1 2 4 5 4')).toEqual([])
  })
})

describe('English: a name with a country in brackets (results, line-ups)', () => {
  it('names unknown to the lists', () => {
    expect(en('Women\'s 800 metres:', '1. Tsegaye Wolde (Ethiopia) 1:58.20', '2. Ilinca Vasilescu (Romania) 1:58.94',
      '3. Marta Kowalczuk (New Zealand) 1:59.10')).toEqual(['Tsegaye Wolde', 'Ilinca Vasilescu', 'Marta Kowalczuk'])
  })
  it('any country or large city of the world in brackets', () => {
    expect(en('Men\'s 1,500 metres:', '1. Dieudonne Habimana (Rwanda) 3:34.10', '2. Okello Wanyama (Kampala) 3:35.02'))
      .toEqual(['Dieudonne Habimana', 'Okello Wanyama'])
  })
  it('not a place, nor a lone word, nor an abbreviation in brackets', () => {
    expect(en('At The Meadow (Dublin): Leinster beat Munster by 12 points.')).toEqual([])
    expect(en('The final in Hong Kong (China) starts on Sunday.')).toEqual([])
    expect(en('Lindqvist (Sweden) finished third.')).toEqual([])
    expect(en('The Kurdistan Democratic Party (KDP) said it would fight on.')).toEqual([])
  })
})

describe('English: names listed with a person', () => {
  it('a squad line of capitalised names is a list, not a headline', () => {
    expect(en('The coach named his squad on Monday.', 'Squad: Tom Hardwick (captain), Nikolai Brannagh, Randy Oduya, Keane Mottram, Petr Valchek.'))
      .toEqual(['Tom Hardwick', 'Nikolai Brannagh', 'Randy Oduya', 'Keane Mottram', 'Petr Valchek'])
  })
  it('a headline in Title Case is still no list', () => {
    expect(en('Rising Costs Hit Small Farms Across Northern Valleys')).toEqual([])
  })
})

describe('English: one initial before a surname', () => {
  it('"K. Marlowe" in running text and score lines', () => {
    expect(en('Derbyshire 301 (K. Marlowe 92, T. Ashdown 4-51), Kent 120-3.')).toEqual(['K. Marlowe', 'T. Ashdown'])
  })
  it('not before a word the text writes in lower case', () => {
    expect(en('They chose plan B. Stocks fell, and the stocks of grain with them.')).toEqual([])
  })
})

describe('English: evidence around a name no list knows', () => {
  it('a role, kinship noun or age before it', () => {
    expect(en('The visitors relied on captain Will Harcastle in the second half.')).toEqual(['Will Harcastle'])
    expect(en('"We waited for years," said his sister Zarina Oskenova.')).toEqual(['Zarina Oskenova'])
    expect(en('The 19-year-old Tariq Belhadj won the sprint.')).toEqual(['Tariq Belhadj'])
  })
  it('an age or a verb of saying after it', () => {
    expect(en('Dmitro Hrytsak, 34, was detained at the border on Monday.')).toEqual(['Dmitro Hrytsak'])
    expect(en('Later, Okonkwo Eze told reporters he would appeal.')).toEqual(['Okonkwo Eze'])
  })
  it('a company that says something is no person', () => {
    expect(en('Brackwell Stanton said it would close two plants.')).toEqual([])
  })
  it('not a team that "who" follows, nor a possessive and a noun', () => {
    expect(en('The champions Dinamo Ferenc, who finished bottom last year, lost again.')).toEqual([])
  })
})

describe('English: words for peoples and faiths are no names', () => {
  it('"Danish", "Kurds", "Catholic"', () => {
    expect(en('Four Africans said they would stand, a Danish diplomat told Kurds and Roman Catholic groups.')).toEqual([])
  })
})

describe('English: a one-word name that is a company', () => {
  it('"Varnholt said …" where the text also writes "Varnholt shares", "news agency Kestrel"', () => {
    expect(en('Varnholt said on Friday it had won the order.', 'Varnholt shares rose 2 percent.', 'Varnholt said he was pleased.')).toEqual([])
    expect(en('The news agency Kestrel reported the fire.', 'Kestrel said he had seen it.')).toEqual([])
  })
  it('a person of one name stays', () => {
    expect(en('"We are ready," Okafor said after training.', 'Okafor said he was fit.')).toEqual(['Okafor'])
  })
})

describe('English: a surname ending in "s" is no genitive', () => {
  it('"Kevin Andrews" stays as written, though the text has "Andrew" too', () => {
    expect(en('Andrew Mahlangu kicked the conversion after Kevin Andrews scored the second try.')).toEqual(['Andrew Mahlangu', 'Kevin Andrews'])
  })
})

describe('English: a word the text puts after "in" or "at" is a place', () => {
  it('"Tashkuri said" where the text also has "in Tashkuri"', () => {
    expect(en('Talks resumed in Tashkuri on Monday.', 'Tashkuri said it would not negotiate.', 'Tashkuri says the talks failed.')).toEqual([])
  })
  it('a possessive after "in" is a person\'s', () => {
    expect(en('In Okonjo\'s view the plan failed.', 'Okonjo said he would resign.')).toEqual(['Okonjo'])
  })
})

describe('English: a headline in capitals', () => {
  it('names a person the text gives in full', () => {
    const text = ['TENNIS - OKORAFOR UPSETS TOP SEED IN DUBLIN.', 'Daniel Okorafor beat the top seed on Tuesday.']
    const mentions = findPersonMentions(text, { lang: 'en' }).map((m) => `${m.paragraph}:${text[m.paragraph]!.slice(m.start, m.end)}`)
    expect(mentions).toEqual(['0:OKORAFOR', '1:Daniel Okorafor'])
    const pair = ['BOXING - MATEO RIVAS KEEPS HIS TITLE.', 'Mateo Rivas kept his title on Saturday.']
    expect(findPersonMentions(pair, { lang: 'en' }).map((m) => pair[m.paragraph]!.slice(m.start, m.end))).toEqual(['MATEO RIVAS', 'Mateo Rivas'])
  })
})

describe('English: scorers with the minute in brackets', () => {
  it('"Scorers: Ionut Dragomir (31st), Arvydas Kazlauskas (77th)"', () => {
    expect(en('Scorers: Ionut Dragomir (31st), Arvydas Kazlauskas (77th)')).toEqual(['Ionut Dragomir', 'Arvydas Kazlauskas'])
  })
})

describe('English: Korean and Chinese names', () => {
  it('a family name and a hyphenated given name of two syllables', () => {
    expect(en('Officials said Park Min-jae met Zhou Xiao-ming in Seoul.', 'Park said the talks went well.')).toEqual(['Park Min-jae', 'Zhou Xiao-ming'])
  })
  it('not hyphenated words', () => {
    expect(en('The Co-Op raised prices, and Year-End sales fell at Tesco Check-Out desks.')).toEqual([])
  })
})

describe('English: bodies named with words that look like names', () => {
  it('"the Treasury Department said", "Interfax news agency"', () => {
    expect(en('The Treasury Department said the sanctions stay.', 'Russia\'s Varnax news agency reported the talks.', 'Varnax said he left.')).toEqual([])
  })
})

describe('English: a name quoted whole is a title', () => {
  it('a film named after a person', () => {
    expect(en('The director is best known for " Martha Hollis " and " Dark Water ".')).toEqual([])
  })
})

describe('English: a surname that is also a place', () => {
  it('"Trevor Holland" and later "Holland"', () => {
    expect(findPeople(['Police arrested Trevor Holland on Monday.', 'Holland was moved to a secure centre.'], { lang: 'en' }))
      .toEqual([{ name: 'Trevor Holland', mentions: 2, role: null }])
  })
  it('not a place after a given name that is a word, nor after a particle', () => {
    expect(en('Christian Europe was divided.')).toEqual([])
    expect(en('The novel is set in the streets of Santiago de Cuba.')).toEqual([])
  })
})

describe('English: "who" and a role before a comma', () => {
  it('"X Y, who … his"', () => {
    expect(en('Tamas Kovari, who made his debut in May, scored twice.')).toEqual(['Tamas Kovari'])
  })
  it('"The speaker of the parliament, X Y, told …"', () => {
    expect(en('The speaker of the regional parliament, Arsen Dzhabarov, told reporters the vote would go ahead.')).toEqual(['Arsen Dzhabarov'])
  })
  it('a team that "who … their" follows is none', () => {
    expect(en('The holders Rapid Ostrava, who finished bottom of their group, lost again.')).toEqual([])
  })
})

describe('English: what real web pages taught', () => {
  it('a date is no age ("Tuesday, Nov, 29, 2016")', () => {
    expect(en('In this photo dated Tuesday, Nov, 29, 2016 the rocket stands on the launch pad.')).toEqual([])
  })
  it('a heading or a name after "The" is no word-given name', () => {
    expect(en('Mac Apps')).toEqual([])
    expect(en('Sites like The Mac Observer and others covered it.')).toEqual([])
  })
  it('a reference "Surname, Given (date). \\"Title\\"" is no list of names', () => {
    expect(en('^ Okafor, Dennis (March 15, 2015). "Film Review: The Final Girls Strikes Back Again". Variety.')).toEqual([])
  })
  it('a citation with a year in brackets is no list of names; a thing named after a capitalised word is no name', () => {
    expect(en('Hay, Jennifer; Maclagan, Margaret; Gordon, Elizabeth (2008). Dialects of English. Edinburgh.')).toEqual([])
    expect(en('They were first held in 1965 as the Loxene Golden Disc awards.')).toEqual([])
  })
  it('"Samoan" is a language and a people', () => {
    expect(en('After English, Samoan is the most widely spoken language.')).toEqual([])
  })
  it('the author\'s bio line names nobody of the article', () => {
    expect(en('The council voted on Monday.', 'Corey Maddox is a Metro reporter covering the city.')).toEqual([])
  })
  it('a given name after one initial is a middle name', () => {
    expect(en('The economist C. Eugene Steuerle said the plan was sound.')).toEqual(['C. Eugene Steuerle'])
  })
  it('a possessive before an office keeps the person', () => {
    expect(en('The initiative, from Tony Abbott’s office, is new.')).toEqual(['Tony Abbott'])
  })
})

describe('English: places that are given names, and particles', () => {
  it('"Milan" alone is the city or the club', () => {
    expect(en('Good news for Milan is that the striker is fit again.')).toEqual([])
  })
  it('"Van Boxmeer said" keeps the particle in the mention', () => {
    const text = ['The brewer, led by Jean-Marc van Boxmeer, grew.', 'Van Boxmeer said profits would rise.']
    expect(findPersonMentions(text, { lang: 'en' }).map((m) => text[m.paragraph]!.slice(m.start, m.end))).toEqual(['Jean-Marc van Boxmeer', 'Van Boxmeer'])
  })
})

describe('English: a given name alone after the full name', () => {
  it('"Alan" is Alan Shearer, though "alan" is also a word', () => {
    const text = ['Alan Shearer was named captain.', '"I am sure Alan is the man for the job," the coach said.']
    expect(findPersonMentions(text, { lang: 'en' }).map((m) => `${text[m.paragraph]!.slice(m.start, m.end)}→${m.person}`))
      .toEqual(['Alan Shearer→Alan Shearer', 'Alan→Alan Shearer'])
  })
})

describe('English and German: a large city or a country alone is no person', () => {
  const de = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'de' }).map((p) => p.name)
  it('before or after a verb of saying', () => {
    expect(en('Tehran says the talks will go on next week.')).toEqual([])
    expect(en('The rebels, who Khartoum says are armed by its neighbours, took the town.')).toEqual([])
    expect(de('Nach dem Treffen sagte Kairo, man werde den Vertrag prüfen.')).toEqual([])
  })
  it('unless a person of the text bears the name, or a title stands before it', () => {
    expect(en('The forward Kenny Houston scored twice. "We were patient," Houston said.')).toEqual(['Kenny Houston'])
    expect(en('"We will appeal," Mr Lima said after the hearing.')).toEqual(['Lima'])
  })
})

describe('English: a surname that is a word of rank ("King", "Bishop")', () => {
  it('after a given name, and alone later', () => {
    expect(en('The author Nora Jane Bishop said the prize surprised her. Bishop, 61, lives in Leeds.')).toEqual(['Nora Jane Bishop'])
    expect(findPersonMentions(['Colin King said the plan was late.', 'King added that it would cost more.'], { lang: 'en' }).map((m) => m.person))
      .toEqual(['Colin King', 'Colin King'])
  })
  it('not a word of rank that is no surname ("Prime")', () => {
    expect(en('Her favourites this year: Marjorie Prime, a quiet film about memory.')).not.toContain('Marjorie Prime')
  })
  it('but the word stays a title before a name', () => {
    const text = 'Colin King met King Abdullah in Amman, the paper said.'
    expect(findPersonMentions([text], { lang: 'en' }).map((m) => text.slice(m.start, m.end))).not.toContain('King')
  })
})

describe('English: a nickname in quotes inside a name', () => {
  it('belongs to the name, and the surname alone links to it', () => {
    const text = 'The veteran Roberto "The Bull" Okonkwo fights again on Friday. Okonkwo said he felt young.'
    expect(findPersonMentions([text], { lang: 'en' }).map((m) => text.slice(m.start, m.end))).toEqual(['Roberto "The Bull" Okonkwo', 'Okonkwo'])
  })
})

describe('English: a name inside a quoted title', () => {
  it('is part of the work, not a person', () => {
    expect(en('She was best known for roles in "Morgan of the Moors" and "A Night for Clara".')).toEqual([])
  })
  it('but a quoted sentence names its persons', () => {
    expect(en('"I told Monica Reyes we would win," the captain said.')).toEqual(['Monica Reyes'])
  })
})

describe('English: organisations written like a surname', () => {
  it('a name whose possessive owns shares, output or profit is a company in every mention', () => {
    expect(en('The state engineer Varnok said on Monday it would hire 200 people.', 'Varnok\'s first-half output rose by a third.')).toEqual([])
  })
  it('a name before "&" and a capitalised word is a firm', () => {
    expect(en('"Rates will stay low," said Helen Marsh, an analyst at Peter J. Pruett & Co.')).toEqual(['Helen Marsh'])
  })
  it('but two persons joined by "&" stay persons', () => {
    expect(en('"Netflix Signs Marlon Okafor & Regina Dunmore for Comedy". Deadline. Retrieved 18 May 2017.')).toEqual(['Marlon Okafor', 'Regina Dunmore'])
  })
  it('teams in a result line or a row of standings', () => {
    expect(en('Results of third division matches:', 'Rowan Athletic 2 Kettering 1', 'Standings:', 'Rowan Athletic 6 4 1 1 12 5 13')).toEqual([])
  })
  it('a player with his scores stays a person', () => {
    expect(en('Leading scores after the second round:', 'Colin Whitby 68 70', 'Peter Ashgrove 69 70')).toEqual(['Colin Whitby', 'Peter Ashgrove'])
  })
})

describe('English: players in a cricket scorecard', () => {
  const names = (...lines: string[]) => {
    const mentions = findPersonMentions(lines, { lang: 'en' })
    return mentions.map((m) => lines[m.paragraph]!.slice(m.start, m.end))
  }
  it('the batsman, the fielder and the bowler of a batting line', () => {
    expect(names('Ravindran lbw b Okoro 12', 'T. Quayle c Brandwell b Okoro 45', 'Okoro not out 7'))
      .toEqual(['Ravindran', 'Okoro', 'T. Quayle', 'Brandwell', 'Okoro', 'Okoro'])
  })
  it('a bowler before his figures', () => {
    expect(names('Bowling: Okoro 10-2-31-3, Ravindran 8-0-40-1')).toEqual(['Okoro', 'Ravindran'])
  })
  it('not in a sentence, nor a line without the runs last', () => {
    expect(names('Plan b Marketing is the new office.')).toEqual([])
  })
})

describe('English: words next to a name that make it a team, a country or an office', () => {
  it('a club before a word for a member of its team', () => {
    expect(en('The coach said the former Blackburn and Castlebar skipper would stay.')).toEqual([])
  })
  it('a word only ever in brackets after a name is its country', () => {
    expect(en('Men\'s 200 metres:', '1. Kwame Mensah (Trinidad) 20.12', '2. Ines Carvalho (Portugal) 20.40'))
      .toEqual(['Kwame Mensah', 'Ines Carvalho'])
  })
  it('a capitalised office after a nationality ends no name', () => {
    expect(en('Later, German Interior Minister Klaus Obermeier flew to Rome.')).toEqual(['Klaus Obermeier'])
  })
})

describe('English: a word for a people before a name', () => {
  it('is no part of it, and the age after the name shows the person', () => {
    expect(en('On Friday he meets the unbeaten Chilean Yerko Araya, 27, in Santiago.')).toEqual(['Yerko Araya'])
  })
  it('but a body named after a people is no person', () => {
    expect(en('A spokesman of the Iraqi National Congress said the shelling went on.')).toEqual([])
  })
})

describe('English: team line-ups with shirt numbers', () => {
  it('names after a number and a dash, and a substitute with the minute', () => {
    expect(en('Wales - 15 - Iestyn Prydderch, 14 - Gethin Llewelyn (Rhodri Pugh, 61), 13 - Owain Tudur, 12 - Dafydd Rhys'))
      .toEqual(['Iestyn Prydderch', 'Gethin Llewelyn', 'Rhodri Pugh', 'Owain Tudur', 'Dafydd Rhys'])
  })
  it('not a score or a date range', () => {
    expect(en('The match ended 21 - 14 after extra time.', 'Festival dates: May 31 - June 2 in Cardiff.')).toEqual([])
  })
})

describe('English: the first word of a full name alone', () => {
  it('is that person, though no list knows it as a given name', () => {
    const text = ['The court heard the suit filed by opposition leader Wiranto Sukmadi against the government.', 'Wiranto has asked for a new hearing.']
    expect(findPersonMentions(text, { lang: 'en' }).map((m) => m.person)).toEqual(['Wiranto Sukmadi', 'Wiranto Sukmadi'])
  })
  it('also in the possessive', () => {
    const text = ['Police detained the activist Liang Shoudong on Friday.', 'Liang\'s family could not be reached.']
    expect(findPersonMentions(text, { lang: 'en' }).map((m) => text[m.paragraph]!.slice(m.start, m.end))).toEqual(['Liang Shoudong', 'Liang'])
  })
  it('not a place that starts a title read as a name', () => {
    const text = ['Temple, Philip (1980). Wellington Yesterday. John McIndoe.', 'Wellington is the capital.']
    expect(findPersonMentions(text, { lang: 'en' }).map((m) => text[m.paragraph]!.slice(m.start, m.end))).not.toContain('Wellington')
  })
})

describe('English: baseball and later mentions in sports reports', () => {
  const spans = (...text: string[]) => findPersonMentions(text, { lang: 'en' }).map((m) => text[m.paragraph]!.slice(m.start, m.end))
  it('a pitcher with his wins and losses in brackets', () => {
    expect(spans('Kowalski (11-6) allowed one run over seven innings.')).toEqual(['Kowalski'])
  })
  it('not a team after an article', () => {
    expect(spans('The Pilots (61-70) lost again on Sunday.')).toEqual([])
  })
  it('a surname met again after capitalised particles takes them', () => {
    expect(spans('The scrum half Pieter van der Merwe kicked well.', 'A quick tap from Van der Merwe set up the try.'))
      .toEqual(['Pieter van der Merwe', 'Van der Merwe'])
  })
  it('a surname met again after its unknown given name is read whole', () => {
    expect(spans('Turkey - 1 - Emre Yavuzcan, 4 - Selim Kartal, 3 - Ozkul Demirtas', 'A shot by Ozkul Demirtas hit the bar.'))
      .toEqual(['Emre Yavuzcan', 'Selim Kartal', 'Ozkul Demirtas', 'Ozkul Demirtas'])
  })
})

describe('English: an unknown given name before a surname the text evidences', () => {
  it('the person is listed under the full name', () => {
    expect(en('The early thaw worried Lefteris Viradelis, who runs the harbour works.', '“The tide came too fast,” Mr. Viradelis said.'))
      .toEqual(['Lefteris Viradelis'])
  })
})

describe('English: a surname also used of a thing named after the person', () => {
  it('"the Wendtland reactor" does not stop "Harald Ashcroft Wendtland" nor the later "Wendtland"', () => {
    const people = findPeople([
      'The first device was built by a chemist named Harald Ashcroft Wendtland.',
      'Today the Wendtland reactor stands in a museum, and the Wendtland Institute studies it. Wendtland never saw it run.',
    ], { lang: 'en' })
    expect(people.map((p) => [p.name, p.mentions])).toEqual([['Harald Ashcroft Wendtland', 4]])
  })
  it('a lone surname after a title, though the text also writes "the Wendtland reactor"', () => {
    expect(en('Last year the city sold the Wendtland reactor to a museum.', '“It was a mistake,” Dr. Wendtland said.')).toEqual(['Wendtland'])
  })
  it('not a word the text uses on its own after an article', () => {
    expect(en('The Senate voted late on Friday.', 'Then the Senate, which had waited for weeks, said the law stands.')).toEqual([])
  })
})

describe('English: a title without a full stop before a surname', () => {
  it('"Mr Adebayo" is Mr Adebayo, not a person with the given name "Mr"', () => {
    expect(en('The crowd cheered Tunde Adebayo, who built the new bridge.', '“The work was late,” said Mr Adebayo.')).toEqual(['Tunde Adebayo'])
  })
})

describe('English: a lone name at a sentence start before a verb of saying', () => {
  it('not a word for a group of people', () => {
    expect(en('Trading was thin on Friday.', 'Dealers said the market was calm before the holiday.')).toEqual([])
    expect(en('Trading was thin on Friday.', 'Economists said the rate would stay.')).toEqual([])
  })
  it('but a surname shaped like a plural: a given name with an "s"', () => {
    expect(en('Trading was thin on Friday.', 'Rogers said the market was calm before the holiday.')).toEqual(['Rogers'])
  })
})

describe('a surname after the prefix of a place', () => {
  it('names the place: "Mount Cook" beside "James Cook" is no second person', () => {
    const text = ['James Cook charted the coast in 1770.', 'The highest peak of the range is Mount Cook, at 3,724 metres.']
    expect(findPeople(text, { lang: 'en' }).map((p) => [p.name, p.mentions])).toEqual([['James Cook', 1]])
  })
})
