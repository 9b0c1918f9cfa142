/**
 * More dev variations for the failure classes of issue 14, in markups the first dev set
 * (clutter-variations-dev.ts) does not have: a book card as a figure with its blurb beside it, an
 * editors' pick with the author's bio, job lines separated by <br> with and without a heading,
 * newsletter promises in other wordings (English too), author bios in italics or small print and
 * related-article lists. Markups are numbered from 100 so that cases keep names apart from the first set.
 */
import type { AboutWording, BookWording, JobWording, Place, SubscribeWording, Variation, VariationKind } from './clutter-variations-dev'

/** The first markup number of this set. */
const FIRST = 100

export function variations<W>(kind: VariationKind, wordings: W[], markups: { html: (w: W) => string; places?: Place[] }[], people: (w: W) => string[]): Variation[] {
  return markups.flatMap(({ html, places }, m) => wordings.map((w, i) => ({ kind, markup: FIRST + m, wording: i, html: html(w), people: people(w), ...(places ? { places } : {}) })))
}

const BOOKS: BookWording[] = [
  { heading: 'Tipp aus der Redaktion', title: 'Die Rechenmaschine in uns', author: 'Helene Marquardt', blurb: 'Helene Marquardt erzählt, wie Neurowissenschaft und Informatik einander seit siebzig Jahren befruchten.', bio: 'Helene Marquardt ist Neurobiologin und leitet eine Forschungsgruppe in Tübingen.', shop: 'https://www.amazon.de/Rechenmaschine-uns/dp/3000000099/?tag=kt-21', button: 'Hier bestellen' },
  { heading: 'Staff pick', title: 'Small Data, Big Models', author: 'Ravi Anand', blurb: 'Ravi Anand shows how careful curation beats sheer volume when training language models.', bio: 'Ravi Anand spent a decade building data pipelines at search companies.', shop: 'https://www.amazon.com/Small-Data-Big-Models/dp/1000000099?tag=kt-20', button: 'View on Amazon' },
  { heading: 'Aus unserem Bücherregal', title: 'Algorithmen vor Gericht', author: 'Konrad Vesper', blurb: 'Der Richter Konrad Vesper schildert Fälle, in denen Software über Freiheit und Eigentum mitentschied.', bio: 'Konrad Vesper war Vorsitzender Richter am Landgericht Köln und lehrt heute Rechtsinformatik.', shop: 'https://www.buecher.de/artikel/buch/algorithmen-vor-gericht/12345/', button: 'Bei buecher.de' },
  { heading: 'Lesenswert', title: 'Das stille Netz', author: 'Ilka Dorn', blurb: 'Ilka Dorn folgt den Datenströmen eines einzigen Tages, vom Smartphone bis ins Rechenzentrum.', bio: 'Ilka Dorn arbeitet als Wissenschaftsjournalistin in Hamburg.', shop: 'https://www.genialokal.de/Produkt/Ilka-Dorn/Das-stille-Netz_lid_4711.html', button: 'Beim lokalen Buchhandel kaufen' },
  { heading: 'Zum Nachlesen', title: 'Maschinen mit Moral?', author: 'Bernd Ostwald', blurb: 'Bernd Ostwald prüft, ob sich ethische Regeln überhaupt in Programmcode übersetzen lassen.', bio: 'Bernd Ostwald ist Philosoph an der Universität Leipzig.', shop: 'https://amzn.eu/d/0abcDEF', button: 'Ansehen' },
]
const cover = (w: BookWording) => `<a href="${w.shop}"><img src="https://img.example.org/cover-${w.title.length}.jpg" alt="" width="100" height="150"></a>`
const BOOK_MARKUPS: { html: (w: BookWording) => string; places?: Place[] }[] = [
  // An image block for the cover, its caption the title, the blurb a paragraph beside the figure (no wrapper).
  { html: (w) => `<figure class="wp-block-image size-medium">${cover(w)}<figcaption>${w.title}</figcaption></figure><p>${w.blurb}</p>` },
  // An editors' pick in columns: a bold label, the cover, the title, the blurb, the author's bio in italics, a button.
  { html: (w) => `<div class="wp-block-group"><p><strong>${w.heading}</strong></p><div class="wp-block-columns"><div class="wp-block-column">${cover(w)}</div><div class="wp-block-column"><h4>${w.title}</h4><p>${w.blurb}</p><p><em>${w.bio}</em></p><p><a href="${w.shop}">${w.button}</a></p></div></div></div>` },
  // A disclosure widget: the pick and the title as its summary, blurb and bio inside.
  { html: (w) => `<details class="pick" open><summary>${w.heading}: ${w.title}</summary><p>${w.blurb}</p><p>${w.bio}</p><a href="${w.shop}">${w.button}</a></details>` },
  // A definition list: the title linked to the shop, blurb and bio as its descriptions.
  { html: (w) => `<dl class="book"><dt><a href="${w.shop}">${w.title}</a></dt><dd>${w.blurb}</dd><dd>${w.bio}</dd></dl>` },
  // A product card: the cover in a <picture>, the blurb with an ad label in small print.
  { html: (w) => `<div class="product"><a href="${w.shop}"><picture><source srcset="https://img.example.org/c.webp" type="image/webp"><img src="https://img.example.org/c.jpg" alt="${w.title}"></picture></a><p>${w.blurb} <small>(Anzeige)</small></p></div>` },
]

const JOBS: JobWording[] = [
  { heading: 'Jobs der Woche', lines: ['Prompt Engineer (m/w/d) – Frankfurt am Main', 'MLOps-Ingenieur (w/m/d) – Nürnberg', 'Junior Data Analyst (m/w/d) – Essen'] },
  { heading: 'Karriere-Chancen', lines: ['Leiter KI-Governance (m/w/d) – Hannover', 'Werkstudentin NLP (w/m/d) – Jena', 'Cloud Solutions Architect (m/w/d) – Remote'] },
  { heading: 'Open roles', lines: ['Research Scientist, Robotics (m/f/d) – Zurich', 'Staff Engineer Inference (m/f/d) – Amsterdam', 'Technical Writer AI (m/f/d) – remote'] },
  { heading: 'Neue Jobangebote', lines: ['Sachbearbeiter Digitalisierung (m/w/d) – Kassel', 'IT-Sicherheitsberater (d/m/w) – Bremen', 'Entwicklerin Computer Vision (w/m/d) – Ulm'] },
  { heading: 'Gesucht', lines: ['Projektleiter Smart Factory (m/w/d) – Augsburg', 'Data Steward (m/w/d) – Mannheim', 'KI-Trainer (m/w/d) in Teilzeit – Kiel'] },
]
const title = (line: string) => line.split(' – ')[0]!
const place = (line: string) => line.split(' – ')[1] ?? ''
const JOB_MARKUPS: { html: (w: JobWording) => string }[] = [
  // Only the lines, no heading: one paragraph, <br /> between them.
  { html: (w) => `<p class="jobs">${w.lines.join('<br />\n')}</p>` },
  { html: (w) => `<div class="wp-block-group"><h2 class="wp-block-heading">${w.heading}</h2><p>${w.lines.join('<br>')}</p><p><a href="https://www.stepstone.de/jobs/kuenstliche-intelligenz">Alle Jobs anzeigen</a></p></div>` },
  { html: (w) => `<table class="jobs"><thead><tr><th>${w.heading}</th></tr></thead><tbody><tr><td>${w.lines.join('<br>')}</td></tr></tbody></table>` },
  // The title of each line a link, its place after it.
  { html: (w) => `<p><em>${w.heading}</em><br>${w.lines.map((l, i) => `<a href="https://jobs.example-board.de/anzeige/${7000 + i}">${title(l)}</a> – ${place(l)}`).join('<br>')}</p>` },
  { html: (w) => `<blockquote class="jobs"><p>${w.heading}:<br>• ${w.lines.join('<br>• ')}</p></blockquote>` },
]

const SUBSCRIBE: SubscribeWording[] = [
  { heading: 'KI am Mittag', text: 'Montags bis freitags um 12 Uhr bringen wir die drei wichtigsten KI-Meldungen direkt in dein E-Mail-Postfach.', cta: 'Gratis bestellen' },
  { heading: 'Start your day smarter', text: 'AI news in your inbox at 6 a.m., Monday to Friday. No noise, just what matters.', cta: 'Sign me up' },
  { heading: 'Der Sonntagsbrief', text: 'Einmal pro Woche, immer sonntags, schicken wir Ihnen eine persönliche Auswahl unserer Texte per Mail.', cta: 'Jetzt registrieren' },
  { heading: 'Frühstücks-Update', text: 'Jeden Morgen um halb acht: die Nacht in der Tech-Welt, kompakt zusammengefasst für dich im Posteingang.', cta: 'Eintragen und loslegen' },
  { heading: 'Weekly Briefing', text: 'Every Friday we send a short digest of the week’s AI research straight to your inbox.', cta: 'Get the briefing' },
]
const SUBSCRIBE_MARKUPS: { html: (w: SubscribeWording) => string; places?: Place[] }[] = [
  // A button block to a sign-up page whose address says nothing (a mailer's short link).
  { html: (w) => `<div class="wp-block-group has-background"><p class="has-large-font-size"><strong>${w.heading}</strong></p><p>${w.text}</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://eepurl.com/iXy7Qz">${w.cta}</a></div></div></div>` },
  // No form, no link: a label and the promise.
  { html: (w) => `<aside class="callout"><p><b>${w.heading}</b></p><p>${w.text}</p></aside>` },
  // A plugin's form: a text field named by the plugin, no e-mail input.
  { html: (w) => `<form method="post" action="/wp-admin/admin-post.php"><p>${w.heading}</p><p>${w.text}</p><input type="text" name="ne" placeholder="Adresse"><button type="submit">${w.cta}</button></form>` },
  // One line in italics between paragraphs: the label, a colon, the promise.
  { html: (w) => `<p><em>${w.heading}: ${w.text}</em></p>` },
  // A dialog with an e-mail field and a way out.
  { html: (w) => `<div class="modal" role="dialog" aria-label="${w.heading}"><h2>${w.heading}</h2><p>${w.text}</p><label>E-Mail <input type="email" name="address"></label><button>${w.cta}</button><button>Nein danke</button></div>` },
]

const ABOUT: AboutWording[] = [
  { heading: 'Über den Autor', name: 'Henrik Saalfeld', bio: 'Henrik Saalfeld ist Redakteur bei IT BOLTWISE und beobachtet die Chipindustrie in Asien und Europa.', related: 'Passend dazu', titles: ['Neue Fabrik in Sachsen geplant', 'Lieferketten unter Druck', 'Wer baut die nächste Chipgeneration?'] },
  { heading: 'Autorin', name: 'Miriam Okafor', bio: 'Miriam Okafor schreibt über Gesundheit und digitale Medizin und lebt in Frankfurt.', related: 'Ebenfalls lesenswert', titles: ['Kliniken testen Sprachassistenten', 'Diagnose per App vor Gericht', 'Datenspende für die Forschung'] },
  { heading: 'The author', name: 'Daniel Whitfield', bio: 'Daniel Whitfield is a reporter covering robotics and industrial automation from Manchester.', related: 'Read next', titles: ['Warehouse robots learn to pick', 'A union deal on automation', 'Why cobots are getting cheaper'] },
  { heading: 'Kurzporträt', name: 'Clara Wendt', bio: 'Clara Wendt arbeitet seit 2021 als Korrespondentin in Brüssel und berichtet über EU-Digitalpolitik.', related: 'Mehr aus Brüssel', titles: ['Parlament stimmt über Datengesetz ab', 'Kommission prüft Cloud-Anbieter', 'Streit um Chipförderung'] },
  { heading: 'Unser Kolumnist', name: 'Yusuf Demirel', bio: 'Yusuf Demirel verantwortet die Kolumne „Maschinenraum“ und moderiert Veranstaltungen zu KI.', related: 'Weitere Kolumnen', titles: ['Maschinenraum: Die Grenzen der Skalierung', 'Maschinenraum: Agenten im Büro', 'Maschinenraum: Open Source gewinnt'] },
]
const post = (t: string) => `https://www.it-boltwise.de/${t.toLowerCase().replace(/[^a-z]+/g, '-')}.html`
const authorPage = (w: AboutWording) => `https://www.it-boltwise.de/author/${w.name.split(' ')[1]!.toLowerCase()}/`
/** A bio without a label closes the article: only after it or at the end of its content (between paragraphs it would be article text). */
const CLOSING: Place[] = ['after', 'inside']
const ABOUT_MARKUPS: { html: (w: AboutWording) => string; places?: Place[] }[] = [
  // The bio alone, in italics, no class, no heading.
  { html: (w) => `<p><em>${w.bio}</em></p>`, places: CLOSING },
  // The bio in small print with a link to the author's page.
  { html: (w) => `<p><small>${w.bio} <a href="${authorPage(w)}">Alle Artikel</a></small></p>`, places: CLOSING },
  // An address block: the author's name linked, the bio after a line break.
  { html: (w) => `<address class="author"><a rel="author" href="${authorPage(w)}">${w.name}</a><br>${w.bio}</address>` },
  // Related articles with their dates.
  { html: (w) => `<div class="related"><h2>${w.related}</h2><ol>${w.titles.map((t) => `<li><time datetime="2025-09-10">10.09.2025</time> <a href="${post(t)}">${t}</a></li>`).join('')}</ol></div>` },
  // Related articles as a table with a caption.
  { html: (w) => `<table class="related"><caption>${w.related}</caption><tbody>${w.titles.map((t) => `<tr><td><a href="${post(t)}">${t}</a></td></tr>`).join('')}</tbody></table>` },
]

export const MORE_VARIATIONS: Variation[] = [
  ...variations('books', BOOKS, BOOK_MARKUPS, (w) => [w.author]),
  ...variations('jobs', JOBS, JOB_MARKUPS, () => []),
  ...variations('subscribe', SUBSCRIBE, SUBSCRIBE_MARKUPS, () => []),
  ...variations('about', ABOUT, ABOUT_MARKUPS, (w) => [w.name]),
]

/** Article paragraphs that use the same words innocently (an interview's italic introduction of its guest among them). */
export const MORE_INNOCENT: string[] = [
  'Im Vorwort ihres neuen Buches schreibt die Physikerin, sie habe drei Jahre an den Kapiteln über Lernverfahren gearbeitet; der Verlag plant bereits eine zweite Auflage.',
  'Gesucht werden laut Ausschreibung vor allem Entwickler (m/w/d) mit Erfahrung in der Bildverarbeitung, die Stellen in Dresden sind zunächst auf zwei Jahre befristet.',
  'Wer den Newsletter der Behörde abonniert, bekommt jeden Montag um 9 Uhr eine Übersicht der neuen Prüfverfahren in sein Postfach, teilte ein Sprecher mit.',
  'Readers who sign up receive the briefing in their inbox every weekday morning, the publisher said, adding that the list has grown to 40,000 subscribers.',
  '<em>Marion Keil ist Professorin für Informatik an der TU Dresden und schreibt regelmäßig über maschinelles Lernen. Mit ihr sprach unsere Redaktion über die neuen Regeln.</em>',
]
