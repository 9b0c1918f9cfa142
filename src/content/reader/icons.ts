/**
 * Icons drawn as SVG rather than as large text symbols: a symbol at its own font size would be one
 * more font the browser looks up while the reader opens (styles.ts, --chrome-size).
 */
const SVG_NS = 'http://www.w3.org/2000/svg'

/** A cross of two strokes in the text colour, 1.15em square, hidden from assistive technology (the button has words). */
export function closeIcon(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('viewBox', '0 0 16 16')
  svg.setAttribute('class', 'kt-icon')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  const path = doc.createElementNS(SVG_NS, 'path')
  path.setAttribute('d', 'M3.5 3.5l9 9M12.5 3.5l-9 9')
  svg.append(path)
  return svg
}
