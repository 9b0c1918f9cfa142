import { findPersonMentions, findPeople } from '../src/core/people'
for (const t of process.argv.slice(2)) console.log(t, '=>', JSON.stringify(findPeople([t], { lang: 'de' })), JSON.stringify(findPersonMentions([t], { lang: 'de' }).map((m) => t.slice(m.start, m.end))))
