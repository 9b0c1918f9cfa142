// Products named like people (src/core/text/products.ts): AI news names assistants, agents, models and
// chips after persons. Our own sentences, German and English, each class on both sides.
import { describe, expect, it } from 'vitest'
import { findPeople } from '../../src/core/people'

const names = (lang: 'de' | 'en', ...paragraphs: string[]) => findPeople(paragraphs, { lang }).map((p) => p.name)

describe('a name the text marks as a product is no person', () => {
  it('after a product noun: "der KI-Agent Devin", "der Chatbot Claude", "the AI assistant Claude"', () => {
    expect(names('de', 'Der KI-Agent Devin schreibt inzwischen ganze Programme ohne Hilfe.')).toEqual([])
    expect(names('de', 'Anthropic hat den Chatbot Claude überarbeitet. Claude beantwortet nun auch Fragen zu Bildern.')).toEqual([])
    expect(names('en', 'The AI assistant Claude now reads whole code bases, the company said.')).toEqual([])
    expect(names('en', 'The humanoid robot Sophia answered questions from the audience.')).toEqual([])
  })
  it('before a version or a product word: "Ernie 4.0", "Ernie Bot", "Grace Hopper Plattform"', () => {
    expect(names('de', 'Baidu hat Ernie 4.0 vorgestellt. Ernie soll schneller antworten als zuvor.')).toEqual([])
    expect(names('de', 'Baidu stellt Ernie Bot für Unternehmen bereit.')).toEqual([])
    expect(names('de', 'Die Nvidia Grace Hopper Plattform rechnet doppelt so schnell wie ihr Vorgänger.')).toEqual([])
    expect(names('en', 'Users of the Gemini app can now share screens. Gemini 2.5 is faster, Google said.')).toEqual([])
  })
  it('before "AI" in capitals, a company: "Kimi von Moonshot AI"; "Ai Weiwei" stays a person', () => {
    expect(names('de', 'Auch Kimi von Moonshot AI beherrscht lange Texte.')).toEqual([])
    expect(names('de', 'Der Künstler Ai Weiwei stellt in Berlin aus.')).toEqual(['Ai Weiwei'])
  })
  it('the people of the same text stay: the product is one word, the person another', () => {
    expect(names('de', 'Anthropic hat den Chatbot Claude verbessert, sagte Firmenchef Dario Amodei am Dienstag.')).toEqual(['Dario Amodei'])
  })
})

describe('persons beside the same words stay persons', () => {
  it('a full name whose given name is a product: "Claude Shannon" beside the chatbot Claude', () => {
    expect(names('de', 'Anthropic hat den Chatbot Claude benannt nach Claude Shannon, dem Begründer der Informationstheorie.')).toEqual(['Claude Shannon'])
  })
  it('a person called like a chip: "Grace Hopper" writing a compiler', () => {
    expect(names('de', 'Grace Hopper schrieb 1952 den ersten Compiler. Hopper arbeitete damals für die US-Marine.')).toEqual(['Grace Hopper'])
  })
  it('an agent, a model or an assistant of flesh: "FBI-Agent", "model Kate Moss", "Suu Kyi\'s assistant"', () => {
    expect(names('de', 'Der FBI-Agent Tobias Wendt ermittelte monatelang verdeckt.')).toEqual(['Tobias Wendt'])
    expect(names('en', 'The model Kate Moss opened the show in Paris.')).toEqual(['Kate Moss'])
    expect(names('en', "Police detained Ines Moreau's assistant Paul Girard on Monday.")).toEqual(['Ines Moreau', 'Paul Girard'])
  })
  it('a German verb "bot" and words that end like product nouns ("Angebot", "Geschäftsmodell") mark no product', () => {
    expect(names('de', 'Bei der Versteigerung bot Henrik Sandvik am meisten.')).toEqual(['Henrik Sandvik'])
    expect(names('de', 'Das Geschäftsmodell Lena Forsters überzeugte die Jury.')).toContain('Lena Forster')
  })
})
