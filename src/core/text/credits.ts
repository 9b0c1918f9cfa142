// Bylines and photo credits name the people who made the article, not the people it talks about.
// A byline or a short credit line is left out whole; a credit inside a caption
// ("… in Jerusalem. (Thomas Coex/AFP/Getty Images)", "… Photograph: Jane Roe/Reuters") is cut from its
// end or blanked with spaces of its length, so that offsets into the paragraph stay true.
import { blank, withoutWireCredits } from './credits-wire'

/** "Von Lena Hoffmann, 02.07.2025", "By Jane Doe". */
const BYLINE = /^(?:[Vv]on|VON|[Bb]y|BY)\s+\p{Lu}[\p{L}.'’ -]{1,50}(?:[,|–-]\s*[\p{L}\d., /:-]{0,40})?$/u
/** "JIM WATSON/AFP/Getty Images", "Foto: Anna Weber/dpa", "(Photo: Reuters)": a short line that credits a
 * photographer or an agency. */
const CREDIT = /(?:^|[\s(])(?:Fotos?|Photos?|Bild(?:er)?|Image|[Cc]redit|Quelle)\s*:|©|\/\s*(?:AFP|dpa|Reuters|AP|Getty|picture[- ]alliance|Imago|Keystone)\b|\b(?:Getty Images|Shutterstock|iStock)\b/u
/** A name and the publication or agency it works for, in brackets: "(Ellen M. Banner / The Seattle Times)",
 * "(Foto: Max Roth/dpa)". No digits, so "(Bündnis 90/Die Grünen)" stays; a party pair stays harmless. */
const BRACKETED_CREDIT = /\((?:(?:Fotos?|Photos?|Photograph|Bild|Image|Credit)\s*:?\s*)?\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*[^()\d]{2,60}\)/gu
/** A credit that ends a caption: "… Photograph: Jane Roe/Reuters", "… Foto: Max Roth", "….CreditJane Roe/The Times". */
const TRAILING_CREDIT = /(?:(?:Photograph|Photo|Foto|Bild|Illustration|Credit)\s*:\s*|(?:Credit)+(?:\.{2,}|…)?\s*)\p{Lu}[\p{L}.'’ -]{1,40}(?:\s*\/\s*[^.()\d]{2,60})?\s*$/u

/** The paragraph as the person finder reads it: empty for a byline or a credit line, captions without their credit. */
export function withoutCredits(raw: string): string {
  const paragraph = withoutWireCredits(raw)
  if (BYLINE.test(paragraph)) return ''
  // A credit at the end is cut (nothing after it has an offset); one inside is blanked. What is left of a
  // short line may still be a credit of another form ("JIM WATSON/AFP/Getty Images").
  const text = paragraph.indexOf('/') < 0 && paragraph.indexOf(':') < 0 ? paragraph : paragraph.replace(TRAILING_CREDIT, '').replace(BRACKETED_CREDIT, blank)
  return text.trim().length <= 120 && CREDIT.test(text) ? '' : text
}
