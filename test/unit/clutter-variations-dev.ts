/**
 * Dev variations of the clutter kinds the IT BOLTWISE rules must generalize to (issue 14): per kind,
 * six markups x five wordings, written fresh (no sentence of the seed page), and article
 * paragraphs that use the same words innocently. Used by clutter-generalize.test.ts.
 */

export type VariationKind = 'books' | 'jobs' | 'subscribe' | 'about' | 'support' | 'comments' | 'search' | 'promo'

/** Where a block is placed on a test page. */
export const PLACES = ['after', 'between', 'sidebar', 'inside'] as const
export type Place = (typeof PLACES)[number]

export interface Variation {
  kind: VariationKind
  markup: number
  wording: number
  /** One block (its outer element is the clutter block). */
  html: string
  /** Names of people that only the block mentions: never people of the article. */
  people: string[]
  /** The places it may take (default: any); a bio without a label closes the article's text. */
  places?: readonly Place[]
}

export interface BookWording { heading: string; title: string; blurb: string; author: string; bio: string; shop: string; button: string }
const BOOKS: BookWording[] = [
  { heading: 'Unser Buchtipp', title: 'Maschinen, die denken lernen', blurb: 'Die Informatikerin Jana Roth erklärt, wie lernende Systeme entstehen und wo ihre Grenzen liegen.', author: 'Jana Roth', bio: 'Jana Roth lehrt Informatik in Darmstadt und berät Unternehmen beim Einsatz lernender Systeme.', shop: 'https://www.amazon.de/dp/3000000011?tag=partner-21', button: 'Bei Amazon ansehen' },
  { heading: 'Lesetipp der Redaktion', title: 'Code und Gewissen', blurb: 'Tobias Brandt fragt in seinem neuen Sachbuch, wer haftet, wenn Algorithmen Fehler machen.', author: 'Tobias Brandt', bio: 'Tobias Brandt ist Jurist und schreibt seit Jahren über Technikrecht.', shop: 'https://www.thalia.de/shop/home/artikeldetails/A1001', button: 'Jetzt bestellen' },
  { heading: 'Empfehlung der Woche', title: 'Die vermessene Gesellschaft', blurb: 'Mira Falk zeigt anschaulich, wie Plattformen unser Verhalten erfassen und auswerten. 320 Seiten, Hardcover.', author: 'Mira Falk', bio: 'Die Soziologin Mira Falk forscht an der Universität Bremen zu digitaler Öffentlichkeit.', shop: 'https://amzn.to/4xYzAbc', button: 'Zum Buch' },
  { heading: "Editor's pick", title: 'Thinking in Tensors', blurb: 'Author Paul Grant walks readers through the mathematics behind modern neural networks, step by step.', author: 'Paul Grant', bio: 'Paul Grant taught applied mathematics for twenty years and now writes for a general audience.', shop: 'https://www.amazon.com/dp/1000000022?tag=partner-20', button: 'Buy now' },
  { heading: 'Zum Weiterlesen empfohlen', title: 'Roboter im Alltag', blurb: 'Der Ingenieur Felix Haas beschreibt, wie Service-Roboter in Pflege und Logistik heute schon arbeiten.', author: 'Felix Haas', bio: 'Felix Haas entwickelt seit fünfzehn Jahren Steuerungen für mobile Roboter.', shop: 'https://www.hugendubel.de/de/buch_gebunden/felix_haas-roboter_im_alltag-1.html', button: 'Erhältlich bei Hugendubel' },
  // A shop no rule names: only its product path and affiliate tag say what the link is.
  { heading: 'Buchtipp', title: 'Daten, die verbinden', blurb: 'In ihrem Sachbuch erzählt Ute Brenner, wie Stadtwerke mit offenen Daten den Nahverkehr planen.', author: 'Ute Brenner', bio: 'Ute Brenner war lange Verkehrsplanerin in Münster.', shop: 'https://www.lesezeichen-buchladen.de/produkt/9783000000044?affiliate=klartext', button: 'Im Buchladen bestellen' },
]
const cover = (w: BookWording) => `<a href="${w.shop}"><img src="https://img.example.org/${w.title.length}.jpg" alt="" width="80" height="120"></a>`
const BOOK_MARKUPS: ((w: BookWording) => string)[] = [
  // A figure: cover linked to the shop, one blurb naming the author.
  (w) => `<figure class="wp-block-media">${cover(w)}<figcaption><strong>${w.title}</strong> – ${w.blurb}</figcaption></figure>`,
  // A media/text card: cover column beside one blurb paragraph.
  (w) => `<div class="media-text"><div class="media-left">${cover(w)}</div><div class="media-body"><p>${w.blurb}</p></div></div>`,
  // A book tip: a pick heading, the book, a short bio of its author.
  (w) => `<aside class="tip"><h4>${w.heading}</h4><p>${cover(w)}</p><h5>${w.title}</h5><p>${w.blurb}</p><p>${w.bio}</p></aside>`,
  (w) => `<section><h3>${w.heading}</h3><p><strong>${w.title}</strong><br>${w.blurb}</p><p><a href="${w.shop}">${w.button}</a></p></section>`,
  (w) => `<div class="book-box"><a href="${w.shop}">${w.title}</a><p>${w.blurb}</p><div class="bio"><p>${w.bio}</p></div></div>`,
  (w) => `<div class="promo">${cover(w)}<div><b>${w.heading}:</b> ${w.title}</div><p>${w.blurb}</p><a class="btn" href="${w.shop}">${w.button}</a></div>`,
  // One paragraph under a bold label, the shop link inside its sentence.
  (w) => `<div class="note"><p><b>${w.heading}:</b> ${w.title} – ${w.blurb} <a href="${w.shop}">${w.button}</a></p></div>`,
  // Cover and blurb side by side in a table, as old editors lay them out.
  (w) => `<table class="book"><tr><td>${cover(w)}</td><td>${w.blurb}</td></tr></table>`,
]

export interface JobWording { heading: string; lines: string[] }
const JOBS: JobWording[] = [
  { heading: 'Offene Stellen', lines: ['KI-Entwickler (m/w/d) – München', 'Data Engineer (m/w/d) – Remote', 'Produktmanager Machine Learning (w/m/d) – Berlin'] },
  { heading: 'Jobs bei unseren Partnern', lines: ['Werkstudent Data Science (m/w/d) – Hamburg', 'Senior ML Engineer (m/f/d), Vollzeit', 'Berater KI-Strategie (m/w/d) – Köln'] },
  { heading: "We're hiring", lines: ['Machine Learning Engineer (m/f/d) – remote', 'Data Scientist (all genders) – Munich', 'Product Manager AI (m/f/d) – Berlin'] },
  { heading: 'Karriere: aktuelle Ausschreibungen', lines: ['Softwarearchitekt Cloud (m/w/d) in Teilzeit', 'IT-Analyst (d/m/w) – Frankfurt', 'Spezialist Computer Vision (m/w/d) – Stuttgart'] },
  { heading: 'Stellenmarkt', lines: ['Referent Digitalisierung (w/m/d) – Leipzig', 'Backend-Entwickler (gn) – Dresden', 'Teamleiter KI-Labor (m/w/d) – Bonn'] },
]
const jobHref = (i: number) => `https://karriere.example-partner.de/stellen/${1000 + i}`
const JOB_MARKUPS: ((w: JobWording) => string)[] = [
  // Lines of one paragraph, separated by <br>.
  (w) => `<div class="jobs"><h3>${w.heading}</h3><p>${w.lines.join('<br>')}</p></div>`,
  (w) => `<section><p><strong>${w.heading}</strong></p><p>${w.lines.map((l, i) => `<a href="${jobHref(i)}">${l}</a>`).join('<br>\n')}</p></section>`,
  (w) => `<aside><h4>${w.heading}</h4><ul>${w.lines.map((l, i) => `<li><a href="${jobHref(i)}">${l}</a></li>`).join('')}</ul></aside>`,
  (w) => `<div><h5>${w.heading}</h5><dl>${w.lines.map((l) => { const [title, place] = l.split(/ – |, | in /); return `<dt>${title}</dt><dd>${place ?? ''}</dd>` }).join('')}</dl></div>`,
  (w) => `<div class="job-cards"><div class="label">${w.heading}</div>${w.lines.map((l, i) => `<div class="card"><a href="${jobHref(i)}"><span>${l}</span></a></div>`).join('')}</div>`,
  (w) => `<p class="job-ticker"><b>${w.heading}:</b><br>${w.lines.join('<br>')}</p>`,
  // No wrapper: a heading, then the lines as one paragraph (both tagged: see pageHtml).
  (w) => `<h3>${w.heading}</h3><p>${w.lines.join('<br>\n')}</p>`,
  // Cards with place and employer below each title, a label above and a link to all jobs below.
  (w) => `<div class="jobboard"><span class="jb-label">${w.heading}</span>${w.lines.map((l, i) => `<div class="jb"><a href="${jobHref(i)}"><strong>${l.split(/ – |, | in /)[0]}</strong></a><div class="jb-meta">${l.split(/ – |, | in /)[1] ?? 'Deutschland'} · Partnerunternehmen</div></div>`).join('')}<a class="jb-all" href="https://karriere.example-partner.de/">Alle anzeigen</a></div>`,
]

export interface SubscribeWording { heading: string; text: string; cta: string }
const SUBSCRIBE: SubscribeWording[] = [
  { heading: 'KI-Briefing am Morgen', text: 'Jeden Werktag um 7 Uhr landen die wichtigsten Meldungen aus der KI-Welt in deinem Postfach.', cta: 'Jetzt kostenlos abonnieren' },
  { heading: 'Nichts mehr verpassen', text: 'Unser Newsletter fasst dir einmal pro Woche alles Wichtige zusammen, gratis und jederzeit kündbar.', cta: 'Zum Newsletter anmelden' },
  { heading: 'The Daily AI Digest', text: 'Get the top stories delivered to your inbox every morning, straight from our editors.', cta: 'Subscribe for free' },
  { heading: 'Immer informiert', text: 'Erhalten Sie täglich die wichtigsten Nachrichten bequem per E-Mail in Ihr Postfach.', cta: 'Eintragen' },
  { heading: 'Der Wochenrückblick', text: 'Jeden Freitag schicken wir euch eine kompakte Übersicht der Woche. Einfach die E-Mail-Adresse eintragen.', cta: 'Anmelden' },
]
const SUBSCRIBE_MARKUPS: ((w: SubscribeWording) => string)[] = [
  (w) => `<div class="nl-box"><h3>${w.heading}</h3><p>${w.text}</p><form action="/newsletter/"><input type="email" name="email" placeholder="E-Mail"><button>${w.cta}</button></form></div>`,
  // No form: a box with a sign-up link.
  (w) => `<aside class="note"><p>${w.text} <a href="https://www.example-news.de/newsletter/">${w.cta}</a></p></aside>`,
  (w) => `<div class="cta"><p><strong>${w.heading}</strong> ${w.text}</p><p><a class="button" href="/abo/anmeldung/">${w.cta}</a></p></div>`,
  (w) => `<form class="signup" action="https://list.example-mailer.com/subscribe"><label>${w.heading}</label><p>${w.text}</p><input type="text" name="EMAIL" placeholder="name@example.org"><input type="submit" value="${w.cta}"></form>`,
  // No form, no link: a box that only promises the news in the inbox.
  (w) => `<div class="hint"><h4>${w.heading}</h4><ul><li>${w.text}</li><li>${w.cta}: kostenlos, ohne Spam.</li></ul></div>`,
  (w) => `<blockquote class="promo"><p>${w.heading}: ${w.text}</p><p><a href="https://www.example-news.de/subscribe">${w.cta}</a></p></blockquote>`,
]

export interface AboutWording { heading: string; name: string; bio: string; related: string; titles: string[] }
const ABOUT: AboutWording[] = [
  { heading: 'Über die Autorin', name: 'Lena Vogt', bio: 'Lena Vogt ist Redakteurin für Technologie und schreibt seit 2019 über künstliche Intelligenz und Datenschutz.', related: 'Das könnte dich auch interessieren', titles: ['Neue Chips für Rechenzentren', 'Wie Sprachmodelle rechnen lernen', 'Streit um Trainingsdaten geht weiter'] },
  { heading: 'Zur Person', name: 'Jonas Keller', bio: 'Jonas Keller berichtet als freier Journalist über Start-ups und Robotik; zuvor war er Redakteur bei einem Wirtschaftsmagazin.', related: 'Weitere Artikel zum Thema', titles: ['Roboter in der Pflege', 'Start-up-Finanzierung im Sinkflug', 'Drohnen für die Landwirtschaft'] },
  { heading: 'About the author', name: 'Sarah Lindqvist', bio: 'Sarah Lindqvist covers machine learning research and writes about the people behind it.', related: 'Related stories', titles: ['A new benchmark for reasoning', 'Inside the race for smaller models', 'Why GPUs are still scarce'] },
  { heading: 'Der Autor', name: 'Markus Fiedler', bio: 'Markus Fiedler leitet das Ressort Wissenschaft und schreibt über Forschung an Hochschulen.', related: 'Mehr zum Thema', titles: ['Quantencomputer im Praxistest', 'Forschungsgelder für KI verdoppelt', 'Hochschulen setzen auf eigene Modelle'] },
  { heading: 'Unsere Redakteurin', name: 'Petra Sommer', bio: 'Petra Sommer ist seit zehn Jahren im Tech-Journalismus tätig und moderiert den hauseigenen Podcast.', related: 'Lesen Sie auch', titles: ['Cloud-Preise steigen erneut', 'Europas Antwort auf große Modelle', 'KI im Mittelstand angekommen'] },
]
const teaser = (t: string, i: number) => `https://www.it-boltwise.de/${t.toLowerCase().replace(/[^a-z]+/g, '-')}-${i}.html`
const ABOUT_MARKUPS: ((w: AboutWording) => string)[] = [
  (w) => `<div class="author-box"><img src="https://img.example.org/a.jpg" alt="${w.name}"><h4>${w.heading}</h4><p>${w.bio}</p><a href="https://www.it-boltwise.de/author/${w.name.split(' ')[1]!.toLowerCase()}/">Alle Beiträge</a></div>`,
  (w) => `<section class="related"><h3>${w.related}</h3><ul>${w.titles.map((t, i) => `<li><a href="${teaser(t, i)}">${t}</a></li>`).join('')}</ul></section>`,
  (w) => `<div class="more"><h3>${w.related}</h3>${w.titles.slice(0, 2).map((t, i) => `<div class="teaser"><a href="${teaser(t, i)}"><img src="https://img.example.org/t${i}.jpg" alt=""></a><a href="${teaser(t, i)}">${t}</a></div>`).join('')}</div>`,
  (w) => `<aside class="person"><img src="https://img.example.org/p.jpg" alt=""><p><strong>${w.heading}:</strong> ${w.bio}</p><p><a href="https://www.it-boltwise.de/autoren/${w.name.split(' ')[1]!.toLowerCase()}/">Mehr von ${w.name}</a></p></aside>`,
  (w) => `<p class="see-also"><strong>${w.related}:</strong><br>${w.titles.map((t, i) => `<a href="${teaser(t, i)}">${t}</a>`).join('<br>')}</p>`,
  (w) => `<div class="byline-box"><a href="https://www.it-boltwise.de/team/${w.name.split(' ')[0]!.toLowerCase()}/"><img src="https://img.example.org/b.jpg" alt=""></a><div><strong>${w.heading}</strong><p>${w.bio}</p></div></div>`,
  // Teaser cards, each an <article> with a linked title and a short excerpt naming someone.
  (w) => `<div class="teasers"><h4>${w.related}</h4>${w.titles.map((t, i) => `<article class="card"><h5><a href="${teaser(t, i)}">${t}</a></h5><p>${w.name} ordnet die Entwicklung ein; der ganze Text steht online.</p></article>`).join('')}</div>`,
  // One line between paragraphs: a bold label and one linked headline.
  (w) => `<p class="also"><b>${w.related}:</b> <a href="${teaser(w.titles[0]!, 0)}">${w.titles[0]}</a></p>`,
]


interface PromptWording { heading: string; text: string; cta: string; href: string }
const SUPPORT: PromptWording[] = [
  { heading: 'Hat dir der Beitrag geholfen?', text: 'Mit einem kleinen monatlichen Betrag hältst du unabhängigen Tech-Journalismus am Leben.', cta: 'Jetzt Unterstützer werden', href: 'https://steadyhq.com/de/beispielmagazin/about' },
  { heading: 'Spendier uns einen Kaffee', text: 'Wir schreiben werbefrei und ohne Paywall. Jeder Euro hilft uns dabei.', cta: 'Kaffee ausgeben', href: 'https://www.buymeacoffee.com/beispielmagazin' },
  { heading: 'Enjoying our coverage?', text: 'Independent reporting costs money. Become a member and help us keep every article free.', cta: 'Support us on Patreon', href: 'https://www.patreon.com/beispielmagazin' },
  { heading: 'Freiwillig zahlen', text: 'Gefällt Ihnen unsere Arbeit? Dann freuen wir uns über eine einmalige Spende per PayPal.', cta: 'Spenden', href: 'https://www.paypal.me/beispielmagazin' },
  { heading: 'Werde Fördermitglied', text: 'Als Förderer ermöglichst du unsere Recherchen und bekommst Einblick in die Arbeit der Redaktion.', cta: 'Mitglied werden', href: 'https://www.example-news.de/unterstuetzen/' },
]
const COMMENTS: PromptWording[] = [
  { heading: 'Deine Meinung ist gefragt', text: 'Was hältst du von dem Vorhaben? Schreib es uns in die Kommentare.', cta: 'Zu den Kommentaren', href: '#comments' },
  { heading: 'Diskutieren Sie mit', text: 'Wir schalten Beiträge nach Prüfung frei und bitten um einen sachlichen Ton.', cta: 'Kommentar verfassen', href: '#respond' },
  { heading: 'Join the discussion', text: 'Share your thoughts with other readers below. Please keep it civil.', cta: 'Leave a comment', href: '#reply-title' },
  { heading: 'Leserbriefe', text: 'Sie möchten der Redaktion Ihre Ansicht mitteilen? Wir veröffentlichen ausgewählte Zuschriften.', cta: 'Leserbrief schreiben', href: 'https://www.example-news.de/leserbrief/' },
  { heading: '12 Antworten', text: 'Die Diskussion zu diesem Artikel ist eröffnet. Bitte bleib beim Thema.', cta: 'Antwort hinterlassen', href: '#kommentare' },
]
const SEARCH: PromptWording[] = [
  { heading: 'Noch Fragen offen?', text: 'Durchsuche unser Archiv nach weiteren Beiträgen zu diesem Thema.', cta: 'Suchen', href: '/?s=Sprachmodelle' },
  { heading: 'Weiterrecherchieren', text: 'Hintergründe zum Stichwort findest du mit einer Websuche.', cta: 'Bei DuckDuckGo suchen', href: 'https://duckduckgo.com/?q=Sprachmodelle+Energie' },
  { heading: 'Looking for more?', text: 'Search our archive of more than ten thousand articles.', cta: 'Search', href: 'https://www.example-news.de/search?q=ai' },
  { heading: 'Artikel finden', text: 'Geben Sie einen Suchbegriff ein, um ältere Meldungen zu durchsuchen.', cta: 'Los', href: 'https://www.example-news.de/suche/' },
  { heading: 'Mehr zum Stichwort', text: 'Eine Google-Suche liefert weitere Quellen zu diesem Artikel.', cta: 'Google-Suche öffnen', href: 'https://www.google.de/search?q=Training+Strom' },
]
const PROMPT_MARKUPS: ((w: PromptWording) => string)[] = [
  (w) => `<div class="box"><h4>${w.heading}</h4><p>${w.text}</p><p><a class="button" href="${w.href}">${w.cta}</a></p></div>`,
  (w) => `<aside><p><strong>${w.heading}</strong> ${w.text}</p><a href="${w.href}">${w.cta}</a></aside>`,
  (w) => `<section class="cta"><h3>${w.heading}</h3><p>${w.text} <a href="${w.href}">${w.cta}</a></p></section>`,
  (w) => `<div class="panel"><div class="title">${w.heading}</div><div class="body">${w.text}</div><div class="actions"><a href="${w.href}">${w.cta}</a></div></div>`,
]
const COMMENT_FORM = (w: PromptWording) => `<div id="respond"><h3>${w.heading}</h3><p>${w.text}</p><form action="/wp-comments-post.php" method="post"><textarea name="comment" rows="4"></textarea><input type="submit" value="${w.cta}"></form></div>`
/** Words only, set apart: the label, a dash and the text, all in small print. */
const SET_APART = (w: PromptWording) => `<p><small>${w.heading} — ${w.text}</small></p>`
/** A banner: an image link to the page of the kind, the text under it. */
const BANNER = (w: PromptWording) => `<div class="banner"><a href="${w.href}"><img src="https://img.example.org/banner.png" alt="${w.cta}"></a><p>${w.text}</p></div>`
const DONATION_FORM = (w: PromptWording) =>
  `<div class="give"><h4>${w.heading}</h4><p>${w.text}</p><form action="https://donate.example-pay.com/checkout" method="post"><select name="amount"><option>4 €</option><option>8 €</option></select><button type="submit">${w.cta}</button></form></div>`
const SEARCH_FORM = (w: PromptWording) => `<div class="search-box"><h4>${w.heading}</h4><p>${w.text}</p><form role="search" action="/"><input type="search" name="s" placeholder="${w.cta}"><button>${w.cta}</button></form></div>`

/** The site's own links to several kinds of clutter at once: books, newsletter, jobs, donations, and pages of no kind. */
interface PromoWording { heading: string; links: string[] }
const PROMO: PromoWording[] = [
  { heading: 'Rund um die Redaktion', links: ['Unsere Lieblingsbücher über Roboter', 'Der Morgen-Newsletter', 'Karriere im Tech-Bereich', 'Impressionen aus dem Büro'] },
  { heading: 'Angebote', links: ['Archiv durchstöbern', 'Buchempfehlungen der Woche', 'Stellenbörse für Data Science', 'Newsletter abonnieren', 'Uns mit einer Spende helfen'] },
  { heading: 'More from us', links: ['Weekly newsletter', 'Books we recommend', 'Open positions at partners', 'About the magazine'] },
  { heading: 'Service', links: ['KI-Glossar', 'Lesetipps', 'Jobs & Karriere', 'E-Mail-Briefing', 'Fördermitglied werden'] },
  { heading: 'Entdecken', links: ['Podcast hören', 'Bücherregal der Redaktion', 'Job-Newsletter bestellen', 'Veranstaltungen'] },
]
const promoHref = (text: string) => `https://www.it-boltwise.de/${text.toLowerCase().replace(/[^a-z]+/g, '-')}/`
const PROMO_MARKUPS: ((w: PromoWording) => string)[] = [
  (w) => `<div class="service"><h4>${w.heading}</h4><ul>${w.links.map((l) => `<li><a href="${promoHref(l)}">${l}</a></li>`).join('')}</ul></div>`,
  (w) => `<p class="service-line"><b>${w.heading}:</b> ${w.links.map((l) => `<a href="${promoHref(l)}">${l}</a>`).join(' · ')}</p>`,
  (w) => `<div class="chips">${w.links.map((l) => `<span class="chip"><a href="${promoHref(l)}">${l}</a></span>`).join(' ')}</div>`,
  // No wrapper: one link per paragraph (all tagged: see pageHtml).
  (w) => w.links.map((l) => `<p>→ <a href="${promoHref(l)}">${l}</a></p>`).join(''),
  (w) => `<nav aria-label="${w.heading}"><ul>${w.links.map((l) => `<li><a href="${promoHref(l)}"><span>${l}</span></a></li>`).join('')}</ul></nav>`,
  (w) => `<div class="tiles">${w.links.map((l) => `<div class="tile"><a href="${promoHref(l)}"><img src="https://img.example.org/t.png" alt=""></a><a href="${promoHref(l)}">${l}</a></div>`).join('')}</div>`,
]

function variations<W>(kind: VariationKind, wordings: W[], markups: ((w: W) => string)[], people: (w: W) => string[]): Variation[] {
  return markups.flatMap((markup, m) => wordings.map((w, i) => ({ kind, markup: m, wording: i, html: markup(w), people: people(w) })))
}

export const VARIATIONS: Variation[] = [
  ...variations('books', BOOKS, BOOK_MARKUPS, (w) => [w.author]),
  ...variations('jobs', JOBS, JOB_MARKUPS, () => []),
  ...variations('subscribe', SUBSCRIBE, SUBSCRIBE_MARKUPS, () => []),
  ...variations('about', ABOUT, ABOUT_MARKUPS, (w) => [w.name]),
  ...variations('support', SUPPORT, [...PROMPT_MARKUPS, DONATION_FORM, SET_APART, BANNER], () => []),
  ...variations('comments', COMMENTS, [...PROMPT_MARKUPS, COMMENT_FORM, SET_APART, BANNER], () => []),
  ...variations('search', SEARCH, [...PROMPT_MARKUPS, SEARCH_FORM, SET_APART, BANNER], () => []),
  ...variations('promo', PROMO, PROMO_MARKUPS, () => []),
]

/** Article paragraphs that use each kind's words innocently: never hidden, never dropped from the reader. */
export const INNOCENT = {
  books: [
    'Der Verlag kündigte an, das Buch der Informatikerin im Herbst auch als Hörbuch zu veröffentlichen; die Autorin selbst wollte sich dazu nicht äußern.',
    'Laut Börsenverein wurden im vergangenen Jahr mehr Sachbücher über künstliche Intelligenz verkauft als je zuvor, vor allem als E-Book.',
    'In seinem Buch warnt der Physiker vor überzogenen Erwartungen an autonome Systeme, wie er im Interview mit unserer Redaktion erläutert.',
    'Der Onlinehändler <a href="https://www.amazon.de/b?node=530484031">Amazon</a> will Kindle-Nutzern künftig KI-generierte Zusammenfassungen von Büchern anbieten, Verlage protestieren.',
    'The author argues in her new book that regulators have underestimated the pace of progress, a view several reviewers share.',
  ],
  jobs: [
    'Die Zahl der ausgeschriebenen Stellen für KI-Entwickler ist laut Bundesagentur für Arbeit im Jahresvergleich um 40 Prozent gestiegen.',
    'Das Unternehmen will bis 2026 rund 500 neue Jobs in München schaffen, vor allem für Data Engineers und Produktmanager in Vollzeit.',
    'Stellenanzeigen mit dem Zusatz (m/w/d) sind in Deutschland seit 2019 üblich, weil das Gesetz ein drittes Geschlecht anerkennt.',
    'Viele Bewerberinnen nutzen inzwischen KI-Werkzeuge, um ihre Unterlagen für Karriereportale wie <a href="https://www.stepstone.de/">StepStone</a> zu optimieren.',
    'The company said it is hiring hundreds of engineers for its new research lab in London, many of them remote.',
  ],
  subscribe: [
    'Der Verlag verschickt seinen Newsletter nach eigenen Angaben jeden Morgen an mehr als 100.000 Abonnenten in ganz Europa.',
    'Nutzer können sich kostenlos anmelden und erhalten dann täglich eine Zusammenfassung per E-Mail, teilte der Anbieter am Dienstag mit.',
    'Datenschützer kritisieren, dass viele Newsletter-Dienste das Öffnen jeder E-Mail im Postfach der Empfänger protokollieren.',
    'Die Gewerkschaft rief ihre Mitglieder auf, sich für den Verteiler anzumelden, um keine Warnstreiks zu verpassen.',
    'The startup says its AI assistant summarizes every morning inbox for busy executives and drafts replies for them.',
  ],
  about: [
    'Die Autorin der Studie, eine frühere Redakteurin des Fachmagazins, hat die Ergebnisse bereits im Frühjahr vorgestellt.',
    'Weitere Artikel der Serie sollen in den kommenden Wochen folgen, kündigte die Zeitung an, die das Projekt finanziert.',
    'Mehr zum Thema Regulierung will die EU-Kommission im Herbst vorlegen, wenn die Verhandlungen abgeschlossen sind.',
    'Der Journalist schreibt seit Jahren über Sicherheitslücken in vernetzten Geräten und hat mehrere davon öffentlich gemacht.',
    'Related research from the same group found similar effects in larger models, the authors write in their paper.',
  ],
} as Record<VariationKind, string[]>

/** More innocent paragraphs, for the kinds added later. */
Object.assign(INNOCENT, {
  support: [
    'Die Stiftung will das Projekt mit einer Spende von zwei Millionen Euro unterstützen, teilte sie am Montag mit.',
    'Nutzer können den Entwickler über Patreon oder PayPal fördern; nach eigenen Angaben finanziert er so die Serverkosten.',
    'The foundation said it would support independent research on model safety and donate computing time to universities.',
  ],
  comments: [
    'In einem Kommentar für die Fachzeitschrift kritisierte der Forscher, die Diskussion über Risiken komme zu kurz.',
    'Der Konzern wollte sich auf Anfrage nicht äußern; ein Sprecher verwies auf frühere Kommentare des Vorstands.',
    'Critics left thousands of comments on the draft rules during the public consultation, the agency said.',
  ],
  search: [
    'Google will seine Suche mit generativen Antworten erweitern; Suchanfragen sollen dann direkt beantwortet werden.',
    'Die Recherche des Teams stützt sich auf ein Archiv von mehr als zehn Jahren Messdaten aus mehreren Rechenzentren.',
    'Search engines such as Bing and DuckDuckGo have started testing AI summaries above their results.',
  ],
} satisfies Partial<Record<VariationKind, string[]>>)

/** Innocent paragraphs for the classes added later: the site's own words, set apart, calls to the reader in quotes. */
Object.assign(INNOCENT, {
  promo: [
    'Der Verlag bündelt Newsletter, Stellenbörse und Buchempfehlungen künftig auf einer Plattform, wie er am Mittwoch mitteilte.',
    '<strong>Wie reagieren Sie auf die Kritik an Ihrem Buch und an Ihren Thesen zur Arbeit der Zukunft, Frau Roth?</strong>',
    '<em>Frage: Unterstützen Sie die Forderung, Spenden an Forschungsprojekte steuerlich besser zu stellen?</em>',
    '„Helfen Sie uns, schreiben Sie uns Ihre Erfahrungen“, rief der Verband seine Mitglieder auf, die Kommentare werden ausgewertet.',
    'The charity said its slogan “Support our work” had raised more money for research on AI safety than any campaign before.',
  ],
} satisfies Partial<Record<VariationKind, string[]>>)

/** Plain article paragraphs (the dateline paragraph first). */
export const ARTICLE = [
  'MÜNCHEN (IT BOLTWISE) – Ein Forschungsverbund aus Bayern hat ein Verfahren vorgestellt, das den Energiebedarf beim Training großer Sprachmodelle deutlich senken soll.',
  'Nach Angaben der Beteiligten lässt sich der Stromverbrauch je nach Modellgröße um bis zu ein Drittel reduzieren, ohne dass die Qualität der Ergebnisse leidet.',
  'Kern des Ansatzes ist eine Methode, die während des Trainings erkennt, welche Teile des Netzes kaum noch lernen, und diese vorübergehend einfriert.',
  'Fachleute halten die Ergebnisse für vielversprechend, mahnen aber unabhängige Überprüfungen an, bevor das Verfahren in der Industrie eingesetzt wird.',
]
