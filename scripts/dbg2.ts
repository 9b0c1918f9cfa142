import { isGivenName, isSurnameWord } from '../src/core/text/name-words'
import { tokenize } from '../src/core/text/name-tokens'
for (const w of process.argv.slice(2)) { const t = tokenize([w])[0]!; console.log(w, 'given', isGivenName(w), 'surname', isSurnameWord(t, false), 'afterGiven', isSurnameWord(t, true)) }
