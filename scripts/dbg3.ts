import { findPersonMentions } from '../src/core/people'
import { loadCorpus } from '../test/nlp/corpus'
const t = loadCorpus().find((x) => x.id === process.argv[2])!
for (const m of findPersonMentions(t.paragraphs, { lang: t.lang })) { const p = t.paragraphs[m.paragraph]!; console.log(m.person, '|', p.slice(Math.max(0, m.start - 40), m.end + 20)) }
