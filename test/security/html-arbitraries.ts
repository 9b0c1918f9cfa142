/**
 * fast-check generators of hostile-to-parsers HTML: random trees with random attributes, broken markup,
 * mutated real pages, and article pages with planted article paragraphs among clutter.
 */
import fc from 'fast-check'

const TAGS = [
  'div', 'p', 'span', 'a', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'h1', 'h2', 'h3',
  'ul', 'ol', 'li', 'table', 'tr', 'td', 'blockquote', 'figure', 'figcaption', 'img', 'br', 'pre', 'code',
  'script', 'style', 'noscript', 'template', 'iframe', 'form', 'input', 'svg', 'math', 'select', 'option',
  'frameset', 'frame', 'body', 'head', 'html', 'title', 'meta', 'textarea', 'b', 'i', 'em', 'strong', 'font',
]
const ATTRIBUTE_NAMES = [
  'class', 'id', 'style', 'href', 'src', 'hidden', 'aria-hidden', 'role', 'lang', 'name', 'onclick', 'data-x',
  'itemprop', 'rel', 'type', 'content', 'property', 'dir', 'tabindex', 'xmlns',
]
const ATTRIBUTE_VALUES = [
  '', 'content', 'article', 'post', 'sidebar', 'comment', 'ad', 'display:none', 'visibility:hidden', 'main',
  'https://www.stepstone.de/job', 'https://amzn.to/x', 'https://www.patreon.com/x', 'javascript:void(0)', '#',
  'application/ld+json', 'og:type', 'article', 'true', 'rtl', '"><b>', "'", '&amp;&lt;&#0;',
]
const WORDS = [
  'Die', 'KI', 'Forscher', 'Modell', 'Sprachmodell', 'neue', 'und', 'der', 'OpenAI', 'Altman', 'Stellenangebote',
  'Quereinstieg', '(m/w/d)', 'Du willst nichts verpassen?', 'Patreon', '(IT BOLTWISE) –', 'Dr.', 'z. B.', '3. Juli',
  '»', '«', '„', '“', '…', '\u00a0', '\u200b', '\u202e', '😀', '<', '>', '&', 'Überblick', 'Straße', '.', '!', '?',
]

/** Text: real-ish words, punctuation and odd code points, or fully random strings. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
)

const attributesArb = fc
  .array(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.constantFrom(...ATTRIBUTE_VALUES)), { maxLength: 4 })
  .map((pairs) => pairs.map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`).join(''))

/** A random tree serialized as HTML (well-formed tags, arbitrary nesting and content). */
export const htmlTreeArb: fc.Arbitrary<string> = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb.map(escapeText), tie('element')),
  element: fc
    .tuple(fc.constantFrom(...TAGS), attributesArb, fc.array(tie('node'), { maxLength: 5 }))
    .map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
})).node

const JUNK = ['<', '>', '</div>', '</p>', '<div>', '<!--', '-->', '<script>', '</script>', '<![CDATA[', '"', "'", '<frameset>', '</body>', '<body>', '</html>', '<table>', '&', '&#x0;', '\u0000', '<svg>', '<math>', '<plaintext>', '<xmp>']

export interface Mutation {
  at: number
  length: number
  kind: 'delete' | 'duplicate' | 'insert'
  junk: string
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 400 }),
  kind: fc.constantFrom('delete', 'duplicate', 'insert'),
  junk: fc.constantFrom(...JUNK),
})

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 12 })

/** Apply byte-level edits to `html`: delete or duplicate a range, insert broken markup. */
export function mutate(html: string, mutations: readonly Mutation[]): string {
  let out = html
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length
    if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.length)
    else if (m.kind === 'duplicate') out = out.slice(0, at + m.length) + out.slice(at, at + m.length) + out.slice(at + m.length)
    else out = out.slice(0, at) + m.junk + out.slice(at)
  }
  return out
}

/** How a generated body is wrapped into a document: with or without <html>/<body>, in a frameset... */
export const documentShapeArb = fc.constantFrom<(body: string) => string>(
  (body) => `<!DOCTYPE html><html lang="de"><head><title>Test</title></head><body>${body}</body></html>`,
  (body) => body,
  (body) => `<html>${body}`,
  (body) => `<head><meta charset="utf-8"></head>${body}`,
  (body) => `<frameset><frame src="a.html">${body}</frameset>`,
  (body) => `<!DOCTYPE html><html><head></head></html>${body}`,
  (body) => `<svg>${body}`,
  (body) => `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html>`,
)

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

// --- Article pages with planted article text, for the "never hides article text" invariant ---

const PROSE_WORDS = [
  'Forscher', 'stellten', 'am', 'Dienstag', 'ein', 'neues', 'Sprachmodell', 'vor', 'das', 'deutlich', 'weniger',
  'Energie', 'verbraucht', 'Unternehmen', 'wollen', 'die', 'Technik', 'in', 'ihre', 'Produkte', 'einbauen', 'Kritiker',
  'warnen', 'vor', 'Risiken', 'für', 'den', 'Arbeitsmarkt', 'und', 'fordern', 'klare', 'Regeln', 'der', 'Europäischen',
  'Union', 'Chef', 'sagte', 'Montag', 'Interview', 'Zukunft', 'Daten', 'Rechenzentren', 'Investitionen', 'Milliarden',
]
/** Words that appear in clutter signatures but also in honest reporting about jobs and books. */
const TRICKY_WORDS = ['Stellenangebote', 'Quereinstieg', 'Duales Studium', 'Bestseller-Autor', 'Patreon', 'Kommentar', 'Newsletter', '(m/w/d)', 'Feed']

/** An article paragraph: 14-60 words of prose, sometimes with a clutter word or a clutter-like link inside. */
export const articleParagraphArb: fc.Arbitrary<{ text: string; html: string }> = fc
  .tuple(
    fc.array(fc.constantFrom(...PROSE_WORDS), { minLength: 14, maxLength: 60 }),
    fc.option(fc.constantFrom(...TRICKY_WORDS), { nil: undefined }),
    fc.option(fc.constantFrom('https://www.stepstone.de/stellenangebote', 'https://amzn.to/3xyz', 'https://www.patreon.com/itboltwise', 'https://news.google.com/publications/x'), { nil: undefined }),
    fc.nat(),
  )
  .map(([words, tricky, link, seed]) => {
    const sentence = [...words]
    if (tricky) sentence.splice(seed % sentence.length, 0, tricky)
    const text = `${capitalize(sentence.join(' '))}.`
    if (!link) return { text, html: escapeText(text) }
    const cut = text.indexOf(' ', Math.floor(text.length / 2))
    const html = `${escapeText(text.slice(0, cut))} <a href="${link}">${escapeText(text.slice(cut + 1, cut + 30))}</a>${escapeText(text.slice(cut + 30))}`
    return { text, html }
  })

/** Clutter blocks as IT BOLTWISE prints them (see shared/seed): promo list, job widget, book ad, prompts. */
export const clutterBlockArb: fc.Arbitrary<string> = fc.constantFrom(
  '<ul><li><a href="https://www.amazon.de/dp/123">Die besten Bücher rund um KI &amp; Robotik!</a></li><li><a href="/newsletter">Die besten KI-News kostenlos per eMail erhalten!</a></li><li><a href="https://www.patreon.com/itboltwise">IT BOLTWISE® auf Patreon unterstützen!</a></li></ul>',
  '<div><h3>Stellenangebote</h3><ul><li><a href="https://www.stepstone.de/a">Data Scientist (m/w/d)</a></li><li><a href="https://www.stepstone.de/b">Quereinstieg KI-Trainer</a></li></ul></div>',
  '<div><a href="https://amzn.to/3abc"><img src="b.jpg" alt="Buch"></a><p>Im neuen Buch erklärt der Bestseller-Autor, wie künstliche Intelligenz unser Leben verändert.</p></div>',
  '<p>Du hast einen wertvollen Beitrag oder Kommentar zum Artikel für unsere Leser? Es werden alle Kommentare moderiert!</p>',
  '<div><h4>Du willst nichts verpassen?</h4><p>Du möchtest über ähnliche News und Beiträge wie diesen informiert werden?</p><a href="https://news.google.com/publications/x">Google News</a></div>',
  '<p>Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »Sprachmodell«</p>',
  '<aside><h3>Anzeige</h3><p>Werbung</p></aside>',
)

export interface PlantedArticle {
  html: string
  /** The article paragraphs' texts, in order. */
  paragraphs: string[]
}

type Piece = { kind: 'paragraph'; text: string; html: string } | { kind: 'clutter'; html: string }

/**
 * An article page: paragraphs (marked with a planted token so tests can find their elements) and
 * clutter interleaved anywhere, inside random wrappers, with a sidebar of clutter.
 */
export const plantedArticleArb: fc.Arbitrary<PlantedArticle> = fc
  .tuple(
    fc.array(articleParagraphArb, { minLength: 3, maxLength: 10 }),
    fc.array(clutterBlockArb, { maxLength: 6 }),
    fc.array(fc.nat(), { minLength: 16, maxLength: 16 }),
    fc.array(clutterBlockArb, { maxLength: 3 }),
    fc.constantFrom('div', 'section', 'article', 'main'),
    fc.boolean(),
  )
  .map(([paragraphs, clutter, positions, sidebar, container, wrapParagraphs]) => {
    const pieces: Piece[] = paragraphs.map((p) => ({ kind: 'paragraph' as const, ...p }))
    clutter.forEach((html, i) => pieces.splice((positions[i] ?? 0) % (pieces.length + 1), 0, { kind: 'clutter', html }))
    const body = pieces
      .map((piece, i) => {
        if (piece.kind === 'clutter') return piece.html
        const p = `<p>${piece.html}</p>`
        // Some layouts wrap every paragraph (page builders); the invariant must hold there too.
        return wrapParagraphs && (positions[i % 16] ?? 0) % 2 === 0 ? `<div>${p}</div>` : p
      })
      .join('\n')
    const html = `<!DOCTYPE html><html lang="de"><head><title>Testartikel - IT BOLTWISE® x Artificial Intelligence</title></head><body>
<header><nav><a href="/">Start</a></nav></header>
<${container}><h1>Testartikel</h1>
${body}
</${container}>
<aside>${sidebar.join('\n')}</aside>
<footer>© IT BOLTWISE</footer></body></html>`
    return { html, paragraphs: paragraphs.map((p) => p.text) }
  })

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
