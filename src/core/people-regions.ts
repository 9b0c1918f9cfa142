// States and provinces of the United States and Canada, which English news name as often as countries:
// "In Kentucky, the Democratic candidate …", and after a town in datelines, addresses and tour dates
// ("Jiffy Lube Live, Bristow, VA", "SpaceX, Hawthorne, California"). The world place list holds countries
// and large cities only, so a state or a small town alone reads like a surname.
import type { Token } from './text/name-tokens'
import type { Mention } from './people-merge'

const STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
  montana nebraska nevada new_hampshire new_jersey new_mexico new_york north_carolina north_dakota ohio oklahoma oregon
  pennsylvania rhode_island south_carolina south_dakota tennessee texas utah vermont virginia washington west_virginia
  wisconsin wyoming alberta british_columbia manitoba new_brunswick newfoundland nova_scotia ontario quebec saskatchewan`
const STATE_CODES = `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
  OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS ON PE QC SK`

let states: ReadonlySet<string> | undefined
let codes: ReadonlySet<string> | undefined
const stateNames = () => (states ??= new Set(STATES.split(/\s+/).map((s) => s.replace(/_/g, ' '))))
const stateCodes = () => (codes ??= new Set(STATE_CODES.split(/\s+/)))

/** The mention names a state or province, or a town with its state after a comma ("Bristow, VA",
 * "Hawthorne, California", "Camden, NJJune 27" where a list runs on without a break). */
export function isRegionMention(tokens: readonly Token[], m: Mention): boolean {
  if (stateNames().has(m.name.toLowerCase())) return true
  if (tokens[m.last + 1]?.text !== ',') return false
  const next = tokens[m.last + 2]?.text ?? ''
  if (stateCodes().has(next.slice(0, 2)) && /^[A-Z]{2}(?:$|[A-Z][a-z])/.test(next)) return true
  const after = tokens[m.last + 3]
  return stateNames().has(next.toLowerCase()) && (!after || !after.word || after.text === '\n')
}
