// English news credits that name the people who reported, edited or photographed the story, in the
// forms wire services and papers print them after or around the text, not in a byline of their own:
// "(Reporting by Jane Roe; Editing by John Doe)", "Associated Press writers … contributed.",
// "Contributing: Jane Roe", "By Jane Roe and John Doe Monday, November 18, 2019", "REUTERS/Jane Roe",
// "Jane Roe (jane@paper.com) is the editor of …", "Jane Roe, BBC diplomatic correspondent".

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'
const CREDIT_WORK = '(?:(?:additional|extra|further)\\s+)?(?:reporting|writing|editing|compiled|compilation|photos?|photographs?|photography|illustrations?|graphics?|video|research)(?:\\s+and\\s+\\w+)?\\s+by\\b'

/** A paragraph that is a credit as a whole: it starts with the work credited, or says who contributed. */
const CREDIT_PARAGRAPH = new RegExp(`^\\(?\\s*${CREDIT_WORK}|^(?:Contributing|Contributors?)\\s*:`, 'iu')
const CONTRIBUTED = /\bcontributed\s+(?:reporting|research|additional reporting|to\s+(?:this|the)\s+(?:report|story|article))\b|\b(?:writers?|reporters?|correspondents?|staff)\b[^.]{0,200}\bcontributed\.?$/iu
/** A byline with the date after the names: "By Jane Roe and John Doe Monday, November 18, 2019",
 * "by Jane Roe September 15, 2014", "Posted on March 30, 2015 by Admin". */
const DATED_BYLINE = new RegExp(`^(?:by\\s+(?!${WEEKDAY}|${MONTH}\\s)\\p{Lu}[\\p{L}.'’ ,&-]{1,80}?\\s+(?:on\\s+)?(?:${WEEKDAY}|${MONTH}\\s+\\d)|posted\\s+on\\s+.{4,40}\\s+by\\s+\\p{Lu})`, 'iu')
/** An author's bio: the name with a mail address, or a line "Name, BBC diplomatic correspondent", or a
 * short paragraph asking to follow the writer. */
const BIO_WITH_MAIL = /^\p{Lu}[\p{L}.'’ -]{1,40}\s*\([^()\s]+@[^()\s]+\)/u
const SIGN_OFF = /^\p{Lu}[\p{L}.'’ -]{1,40},\s+[\p{L}'’ -]{0,40}\b(?:correspondent|reporter|editor|writer|columnist|contributor|journalist)$/u
const FOLLOW_THE_WRITER = /\bFollow\s+(?:him|her|them)\s+on\s+(?:Twitter|X|Instagram|Facebook)\b|\bmay be reached at\s+\S+@/u
/** "(Reporting by …; Editing by …)", "(Photos by Jane Roe, left, and John Doe/AP)" inside a paragraph. */
const BRACKETED_WIRE_CREDIT = new RegExp(`\\(\\s*${CREDIT_WORK}[^()]*\\)`, 'giu')
/** "… the exchange, November 18. REUTERS/Jane Roe", "… the drug. Getty", "… Photograph by Jane Roe/AFP/Getty
 * Images": a credit ending a caption (not an agency that ends a longer credit, which credits.ts reads). */
const TRAILING_AGENCY = /(?:\b(?:Photograph|Photo|Image|Picture)s?\s+by\s+\p{Lu}[\p{L}.'’ ,-]{1,60}(?:\/[^.()\d]{2,60})?|(?<![/\p{L}])(?:REUTERS|Reuters|AFP|AP|EPA|UPI|XINHUA|Xinhua)\s*\/\s*\p{Lu}[\p{L}.'’ -]{1,40}(?:\/[\p{L} ]{2,30})?|(?<=[.!?”"]\s+)(?:Getty(?: Images)?|Shutterstock|iStock))\s*$/u

/** Spaces of the text's length, so that offsets into the paragraph stay true. */
export const blank = (text: string) => ' '.repeat(text.length)

/** The paragraph without the wire credits it holds; empty when it is one. */
export function withoutWireCredits(paragraph: string): string {
  const text = paragraph.trim()
  if (CREDIT_PARAGRAPH.test(text) || BIO_WITH_MAIL.test(text)) return ''
  if (text.length <= 300 && (CONTRIBUTED.test(text) || FOLLOW_THE_WRITER.test(text))) return ''
  if (text.length <= 200 && DATED_BYLINE.test(text)) return ''
  if (text.length <= 100 && SIGN_OFF.test(text)) return ''
  return paragraph.replace(BRACKETED_WIRE_CREDIT, blank).replace(TRAILING_AGENCY, '')
}
