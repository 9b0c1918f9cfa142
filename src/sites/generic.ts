/**
 * Every page of a site Klartext has no module for: the clutter news sites share, in German and
 * English, for the reader and for `hidden` (never hidden at page load: there is no content script
 * on other sites). Readability drops most of it already; these rules catch what it lets through.
 *
 * Generic rules must hold on pages nobody here has seen, so each signature is either a short label
 * that is the whole text of its block ("Anzeige", "Related articles", "Share this") or the opening
 * words of boilerplate that no article sentence starts with ("Sign up for our newsletter"), bounded
 * in length. Link-target rules name share and sign-up endpoints, never a site's own articles.
 */
import { isProbablyArticle } from '../core/extract'
import type { ClutterRule, SiteModule } from '../core/site'

/**
 * The whole text is one of `labels` (optionally with a count, a colon or an arrow): a heading, a
 * button or a label of its own block, never a sentence.
 */
function label(...labels: string[]): RegExp {
  return new RegExp(`^[^A-Za-z0-9ÄÖÜäöüß]{0,4}(?:${labels.join('|')})(?:\\s*\\(?\\d{1,5}\\)?)?[\\s:»›>|•–—-]*$`, 'i')
}

/** Starts with `opening` and is at most `max` characters long: boilerplate, not a paragraph that happens to start alike. */
function opens(opening: string, max = 300): RegExp {
  return new RegExp(`^(?=.{0,${max}}$)[^A-Za-z0-9ÄÖÜäöüß]{0,4}(?:${opening})`, 'i')
}

/** A line that points to another article: "Read more: <title>", "Lesen Sie auch: <title>" (no full stop: a title, not a sentence). */
function pointer(...openings: string[]): RegExp {
  return new RegExp(`^(?=.{0,200}$)(?!.*\\.$)[^A-Za-z0-9ÄÖÜäöüß]{0,4}(?:${openings.join('|')})\\s*[:»›>|–—]`, 'i')
}

const SHARE_TARGETS = [
  'facebook.com/sharer', 'facebook.com/share.php', 'facebook.com/dialog/share', 'twitter.com/intent/', 'twitter.com/share',
  'x.com/intent/', 'linkedin.com/sharearticle', 'linkedin.com/sharing/', 'linkedin.com/cws/share', 'reddit.com/submit',
  'pinterest.com/pin/create', 'api.whatsapp.com/send', 'wa.me/?text', 'whatsapp://send', 't.me/share', 'telegram.me/share',
  'xing.com/spi/shares', 'xing.com/social/share', 'flipboard.com/bookmarklet', 'getpocket.com/save', 'getpocket.com/edit',
  'news.ycombinator.com/submitlink', 'tumblr.com/share', 'tumblr.com/widgets/share', 'bsky.app/intent/compose',
  'threads.net/intent/', 'mastodonshare.com', 'vk.com/share.php', 'mailto:?',
]

/**
 * Built in a call marked pure: the load-time script imports the registry, hence this module, but
 * never uses it; so the bundler leaves these rules out instead of compiling them on every page load.
 */
export const GENERIC_RULES: readonly ClutterRule[] = /* @__PURE__ */ (() => [
  {
    name: 'consent-notice',
    kind: 'promo',
    description: 'Cookie and consent notices and their buttons ("We use cookies", "Wir verwenden Cookies", "Alle akzeptieren").',
    textSignatures: [
      opens('(?:We|This (?:web)?site|Our (?:web)?site) (?:uses?|may use) cookies'),
      opens('By (?:using|continuing to (?:use|browse)) (?:this|our) (?:web)?site,? you (?:agree|accept|consent)'),
      opens('(?:Wir|Diese (?:Website|Webseite|Seite)) (?:verwenden|verwendet|nutzen|nutzt|setzen|setzt) Cookies'),
      opens('Mit der Nutzung (?:dieser|unserer) (?:Website|Webseite|Seite) (?:stimmen|erklären) Sie'),
      label('Accept(?: all)?(?: cookies)?', 'Reject all', 'Cookie settings', 'Cookie preferences', 'Manage (?:cookies|preferences|consent)',
        'Alle akzeptieren', 'Alle ablehnen', 'Akzeptieren', 'Zustimmen', 'Cookie-Einstellungen', 'Datenschutz-Einstellungen', 'Einstellungen verwalten'),
    ],
  },
  {
    name: 'newsletter-signup',
    kind: 'subscribe',
    description: 'Newsletter and sign-up boxes ("Sign up for our newsletter", "Newsletter abonnieren", "Jetzt anmelden").',
    linkTargets: ['/newsletter-signup', '/newsletter/subscribe', 'list-manage.com/subscribe', 'eepurl.com/', 'substack.com/subscribe'],
    textSignatures: [
      opens('(?:Sign up|Subscribe|Register) (?:now |today )?(?:for|to) (?:our|the|my) .{0,60}(?:newsletter|e-?mails?|updates|digest|briefing)'),
      opens('(?:Get|Receive) (?:our|the) .{0,60}(?:newsletter|briefing|digest)'),
      opens('(?:Don\'t|Never) miss (?:a|an|another) (?:story|update|thing|issue|post)'),
      opens('Enter your e-?mail (?:address )?(?:to|for|below|and)'),
      opens('(?:Get|Receive|Have) .{0,80}(?:to|in|into) your inbox'),
      opens('(?:Erhalten|Bekommen|Lesen) Sie .{0,80}(?:in Ihr(?:em|en)?|ins) (?:E-Mail-)?(?:Postfach|Posteingang)'),
      opens('(?:Jetzt )?(?:den |unseren )?(?:[\\wÄÖÜäöüß-]+-)?Newsletter (?:abonnieren|bestellen|anmelden)'),
      opens('(?:Melden Sie sich|Abonnieren Sie|Bestellen Sie) (?:jetzt |hier )?(?:für )?(?:unseren|den) .{0,40}Newsletter'),
      opens('(?:Mit unserem|Unser) .{0,40}Newsletter (?:erhalten|bekommen|informiert|verpassen) Sie'),
      opens('Sie (?:wollen|möchten) (?:nichts|keine .{0,30}) (?:mehr )?verpassen\\?'),
      opens('(?:Support (?:our|independent|quality) journalism|Become a (?:member|subscriber|supporter)|Subscribe (?:now |today )?(?:for|to get|and get) (?:unlimited|full|just|only))', 200),
      opens('(?:Unterstützen Sie (?:unseren|unabhängigen|guten) Journalismus|Jetzt (?:Abo|Zugang) (?:abschließen|sichern|testen)|(?:Jetzt )?weiterlesen mit (?:[\\wÄÖÜäöüß+-]+ )?(?:Abo|Plus|Z\\+|SZ Plus|F\\+))', 200),
      label('Newsletter', 'Subscribe(?: now)?', 'Sign up(?: now)?', 'Abonnieren', 'Jetzt abonnieren', 'Newsletter abonnieren', 'Zum Newsletter',
        'Get the newsletter', 'Subscribe to (?:our )?newsletter'),
    ],
  },
  {
    name: 'share-bar',
    kind: 'promo',
    description: 'Share and follow bars: links to share endpoints (Facebook, X, LinkedIn, WhatsApp, e-mail ...) and their labels.',
    linkTargets: SHARE_TARGETS,
    textSignatures: [
      label('Share(?: this)?(?: (?:article|story|post|page))?(?: on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Reddit|Pinterest))?',
        'Teilen', '(?:Artikel|Beitrag|Seite) teilen', 'Diesen (?:Artikel|Beitrag) teilen', 'Teilen auf (?:Facebook|Twitter|X|LinkedIn|WhatsApp)',
        'Tweet(?: this)?', 'Pin it', 'E-?Mail this', 'Per (?:E-?Mail|WhatsApp) (?:teilen|versenden)', 'Link kopieren', 'Copy link',
        'Print(?: this (?:article|page))?', 'Drucken', 'Merken', 'Save(?: (?:article|story|for later))?', 'Bookmark', 'Gift (?:this )?article',
        'Listen to (?:this )?(?:article|story)', 'Artikel (?:anhören|vorlesen(?: lassen)?)', 'Vorlesen'),
      opens('(?:Follow|Like) us on (?:Facebook|Twitter|X|Instagram|LinkedIn|Threads|Bluesky|Mastodon|YouTube|TikTok)', 160),
      opens('Folgen Sie uns (?:auf|bei) (?:Facebook|Twitter|X|Instagram|LinkedIn|Threads|Bluesky|Mastodon|YouTube|TikTok|WhatsApp)', 160),
    ],
  },
  {
    name: 'advertisement',
    kind: 'promo',
    description: 'Ad labels and sponsored blocks ("Anzeige", "Advertisement", "Sponsored", "Story continues below advertisement").',
    textSignatures: [
      label('Anzeige', 'Werbung', 'Advertisement', 'Advertisements?', 'Advertising', 'Ad', 'Sponsored(?: content| post| links?)?',
        'Gesponsert', 'Promoted(?: content)?', 'Paid (?:content|post)', 'Partner content', 'Partnerinhalt', 'Sponsored by .{1,40}'),
      opens('(?:Story|Article|Text) continues (?:below|after) (?:this )?(?:ad|advertisement)', 80),
      opens('Continue reading (?:the main story|below (?:the )?(?:ad|advertisement))', 80),
      opens('Weiterlesen nach der Anzeige', 80),
      opens('Media playback is (?:un)?supported on your device', 80),
      opens('Advertisement\\s*(?:[-–—:]\\s*)?(?:Continue|Scroll) (?:reading|to continue)', 80),
    ],
  },
  {
    name: 'related-articles',
    kind: 'promo',
    description: '"Read more / related articles" headings and the lines pointing to other articles ("Read more: ...", "Lesen Sie auch: ...").',
    textSignatures: [
      label('Related(?: (?:articles?|stories|posts|content|coverage|reading|news|topics|links))?', 'Read (?:more|next|also)',
        'More', 'More (?:stories|articles|news)', 'More (?:from|on|about) .{1,40}', 'Recommended(?: (?:for you|articles|stories|reading))?',
        'You (?:may|might) also (?:like|be interested in|enjoy)', 'Most (?:read|popular|viewed|shared)', 'Trending(?: now| stories)?',
        'Top stories', 'Further reading', 'See also', 'What to read next', 'Up next', 'Editors?\'? picks', 'Don\'t miss', 'Latest (?:news|stories|articles)',
        '(?:Unsere )?Empfehlungen?(?: (?:der Redaktion|für Sie))?', 'Neueste (?:Artikel|Beiträge|Nachrichten)', 'Mehr aus (?:dem|der) (?:Ressort|Rubrik) .{1,40}',
        'Mehr zum Thema(?: .{1,40})?', 'Weitere (?:Artikel|Beiträge|Nachrichten|Meldungen|Themen)(?: .{1,40})?',
        'Das (?:könnte|dürfte) (?:Sie|dich) auch interessieren', 'Auch interessant', 'Ebenfalls interessant', 'Lesen Sie auch',
        'Lesen Sie mehr', 'Meistgelesen(?:e Artikel)?', 'Am meisten gelesen', 'Verwandte (?:Artikel|Themen|Beiträge)',
        'Ähnliche (?:Artikel|Beiträge|Themen)', 'Empfohlene (?:Artikel|Beiträge)', 'Top-Themen', 'Weiterlesen'),
      pointer('Read more', 'Read also', 'Also read', 'See also', 'Related', 'More', 'Lesen Sie auch', 'Lesen Sie mehr', 'Lesen Sie dazu',
        'Mehr zum Thema', 'Auch interessant', 'Weiterlesen', 'Siehe auch', 'Zum Thema'),
    ],
  },
  {
    name: 'comment-prompt',
    kind: 'comments',
    description: 'Comment prompts and counters ("Leave a comment", "Join the conversation", "Kommentare (12)", "Diskutieren Sie mit").',
    textSignatures: [
      label('Comments', '\\d{1,5} Comments?', 'Leave a (?:comment|reply)', 'Post a comment', 'Add a comment', 'Show comments', 'View comments',
        'Join the (?:conversation|discussion)', 'Be the first to comment', 'Kommentare', '\\d{1,5} Kommentare?', 'Kommentieren',
        'Kommentare (?:anzeigen|lesen|einblenden)', 'Diskutieren Sie mit', 'Jetzt kommentieren', 'Schreiben Sie einen Kommentar',
        'Kommentar schreiben', 'Zur Diskussion'),
      opens('(?:Have your say|What do you think\\?|Tell us what you think)', 120),
      opens('(?:You must be logged in|Log in|Sign in) to (?:post a )?comment', 160),
      opens('(?:Sie müssen angemeldet sein|Melden Sie sich an),? um (?:einen Kommentar|zu kommentieren)', 160),
    ],
  },
  {
    name: 'author-bio',
    kind: 'promo',
    description: 'The author box at the end: "About the author", "Über den Autor", "More by ...".',
    textSignatures: [
      label('About the authors?', 'About the writer', 'Über (?:den|die) Autor(?:in|en|innen)?', 'Zum Autor', 'Zur Autorin',
        '(?:More|Other) (?:articles|stories|posts) (?:by|from) .{1,40}', 'Mehr (?:Artikel|Beiträge) (?:von|der Autorin|des Autors) ?.{0,40}',
        'Alle (?:Artikel|Beiträge) (?:von|der Autorin|des Autors) ?.{0,40}', 'View (?:all )?(?:posts|articles) by .{1,40}'),
    ],
  },
])()

/**
 * Any page: an article by its metadata (JSON-LD, og:type) or by Readability's own test
 * (isProbablyReaderable), the two signals reader views use. Analysis.isArticle also wants paragraphs.
 */
export const generic: SiteModule = {
  id: 'generic',
  hosts: [],
  isArticle: isProbablyArticle,
  rules: GENERIC_RULES,
}
