/**
 * Fresh dev variations for three failure classes of issue 14, in markups neither earlier dev set
 * (clutter-variations-dev.ts, clutter-variations-more.ts) has, with wordings of their own in German
 * and English: a shop-linked cover whose blurb is a bare paragraph after it (shops no rule names),
 * boxes that promise news in the inbox on a schedule, and lists of the site's own articles under a
 * label in words of no family ("Mehr zu …", "More from …", "Auch interessant"). Markups are numbered
 * from 200. Beside them, article paragraphs that use the same words as reports.
 */
import type { SubscribeWording, Variation } from './clutter-variations-dev'
import { variations } from './clutter-variations-more'

interface CoverWording { title: string; author: string; blurb: string; shop: string }
const COVERS: CoverWording[] = [
  { title: 'Die lernende Fabrik', author: 'Sabine Kurz', blurb: 'Sabine Kurz beschreibt, wie Werkhallen mit Sensordaten und kleinen Modellen ihre Ausfallzeiten halbieren.', shop: 'https://www.osiander.de/shop/home/artikeldetails/A1070000001' },
  { title: 'Die Rechnung der Roboter', author: 'Malte Berger', blurb: 'Der Ökonom Malte Berger rechnet vor, was die Automatisierung für Löhne und Renten bedeutet.', shop: 'https://www.weltbild.de/artikel/buch/die-rechnung-der-roboter_40000001-1' },
  { title: 'The Quiet Grid', author: 'Ada Whitmore', blurb: 'Ada Whitmore traces how spreadsheets quietly became the backbone of modern finance.', shop: 'https://bookshop.org/p/books/the-quiet-grid/1234567?ean=9781000000017' },
  { title: 'Open Machines', author: 'Leo Brandt', blurb: 'Author Leo Brandt explains why open hardware matters for the next wave of robotics.', shop: 'https://www.awin1.com/cread.php?awinmid=1234&p=https%3A%2F%2Fshop.example.org%2Fopen-machines' },
  { title: 'Haftung für Algorithmen', author: 'Nora Feld', blurb: 'Die Juristin Nora Feld erklärt verständlich, wer zahlt, wenn eine Software falsch entscheidet.', shop: 'https://www.buchladen-am-markt.de/buch/9783000000123' },
]
const coverImage = (w: CoverWording) => `<img src="https://img.example.org/cover-${w.author.length}.jpg" alt="${w.title}" width="120" height="180">`
const COVER_MARKUPS: ((w: CoverWording) => string)[] = [
  // The image block's figure inside a wrapper div, the blurb a bare paragraph after the wrapper.
  (w) => `<div class="wp-block-image"><figure class="aligncenter size-medium"><a href="${w.shop}" rel="sponsored noopener">${coverImage(w)}</a></figure></div><p>${w.blurb}</p>`,
  // The cover alone in a paragraph (the classic editor), the blurb the next paragraph.
  (w) => `<p class="cover"><a href="${w.shop}">${coverImage(w)}</a></p><p>${w.blurb}</p>`,
  // A figure with a <picture> and the title as its caption, the blurb after it in a paragraph of its own.
  (w) => `<figure class="alignleft"><a href="${w.shop}"><picture><source srcset="https://img.example.org/c.avif" type="image/avif">${coverImage(w)}</picture></a><figcaption><em>${w.title}</em></figcaption></figure><p class="blurb">${w.blurb}</p>`,
]

const PROMISES: SubscribeWording[] = [
  { heading: 'Frühschicht', text: 'Werktags ab 6:30 Uhr liegen die wichtigsten KI-Meldungen in deinem Postfach.', cta: 'Newsletter holen' },
  { heading: 'Der Abendbrief', text: 'Jeden Abend um 18 Uhr schicken wir Ihnen per E-Mail, was der Tag in der KI-Welt gebracht hat.', cta: 'Jetzt eintragen' },
  { heading: 'Morning Compute', text: 'Five AI stories, in your inbox every weekday at 7 a.m.', cta: 'Count me in' },
  { heading: 'The Friday Download', text: 'One email every Friday with the week in machine learning, written by our editors.', cta: 'Join the list' },
  { heading: 'KI kompakt', text: 'Täglich um 12 Uhr: die Mittagsausgabe unseres Newsletters, kostenlos und jederzeit abbestellbar.', cta: 'Anmelden' },
]
const PROMISE_MARKUPS: ((w: SubscribeWording) => string)[] = [
  // One line with an icon and a button that a script wires up: no form, no link.
  (w) => `<div class="nl-inline"><span aria-hidden="true">✉</span> <strong>${w.heading}.</strong> ${w.text} <button type="button">${w.cta}</button></div>`,
  // A disclosure widget with an e-mail field.
  (w) => `<details class="nl"><summary>${w.heading}</summary><p>${w.text}</p><input type="email" placeholder="name@example.org"><button>${w.cta}</button></details>`,
  // A heading and the promise as list items, no wrapper but the box itself.
  (w) => `<div class="perks"><h4>${w.heading}</h4><ul><li>${w.text}</li><li>${w.cta}: ohne Werbung, ohne Spam.</li></ul></div>`,
]

interface RelatedWording { label: string; titles: string[] }
const RELATED: RelatedWording[] = [
  { label: 'Mehr zu Quantencomputern', titles: ['Erster Quantenrechner im Rechenzentrum', 'Fehlerkorrektur macht Fortschritte', 'Wie viele Qubits braucht die Chemie?'] },
  { label: 'More from Europe', titles: ['Brussels tightens rules on chatbots', 'Paris start-up raises new funds', 'Nordic grids power data centres'] },
  { label: 'Auch interessant', titles: ['Warum Sprachmodelle halluzinieren', 'Neue Regeln für Gesichtserkennung', 'Roboter lernen von Videos'] },
  { label: 'Neues aus der Forschung', titles: ['Ein Netz, das Proteine faltet', 'Klimamodelle mit weniger Strom', 'Sensoren, die Schmerz erkennen'] },
  { label: 'You might also like', titles: ['How chips are tested before launch', 'Inside a model training run', 'The cost of a single query'] },
]
const article = (title: string) => `https://www.it-boltwise.de/${title.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.html`
const RELATED_MARKUPS: ((w: RelatedWording) => string)[] = [
  // No wrapper: the labelled heading, then the list (both tagged: see pageHtml).
  (w) => `<h4>${w.label}</h4><ul class="links">${w.titles.map((t) => `<li><a href="${article(t)}">${t}</a></li>`).join('')}</ul>`,
  // A grid of teaser cells, each a thumbnail and a linked title, under the label.
  (w) => `<section class="more"><h3>${w.label}</h3><div class="grid">${w.titles.map((t) => `<div class="cell"><a href="${article(t)}"><img src="https://img.example.org/t.jpg" alt=""></a><h5><a href="${article(t)}">${t}</a></h5></div>`).join('')}</div></section>`,
  // One paragraph: the label in bold, the titles as lines.
  (w) => `<p class="also"><strong>${w.label}:</strong><br>${w.titles.map((t) => `<a href="${article(t)}">${t}</a>`).join('<br>')}</p>`,
  // A description list of relative links with dates under the label.
  (w) => `<div class="related"><h2>${w.label}</h2><dl>${w.titles.map((t, i) => `<dt><a href="${new URL(article(t)).pathname}">${t}</a></dt><dd>${10 + i}.09.2025</dd>`).join('')}</dl></div>`,
]

/** Numbered from 200: the more set's numbers (from 100) plus 100. */
const from200 = (variation: Variation): Variation => ({ ...variation, markup: variation.markup + 100 })
const asMarkups = <W>(markups: ((w: W) => string)[]) => markups.map((html) => ({ html }))

export const FRESH_VARIATIONS: Variation[] = [
  ...variations('books', COVERS, asMarkups(COVER_MARKUPS), (w) => [w.author]),
  ...variations('subscribe', PROMISES, asMarkups(PROMISE_MARKUPS), () => []),
  ...variations('about', RELATED, asMarkups(RELATED_MARKUPS), () => []),
].map(from200)

/** Article paragraphs with the same words: a book's author reported on, deliveries on a schedule, "mehr zu" in prose. */
export const FRESH_INNOCENT: string[] = [
  'Sabine Wendling sagte bei der Vorstellung ihres Buches in Leipzig, die Fabrik der Zukunft brauche vor allem saubere Daten.',
  'Malte Oberhofer, Autor mehrerer Bücher über Arbeit und Technik, widersprach am Dienstag der Darstellung des Verlags.',
  'The author Grace Holloway told reporters that her book had been turned down by eleven publishers before it found a home.',
  'Die Bank verschickt Kontoauszüge künftig nur noch per E-Mail, jeweils am ersten Werktag des Monats um 8 Uhr, wie ein Sprecher bestätigte.',
  'According to the filing, the service emailed customers every weekday at 6 a.m. with a summary of their spending.',
  'Das Ministerium will seinen Newsletter künftig zweimal pro Woche verschicken; bislang erschien er nur montags.',
  'Mehr zu den Plänen will der Konzern im Herbst bekanntgeben, wenn die Verhandlungen mit den Gewerkschaften abgeschlossen sind.',
  'Mehr zu den Hintergründen steht in <a href="https://www.it-boltwise.de/erster-quantenrechner-im-rechenzentrum.html">unserem Bericht über den ersten Quantenrechner im Rechenzentrum</a>, der im Frühjahr erschien.',
  '<strong>Mehr zu den Plänen:</strong> Der Konzern will im Herbst berichten, wie es mit <a href="https://www.it-boltwise.de/konzern-plant-neue-fabrik-in-sachsen.html">der geplanten Fabrik in Sachsen</a> weitergeht.',
  'More from Europe is expected next week, when the Commission presents its proposal on data centres and their power use.',
]
