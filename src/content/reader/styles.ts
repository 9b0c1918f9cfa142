import { EXTRAS_CSS } from './extras/styles'

/** The reader's font stacks and its own text's size: in the stylesheet, and looked up ahead of the switch (fonts.ts). */
export const SERIF_STACK = '"Iowan Old Style", "Charter", "Bitstream Charter", "Source Serif 4", "Source Serif Pro", "Noto Serif", "DejaVu Serif", Georgia, serif'
export const SANS_STACK = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif'
/** The toolbar, site, byline and footer. */
export const CHROME_SIZE_PX = 14
/** The title, in ems of the text. */
export const TITLE_EM = 2
/** Part of the browser's font cache key, so the look-up ahead uses it too. */
export const TEXT_RENDERING = 'optimizeLegibility'

/**
 * The reader's stylesheet, scoped to its shadow root. `:host` declarations are !important because
 * for important rules the shadow tree wins over the page: no page CSS can move or hide the reader.
 * Colours meet WCAG AA (text >= 7:1, secondary text and links >= 4.5:1) in every theme.
 */
export const READER_CSS = String.raw`
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 !important;
  z-index: 2147483647 !important;
  contain: strict !important;
}
.kt-reader {
  --bg: #fbfaf7; --fg: #1d1d1f; --muted: #55524c; --link: #0a4fbf; --rule: #d9d5cc;
  --mark-bg: #ffe27a; --mark-fg: #1d1d1f; --focus: #0a4fbf; --button-bg: #f0ede6;
  --size: 19px; --measure: 627px;
  /* The reader's own text (toolbar, site, byline, footer): the article's family and weight at one
     size. Each further family, weight or size is a font the browser looks up while the reader opens
     (in Chromium on Linux a round trip to its font service each: 1-2 ms apiece, traced). */
  --chrome-size: ${CHROME_SIZE_PX}px;
  --serif: ${SERIF_STACK};
  --sans: ${SANS_STACK};
  position: absolute; inset: 0; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  font: 400 var(--size)/1.6 var(--serif);
  -webkit-font-smoothing: antialiased; text-rendering: ${TEXT_RENDERING};
  scroll-padding-top: 5rem; outline: none;
  color-scheme: light;
}
.kt-reader[data-font="sans"] { font-family: var(--sans); }
.kt-reader[data-theme="sepia"] {
  --bg: #f5ecd9; --fg: #34291d; --muted: #5d4b37; --link: #7a3b00; --rule: #dccfb4;
  --mark-bg: #f2c75c; --mark-fg: #2a2016; --focus: #7a3b00; --button-bg: #ebdfc6;
}
.kt-reader[data-theme="dark"] {
  --bg: #18191b; --fg: #e8e6e1; --muted: #b4afa6; --link: #8cb8ff; --rule: #3a3b3e;
  --mark-bg: #7a5d00; --mark-fg: #fff8e1; --focus: #8cb8ff; --button-bg: #2a2b2e;
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  .kt-reader[data-theme="system"] {
    --bg: #18191b; --fg: #e8e6e1; --muted: #b4afa6; --link: #8cb8ff; --rule: #3a3b3e;
    --mark-bg: #7a5d00; --mark-fg: #fff8e1; --focus: #8cb8ff; --button-bg: #2a2b2e;
    color-scheme: dark;
  }
}
.kt-page { min-height: calc(100% + 1px); box-sizing: border-box; padding: 0 1.25rem 4rem; }

/* Toolbar: small, sticky, out of the way of the text. */
.kt-toolbar {
  position: sticky; top: 0; z-index: 1;
  display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; justify-content: space-between;
  margin: 0 -1.25rem; padding: .5rem 1.25rem;
  background: var(--bg); border-bottom: 1px solid var(--rule);
  font-size: var(--chrome-size); line-height: 1.2;
}
.kt-controls { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: center; }
.kt-group { display: inline-flex; gap: 2px; align-items: center; }
.kt-group-label { color: var(--muted); margin-right: .25rem; }
/* Form controls reset the font and text-rendering (a different font for the browser): inherited instead. */
.kt-toolbar button, .kt-toolbar select { font: inherit; text-rendering: inherit; }
.kt-toolbar button {
  color: var(--fg); background: var(--button-bg);
  border: 1px solid var(--rule); border-radius: 6px;
  min-width: 2.25rem; min-height: 2.25rem; padding: .25rem .6rem; cursor: pointer;
}
.kt-toolbar button[aria-pressed="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
.kt-toolbar button:disabled { opacity: .5; cursor: default; }
.kt-toolbar button:focus-visible, .kt-article a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.kt-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.kt-content img[hidden] { display: none; }
.kt-icon { display: block; width: 1.15em; height: 1.15em; fill: none; stroke: currentColor; stroke-width: 1.75; stroke-linecap: round; }
.kt-close { display: inline-flex; align-items: center; justify-content: center; }

/* The text column: a measured line, German hyphenation, a steady vertical rhythm. */
.kt-article {
  max-width: var(--measure); margin: 2.5rem auto 0;
  hyphens: auto; -webkit-hyphens: auto; hyphenate-limit-chars: 6 3 3;
  overflow-wrap: break-word; font-kerning: normal;
}
.kt-site { margin: 0 0 .5rem; font-size: var(--chrome-size); line-height: 1.4; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.kt-title { margin: 0 0 .8rem; font-size: ${TITLE_EM}em; line-height: 1.2; font-weight: 700; letter-spacing: -.01em; hyphens: manual; text-wrap: balance; }
.kt-meta { margin: 0 0 2rem; padding-bottom: 1.2rem; border-bottom: 1px solid var(--rule); font-size: var(--chrome-size); line-height: 1.5; color: var(--muted); }
.kt-content p, .kt-content ul, .kt-content ol, .kt-content dl, .kt-content pre, .kt-content table, .kt-content figure, .kt-content blockquote { margin: 0 0 1.6em; }
.kt-content p { text-wrap: pretty; }
.kt-content h1, .kt-content h2, .kt-content h3, .kt-content h4, .kt-content h5, .kt-content h6 {
  margin: 2em 0 .8em; line-height: 1.3; font-family: var(--sans); text-wrap: balance; hyphens: manual;
}
.kt-content h1, .kt-content h2 { font-size: 1.3em; }
.kt-content h3 { font-size: 1.12em; }
.kt-content h4, .kt-content h5, .kt-content h6 { font-size: 1em; }
.kt-content a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: .15em; }
.kt-content img, .kt-content video, .kt-content picture { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 3px; }
.kt-content figure { margin-inline: 0; }
.kt-content figcaption { margin-top: .6em; font: .8em/1.5 var(--sans); color: var(--muted); text-align: center; hyphens: manual; }
.kt-content blockquote { margin-inline: 0; padding: .1em 0 .1em 1.2em; border-left: 3px solid var(--rule); font-style: italic; color: var(--fg); }
.kt-content blockquote p:last-child { margin-bottom: 0; }
.kt-content blockquote cite { display: block; margin-top: .6em; font: normal .8em/1.5 var(--sans); color: var(--muted); }
.kt-content blockquote cite::before { content: "— "; }
.kt-content q { quotes: "„" "“" "‚" "‘"; }
.kt-content :lang(en) q, .kt-content q:lang(en) { quotes: "“" "”" "‘" "’"; }
.kt-content ul, .kt-content ol { padding-left: 1.4em; }
.kt-content li { margin: 0 0 .4em; padding-left: .2em; }
.kt-content li::marker { color: var(--muted); }
.kt-content pre, .kt-content code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .85em; hyphens: none; }
.kt-content pre { overflow-x: auto; padding: 1em; background: var(--button-bg); border-radius: 4px; line-height: 1.45; }
.kt-content table { border-collapse: collapse; width: 100%; font: .85em/1.45 var(--sans); }
.kt-content th, .kt-content td { border-bottom: 1px solid var(--rule); padding: .4em .5em; text-align: left; vertical-align: top; }
.kt-content hr { border: 0; border-top: 1px solid var(--rule); margin: 2.4em 0; }
.kt-content mark { background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px; padding: 0 .08em; }
.kt-content mark.kt-current { outline: 2px solid var(--focus); outline-offset: 1px; }
.kt-footer { max-width: var(--measure); margin: 3rem auto 0; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: var(--chrome-size); line-height: 1.5; color: var(--muted); overflow-wrap: anywhere; }
.kt-footer a { color: var(--link); }

@media (max-width: 40rem) { .kt-reader { --size: 17px; } .kt-title { font-size: 1.6em; } }
@media (prefers-reduced-motion: no-preference) { .kt-reader { scroll-behavior: smooth; } }

/* Print the article alone, in black on white, on as many pages as it needs. */
@media print {
  :host { position: static !important; contain: none !important; }
  .kt-reader { position: static; overflow: visible; background: #fff; color: #000; --fg: #000; --muted: #333; --link: #000; --rule: #999; font-size: 11pt; }
  .kt-toolbar { display: none; }
  .kt-page { padding: 0; min-height: 0; }
  .kt-article, .kt-footer { margin-top: 0; max-width: none; }
  .kt-footer { margin-top: 2rem; }
  .kt-content a::after { content: " <" attr(href) ">"; font-size: .8em; overflow-wrap: anywhere; }
  .kt-content img, .kt-content figure { break-inside: avoid; }
  .kt-content h2, .kt-content h3 { break-after: avoid; }
  .kt-content mark { background: none; color: inherit; }
}
${EXTRAS_CSS}`

/**
 * While the reader is open, printing the page prints only the reader. Installed as an adopted
 * stylesheet of the page document, so the page's DOM itself is not changed.
 */
export const PRINT_PAGE_CSS = `@media print { body { display: none !important; } }`
