/**
 * HELD-OUT (blind) clutter set, written BEFORE the rules' word lists were read and before any
 * tuning (branch clutter7): our own wordings of what German (and some English) news and tech sites
 * print around an article, one block per purpose and markup, in class names that say nothing.
 * Purposes: job ads, book offers, calls to subscribe (newsletter, feed, push), to follow (social,
 * WhatsApp, Google News, Telegram, podcast, YouTube), to support / donate, to comment, to search.
 * Beside them, article paragraphs that talk about the same things (the hard negatives): never hidden.
 * Measured by clutter-blind.test.ts. Do not tune rules on this file's sentences: fix the class.
 */

export type BlindPurpose = 'jobs' | 'books' | 'subscribe' | 'follow' | 'support' | 'comments' | 'search'

export interface BlindBlock {
  purpose: BlindPurpose
  /** One block: its top-level element(s) are the clutter. */
  html: string
  /** People only the block names: never people of the article. */
  people?: string[]
}

const img = (alt: string) => `<img src="https://img.example.org/${alt.length}.png" alt="${alt}" width="60" height="60">`

export const BLIND_BLOCKS: BlindBlock[] = [
  // --- job ads ---
  { purpose: 'jobs', html: `<div class="c-x12"><span>Anzeige</span><h3>Jobs der Woche</h3><ul><li><a href="https://jobs.beispiel-portal.de/angebot/4711">Machine Learning Engineer (m/w/d) · Hamburg</a></li><li><a href="https://jobs.beispiel-portal.de/angebot/4712">IT-Projektleiterin KI (w/m/d) · Nürnberg</a></li><li><a href="https://jobs.beispiel-portal.de/angebot/4713">Data Steward (m/w/d) · Essen</a></li></ul></div>` },
  { purpose: 'jobs', html: `<section class="q7"><p><b>Zum Stellenmarkt</b></p><p>Junior Data Analyst (w/m/d), Köln<br>Cloud Architect (m/w/d), remote<br>Fachinformatiker Systemintegration (m/w/d), Kassel</p><a href="https://www.stellenmarkt-beispiel.de/">Alle Stellen ansehen</a></section>` },
  { purpose: 'jobs', html: `<aside class="r3"><h4>Karrierechancen</h4><div><a href="https://www.karriere-xy.de/job/1">KI-Trainer:in in Teilzeit</a></div><div><a href="https://www.karriere-xy.de/job/2">Prompt Engineer (all genders)</a></div><div><a href="https://www.karriere-xy.de/job/3">Werkstudent:in Computer Vision</a></div><a class="b1" href="https://www.karriere-xy.de/">Jetzt bewerben</a></aside>` },
  { purpose: 'jobs', html: `<figure class="z"><a href="https://www.jobboerse-beispiel.de/ki">${img('Jetzt den neuen Job finden – zur Jobbörse')}</a><figcaption>Finde deinen Traumjob in der KI-Branche</figcaption></figure>` },
  { purpose: 'jobs', html: `<div class="t9"><h5>Now hiring</h5><ul><li>Senior AI Researcher (f/m/x) – Zurich</li><li>MLOps Engineer – Remote (EU)</li><li>Technical Writer, AI docs – Lisbon</li></ul><a href="https://careers.example-jobs.com/">See all openings</a></div>` },
  { purpose: 'jobs', html: `<p class="k1">Werbung: <a href="https://www.stepstone.de/jobs/kuenstliche-intelligenz">Mehr als 2.000 offene KI-Jobs – jetzt bewerben!</a></p>` },
  { purpose: 'jobs', html: `<div class="u5"><strong>Sie suchen eine neue Herausforderung?</strong><p>Entdecken Sie aktuelle Stellen für Entwicklerinnen und Entwickler bei Top-Arbeitgebern.</p><a class="b" href="https://www.jobs-beispiel.de/suche?q=ki">Zu den Jobangeboten</a></div>` },
  { purpose: 'jobs', html: `<table class="x"><caption>Aktuelle Vakanzen</caption><tr><td>Data Scientist (m/w/d)</td><td>Berlin</td></tr><tr><td>KI-Consultant (m/w/d)</td><td>Wien</td></tr><tr><td>Robotik-Ingenieur (m/w/d)</td><td>Linz</td></tr></table>` },
  { purpose: 'jobs', html: `<div class="a0"><small>Anzeige</small><p><b>Die Stadtwerke Musterstadt suchen</b> IT-Sicherheitsexperten (m/w/d) in Vollzeit.</p><a href="https://karriere.stadtwerke-musterstadt.de/">Mehr erfahren und bewerben</a></div>` },

  // --- book offers ---
  { purpose: 'books', people: ['Karin Weller'], html: `<div class="c-x13"><p><strong>Buchtipp:</strong> „Die stille Revolution“ von Karin Weller – wie Algorithmen unseren Alltag verändern.</p><a href="https://www.amazon.de/dp/3000000099?tag=beispiel-21">Bei Amazon ansehen*</a><p><small>*Affiliate-Link: Bei einem Kauf erhalten wir eine Provision.</small></p></div>` },
  { purpose: 'books', html: `<aside class="g2">${img('Buchcover: Neuronale Netze verstehen')}<h4>Neuronale Netze verstehen</h4><p>Das Standardwerk für Einsteiger, 280 Seiten, Taschenbuch.</p><a href="https://www.thalia.de/shop/home/artikeldetails/A1009999">Jetzt kaufen</a></aside>` },
  { purpose: 'books', people: ['Hannah Price', 'Omar Said'], html: `<section class="w"><h3>Our reading list</h3><ul><li><a href="https://bookshop.org/a/123/9780000000001">The Alignment Puzzle</a> by Hannah Price</li><li><a href="https://bookshop.org/a/123/9780000000002">Data Rivers</a> by Omar Said</li></ul></section>` },
  { purpose: 'books', people: ['Sebastian Roth'], html: `<div class="m4"><a href="https://amzn.to/3abcDEF">${img('Cover')}</a><div><b>Lesenswert</b><p>Sebastian Roth erklärt in seinem Buch, warum Roboter keine Gefühle haben.</p><span>Preis: 22,00 €</span></div></div>` },
  { purpose: 'books', html: `<p class="p9">📚 Passend zum Thema: „KI für Entscheider“ – <a href="https://www.buecher-beispiel.de/produkt/9783000000555">hier bestellen</a></p>` },
  { purpose: 'books', html: `<div class="h8"><h5>Bestseller</h5><ol><li><a href="https://www.amazon.de/dp/B000000001?tag=x-21">Das Ende der Arbeit?</a></li><li><a href="https://www.amazon.de/dp/B000000002?tag=x-21">Maschinenethik</a></li><li><a href="https://www.amazon.de/dp/B000000003?tag=x-21">Roboter und Recht</a></li></ol><p>Anzeige</p></div>` },
  { purpose: 'books', html: `<figure class="f1"><a href="https://www.hugendubel.de/de/buch_kartoniert/x-1.html">${img('Jetzt bei Hugendubel bestellen')}</a><figcaption>Empfehlung: „Sprachmodelle im Alltag“ – das Buch zum Podcast</figcaption></figure>` },
  { purpose: 'books', people: ['Ulrike Brandes'], html: `<div class="v"><h4>Lesetipp</h4><p>Wer tiefer einsteigen will: Ulrike Brandes’ „Algorithmen der Macht“ (Verlag Beispiel, 24 Euro).</p><a href="https://www.genialokal.de/Produkt/Ulrike-Brandes/Algorithmen-der-Macht_lid_999.html">Im Buchhandel vor Ort kaufen</a></div>` },
  { purpose: 'books', html: `<div class="e7"><p><b>Jetzt im Handel:</b> Das neue Sachbuch unseres Chefredakteurs – als E-Book und Hardcover.</p><a href="https://www.buch7.de/store/product_details/9783000000777">Jetzt bestellen</a></div>` },

  // --- calls to subscribe (newsletter, feed, push) ---
  { purpose: 'subscribe', html: `<div class="c-x14"><h3>Nichts mehr verpassen</h3><p>Melden Sie sich für unseren kostenlosen Newsletter an.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Anmelden</button></form></div>` },
  { purpose: 'subscribe', html: `<section class="a1"><p>Jetzt kostenlos registrieren und jeden Morgen das KI-Update erhalten.</p><a href="/registrieren/">Registrieren</a></section>` },
  { purpose: 'subscribe', html: `<aside class="z2"><strong>Der Wochenbrief</strong><p>Die fünf wichtigsten Themen der Woche – jeden Sonntag für Sie zusammengestellt.</p><input type="email" aria-label="E-Mail"><input type="submit" value="Abonnieren"></aside>` },
  { purpose: 'subscribe', html: `<div class="xx"><h4>Stay in the loop</h4><p>Sign up for our free newsletter and never miss a story.</p><form action="https://mailer.example.com/s"><input type="email" name="e"><button>Sign up</button></form></div>` },
  { purpose: 'subscribe', html: `<p class="r"><a href="/newsletter/">Abonnieren Sie unseren Newsletter</a> und bleiben Sie auf dem Laufenden.</p>` },
  { purpose: 'subscribe', html: `<div class="n0">${img('Newsletter-Icon')}<div>Bleib auf dem neuesten Stand: Hol dir die KI-News direkt in dein Postfach!</div><a class="btn" href="https://www.example-news.de/nl">Jetzt eintragen</a></div>` },
  { purpose: 'subscribe', html: `<div class="f"><h5>Per Feed lesen</h5><p>Alle neuen Artikel bequem im Feedreader.</p><a href="https://www.it-boltwise.de/feed/">RSS-Feed abonnieren</a></div>` },
  { purpose: 'subscribe', html: `<div class="k"><p>Möchten Sie bei neuen Artikeln eine Benachrichtigung erhalten?</p><button>Ja, gerne</button><button>Nein, danke</button></div>` },
  { purpose: 'subscribe', html: `<div class="wk"><b>Get our weekly briefing</b> — the AI news that matters, every Monday. <a href="https://www.example-news.com/briefing/signup">Subscribe</a></div>` },

  // --- calls to follow (social, WhatsApp, Google News, Telegram, podcast) ---
  { purpose: 'follow', html: `<div class="c-x15"><p>Folgen Sie uns auf</p><ul><li><a href="https://www.linkedin.com/company/beispiel">LinkedIn</a></li><li><a href="https://x.com/beispiel">X</a></li><li><a href="https://www.instagram.com/beispiel">Instagram</a></li></ul></div>` },
  { purpose: 'follow', html: `<aside class="w1">${img('WhatsApp')}<p><b>Neu: Unser WhatsApp-Kanal</b><br>Die wichtigsten KI-News direkt aufs Handy.</p><a href="https://whatsapp.com/channel/0029VaBeispiel">Kanal beitreten</a></aside>` },
  { purpose: 'follow', html: `<div class="g"><a href="https://news.google.com/publications/CAAqBwgKMNbeispiel">${img('Google News')}</a><span>Folge IT BOLTWISE bei Google News</span></div>` },
  { purpose: 'follow', html: `<p class="t"><a href="https://t.me/beispielkanal">Jetzt unserem Telegram-Kanal folgen</a> – Eilmeldungen in Echtzeit.</p>` },
  { purpose: 'follow', html: `<section class="pc"><h4>Der KI-Podcast</h4><p>Jeden Donnerstag eine neue Folge. Jetzt hören und abonnieren!</p><a href="https://open.spotify.com/show/abc">Spotify</a> <a href="https://podcasts.apple.com/de/podcast/abc/id123">Apple Podcasts</a></section>` },
  { purpose: 'follow', html: `<div class="s"><span>Follow us:</span> <a href="https://bsky.app/profile/beispiel">Bluesky</a> <a href="https://mastodon.social/@beispiel">Mastodon</a> <a href="https://www.threads.net/@beispiel">Threads</a></div>` },
  { purpose: 'follow', html: `<div class="yt"><a href="https://www.youtube.com/@beispiel?sub_confirmation=1">${img('YouTube')}</a><p>Abonniere unseren YouTube-Kanal für Videos rund um KI.</p></div>` },
  { purpose: 'follow', html: `<ul class="i3"><li><a href="https://www.facebook.com/beispiel"><span>Facebook</span></a></li><li><a href="https://twitter.com/beispiel"><span>Twitter</span></a></li><li><a href="https://www.xing.com/pages/beispiel"><span>Xing</span></a></li></ul>` },
  { purpose: 'follow', html: `<div class="pod"><b>Listen to our podcast</b><p>New episodes every week on Spotify, Apple Podcasts and wherever you get your podcasts.</p><a href="https://feeds.example.com/podcast.xml">Subscribe</a></div>` },
  { purpose: 'follow', html: `<div class="gn"><p>📲 Du willst keine KI-News mehr verpassen? Folge uns auf <a href="https://whatsapp.com/channel/abc">WhatsApp</a>, <a href="https://t.me/abc">Telegram</a> oder <a href="https://news.google.com/publications/abc">Google News</a>!</p></div>` },

  // --- support / donate ---
  { purpose: 'support', html: `<div class="c-x16"><h3>Unterstützen Sie unabhängigen Journalismus</h3><p>Qualität kostet. Mit einem freiwilligen Beitrag helfen Sie uns, weiterhin kostenlos zu berichten.</p><a href="https://www.paypal.com/donate/?hosted_button_id=ABC">Jetzt unterstützen</a></div>` },
  { purpose: 'support', html: `<aside class="s1"><p>Dir gefällt, was wir machen? <a href="https://ko-fi.com/beispiel">Lade uns auf einen Kaffee ein ☕</a></p></aside>` },
  { purpose: 'support', html: `<section class="d"><h4>Help keep this site free</h4><p>We rely on readers like you. Every contribution, big or small, makes a difference.</p><a href="https://www.example-news.com/contribute">Contribute now</a></section>` },
  { purpose: 'support', html: `<div class="q"><b>Werde Teil unserer Community</b><p>Mit einem Abo ab 3 € im Monat sicherst du unsere Arbeit.</p><a href="https://steadyhq.com/de/beispiel/plans">Mitglied werden</a></div>` },
  { purpose: 'support', html: `<form class="f9" action="https://spenden.beispiel.org/"><p>Jeder Betrag hilft!</p><label><input type="radio" name="b" value="5"> 5 €</label><label><input type="radio" name="b" value="10"> 10 €</label><button>Spenden</button></form>` },
  { purpose: 'support', html: `<p class="x"><em>Dieser Artikel ist frei zugänglich. Wenn er Ihnen gefallen hat, freuen wir uns über Ihre Unterstützung.</em> <a href="/unterstuetzen/">Mehr erfahren</a></p>` },
  { purpose: 'support', html: `<div class="bm"><a href="https://www.buymeacoffee.com/beispiel">${img('Buy me a coffee')}</a><span>Like my writing? Buy me a coffee!</span></div>` },
  { purpose: 'support', html: `<div class="pt"><h5>Patreon</h5><p>Unterstütze uns ab 1 € im Monat und erhalte exklusive Inhalte.</p><a href="https://www.patreon.com/beispiel">Zu Patreon</a></div>` },

  // --- comment prompts ---
  { purpose: 'comments', html: `<div class="c-x17"><h3>Diskutieren Sie mit</h3><p>Bitte melden Sie sich an, um einen Kommentar zu schreiben.</p><a href="/login?redirect=comments">Anmelden</a></div>` },
  { purpose: 'comments', html: `<section class="o"><h4>Ihre Meinung ist gefragt</h4><form action="/comment"><textarea placeholder="Was denken Sie?"></textarea><input name="author" placeholder="Name"><button>Absenden</button></form></section>` },
  { purpose: 'comments', html: `<p class="cc"><a href="#comments">3 Kommentare</a> – Jetzt mitreden!</p>` },
  { purpose: 'comments', html: `<div class="cm"><h4>What do you think?</h4><p>Tell us in the comments below. Comments are moderated and may take a while to appear.</p></div>` },
  { purpose: 'comments', html: `<aside class="fb"><p><strong>Feedback zum Artikel?</strong> Schreiben Sie uns an <a href="mailto:redaktion@beispiel.de">redaktion@beispiel.de</a>.</p></aside>` },
  { purpose: 'comments', html: `<div class="r0"><span>Noch keine Kommentare</span><p>Sei der Erste, der diesen Beitrag kommentiert!</p><button>Kommentar schreiben</button></div>` },
  { purpose: 'comments', html: `<div class="n"><p>Netiquette: Wir behalten uns vor, Beiträge zu löschen, die beleidigend sind. Kommentare werden vor der Freischaltung geprüft.</p></div>` },
  { purpose: 'comments', html: `<section class="disc"><h3>Join the conversation</h3><p>Log in to reply to other readers.</p><a href="/account/login">Log in</a> <a href="/account/register">Create account</a></section>` },

  // --- search prompts ---
  { purpose: 'search', html: `<div class="c-x18"><h4>Wonach suchen Sie?</h4><form action="/"><input type="search" name="s" placeholder="Suchbegriff eingeben"><button>Suchen</button></form></div>` },
  { purpose: 'search', html: `<p class="sr">Mehr zu diesem Thema finden Sie in unserem <a href="/?s=Sprachmodelle">Archiv</a>.</p>` },
  { purpose: 'search', html: `<aside class="w"><p>Weitere Informationen zum Thema: <a href="https://www.google.com/search?q=Sprachmodelle+Energie">Sprachmodelle Energie googeln</a></p></aside>` },
  { purpose: 'search', html: `<div class="sb"><label for="q">Search the site</label><input id="q" type="text" placeholder="Type and hit enter"></div>` },
  { purpose: 'search', html: `<div class="ec"><b>Recherche-Tipp:</b> Suchen Sie bei Ecosia nach „Sprachmodelle Strom“ oder bei <a href="https://www.bing.com/search?q=Sprachmodelle+Strom">Bing</a>.</div>` },
  { purpose: 'search', html: `<div class="find"><p>Nicht das Richtige dabei? Durchsuchen Sie über 20.000 Artikel.</p><a class="btn" href="/suche/">Zur Suche</a></div>` },
  { purpose: 'search', html: `<p class="ms">Want to dig deeper? <a href="https://duckduckgo.com/?q=energy+ai+training">Search the web for “AI training energy”</a></p>` },
  { purpose: 'search', html: `<form class="hdr" role="search"><label>Artikel durchsuchen</label><input type="text" name="query"><input type="submit" value="Finden"></form>` },
]

/** Article paragraphs (inner HTML of a <p>) that talk about the same things: never hidden. */
export const BLIND_NEGATIVES: string[] = [
  // jobs
  'Der Arbeitsmarkt für KI-Fachkräfte bleibt angespannt: Laut einer Studie des Instituts bleiben Stellen für Data Scientists im Schnitt fünf Monate unbesetzt.',
  'Wer sich auf eine Stelle als Prompt Engineer bewirbt, sollte nach Einschätzung der Personalberater vor allem Erfahrung mit Sprachmodellen mitbringen.',
  '„Jetzt bewerben“, hieß es in der Kampagne des Konzerns, die sich gezielt an Quereinsteiger richtete – mit mäßigem Erfolg, wie interne Zahlen zeigen.',
  'Laut dem <a href="https://www.stepstone.de/gehaltsreport">Gehaltsreport von StepStone</a> verdienen KI-Entwickler (m/w/d) im Schnitt 72.000 Euro im Jahr.',
  // books
  'Das Buch „Die stille Revolution“ stand wochenlang auf der Bestsellerliste; Kritiker bemängeln jedoch, dass die Autorin wichtige Studien auslässt.',
  'Amazon bestätigte, dass auf seiner Plattform zunehmend KI-generierte Bücher angeboten werden, und kündigte eine Kennzeichnungspflicht für Verlage an.',
  // newsletter / subscribe / register
  'Der Newsletter-Anbieter Substack meldete im dritten Quartal mehr als fünf Millionen zahlende Abonnements.',
  'Wer den Dienst abonnieren will, muss sich künftig mit einer Telefonnummer registrieren, was Datenschützer scharf kritisieren.',
  'Nutzer müssen sich kostenlos registrieren, um den neuen Chatbot auszuprobieren; eine App soll im Frühjahr folgen.',
  'Nichts verpassen wollten offenbar viele Anleger: Die Aktie legte nach der Ankündigung um zwölf Prozent zu.',
  // follow
  'Mehr als zwei Millionen Menschen folgen dem Konzernchef auf X, wo er regelmäßig neue Produkte ankündigt.',
  'Meta testet in WhatsApp neue Kanäle, denen Nutzer folgen können, ohne ihre Telefonnummer preiszugeben.',
  'Google News zeigt künftig KI-generierte Zusammenfassungen über den Schlagzeilen an, berichtete das Unternehmen.',
  'In ihrem Podcast diskutieren die beiden Forscher jede Woche über neue Modelle; die jüngste Folge wurde über 100.000 Mal gehört.',
  '„Folgen Sie dem Geld“, sagte der Analyst, „dann verstehen Sie, warum alle in Rechenzentren investieren.“',
  // support / donate
  'Die Wikimedia Foundation bittet ihre Leser jedes Jahr um Spenden; in diesem Jahr kamen nach ihren Angaben 180 Millionen Dollar zusammen.',
  '„Unterstützen Sie unsere Forschung“, appellierte die Professorin an die Politik, die Mittel für Grundlagenforschung nicht zu kürzen.',
  'The nonprofit asked supporters to donate to its campaign for open models, raising $2 million in a week.',
  // comments
  '„Schreiben Sie uns Ihre Meinung in die Kommentare“, forderte der Youtuber seine Zuschauer auf – und erhielt binnen Stunden Tausende Antworten.',
  'Die Plattform will Kommentare künftig automatisch moderieren lassen; beleidigende Beiträge sollen vor der Freischaltung gelöscht werden.',
  'Readers who commented on the original post pointed out errors in the benchmark, the researchers acknowledged.',
  // search
  'Die Suchmaschine Perplexity beantwortet Fragen direkt, statt nur Links auf weitere Quellen zu liefern.',
  'Wonach Nutzer suchen, verrät Google in seinem jährlichen Trendbericht; 2025 lag das Stichwort „KI“ vorn.',
  'Microsoft integriert die <a href="https://www.bing.com/">Suche in Bing</a> enger mit seinem Assistenten Copilot.',
  // the article's own source line, last (the first plain, the second in bold: the second added after the
  // first measurement, as the known case of the brief: a bold "Quellen:" line hidden as a search prompt)
  'Quellen: <a href="https://www.reuters.com/technology/ai-training-energy">Reuters</a>, <a href="https://www.heise.de/news/training-strom.html">heise online</a>, <a href="https://arxiv.org/abs/2501.00001">arXiv</a>',
  '<strong>Quellen:</strong> <a href="https://www.reuters.com/technology/ai-chips">Reuters</a>, <a href="https://www.theverge.com/ai">The Verge</a>, <a href="https://www.nature.com/articles/s41586-025-0001">Nature</a>',
]
