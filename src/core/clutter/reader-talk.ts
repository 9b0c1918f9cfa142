/**
 * How a block talks, for box evidence (evidence.ts): whether it speaks to the reader, whether it is
 * set apart from the running text, and the short label it opens with. An article reports; a prompt
 * asks the reader and is set in a box or in italics under a label of its own.
 */
import { normalizeText } from './text'

/** Talk to the reader: du/dein/euch/you anywhere; Sie/Ihnen/Ihr capitalized inside a sentence; a request (bitte, please). */
const FORMAL = /[^.!?:»"„\s]\s+(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b/
const INFORMAL = /\b(?:du|dich|dir|dein\w*|euch|eu(?:er|re)\w*|you|your|bitte|please)\b/i
/**
 * English calls to action, which address the reader by the imperative alone ("Become a patron",
 * "Dig deeper: search for …", "Search our archive", "help us keep it free"): at a sentence's or a
 * label's start, or asking for help for "us" anywhere.
 */
const CALL_TO_ACTION = /(?:^|[.!?:;–—]\s*)(?:become|join|subscribe|sign up|donate|dig deeper|search for|leave a|share your|chip in)\b|\b(?:help|support|follow|join|tell|contact) us\b/i
/** An imperative on "our"/"us" opening a sentence ("Search our archive", "Spendier uns einen Kaffee", "Durchsuche unser Archiv"); case-sensitive: a capital verb. */
const VERB_ON_US = /(?:^|[.!?:;–—]\s*)[A-ZÄÖÜ][a-zäöüß]+ (?:our|us|uns|unser\w*)\b/
/**
 * German imperatives of the second person with no pronoun after them ("Sei der Erste", "Werde
 * Mitglied", "Lies weiter"): forms no noun or other verb form shares, at a sentence's start;
 * case-sensitive. And a call by the infinitive after "Jetzt"/"Gleich"/"Einfach" that ends the
 * sentence with "!" or the block ("Jetzt hören und abonnieren!", a button "Jetzt bewerben"): a
 * report's "Jetzt wollen die Forscher … prüfen." ends with a full stop.
 */
const GERMAN_CALL =
  /(?:^|[.!?:;–—]\s*)(?:Sei|Seid|Werde|Werdet|Hilf|Helft|Hol|Holt|Lies|Lest|Schau|Tritt|Trag|Gib)\s|(?:^|[.!?:;–—]\s*)(?:Jetzt|Gleich|Einfach)\s(?:[^\s.!?]+\s){0,3}[a-zäöüß]+(?:en|ern|eln)\s*(?:!|$)/
/**
 * English imperatives of the purposes a prompt has (search, find, listen, follow, sign up, tell,
 * share …) opening a sentence before an article, a pronoun or a particle ("Search the web for …",
 * "Tell us in the comments", "Sign up now"); case-sensitive.
 */
const PURPOSE_IMPERATIVE =
  /(?:^|[.!?:;–—]\s*)(?:Search|Find|Discover|Explore|Listen|Follow|Subscribe|Sign|Join|Donate|Tell|Share|Get|Register|Log)\s(?:the|our|us|in|for|up|now|it|out|your|a|an|on|to|more)\b/
/** Quoted speech: someone else's words, not the page's to the reader ("„Schreiben Sie uns“, sagte …"). */
const QUOTED = /„[^“”"]*[“”"]|"[^"]*"|»[^«]*«|«[^»]*»|“[^”]*”/g

/** Whether `text`, outside quotations, speaks to the reader. */
export function speaksToReader(text: string): boolean {
  const own = text.replace(QUOTED, ' ')
  return INFORMAL.test(own) || FORMAL.test(own) || CALL_TO_ACTION.test(own) || VERB_ON_US.test(own) || GERMAN_CALL.test(own) || PURPOSE_IMPERATIVE.test(own)
}

const EMPHASIS = new Set(['EM', 'I', 'STRONG', 'B', 'SMALL'])

/** A block whose whole text lies in one emphasis (an italic or bold line): set apart from the running text, as a note or a prompt is. */
export function isSetApart(block: Element, text: string): boolean {
  const only = block.firstElementChild
  return !!only && only === block.lastElementChild && EMPHASIS.has(only.tagName) && normalizeText(only.textContent ?? '') === text
}

/** The label a line opens with ("Diskussion – …", "Gefällt Ihnen dieser Artikel? – …", "Newsletter: …"): a few words before a dash or a colon. */
const LEAD_IN = /^([^.!:–—]{3,60}?[?!]?)(?::\s| [–—-] )/

export function leadInOf(text: string): string | null {
  const label = LEAD_IN.exec(text)?.[1]
  return label && label.split(' ').length <= 7 ? label : null
}

/**
 * A first name and a surname (or two) as the subject of the sentence that opens `text`, after at
 * most a title ("Nadine Hollerbach verantwortet …", "Dr. Timo Krakowski hat …", "Oliver Pemberton
 * covers …"); not an article, a pronoun or a preposition before a noun ("Die Bundesregierung will …").
 */
const NAME_OPENING =
  /^(?:(?:Dr|Prof)\.\s)?(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Im|In|Am|An|Auf|Aus|Bei|Beim|Mit|Nach|Seit|Von|Vom|Vor|Zum|Zur|Für|Über|Unter|Als|Wie|Wenn|Wer|Was|Dieser|Diese|Dieses|Unser|Unsere|Sie|Er|Es|Wir|The|This|That|Our|In|On|At|For|With|From|After|When|We|It)\s)[A-ZÄÖÜ][a-zäöüß'’-]+(?:\s[A-ZÄÖÜ][a-zäöüß'’-]+){1,2}\s[a-zäöüß]/

export function opensWithName(text: string): boolean {
  return NAME_OPENING.test(text)
}

/**
 * A sentence about what a person does in a book or a work, opening with the person, after at most a
 * role ("Ilka Dorn folgt …", "Der Richter Konrad Vesper schildert …", "Author Paul Grant walks …"):
 * the verb in the present tense, as a blurb describes (a report tells what someone said or did).
 */
const PERSON_DOING =
  /^(?:(?:Der|Die|The)\s[A-ZÄÖÜ][a-zäöüß]+\s|(?:Autor|Autorin|Author)\s)?(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Im|In|Am|An|Auf|Aus|Bei|Mit|Nach|Seit|Von|Vor|Zum|Zur|Für|Über|Unter|Als|Wie|Wenn|Wer|Was|Laut|Viele|Einige|Alle|Trotz|Wegen|Während|Ohne|Gegen|Durch|Dank|Auch|Unser|Unsere|Sie|Er|Es|Wir|The|This|That|Our|On|At|For|With|From|After|When|We|It|Many|Some|Most)\s)[A-ZÄÖÜ][a-zäöüß'’-]+(?:\s[A-ZÄÖÜ][a-zäöüß'’-]+){1,2}\s[a-zäöüß]+(?:t|s)\b/

export function opensWithPersonDoing(text: string): boolean {
  return PERSON_DOING.test(text)
}
