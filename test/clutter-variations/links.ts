/** Link lists: the site's own promo links, and the reader-only boxes (author, related articles). */
import { esc, SITE, slug, type KindVariations } from './types'

interface LinkList {
  heading: string
  links: string[]
}

const href = (text: string) => `${SITE}/${slug(text)}/`

export const PROMO: KindVariations<LinkList> = {
  wordings: [
    { heading: 'Mehr von uns', links: ['Alle KI-News des Tages im Überblick', 'Unsere Buchempfehlungen zu KI und Robotik', 'Den kostenlosen Newsletter abonnieren', 'Jobs in der KI-Branche entdecken', 'IT BOLTWISE auf Patreon unterstützen'] },
    { heading: 'Service', links: ['Zur Startseite', 'Mehr aus der Rubrik Robotik', 'Podcast: KI in fünf Minuten', 'Mediadaten für Werbekunden'] },
    { heading: 'Weiterlesen bei IT BOLTWISE', links: ['Mehr Nachrichten über Künstliche Intelligenz', 'Weitere Artikel aus der Forschung', 'Die Top-Themen der Woche', 'Hier könnte Ihre Anzeige stehen'] },
    { heading: 'Schnellzugriff', links: ['Zum KI-Lexikon', 'Alle Buchtipps', 'Newsletter bestellen', 'Stellenmarkt', 'Spenden'] },
    { heading: 'Explore', links: ['Latest AI news', 'Our book picks', 'Subscribe to the newsletter', 'Support us on Patreon'] },
  ],
  markups: [
    (w) => ({ html: `<ul class="promo-links">${w.links.map((l) => `<li><a href="${href(l)}">${esc(l)}</a></li>`).join('')}</ul>`, units: w.links }),
    (w) => ({ html: `<div class="quicklinks"><strong>${esc(w.heading)}:</strong> ${w.links.map((l) => `<a href="${href(l)}">${esc(l)}</a>`).join(' | ')}</div>`, units: w.links }),
    (w) => ({
      html: `<nav class="post-navigation-links" aria-label="${esc(w.heading)}"><h2 class="screen-reader-text">${esc(w.heading)}</h2><ol>${w.links.map((l) => `<li><a href="${href(l)}">${esc(l)}</a></li>`).join('')}</ol></nav>`,
      units: w.links,
    }),
    (w) => ({ html: w.links.map((l) => `<p class="promo-line">» <a href="${href(l)}"><strong>${esc(l)}</strong></a></p>`).join('\n'), units: w.links }),
    (w) => ({
      html: `<div class="wp-block-buttons is-layout-flex">${w.links.map((l) => `<div class="wp-block-button is-style-outline"><a class="wp-block-button__link wp-element-button" href="${href(l)}">${esc(l)}</a></div>`).join('')}</div>`,
      units: w.links,
    }),
    (w) => ({
      html: `<section class="widget widget_nav_menu"><h2 class="widget-title">${esc(w.heading)}</h2><div class="menu-sidebar-container"><ul id="menu-sidebar" class="menu">${w.links.map((l, i) => `<li id="menu-item-${900 + i}" class="menu-item menu-item-type-post_type"><a href="${href(l)}">${esc(l)}</a></li>`).join('')}</ul></div></section>`,
      units: [w.heading, ...w.links],
    }),
  ],
  people: () => [],
}

interface AuthorWording {
  heading: string
  name: string
  bio: string
}

export const AUTHOR: KindVariations<AuthorWording> = {
  wordings: [
    { heading: 'Über den Autor', name: 'Lukas Brenninger', bio: 'Lukas Brenninger ist Redakteur bei IT BOLTWISE und schreibt über Robotik und autonome Systeme.' },
    { heading: 'Die Autorin', name: 'Sabine Oltmanns', bio: 'Sabine Oltmanns berichtet seit 2019 über Halbleiter, Cloud-Infrastruktur und Rechenzentren.' },
    { heading: 'Zur Person', name: 'Timo Krakowski', bio: 'Timo Krakowski hat Informatik in Aachen studiert und arbeitete als Entwickler, bevor er in den Journalismus wechselte.' },
    { heading: 'Autoreninfo', name: 'Nadine Hollerbach', bio: 'Nadine Hollerbach verantwortet das Ressort Wirtschaft und moderiert den hauseigenen Podcast.' },
    { heading: 'About the author', name: 'Oliver Pemberton', bio: 'Oliver Pemberton covers AI policy and regulation for IT BOLTWISE from London.' },
  ],
  markups: [
    (w) => ({ html: `<div class="author-box"><img class="avatar" src="${SITE}/wp-content/uploads/avatar-${slug(w.name)}.jpg" alt="${esc(w.name)}" width="96" height="96"><div class="author-box__text"><h4>${esc(w.heading)}: ${esc(w.name)}</h4><p>${esc(w.bio)}</p></div></div>`, units: [w.bio] }),
    (w) => ({
      html: `<div class="saboxplugin-wrap"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img src="https://secure.gravatar.com/avatar/${slug(w.name)}?s=100" alt="${esc(w.name)}"></div><div class="saboxplugin-authorname"><a href="${SITE}/author/${slug(w.name)}/" class="vcard author"><span class="fn">${esc(w.name)}</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>${esc(w.bio)}</p></div></div></div></div>`,
      units: [w.bio],
    }),
    (w) => ({ html: `<section class="author-bio"><h2 class="author-title">${esc(w.heading)}</h2><p class="author-description">${esc(w.bio)} <a class="author-link" href="${SITE}/author/${slug(w.name)}/">Alle Beiträge von ${esc(w.name)}</a></p></section>`, units: [w.bio] }),
    (w) => ({ html: `<footer class="entry-author"><p><strong>${esc(w.name)}</strong></p><p>${esc(w.bio)}</p></footer>`, units: [w.bio] }),
    (w) => ({ html: `<aside class="widget widget_author"><h2 class="widget-title">${esc(w.heading)}</h2><p>${esc(w.bio)}</p></aside>`, units: [w.bio] }),
    (w) => ({ html: `<p class="author-note"><em>${esc(w.bio)}</em></p>`, units: [w.bio] }),
  ],
  people: (w) => [w.name],
}

interface RelatedWording {
  heading: string
  /** Headlines of other articles, each naming a person. */
  teasers: { headline: string; person: string }[]
}

export const RELATED: KindVariations<RelatedWording> = {
  wordings: [
    {
      heading: 'Das könnte Sie auch interessieren',
      teasers: [
        { headline: 'Demis Hassabis erwartet allgemeine KI innerhalb eines Jahrzehnts', person: 'Demis Hassabis' },
        { headline: 'Lisa Su kündigt neue Beschleuniger für Rechenzentren an', person: 'Lisa Su' },
        { headline: 'Warum Satya Nadella auf kleinere Sprachmodelle setzt', person: 'Satya Nadella' },
      ],
    },
    {
      heading: 'Ähnliche Beiträge',
      teasers: [
        { headline: 'Yann LeCun hält große Sprachmodelle für eine Sackgasse', person: 'Yann LeCun' },
        { headline: 'Fei-Fei Li gründet Start-up für räumliche Intelligenz', person: 'Fei-Fei Li' },
        { headline: 'Mira Murati stellt erstes Produkt ihres neuen Labors vor', person: 'Mira Murati' },
      ],
    },
    {
      heading: 'Weitere Artikel zum Thema',
      teasers: [
        { headline: 'Dario Amodei warnt vor dem Verlust von Einstiegsjobs', person: 'Dario Amodei' },
        { headline: 'Arvind Krishna: Quantencomputer bis 2029 marktreif', person: 'Arvind Krishna' },
        { headline: 'Interview mit Margrethe Vestager über Plattformregeln', person: 'Margrethe Vestager' },
      ],
    },
    {
      heading: 'Auch interessant',
      teasers: [
        { headline: 'Jensen Huang eröffnet Forschungszentrum in Taiwan', person: 'Jensen Huang' },
        { headline: 'Sundar Pichai verteidigt KI-Zusammenfassungen in der Suche', person: 'Sundar Pichai' },
        { headline: 'Andrew Ng startet Kurs für KI-Agenten', person: 'Andrew Ng' },
      ],
    },
    {
      heading: 'Related articles',
      teasers: [
        { headline: 'Sam Altman says the next model will reason for hours', person: 'Sam Altman' },
        { headline: 'Geoffrey Hinton renews his warning about autonomous weapons', person: 'Geoffrey Hinton' },
        { headline: 'Why Mustafa Suleyman wants AI companions to remember less', person: 'Mustafa Suleyman' },
      ],
    },
  ],
  markups: [
    (w) => ({ html: `<div class="related-posts"><h3>${esc(w.heading)}</h3><ul>${w.teasers.map((t) => `<li><a href="${href(t.headline)}">${esc(t.headline)}</a></li>`).join('')}</ul></div>`, units: w.teasers.map((t) => t.headline) }),
    (w) => ({
      html: `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>${esc(w.heading)}</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">${w.teasers.map((t) => `<div class="jp-relatedposts-post"><a href="${href(t.headline)}"><img class="jp-relatedposts-post-img" src="${SITE}/wp-content/uploads/${slug(t.person)}.jpg" alt="${esc(t.person)}"></a><h4 class="jp-relatedposts-post-title"><a href="${href(t.headline)}">${esc(t.headline)}</a></h4><p class="jp-relatedposts-post-date">12. September 2025</p></div>`).join('')}</div></div>`,
      units: w.teasers.map((t) => t.headline),
    }),
    (w) => ({ html: `<div class="yarpp yarpp-related"><h3>${esc(w.heading)}:</h3><ol>${w.teasers.map((t) => `<li><a href="${href(t.headline)}" rel="bookmark" title="${esc(t.headline)}">${esc(t.headline)}</a> <small>(3 Kommentare)</small></li>`).join('')}</ol></div>`, units: w.teasers.map((t) => t.headline) }),
    (w) => ({
      html: `<section class="more-articles"><h2>${esc(w.heading)}</h2>${w.teasers.map((t) => `<article class="teaser"><h3 class="teaser__title"><a href="${href(t.headline)}">${esc(t.headline)}</a></h3><p class="teaser__excerpt">${esc(t.person)} äußerte sich dazu ausführlich; mehr dazu im Artikel.</p></article>`).join('')}</section>`,
      units: w.teasers.map((t) => t.headline),
    }),
    (w) => ({ html: w.teasers.slice(0, 1).map((t) => `<p class="read-also"><strong>${esc(w.heading)}:</strong> <a href="${href(t.headline)}">${esc(t.headline)}</a></p>`).join(''), units: [w.teasers[0]!.headline] }),
    (w) => ({ html: `<section class="widget widget_recent_entries"><h2 class="widget-title">${esc(w.heading)}</h2><ul>${w.teasers.map((t) => `<li><a href="${href(t.headline)}">${esc(t.headline)}</a><span class="post-date">11. September 2025</span></li>`).join('')}</ul></section>`, units: w.teasers.map((t) => t.headline) }),
  ],
  people: (w) => w.teasers.map((t) => t.person),
}
