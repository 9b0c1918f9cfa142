import { findPersonMentions, findPeople } from '../src/core/people'
const lang = process.argv[2]!
for (const t of process.argv.slice(3)) console.log(t, '=>', JSON.stringify(findPeople([t], { lang })), JSON.stringify(findPersonMentions([t], { lang }).map((m) => t.slice(m.start, m.end))))
