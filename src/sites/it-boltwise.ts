/**
 * IT BOLTWISE (www.it-boltwise.de): how to recognise an article page, and its clutter.
 * All knowledge of this site lives here. Rules key on what the page says and links to (the live
 * markup is unknown and may change), never on class names. This module is part of the load-time
 * bundle: keep it free of heavy imports.
 *
 * Signatures are matched against a block's normalized own text (or a link's text). A signature
 * anchored with ^ is boilerplate that starts a block and is trusted on any length; an unanchored one
 * on prose only counts beside another hit (see src/core/clutter/). `SHORT` bounds phrases
 * that prose could use ("Quereinstieg"): they mark only a short block such as a job ad title.
 */
import type { BoxScoring, ClutterRule, SiteModule } from '../core/site'

/** Lookaheads: the whole text is at most 120 chars and does not end with a period (a job ad's title line, not a sentence). */
const SHORT = '^(?=.{0,120}$)(?!.*\\.$)'

/**
 * A block that starts with `phrase`, after at most a bullet or an emoji ("📚 Die besten Bücher ...").
 * Not a \p{L} class with the 'u' flag: compiling that costs milliseconds on every page load.
 */
function starts(phrase: string): RegExp {
  return new RegExp(`^[^A-Za-z0-9ÄÖÜäöüß]{0,6}${phrase}`, 'i')
}

/**
 * A shop's offer by the shape of its address, whatever the shop: a product page (/dp/, /produkt/,
 * /product/ and the like, an "_lid_" article id), an ISBN-13, an Amazon associate tag (tag=name-21),
 * an affiliate parameter, or an affiliate network's redirect.
 */
const OFFERS =
  /\/(?:dp|gp\/product|produkts?|products?|artikeldetails|artikel\/buch)\/|_lid_\d|(?:^|[^0-9])97[89](?:-?[0-9]){10}(?![0-9])|[?&]tag=[\w.-]+-\d\d(?:&|#|$)|[?&](?:affiliate|aff_?id|partner_?id|partner)=|\/\/(?:www\.)?(?:awin1\.com|prf\.hn|clk\.tradedoubler\.com|track\.webgains\.com|ad\.zanox\.com|partners\.webmasterplan\.com)\//i

/** Where a promised delivery lands: an inbox, a newsletter, an e-mail. */
const DELIVERY = /inbox|postfach|posteingang|e-?mail|newsletter|briefing|digest/i
/**
 * When it comes: a time of day ("um 7 Uhr", "at 6 a.m.", "7:30"), weekdays ("Monday to Friday",
 * "montags bis freitags", "werktags"), a day's part or a period ("jeden Morgen", "every morning",
 * "täglich", "weekly", "einmal pro Woche").
 */
const SCHEDULE =
  /\b\d{1,2}(?:[:.]\d\d)?\s?(?:uhr\b|h\b|a\.\s?m\.|p\.\s?m\.|am\b|pm\b)|\bum (?:halb |viertel (?:nach|vor) )?(?:eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?\b|werktag|wochentag|weekday|täglich|\bdaily\b|wöchentlich|\bweekly\b|\b(?:jeden|jede|every|each) (?:morgen|abend|tag|woche|monat|morning|evening|day|week|month)|\b(?:morgens|abends|mittags)\b|\b(?:einmal|zweimal) (?:pro|die|im|in der|am) (?:woche|monat|tag)|\b(?:once|twice) a (?:week|day|month)\b/i

/**
 * A heading that labels a list of the site's own articles by what they share, in words no family
 * holds: "Mehr aus Brüssel", "Mehr zu/zum/von/über …", "More from/on/about …", "Auch interessant",
 * "Ebenfalls lesenswert", "Das könnte Sie auch interessieren" (the whole heading, short).
 */
const RELATED_LABEL =
  /^(?=.{0,60}$)(?:(?:mehr|weiteres?|neues) (?:aus|zu|zum|zur|von|vom|über|im|in|rund um)\b|more (?:from|on|about|in|news)\b|(?:auch|ebenfalls) (?:interessant|lesenswert|spannend|zum thema)|das könnte (?:sie|dich) auch|you (?:may|might) also)/i

/**
 * The gender marker of a German job ad in every order of its letters ("(m/w/d)", "(w/m/d)",
 * "(f/m/x)" …), "(m/w/div)", "(gn)", "(all genders)": a plain alternation, as the load-time filter
 * needs (src/core/load-filters.ts).
 */
const GENDER_MARKERS = new RegExp(
  [
    ...['mwd', 'mfd', 'mwx', 'mfx'].flatMap((letters) => orders(letters).map((order) => `\\(${order.split('').join('\\/')}\\)`)),
    '\\(m\\/w\\/div\\)',
    '\\(gn\\)',
    'genders\\)',
  ].join('|'),
  'i',
)

/** Every order of a word's letters. */
function orders(letters: string): string[] {
  if (letters.length <= 1) return [letters]
  return letters.split('').flatMap((first, i) => orders(letters.slice(0, i) + letters.slice(i + 1)).map((rest) => first + rest))
}

export const IT_BOLTWISE_RULES: readonly ClutterRule[] = [
  {
    name: 'promo-link-list',
    kind: 'promo',
    linkTargets: ['patreon.com/'],
    evidence: {
      families: [
        // About the author, related articles, the site's own sections, feeds and social pages, ad labels.
        /autor|author|person|redakteur|journalist|editor|writer/i,
        /redakt|journalis|team|schreibt|writes|covers|berichtet|ressort|reporter|korrespondent|correspondent|kolumn|column/i,
        /ähnlich|verwandt|weitere|thema|interess|passend|related|lesen|empfehl|recommend|more|next/i,
        /folg|follow|podcast|kanal|channel|social|facebook|instagram|linkedin|mastodon|youtube|whatsapp|telegram|threads|bluesky/i,
        /werbung|sponsored|gesponsert|advertisement|anzeige|partner/i,
      ],
      links: [
        '/author/', '/autor/', '/autoren/', '/team/', '/redaktion/', '/feed', 'rss',
        'facebook.com/', 'twitter.com/', '://x.com/', 'linkedin.com/', 'instagram.com/', 'youtube.com/', 'mastodon', 'bsky.app/', 't.me/', 'whatsapp.com/', 'threads.net/',
        // Podcast platforms: a show's page is where a "listen and subscribe" call leads.
        'open.spotify.com/show', 'podcasts.apple.com/', 'podcasts.google.com/', 'deezer.com/', 'podcast.xml',
      ],
      mixedList: true,
      label: RELATED_LABEL,
      bio: /autor|author|redakt|journalis|editor|writer|schreibt|writes|covers|berichtet|ressort|reporter|korrespondent|correspondent|kolumn|column/i,
    },
    textSignatures: [
      starts('Die besten Bücher rund um KI'),
      starts('Die besten KI-News kostenlos per E-?Mail'),
      starts('Zur Startseite von IT BOLTWISE'),
      starts('IT BOLTWISE®? (?:kostenlos )?auf Patreon unterstützen'),
      starts('Aktuelle KI-Jobs auf StepStone'),
    ],
  },
  {
    name: 'support-prompt',
    kind: 'promo',
    evidence: {
      families: [
        /unterstütz|unterstuetz|spende|spendi|kaffee|coffee|patreon|patron|steady|paypal|support|donat|förder|ko-fi|gönner|mitglied|member|contribut/i,
        /gefällt|gefallen|enjoy|freu|unabhängig|independent|werbefrei|kostenlos|free|möglich|ermöglich|helfen|hilf|help/i,
        /danke|thank|betrag|monatlich|einmalig|pledge|dauerhaft|freiwillig|bezahl/i,
      ],
      // A donation form: an amount to pick, a payment provider's action.
      form: /donat|spend|paypal|patreon|steady|amount|betrag/i,
      links: ['patreon.com/', 'steadyhq.com', 'paypal.me/', 'paypal.com/', 'ko-fi.com/', 'buymeacoffee.com', 'betterplace.', 'liberapay.com', 'unterstuetz', 'unterstütz', 'spende', 'donate', 'support', 'mitglied'],
    },
  },
  {
    name: 'comment-prompt',
    kind: 'comments',
    evidence: {
      families: [
        /kommentar|kommentier|comment|leserbrief|leserzuschrift|diskussion|diskutier|discuss|reply|feedback|conversation/i,
        /moderiert|moderat|netiquette|respektvoll|meinung|opinion|thoughts|gedanken|mitreden|ansicht|sachlich|freischalt|erforderlich|pflichtfeld|required/i,
        /hinterlass|verfass|abschick|absenden|submit|leave|join|antwort|answer|schreib|write/i,
      ],
      form: /textarea|comment|kommentar|reply/i,
      // A letter to the editors (mailto:) is where "Schreiben Sie uns" leads.
      links: ['#comment', '#respond', '#reply', '#kommentar', '#disqus', '/comments', 'replytocom', 'leserbrief', 'mailto:'],
    },
    textSignatures: [
      starts('Du hast einen wertvollen Beitrag oder Kommentar zum Artikel'),
      starts('Es werden alle Kommentare moderiert'),
      starts('Für eine offene Diskussion behalten wir uns vor, jeden Kommentar zu löschen'),
      starts('Wir möchten, dass respektvoll miteinander kommuniziert wird'),
    ],
  },
  {
    name: 'subscription-prompt',
    kind: 'subscribe',
    linkTargets: ['news.google.com/publications/', 'bing.com/news/search?q=it-boltwise', 'follow.it/'],
    evidence: {
      families: [
        /newsletter|postfach|posteingang|inbox|mail|briefing|digest|benachrichtig|notification|notify/i,
        /abonn|anmeld|eintragen|registrier|subscribe|signup|bestell|zustell|schick|deliver|send|erhalten|erhältst|bekomm|receive/i,
        /täglich|wöchentlich|jeden|werktag|morgen|abend|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|einmal|daily|weekly|morning|evening|weekday|monday|friday/i,
        /verpass|laufenden|informiert|informed|wichtigste|kompakt|überblick|zusammenfass/i,
        /kostenlos|gratis|free|kündbar|spam|abmeld|unsubscribe/i,
      ],
      form: /mail/i,
      promise: { delivery: DELIVERY, schedule: SCHEDULE },
      links: ['newsletter', '/abo', 'subscribe', 'signup', 'sign-up', 'anmeld', 'list-manage.com', 'mailchi.mp', 'substack.com', 'cleverreach', 'brevo', 'sendinblue', '?na=s'],
    },
    textSignatures: [
      starts('Du willst nichts verpassen\\?'),
      starts('Du möchtest über ähnliche News und Beiträge wie .{0,300}informiert werden'),
      /den Feed dieses Beitrags zu abonnieren/i,
      /den RSS-Hauptfeed oder IT BOLTWISE®? bei Google News/i,
    ],
  },
  {
    name: 'search-prompt',
    kind: 'search',
    evidence: {
      families: [
        /such|search|recherch|stichwort|keyword|googel/i,
        /hintergr|archiv|begriff|durchsuch|suchmaschine|engine|query|anfrage|quelle|source/i,
      ],
      form: /search|such|query/i,
      links: ['google.com/search', 'google.de/search', 'bing.com/search', 'duckduckgo.com/', 'ecosia.org/search', 'startpage.com/', '?s=', '&s=', '/search', '/suche', 'search?q'],
    },
    textSignatures: [starts('Nutze die Google-Suchmaschine für eine weitere Themenrecherche')],
  },
  {
    name: 'job-listings',
    kind: 'jobs',
    linkTargets: [
      'stepstone.de', 'stepstone.com', 'indeed.com', 'indeed.de', 'jobware.de', 'stellenanzeigen.de', 'kimeta.de',
      'xing.com/jobs', 'linkedin.com/jobs', 'monster.de', 'stellenmarkt', 'stellenangebot',
    ],
    evidence: {
      families: [
        GENDER_MARKERS,
        /stellen|job|karriere|bewerb|career|hiring|vacanc/i,
        /vollzeit|teilzeit|remote|office|werkstudent|praktik|ausbildung|studium|quereinst|full-time|part-time|intern/i,
        /entwickler|engineer|manager|scientist|berater|consultant|developer|referent|analyst|architekt|teamleiter|projektleiter|bereichsleiter|speziali|specialist|expert|researcher|forscher|designer|ingenieur|informatiker|techniker|writer/i,
      ],
    },
    textSignatures: [
      new RegExp(`${starts('(?:Aktuelle |Neue |Weitere |Alle )?(?:KI-)?Stellenangebote').source}$`, 'i'),
      new RegExp(`${SHORT}.*\\((?:[mwdfx]\\s*/\\s*){2}[mwdfx]\\)`, 'i'),
      new RegExp(`${SHORT}.*\\bQuereinstieg`, 'i'),
      new RegExp(`${SHORT}Duales Studium\\b`, 'i'),
    ],
  },
  {
    name: 'book-ads',
    kind: 'books',
    // Shop links with or without a title slug (amazon.de/Some-Title/dp/...); "://" keeps aboutamazon.de out.
    linkTargets: [
      'amzn.to/', 'amzn.eu/', '://www.amazon.de/', '://amazon.de/', '://www.amazon.com/', '://smile.amazon.de/',
      '://www.thalia.de/shop/', '://www.hugendubel.de/de/buch', '://www.buecher.de/artikel/buch/',
    ],
    textSignatures: [/\bIm neuen Buch\b/, /\bBestseller-Autor/],
    evidence: {
      families: [
        /buch|büch|book|roman|lektüre|lese|kindle|hardcover|paperback/i,
        /autor|verfasser|schriftsteller|bestseller|author|herausgeber/i,
        /verlag|isbn|seiten|erschein|erschien|auflage|publisher|pages/i,
        /kaufen|bestell|erhältlich|€|buy|order/i,
        /empfehl|empfiehlt|empfohlen|tipp|pick|must-read/i,
      ],
      // Product pages and affiliate tags of any shop: a link to one stands for a book offer (a blurb under "Buchtipp:" with its shop link inside the sentence).
      links: ['/dp/', '/gp/product', '/produkt/', '/product/', '/artikel/buch', '/buch/', '/book/', '/books/', 'isbn', '?tag=', '&tag=', 'partner=', 'affiliate', 'genialokal.', 'buchhandlung', 'osiander.de', 'weltbild.de', 'bol.de/', 'ebook.de/', 'kobo.com/'],
      offers: OFFERS,
      blurb: true,
    },
  },
]

/**
 * How a box (a card, a widget, a prompt of at most 800 visible characters) scores as clutter of a
 * rule's kind (src/core/clutter/evidence.ts): a word family of the kind counts 1 each (up to 3),
 * a link to a target of the rule (standing alone, not inside a sentence) 4, a link standing alone to a
 * page of the kind (evidence.links: #comments, a search engine, a donation page, a sign-up page) 2, a
 * link whose address holds a word of the kind 1, a form field of the kind (e-mail input, comment
 * textarea, search field, donation form) 2, two or more short lines or items of the kind 2, a heading or label of the
 * kind 1, an image (cover, portrait) 1, talk to the reader (du/Ihr/you/bitte, an imperative) 1, a list of links
 * or teasers 2, a lone paragraph set apart in italics or bold 1, a list of links to clutter of several kinds
 * (promo-link-list's mixedList: books, newsletter, jobs side by side) 2, a bio (a lone paragraph set apart in
 * italics or small print after the article's text, opening with a name and saying what the person does:
 * promo-link-list's bio words) 2, a block promising delivery on a schedule (subscription-prompt's promise:
 * "in your inbox at 6 a.m., Monday to Friday") 1. A link to an offer of any shop (book-ads' offers: a
 * product path, an ISBN, an affiliate tag) counts as a target; a heading labelled in words of no family
 * over links to the site's own articles (promo-link-list's label: "Mehr aus Brüssel") counts as a family
 * word and a heading. From 4 on, the box is hidden.
 * Words alone never reach it: a box also needs one signal of another sort, and a lone prose
 * paragraph needs the talk to the reader, or a label of its kind with a link to a page of it or set
 * apart (an article paragraph that mentions a newsletter, a book or a job reports; an ad asks). A
 * box with two paragraphs of prose without words of the kind is a piece of the article.
 */
const BOX_SCORING: BoxScoring = {
  threshold: 4,
  maxLength: 800,
  weights: { family: 1, target: 4, hrefWord: 1, form: 2, kindLink: 2, lines: 2, heading: 1, card: 1, address: 1, linkList: 2, setApart: 1, mixedList: 2, bio: 2, promise: 1, control: 1 },
}

/** What each rule catches, for people (README, tests): not part of the rules the page loads. */
export const IT_BOLTWISE_RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'promo-link-list':
    'The list of house promotions under the article: best books, newsletter, home page, Patreon, KI-Jobs on StepStone; author boxes and lists of related articles, also under labels such as "Mehr aus Brüssel".',
  'support-prompt':
    'Requests to support the site (donations, Patreon, Steady, PayPal, "buy us a coffee", memberships), judged as boxes by their words and links.',
  'comment-prompt':
    'The call for reader comments and the moderation notice ("Es werden alle Kommentare moderiert!").',
  'subscription-prompt':
    '"Du willst nichts verpassen?": e-mail notification, the feed of this post, the RSS main feed, Google News and Bing News; boxes that promise news in the inbox on a schedule ("jeden Werktag um 7 Uhr", "at 6 a.m., Monday to Friday").',
  'search-prompt':
    '"Nutze die Google-Suchmaschine für eine weitere Themenrecherche" with search links for the article title.',
  'job-listings':
    'Job ads: the "Stellenangebote" widget and ads titled "... (m/w/d)", "Quereinstieg", "Duales Studium", links to job boards.',
  'book-ads':
    'Book advertisements: items linking to Amazon (affiliate) shop pages or to an offer of any shop (product path, ISBN, affiliate tag), blurbs such as "Im neuen Buch ..." or "Bestseller-Autor", and the bare blurb right after a shop-linked cover.',
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|TechArticle)$/
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/
/** "KIEW / LONDON (IT BOLTWISE) – " at the start of an article's first paragraph. */
const DATELINE = /^[^()]{0,80}\(IT BOLTWISE\)\s*[–—-]/

export const itBoltwise: SiteModule = {
  id: 'it-boltwise',
  hosts: ['www.it-boltwise.de', 'it-boltwise.de'],
  isArticle,
  rules: IT_BOLTWISE_RULES,
  boxScoring: BOX_SCORING,
  cleanTitle: (title) => title.replace(/\s*[-–|]\s*IT BOLTWISE.*$/i, '').trim(),
}

/**
 * An article page says so: JSON-LD (NewsArticle...), og:type=article, one dateline "(IT BOLTWISE) –",
 * or the structure of one article (a run of paragraphs under one heading). A listing (home, archive,
 * search) says so too: a CollectionPage/SearchResultsPage, several datelines, several teasers.
 */
export function isArticle(doc: Document, declared?: readonly string[]): boolean {
  // The caller's reading of the page's metadata (readMetadata: JSON-LD types and "og:<og:type>") when it
  // has one: querying the page for them again cost analyze() 3-5 ms per page in jsdom.
  const types = declared ? declared.filter((t) => !t.startsWith('og:')) : jsonLdTypes(doc)
  const ogType = declared
    ? (declared.find((t) => t.startsWith('og:'))?.slice(3).toLowerCase() ?? null)
    : (doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? null)
  if (types.some((t) => LISTING_TYPES.test(t))) return false
  if (types.some((t) => ARTICLE_TYPES.test(t)) || ogType === 'article') return true
  // No metadata either way: the page's text decides (an article may list related teasers, so
  // the dateline counts first). Only now: it reads the text of every paragraph.
  const datelines = countDatelines(doc)
  if (datelines !== 0) return datelines === 1
  if (ogType === 'website' || teaserCount(doc) >= 3) return false
  return hasArticleBody(doc)
}

function jsonLdTypes(doc: Document): string[] {
  const types: string[] = []
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>
      for (const t of [node['@type']].flat()) if (typeof t === 'string') types.push(t)
      if (node['@graph']) collect(node['@graph'])
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''))
    } catch {
      // Broken JSON-LD: the other signals decide.
    }
  }
  return types
}

function countDatelines(doc: Document): number {
  let count = 0
  // Datelines open a paragraph; teasers on listings repeat them, one per article.
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (DATELINE.test((p.textContent ?? '').trimStart())) count++
  }
  return count
}

/** Teasers: repeated <article> elements (or list items) that each hold a heading with a link. */
function teaserCount(doc: Document): number {
  return doc.querySelectorAll('article :is(h2,h3) a[href], li :is(h2,h3) a[href]').length
}

/** One heading, then a run of at least three prose paragraphs in one container. */
function hasArticleBody(doc: Document): boolean {
  if (doc.querySelectorAll('h1').length !== 1) return false
  const perParent = new Map<Element, number>()
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if ((p.textContent ?? '').trim().length < 120 || !p.parentElement) continue
    const n = (perParent.get(p.parentElement) ?? 0) + 1
    if (n >= 3) return true
    perParent.set(p.parentElement, n)
  }
  return false
}
