// Vietnamese names in English text: family name, middle name, given name ("Tran Van Minh", "Nguyen Thi
// Lan", "Vo Nguyen Giap"), written with or without the diacritics. The lists of given names know few of
// them, and "Van" reads as a Dutch particle ("Van Minh"); the family name and the middle name together
// are evidence enough. The given name is the one news repeat alone ("Minh said"), so it is the surname.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'
import { isNameShaped } from './text/name-words'
import { ARTICLES } from './text/name-evidence'
import { isSentenceStart } from './people-links'
import { ORG_FOLLOWERS } from './text/names-data'

/** The common Vietnamese family names, without diacritics, lower case. */
const FAMILY_NAMES = new Set(`nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam
  trinh doan luong cao ha chu vuong quach to`.split(/\s+/))

/** Middle names that mark a Vietnamese name: "Van" and "Thi" above all, and common others. */
const MIDDLE_NAMES = new Set(`van thi duc minh quang huu dinh xuan ngoc thanh hong kim anh tuan cong quoc manh trong
  tien tan bao phuong thu thuy phu tat chi nhu khac viet`.split(/\s+/))

/** Lower case without diacritics: "Nguyễn" -> "nguyen", "Đức" -> "duc". */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()

/** A syllable of Vietnamese as English text writes it: one short capitalised word. */
const isSyllable = (t: Token | undefined) => t !== undefined && t.word && isNameShaped(t.text) && t.text.length <= 7 && !t.text.includes('-')

/** A Vietnamese name of three (or four) words starting at `i`. */
export function vietnameseNameAt(tokens: readonly Token[], i: number, make: (first: number, last: number) => Mention): Mention | null {
  const family = tokens[i]
  if (!isSyllable(family) || !FAMILY_NAMES.has(plain(family!.text))) return null
  const middle = tokens[i + 1]
  if (!isSyllable(middle) || !(MIDDLE_NAMES.has(plain(middle!.text)) || FAMILY_NAMES.has(plain(middle!.text)))) return null
  const prev = tokens[i - 1]
  // "the Ho Chi Minh Trail" has been read by the caller's place rules; a capitalised word before is another name.
  if (prev?.word && (ARTICLES.has(prev.lower) || (isNameShaped(prev.text) && !isSentenceStart(tokens, i - 1)))) return null
  let last = i + 2
  if (!isSyllable(tokens[last])) return null
  // "Nguyen Thi Minh Khai": a fourth word after a middle name; not "Ho Chi Minh City".
  if (isSyllable(tokens[last + 1]) && MIDDLE_NAMES.has(plain(tokens[last]!.text)) && !ORG_FOLLOWERS.has(tokens[last + 1]!.lower) && tokens[last + 1]!.lower !== 'city') last++
  const after = tokens[last + 1]
  return after?.word && isNameShaped(after.text) ? null : make(i, last)
}
