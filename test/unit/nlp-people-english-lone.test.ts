// English: a lone name word read by the full names of the text and the grammar around it, and Vietnamese
// names; the sentences are the team's own.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const en = (...paragraphs: string[]) => findPeople(paragraphs, { lang: 'en' }).map((p) => `${p.name} x${p.mentions}`)

describe('English: a later lone word that opens a full name of the text', () => {
  it('a Chinese or Korean family name alone is the person named in full before', () => {
    expect(en('The artist Ai Weiwei opened a show in Lisbon on Friday.', 'Ai said the works were about exile.')).toEqual(['Ai Weiwei x2'])
    expect(en('Former president Moon Jae-in met the delegation.', 'Moon said the talks would go on.')).toEqual(['Moon Jae-in x2'])
  })
  it('a Thai first name alone is the person named in full before', () => {
    expect(en('The premier Srettha Thavisin toured the border.', 'Srettha said the troops would stay.')).toEqual(['Srettha Thavisin x2'])
  })
  it('not when the word ends another full name', () => {
    expect(en('Stewart Cink led Alan Stewart by a shot.', 'Stewart said he was tired.')).toEqual(['Alan Stewart x2', 'Stewart Cink x1'])
  })
})

describe('English: a plural noun opening a sentence is no surname', () => {
  it('"Crews repair", "Crews are" after the actor Terry Crews', () => {
    expect(en('The actor Terry Crews spoke at the gala.', 'Crews repair a pipe near the station.')).toEqual(['Terry Crews x1'])
    expect(en('The actor Terry Crews spoke at the gala.', 'Crews are still at work on the line.')).toEqual(['Terry Crews x1'])
  })
  it('a surname in "s" before a singular or past verb stays the person', () => {
    expect(en('Kevin Woods played on Sunday.', 'Woods shot a 68 and Woods hits the ball far.')).toEqual(['Kevin Woods x3'])
    expect(en('Kevin Woods played on Sunday.', 'Woods won the title.')).toEqual(['Kevin Woods x2'])
  })
})

describe('English: a brand name that is a common surname, before a verb of saying', () => {
  it('"Johnson said" is a person', () => {
    expect(en('Johnson said the vote would come next week.')).toEqual(['Johnson x1'])
    expect(en('Boris Johnson resigned in July.', 'Johnson said he was proud of his record.')).toEqual(['Boris Johnson x2'])
  })
  it('not a firm: "it" after, or the text names the firm', () => {
    expect(en('Watson said it would cut 3,000 jobs in Europe.')).toEqual([])
    expect(en('Disney said the film would open in May.')).toEqual([])
    expect(en('Johnson & Johnson shares fell.', 'Johnson said sales would recover.')).toEqual([])
  })
})

describe('English: Vietnamese names', () => {
  it('family name, middle name and given name; the given name alone later', () => {
    expect(en('Police arrested Tran Van Minh, a farmer, on Tuesday.', 'Minh said he was innocent.')).toEqual(['Tran Van Minh x2'])
    expect(en('The court heard Nguyễn Thị Lan on Monday.')).toEqual(['Nguyễn Thị Lan x1'])
  })
  it('not a place named after a person', () => {
    expect(en('Prices rose in Ho Chi Minh City last year.')).not.toContain('Ho Chi Minh City x1')
  })
})

describe('English: given names of Ukrainian and Russian people, transliterated, and Indonesian ones', () => {
  it('names the main lists lack, in either spelling of the ending', () => {
    expect(en('Officials met Hennadiy Moskal and Arsenii Yatsenyuk in Kyiv.')).toEqual(['Hennadiy Moskal x1', 'Arsenii Yatsenyuk x1'])
    expect(en('The talks with Yevgeny Prigozhin ended late.')).toEqual(['Yevgeny Prigozhin x1'])
  })
  it('not a given name alone, nor before a word the text writes in lower case', () => {
    expect(en('Hennadiy left early.')).toEqual([])
  })
})
