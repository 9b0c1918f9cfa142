/** Job listings and book ads: the two kinds that are advertising with items, links and covers. */
import { esc, slug, type KindVariations } from './types'

interface Job {
  title: string
  employer: string
  city: string
}
interface JobWording {
  heading: string
  more: string
  jobs: Job[]
}

const JOB_BOARD = 'https://www.stepstone.de/stellenangebote--'

export const JOBS: KindVariations<JobWording> = {
  wordings: [
    {
      heading: 'Stellenangebote',
      more: 'Alle Stellen anzeigen',
      jobs: [
        { title: 'Machine Learning Engineer (m/w/d)', employer: 'Nordlicht Analytics GmbH', city: 'Hamburg' },
        { title: 'Data Scientist Computer Vision (m/w/d)', employer: 'Isarwerk Systems AG', city: 'München' },
        { title: 'Werkstudent KI-Produktentwicklung (m/w/d)', employer: 'Spreepunkt Digital', city: 'Berlin' },
      ],
    },
    {
      heading: 'Aktuelle KI-Jobs',
      more: 'Weitere Jobs finden',
      jobs: [
        { title: 'Senior Prompt Engineer (w/m/d)', employer: 'Domblick Software', city: 'Köln' },
        { title: 'Teamleitung Data Platform (m/w/d)', employer: 'Neckartal Versicherung', city: 'Stuttgart' },
        { title: 'Referent Digitalisierung und KI (m/w/d)', employer: 'Landesamt für Statistik', city: 'Remote' },
      ],
    },
    {
      heading: 'Jobbörse: Neue Stellen in der KI-Branche',
      more: 'Zur Jobbörse',
      jobs: [
        { title: 'Softwareentwickler Python / LLM (m/w/d)', employer: 'Mainhafen Fintech', city: 'Frankfurt am Main' },
        { title: 'Product Owner Conversational AI (m/w/d)', employer: 'Auwald Commerce', city: 'Leipzig' },
        { title: 'Trainee Künstliche Intelligenz (m/w/d)', employer: 'Rheinbogen Consulting', city: 'Düsseldorf' },
      ],
    },
    {
      heading: 'Karriere – offene Positionen bei unseren Partnern',
      more: 'Mehr Karriereangebote',
      jobs: [
        { title: 'IT-Consultant Generative KI (all genders)', employer: 'Pegnitz IT Services', city: 'Nürnberg' },
        { title: 'MLOps Engineer (m/w/x)', employer: 'Fächerstadt Labs', city: 'Karlsruhe' },
        { title: 'Ausbildung Fachinformatiker Daten- und Prozessanalyse (m/w/d)', employer: 'Weserdata', city: 'Bremen' },
      ],
    },
    {
      heading: 'AI jobs this week',
      more: 'See all openings',
      jobs: [
        { title: 'Research Scientist, Large Language Models (f/m/d)', employer: 'Tiergarten AI', city: 'Berlin' },
        { title: 'Head of AI Governance (m/f/d)', employer: 'Danube Re', city: 'Vienna' },
        { title: 'Junior Data Engineer (m/f/d)', employer: 'Limmat Robotics', city: 'Zurich' },
      ],
    },
  ],
  markups: [
    // A list widget: linked titles, employer and city after a dash.
    (w) => ({
      html: `<div class="job-widget"><h3>${esc(w.heading)}</h3><ul>${w.jobs
        .map((j) => `<li><a href="${JOB_BOARD}${slug(j.title)}" target="_blank" rel="noopener">${esc(j.title)}</a> – ${esc(j.employer)}, ${esc(j.city)}</li>`)
        .join('')}</ul><p><a href="${JOB_BOARD}ki">${esc(w.more)} »</a></p></div>`,
      units: [w.heading, ...w.jobs.map((j) => `${j.title} – ${j.employer}, ${j.city}`)],
    }),
    // Lines of one paragraph, separated by <br>, no links: "… (m/w/d) – City".
    (w) => ({
      html: `<h4>${esc(w.heading)}</h4>\n<p>${w.jobs.map((j) => `${esc(j.title)} – ${esc(j.city)}`).join('<br>\n')}</p>`,
      units: [w.heading, ...w.jobs.map((j) => `${j.title} – ${j.city}`)],
    }),
    // Cards of a job plugin.
    (w) => ({
      html: `<div class="wpjb-widget"><div class="wpjb-widget__title">${esc(w.heading)}</div>${w.jobs
        .map(
          (j, i) =>
            `<div class="wpjb-card"><a href="https://jobs.example-partner.de/job/${4711 + i}"><h5>${esc(j.title)}</h5></a><div class="wpjb-card__meta"><span>${esc(j.employer)}</span> · <span>${esc(j.city)}</span></div></div>`,
        )
        .join('')}<a class="wpjb-more" href="https://jobs.example-partner.de/">${esc(w.more)}</a></div>`,
      units: [w.heading, ...w.jobs.map((j) => j.title)],
    }),
    // A table: title and city in cells.
    (w) => ({
      html: `<table class="job-table"><caption>${esc(w.heading)}</caption><tbody>${w.jobs
        .map((j) => `<tr><td><a href="${JOB_BOARD}${slug(j.title)}">${esc(j.title)}</a></td><td>${esc(j.employer)}</td><td>${esc(j.city)}</td></tr>`)
        .join('')}</tbody></table>`,
      units: [w.heading, ...w.jobs.map((j) => j.title)],
    }),
    // A WordPress text widget: one paragraph per job, employer on a small second line.
    (w) => ({
      html: `<section class="widget widget_text"><h2 class="widget-title">${esc(w.heading)}</h2><div class="textwidget">${w.jobs
        .map((j) => `<p><a href="${JOB_BOARD}${slug(j.title)}">${esc(j.title)}</a><br><small>${esc(j.employer)}, ${esc(j.city)}</small></p>`)
        .join('')}</div></section>`,
      units: [w.heading, ...w.jobs.map((j) => j.title)],
    }),
    // A one-line ticker: heading in bold, linked jobs separated by middots.
    (w) => ({
      html: `<p class="ticker"><strong>${esc(w.heading)}:</strong> ${w.jobs
        .map((j) => `<a href="${JOB_BOARD}${slug(j.title)}">${esc(j.title)}</a> (${esc(j.city)})`)
        .join(' · ')}</p>`,
      units: w.jobs.map((j) => `${j.title} (${j.city})`),
    }),
  ],
  people: () => [],
}

interface BookWording {
  heading: string
  title: string
  author: string
  /** One full sentence that names the author. */
  blurb: string
  bio: string
  shop: string
  order: string
}

export const BOOKS: KindVariations<BookWording> = {
  wordings: [
    {
      heading: 'Unser Buchtipp',
      title: 'Maschinen mit Gewissen',
      author: 'Henrike Albers',
      blurb: 'Henrike Albers erklärt in ihrem neuen Sachbuch, warum ethische Regeln für KI-Systeme mehr sind als ein Feigenblatt.',
      bio: 'Henrike Albers lehrt Technikphilosophie in Tübingen und berät Unternehmen zu verantwortungsvoller Automatisierung.',
      shop: 'https://www.amazon.de/dp/3423000001?tag=boltwise-21',
      order: 'Jetzt bei Amazon ansehen*',
    },
    {
      heading: 'Lesetipp der Redaktion',
      title: 'Die Datenfabrik',
      author: 'Konstantin Weyrauch',
      blurb: 'Der Wirtschaftsjournalist Konstantin Weyrauch zeigt, wie Konzerne aus den Spuren ihrer Kunden Trainingsmaterial für ihre Modelle machen.',
      bio: 'Konstantin Weyrauch schreibt seit zwanzig Jahren über Technologie und lebt mit seiner Familie in Hamburg.',
      shop: 'https://www.thalia.de/shop/home/artikeldetails/A1065000002?partner=boltwise',
      order: 'Bei Thalia bestellen',
    },
    {
      heading: 'Empfehlung der Redaktion',
      title: 'Neuronale Netze für Einsteiger',
      author: 'Miriam Castellano',
      blurb: 'Verständlich und ganz ohne Formeln führt Miriam Castellano in die Grundlagen des maschinellen Lernens ein.',
      bio: 'Die Informatikerin Miriam Castellano forscht an der TU Dresden zu erklärbarer KI und leitet dort eine Nachwuchsgruppe.',
      shop: 'https://www.buecher.de/artikel/buch/neuronale-netze-fuer-einsteiger/70000003/?affiliate=boltwise',
      order: 'Zum Buch',
    },
    {
      heading: 'Buchempfehlung: Das sollten Sie lesen',
      title: 'Roboter im Alltag',
      author: 'Jonas Vennemann',
      blurb: 'In seinem Buch beschreibt Jonas Vennemann anschaulich, wie Serviceroboter Pflege, Logistik und Handwerk verändern.',
      bio: 'Jonas Vennemann ist Maschinenbauingenieur und hat zwei Start-ups für mobile Robotik gegründet.',
      shop: 'https://www.genialokal.de/Produkt/Jonas-Vennemann/Roboter-im-Alltag_lid_400004.html?partner=boltwise',
      order: 'In der Buchhandlung vor Ort kaufen',
    },
    {
      heading: "Editor's pick",
      title: 'The Alignment Gap',
      author: 'Priya Raman',
      blurb: "Priya Raman explains why today's language models still fail at the simplest questions of trust.",
      bio: 'Priya Raman is a computer scientist at the University of Edinburgh and writes about AI safety.',
      shop: 'https://www.amazon.de/dp/0241000005?tag=boltwise-21',
      order: 'Buy on Amazon*',
    },
  ],
  markups: [
    // Gutenberg media & text: a linked cover beside one blurb sentence.
    (w) => ({
      html: `<div class="wp-block-media-text is-stacked-on-mobile"><figure class="wp-block-media-text__media"><a href="${w.shop}" rel="sponsored nofollow"><img src="https://www.it-boltwise.de/wp-content/uploads/cover-${slug(w.title)}.jpg" alt="${esc(w.title)}" width="300" height="450"></a></figure><div class="wp-block-media-text__content"><p>${esc(w.blurb)}</p></div></div>`,
      units: [w.blurb],
    }),
    // An editor's-pick heading, the linked cover, the title, then the author's bio: bare siblings.
    (w) => ({
      html: `<h3>${esc(w.heading)}</h3>\n<p><a href="${w.shop}" rel="sponsored"><img src="https://www.it-boltwise.de/wp-content/uploads/${slug(w.title)}-200x300.jpg" alt="Buchcover" width="200" height="300"></a></p>\n<p><strong>${esc(w.title)}</strong> – ${esc(w.author)}</p>\n<p>${esc(w.bio)}</p>`,
      units: [w.heading, `${w.title} – ${w.author}`, w.bio],
    }),
    // An image block: the cover linked to the shop, the blurb as caption.
    (w) => ({
      html: `<figure class="wp-block-image size-medium"><a href="${w.shop}"><img src="https://images.example-shop.de/covers/${slug(w.title)}.jpg" alt="${esc(w.title)} von ${esc(w.author)}"></a><figcaption class="wp-element-caption">${esc(w.blurb)}</figcaption></figure>`,
      units: [w.blurb],
    }),
    // A card with cover, title, blurb and a shop button.
    (w) => ({
      html: `<div class="book-card"><a class="book-card__cover" href="${w.shop}"><img src="https://www.it-boltwise.de/wp-content/uploads/${slug(w.title)}.webp" alt=""></a><div class="book-card__body"><span class="book-card__label">${esc(w.heading)}</span><h4 class="book-card__title">${esc(w.title)}</h4><p>${esc(w.blurb)}</p><a class="button" href="${w.shop}">${esc(w.order)}</a></div></div>`,
      units: [w.heading, w.title, w.blurb],
    }),
    // A sidebar widget with an affiliate note.
    (w) => ({
      html: `<section class="widget widget_custom_html"><h2 class="widget-title">${esc(w.heading)}</h2><div class="custom-html-widget"><a href="${w.shop}"><img src="https://www.it-boltwise.de/wp-content/uploads/${slug(w.title)}-sidebar.jpg" alt="${esc(w.title)}"></a><p><b>${esc(w.title)}</b><br>${esc(w.bio)}</p><p class="affiliate-note">* Affiliate-Link: Beim Kauf erhalten wir eine Provision.</p></div></section>`,
      units: [w.heading, w.bio],
    }),
    // One boxed paragraph between article paragraphs: label, title, author, blurb, shop link.
    (w) => ({
      html: `<aside class="box-tip"><p><strong>${esc(w.heading)}:</strong> „${esc(w.title)}“ von ${esc(w.author)}. ${esc(w.blurb)} <a href="${w.shop}">${esc(w.order)}</a></p></aside>`,
      units: [`„${w.title}“ von ${w.author}. ${w.blurb}`],
    }),
  ],
  people: (w) => [w.author],
}
