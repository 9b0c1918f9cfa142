/**
 * Styles of the reader's extras (read-aloud bar, sentence highlight, progress bar, resume offer),
 * appended to the reader's stylesheet. Same colour variables, so every theme keeps its contrast.
 */
export const EXTRAS_CSS = String.raw`
.kt-read-aloud, .kt-resume {
  flex-basis: 100%; display: flex; flex-wrap: wrap; gap: .35rem .75rem; align-items: center;
  padding-top: .45rem; border-top: 1px solid var(--rule);
}
.kt-read-aloud[hidden] { display: none; }
.kt-field { display: inline-flex; align-items: center; gap: .35rem; cursor: pointer; }
.kt-toolbar select {
  color: var(--fg); background: var(--button-bg);
  border: 1px solid var(--rule); border-radius: 6px; min-height: 2.25rem; padding: .2rem .4rem; max-width: 18rem;
}
.kt-toolbar input[type="checkbox"] { width: 1.1rem; height: 1.1rem; margin: 0; accent-color: var(--focus); }
.kt-toolbar select:focus-visible, .kt-toolbar input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.kt-toolbar .kt-read-aloud-toggle[aria-expanded="true"] { background: var(--fg); color: var(--bg); border-color: var(--fg); }
.kt-toolbar .kt-play { min-width: 3rem; }
.kt-read-aloud-status { margin: 0; flex: 1 1 14rem; color: var(--fg); font-weight: 400; }
.kt-sentence.kt-speaking {
  background: var(--mark-bg); color: var(--mark-fg); border-radius: 2px;
  box-decoration-break: clone; -webkit-box-decoration-break: clone;
}
.kt-progress { position: absolute; left: 0; right: 0; bottom: -1px; height: 3px; pointer-events: none; }
.kt-progress > div { height: 100%; background: var(--focus); transform: scaleX(0); transform-origin: 0 50%; }
@media print {
  .kt-sentence.kt-speaking { background: none; color: inherit; }
}
`
