// What a sentence needs to stand alone in a summary: a finite verb (else it is a heading, a caption, a
// spec line, a credit) and no opening word that points back to the sentence before it.
// Both are tests on closed word classes of German and English grammar (auxiliaries, pronouns), plus
// the regular endings of finite verbs; no part-of-speech model.
import { primaryLanguage, stopwordsFor } from './tokens'

/** Finite forms of auxiliaries, modals and the commonest verbs, which no ending test would find. */
const GERMAN_FINITE = new Set([
  'ist', 'sind', 'war', 'waren', 'bin', 'bist', 'seid', 'sei', 'wäre', 'wären', 'hat', 'haben', 'hatte', 'hatten',
  'habe', 'hätte', 'hätten', 'wird', 'werden', 'wurde', 'wurden', 'würde', 'würden', 'werde', 'kann', 'können',
  'konnte', 'konnten', 'könnte', 'könnten', 'muss', 'müssen', 'musste', 'mussten', 'müsste', 'soll', 'sollen',
  'sollte', 'sollten', 'will', 'wollen', 'wollte', 'wollten', 'darf', 'dürfen', 'durfte', 'dürfte', 'mag', 'möchte',
  'möchten', 'gibt', 'gab', 'gäbe', 'geht', 'ging', 'gingen', 'steht', 'stand', 'standen', 'kommt', 'kam', 'kamen',
  'liegt', 'lag', 'lagen', 'sieht', 'sah', 'sahen', 'nimmt', 'nahm', 'nahmen', 'hält', 'hielt', 'lässt', 'ließ',
  'bleibt', 'blieb', 'fand', 'fanden', 'tut', 'tat', 'weiß', 'wusste', 'schrieb', 'sprach', 'traf', 'trat', 'fiel',
  'stieg', 'sank', 'zog', 'bot', 'rief', 'gilt', 'galt', 'heißt', 'hieß', 'trägt', 'trug', 'fährt', 'fuhr', 'gewann',
  'verlor', 'begann', 'erhielt', 'enthält', 'entschied', 'spricht', 'bringt', 'brachte', 'denkt', 'dachte', 'kennt',
  'kannte', 'nennt', 'nannte',
])
const ENGLISH_FINITE = new Set([
  'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'shall', 'should', 'do', 'does', 'did', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't",
  "won't", "wouldn't", "can't", "couldn't", "don't", "doesn't", "didn't", "shouldn't", 'said', 'told', 'took', 'made',
  'went', 'came', 'saw', 'gave', 'got', 'found', 'knew', 'thought', 'became', 'began', 'left', 'felt', 'brought',
  'held', 'kept', 'met', 'paid', 'ran', 'sent', 'spent', 'stood', 'won', 'wrote', 'led', 'built', 'bought', 'caught',
  'chose', 'drew', 'drove', 'fell', 'fought', 'grew', 'heard', 'lost', 'meant', 'rose', 'sold', 'shot', 'spoke',
  'struck', 'taught', 'threw', 'understood', 'broke', 'forgot', 'hid', 'sat', 'slept', 'stole', 'swore', 'woke',
  'wore', 'ate', 'flew', 'froze', 'hung', 'lay', 'lit', 'sang', 'sank', 'shook', 'shut', 'spun', 'split', 'spread',
  'let', 'put', 'set', 'cut', 'hit', 'cost', 'quit', 'read', 'bet',
])
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'every', 'each'])
const ENGLISH_SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'people'])

/** Words that open a sentence by pointing back: the sentence means little without the one before. */
const GERMAN_ANAPHORS = new Set([
  'er', 'sie', 'es', 'dort', 'damit', 'dies', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'dadurch', 'dabei',
  'darauf', 'daraufhin', 'daher', 'deshalb', 'deswegen', 'dazu', 'davon', 'darüber', 'dafür', 'dagegen', 'darin',
  'danach', 'davor', 'trotzdem', 'dennoch', 'ihm', 'ihn', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'sein', 'seine',
  'seinen', 'seinem', 'seiner', 'jene', 'jener', 'solche', 'hier', 'außerdem', 'zudem', 'auch', 'ebenso', 'stattdessen',
])
const ENGLISH_ANAPHORS = new Set([
  'he', 'she', 'it', 'they', 'this', 'these', 'there', 'that', 'those', 'his', 'her', 'its', 'their', 'him', 'them',
  'such', 'also', 'however', 'but', 'and', 'instead', 'meanwhile', 'still', 'yet', 'here', 'then', 'thus',
  'therefore', 'moreover', 'furthermore',
])

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu

/**
 * Does the sentence have a finite verb? German: an auxiliary or common verb, or a lower-case word
 * past the first with a verb ending (German capitalises its nouns, so a lower-case "-t"/"-en" word is a
 * verb or an adjective). English: an auxiliary, an irregular past, an "-ed" or "-s" word, or a subject
 * pronoun before a lower-case word. Lenient by design: it is to find the verbless line, not to parse.
 */
export function hasFiniteVerb(sentence: string, lang: string | null): boolean {
  // Text in another script (Chinese, Japanese, …) cannot be judged here: no sentence of it is a fragment.
  if (!/[A-Za-zÄÖÜäöüß]/.test(sentence)) return true
  const tokens = sentence.match(WORD) ?? []
  const primary = primaryLanguage(lang)
  if (primary === 'de') return germanVerb(tokens)
  if (primary === 'en') return englishVerb(tokens)
  // Other languages: no test here, so no sentence is taken for a fragment.
  return primary !== null || germanVerb(tokens) || englishVerb(tokens)
}

function germanVerb(tokens: readonly string[]): boolean {
  const stop = stopwordsFor('de')
  return tokens.some((token, i) => {
    const lower = token.toLowerCase()
    // A capitalised "Mag" or "Will" inside a sentence is a noun or a name.
    if (GERMAN_FINITE.has(lower) && (i === 0 || token === lower)) return true
    if (i === 0 || token !== lower || lower.length < 4 || stop.has(lower)) return false
    return /(?:t|en|ern|eln|te|ten|st)$/.test(lower) && !/(?:ung|heit|keit|schaft|ist)$/.test(lower)
  })
}

function englishVerb(tokens: readonly string[]): boolean {
  const stop = stopwordsFor('en')
  return tokens.some((token, i) => {
    const lower = token.toLowerCase().replace(/’/g, "'")
    // A capitalised "Do" or "Will" inside a sentence is a name ("Minh Do") or a title ("Another Do-Over").
    if (ENGLISH_FINITE.has(lower) && (i === 0 || token === lower)) return true
    const next = tokens[i + 1]
    if (ENGLISH_SUBJECTS.has(lower) && next !== undefined && next === next.toLowerCase() && /^\p{L}/u.test(next)) return true
    if (i === 0 || token !== lower || lower.length < 4 || stop.has(lower)) return false
    if (/[^e]ed$/.test(lower)) return true
    // "-s" is a verb right after a name ("Apple plans") or after "the" and a noun ("the company says");
    // elsewhere it is as likely a plural ("215 grams", "green onions", "top picks").
    if (!/[^s'u]s$/.test(lower) || /(?:ss|us|is|ics|ness)$/.test(lower)) return false
    const before = tokens[i - 1] ?? ''
    if (/^\p{Lu}/u.test(before)) return i - 1 > 0 || !DETERMINERS.has(before.toLowerCase())
    return before === before.toLowerCase() && !/^\d/.test(before) && !DETERMINERS.has(before) && DETERMINERS.has((tokens[i - 2] ?? '').toLowerCase())
  })
}

/** The sentence's first word points back to the one before ("Er sagte …", "This means …"). */
export function opensWithAnaphor(sentence: string, lang: string | null): boolean {
  const first = sentence.replace(/^[^\p{L}]+/u, '').match(/^\p{L}+/u)?.[0]?.toLowerCase()
  if (!first) return false
  const primary = primaryLanguage(lang)
  if (primary === 'de') return GERMAN_ANAPHORS.has(first)
  if (primary === 'en') return ENGLISH_ANAPHORS.has(first)
  return GERMAN_ANAPHORS.has(first) || ENGLISH_ANAPHORS.has(first)
}
