/**
 * A second, small FRESH held-out set, written AFTER the fixes for the blind set
 * (clutter-variations-blind.ts) and never tuned on: its figure is the honest one. New wordings and
 * markups for the same purposes, and article paragraphs that use the same words.
 */
import type { BlindBlock } from './clutter-variations-blind'

export const FRESH_BLOCKS: BlindBlock[] = [
  // jobs
  { purpose: 'jobs', html: `<div class="mx-4"><p class="lbl">Gesponsert</p><a href="https://www.jobsuche-beispiel.de/detail/88">Softwareentwickler:in Python (m/w/d) – Freiburg</a><a href="https://www.jobsuche-beispiel.de/detail/89">Head of Data (w/m/d) – Hannover</a></div>` },
  { purpose: 'jobs', html: `<section class="ab"><h4>Deine Karriere in der KI</h4><p>Über 500 offene Positionen bei führenden Tech-Unternehmen warten auf dich.</p><a href="https://www.kijobs-beispiel.de/">Jetzt Job finden</a></section>` },
  { purpose: 'jobs', html: `<ul class="zz"><li>Ausbildung Fachinformatiker (m/w/d) – Start August</li><li>Praktikum Künstliche Intelligenz (m/w/d) – 6 Monate</li><li>Werkstudent Data Engineering (m/w/d) – 20 Std./Woche</li></ul>` },
  // books
  { purpose: 'books', people: ['Lara Fink'], html: `<aside class="b-3"><h5>Das Buch zum Thema</h5><p>„Maschinen ohne Moral?“ – Lara Fink über Verantwortung im Zeitalter der KI.</p><a href="https://www.amazon.de/Maschinen-ohne-Moral/dp/3000000201?tag=kt-21">Jetzt bei Amazon bestellen*</a></aside>` },
  { purpose: 'books', html: `<div class="k0"><a href="https://www.thalia.de/shop/home/artikeldetails/A1077777">${'<img src="https://img.example.org/c.jpg" alt="Cover: Generative KI in der Praxis">'}</a><p>Generative KI in der Praxis · 312 Seiten · 29,90 €</p></div>` },
  { purpose: 'books', html: `<p class="q1"><b>Leseempfehlung:</b> Wer mehr über Sprachmodelle wissen will, dem sei <a href="https://www.buecher.de/artikel/buch/sprachmodelle-verstehen/777/">„Sprachmodelle verstehen“</a> ans Herz gelegt.</p>` },
  // subscribe
  { purpose: 'subscribe', html: `<div class="y1"><h3>Keine News mehr verpassen!</h3><p>Trag dich ein und erhalte jeden Freitag unseren Wochenüberblick.</p><form><input type="email" placeholder="deine@mail.de"><button>Los geht's</button></form></div>` },
  { purpose: 'subscribe', html: `<p class="i8">📬 <a href="/newsletter-anmeldung/">Jetzt zum kostenlosen KI-Newsletter anmelden</a></p>` },
  { purpose: 'subscribe', html: `<div class="e2"><strong>Never miss an update</strong><p>Join 40,000 readers who get our AI roundup by email.</p><a href="https://www.example-news.com/join">Join free</a></div>` },
  // follow
  { purpose: 'follow', html: `<div class="s5"><p>Folge uns auch auf <a href="https://www.instagram.com/beispiel">Instagram</a> und <a href="https://www.tiktok.com/@beispiel">TikTok</a>!</p></div>` },
  { purpose: 'follow', html: `<aside class="h2x"><img src="https://img.example.org/wa.png" alt="WhatsApp-Logo"><p>Alle Eilmeldungen direkt aufs Smartphone: Abonnieren Sie unseren WhatsApp-Channel.</p><a href="https://whatsapp.com/channel/0029Fresh">Zum Channel</a></aside>` },
  { purpose: 'follow', html: `<div class="p7"><h4>Jetzt reinhören</h4><p>Unser Podcast „KI am Morgen“ – überall, wo es Podcasts gibt.</p><a href="https://podcasts.apple.com/de/podcast/ki-am-morgen/id999">Anhören</a></div>` },
  // support
  { purpose: 'support', html: `<div class="u0"><p><strong>Journalismus braucht Unterstützung.</strong> Wenn Ihnen dieser Text etwas wert ist, zahlen Sie freiwillig – schon ab 2 Euro.</p><a href="https://www.paypal.com/paypalme/beispiel">Jetzt zahlen</a></div>` },
  { purpose: 'support', html: `<section class="cc1"><h4>Become a supporter</h4><p>No paywall, no tracking. Reader support keeps it that way.</p><a href="https://www.patreon.com/fresh">Pledge on Patreon</a></section>` },
  // comments
  { purpose: 'comments', html: `<div class="w8"><h4>Was meinen Sie?</h4><p>Teilen Sie Ihre Einschätzung mit anderen Leserinnen und Lesern in den Kommentaren.</p><a href="#kommentare">Zu den Kommentaren</a></div>` },
  { purpose: 'comments', html: `<div class="k5"><p>Kommentieren ist nur für registrierte Nutzer möglich.</p><a href="/registrieren/">Registrieren</a> · <a href="/login/">Einloggen</a></div>` },
  { purpose: 'comments', html: `<section class="rr"><h3>Leave a reply</h3><form action="/wp-comments-post.php"><textarea name="comment"></textarea><button>Post comment</button></form></section>` },
  // search
  { purpose: 'search', html: `<div class="t4"><p>Sie haben nicht gefunden, wonach Sie suchen? Nutzen Sie unsere Volltextsuche.</p><form action="/suche/"><input type="text" name="q"><button>Suchen</button></form></div>` },
  { purpose: 'search', html: `<p class="o3"><em>Tipp: Mehr zum Thema finden Sie über die <a href="https://www.ecosia.org/search?q=ki+energie">Websuche</a>.</em></p>` },
  { purpose: 'search', html: `<aside class="g9"><h5>Looking for something?</h5><p>Browse our archive or search by keyword.</p><a href="/search/">Go to search</a></aside>` },
]

export const FRESH_NEGATIVES: string[] = [
  'Auf LinkedIn teilte die Managerin mit, sie werde das Unternehmen verlassen; ihre Nachfolgerin soll im Frühjahr beginnen.',
  'Die Stellenbörse des Verbands verzeichnete im Mai einen Rückgang der Ausschreibungen für Entwickler um acht Prozent.',
  'Das Sachbuch der Forscherin erscheint im Herbst im Verlag C.H.Beck und soll 24 Euro kosten.',
  'Medienhäuser setzen zunehmend auf Newsletter, weil Leser sie direkt im Postfach erreichen, ohne Umweg über Plattformen.',
  'Die Entwickler bitten ihre Nutzer um Spenden, um die Serverkosten des quelloffenen Projekts zu decken.',
  'In den Kommentaren unter dem Video äußerten viele Zuschauer Zweifel an der Echtheit der Aufnahmen.',
  'Die neue Suchfunktion soll Nutzern helfen, in ihren eigenen Dokumenten schneller fündig zu werden.',
  'Der Podcast des Senders erreicht nach eigenen Angaben jede Woche eine halbe Million Hörer, die meisten über Spotify.',
]
