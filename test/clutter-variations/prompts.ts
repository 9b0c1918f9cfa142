/** Prompts that ask the reader to do something: subscribe, support, comment, search. */
import { esc, SITE, type KindVariations, type PageContext, type Rendered } from './types'

/** A call to action: a heading, one or two sentences, a button or link text, and where it leads. */
interface Prompt {
  heading: string
  text: string
  button: string
  href: string
}

/** Six markups any prompt kind comes in; `form` is the kind's own form, when it has one. */
function promptMarkups(form: (p: Prompt) => string, className: string): ((p: Prompt) => Rendered)[] {
  return [
    // A box with a form.
    (p) => ({
      html: `<div class="${className}-box"><h3>${esc(p.heading)}</h3><p>${esc(p.text)}</p>${form(p)}</div>`,
      units: [p.heading, p.text],
    }),
    // A box without a form: heading, text, one button link.
    (p) => ({
      html: `<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><div class="wp-block-group__inner-container"><h4 class="wp-block-heading">${esc(p.heading)}</h4><p>${esc(p.text)}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="${p.href}">${esc(p.button)}</a></div></div></div></div>`,
      units: [p.heading, p.text],
    }),
    // One paragraph: bold lead-in, text, link.
    (p) => ({
      html: `<p class="has-background"><strong>${esc(p.heading)}:</strong> ${esc(p.text)} <a href="${p.href}">${esc(p.button)}</a></p>`,
      units: [`${p.heading}: ${p.text}`],
    }),
    // A sidebar widget with the form.
    (p) => ({
      html: `<section class="widget widget_${className}"><h2 class="widget-title">${esc(p.heading)}</h2><div class="${className}-widget"><p>${esc(p.text)}</p>${form(p)}</div></section>`,
      units: [p.heading, p.text],
    }),
    // A banner: image link, then the text under it.
    (p) => ({
      html: `<div class="${className}-banner"><a href="${p.href}"><img src="${SITE}/wp-content/uploads/banner-${className}.png" alt="${esc(p.button)}" width="728" height="90"></a><p class="${className}-banner__text">${esc(p.text)}</p></div>`,
      units: [p.text],
    }),
    // Words only: an italic line with no link, no form, no button.
    (p) => ({
      html: `<p><em>${esc(p.heading)} – ${esc(p.text)}</em></p>`,
      units: [`${p.heading} – ${p.text}`],
    }),
  ]
}

export const SUBSCRIBE: KindVariations<Prompt> = {
  wordings: [
    { heading: 'Newsletter', text: 'Jeden Werktag um 7 Uhr: die wichtigsten KI-Nachrichten direkt in Ihr Postfach.', button: 'Kostenlos abonnieren', href: `${SITE}/newsletter/` },
    { heading: 'KI-Briefing am Morgen', text: 'Starten Sie informiert in den Tag – wir schicken Ihnen jeden Morgen eine kompakte Übersicht per E-Mail.', button: 'Anmelden', href: `${SITE}/briefing-anmeldung/` },
    { heading: 'Nichts mehr verpassen', text: 'Folgen Sie uns bei Google News oder holen Sie sich unseren RSS-Feed, um neue Beiträge sofort zu sehen.', button: 'Bei Google News folgen', href: 'https://news.google.com/publications/CAAqBwgKMKHL9QowkqbaAg' },
    { heading: 'Die Woche in der KI', text: 'Einmal pro Woche fassen wir zusammen, was in Forschung und Wirtschaft wichtig war – gratis in Ihrem E-Mail-Posteingang.', button: 'Jetzt eintragen', href: `${SITE}/wochenrueckblick/` },
    { heading: 'Stay in the loop', text: "Get the day's AI headlines delivered to your inbox every weekday morning.", button: 'Sign up', href: `${SITE}/en/newsletter/` },
  ],
  markups: promptMarkups(
    (p) => `<form class="subscribe-form" action="${SITE}/wp-admin/admin-post.php" method="post"><input type="hidden" name="action" value="nl_subscribe"><label class="screen-reader-text" for="nl-email">E-Mail</label><input type="email" id="nl-email" name="email" placeholder="name@beispiel.de" required><button type="submit">${esc(p.button)}</button></form>`,
    'newsletter',
  ),
  people: () => [],
}

export const SUPPORT: KindVariations<Prompt> = {
  wordings: [
    { heading: 'Unterstützen Sie uns', text: 'Unabhängiger KI-Journalismus kostet Zeit und Geld – mit einem kleinen Beitrag auf Patreon helfen Sie uns weiterzumachen.', button: 'Jetzt auf Patreon unterstützen', href: 'https://www.patreon.com/itboltwise' },
    { heading: 'Gefällt Ihnen dieser Artikel?', text: 'Dann spendieren Sie der Redaktion doch einen Kaffee – schon drei Euro helfen.', button: 'Kaffee spendieren', href: 'https://ko-fi.com/itboltwise' },
    { heading: 'Werden Sie Förderer', text: 'Als Förderer lesen Sie werbefrei und sichern die Zukunft unseres Magazins, schon ab fünf Euro im Monat.', button: 'Förderer werden', href: 'https://steadyhq.com/de/itboltwise' },
    { heading: 'Freiwillig bezahlen', text: 'Alle Inhalte bleiben frei zugänglich; wenn Sie unsere Arbeit wertschätzen, freuen wir uns über eine Spende per PayPal.', button: 'Per PayPal spenden', href: 'https://www.paypal.com/donate/?hosted_button_id=BOLTWISE' },
    { heading: 'Support independent reporting', text: 'Become a patron and help us keep our AI coverage free for everyone.', button: 'Become a patron', href: 'https://www.patreon.com/itboltwise' },
  ],
  markups: promptMarkups(
    (p) => `<form class="donate-form" action="https://www.paypal.com/donate" method="post" target="_blank"><select name="amount"><option>3 €</option><option>5 €</option><option>10 €</option></select><button type="submit">${esc(p.button)}</button></form>`,
    'support',
  ),
  people: () => [],
}

export const COMMENTS: KindVariations<Prompt> = {
  wordings: [
    { heading: 'Ihre Meinung ist gefragt', text: 'Was halten Sie von dieser Entwicklung? Diskutieren Sie mit anderen Leserinnen und Lesern in den Kommentaren.', button: 'Kommentar schreiben', href: '#respond' },
    { heading: 'Kommentar verfassen', text: 'Bitte bleiben Sie sachlich: Beiträge werden vor der Veröffentlichung von der Redaktion geprüft.', button: 'Kommentar abschicken', href: '#respond' },
    { heading: 'Diskussion', text: 'Noch keine Kommentare vorhanden – schreiben Sie den ersten Beitrag zu diesem Thema!', button: 'Jetzt mitdiskutieren', href: '#comments' },
    { heading: 'Hinterlasse eine Antwort', text: 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.', button: 'Antwort senden', href: '#respond' },
    { heading: 'Join the discussion', text: 'Share your thoughts below – comments are moderated and may take a while to appear.', button: 'Post comment', href: '#respond' },
  ],
  markups: promptMarkups(
    (p) => `<form id="commentform" class="comment-form" action="${SITE}/wp-comments-post.php" method="post"><p class="comment-form-comment"><label for="comment">Kommentar *</label><textarea id="comment" name="comment" rows="6" required></textarea></p><p class="comment-form-author"><label for="author">Name *</label><input id="author" name="author" type="text"></p><p class="comment-form-email"><label for="email">E-Mail *</label><input id="email" name="email" type="email"></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="${esc(p.button)}"></p></form>`,
    'comments',
  ),
  people: () => [],
}

/** A search prompt names the article; its wordings are templates over the title. */
interface SearchWording {
  text: (title: string) => string
  /** Words of the text that become links to a search engine. */
  linked: string[]
}

const ENGINES: Record<string, string> = {
  Google: 'https://www.google.de/search?q=',
  Bing: 'https://www.bing.com/search?q=',
  DuckDuckGo: 'https://duckduckgo.com/?q=',
  'Google News': 'https://news.google.com/search?q=',
  'Bing News': 'https://www.bing.com/news/search?q=',
  Archiv: `${SITE}/?s=`,
}

function linkWords(text: string, words: string[], query: string): string {
  let html = esc(text)
  for (const word of words) html = html.replace(esc(word), `<a href="${ENGINES[word] ?? ENGINES['Google']}${encodeURIComponent(query)}" target="_blank">${esc(word)}</a>`)
  return html
}

const searchForm = (label: string) =>
  `<form role="search" method="get" class="search-form" action="${SITE}/"><label><span class="screen-reader-text">${esc(label)}</span><input type="search" class="search-field" placeholder="Suchen …" name="s"></label><input type="submit" class="search-submit" value="Suche"></form>`

export const SEARCH: KindVariations<SearchWording> = {
  wordings: [
    { text: (t) => `Mehr zum Thema: Suchen Sie nach »${t}« bei Google, Bing oder DuckDuckGo.`, linked: ['Google', 'Bing', 'DuckDuckGo'] },
    { text: (t) => `Weiterführende Recherche: Finden Sie weitere Hintergründe zu „${t}“ über Google oder im Archiv.`, linked: ['Google', 'Archiv'] },
    { text: () => 'Sie möchten tiefer einsteigen? Durchsuchen Sie unser Archiv nach verwandten Beiträgen.', linked: ['Archiv'] },
    { text: (t) => `Recherchieren Sie selbst: »${t}« bei Google News oder Bing News nachschlagen.`, linked: ['Google News', 'Bing News'] },
    { text: (t) => `Dig deeper: search for “${t}” on Google or Bing.`, linked: ['Google', 'Bing'] },
  ],
  markups: [
    (w, page: PageContext) => ({ html: `<p class="search-hint">${linkWords(w.text(page.title), w.linked, page.title)}</p>`, units: [w.text(page.title)] }),
    (w, page) => ({ html: `<div class="recherche"><p>${esc(w.text(page.title))}</p>${searchForm('Suche nach:')}</div>`, units: [w.text(page.title)] }),
    (w, page) => ({
      html: `<section class="widget widget_search"><h2 class="widget-title">Suche</h2><p>${linkWords(w.text(page.title), w.linked, page.title)}</p>${searchForm('Suche nach:')}</section>`,
      units: [w.text(page.title)],
    }),
    (w, page) => ({ html: `<div class="box-search"><span class="box-search__icon" aria-hidden="true">🔍</span> <span>${linkWords(w.text(page.title), w.linked, page.title)}</span></div>`, units: [w.text(page.title)] }),
    (w, page) => ({ html: `<p><small>${linkWords(w.text(page.title), w.linked, page.title)}</small></p>`, units: [w.text(page.title)] }),
    (w, page) => ({ html: `<aside class="further-reading"><h4>Weiterlesen</h4><ul><li>${linkWords(w.text(page.title), w.linked, page.title)}</li></ul></aside>`, units: [w.text(page.title)] }),
  ],
  people: () => [],
}
