/**
 * A thin reading-progress bar along the bottom edge of the reader's toolbar: how far the reader is
 * scrolled through the article. Decorative (the scrollbar says the same to assistive technology).
 */
import type { ReaderFeature, ReaderParts } from '../plugins'

export function attachProgress(parts: ReaderParts): ReaderFeature {
  const track = parts.factory.createElement('div')
  track.className = 'kt-progress'
  track.setAttribute('aria-hidden', 'true')
  const fill = parts.factory.createElement('div')
  track.append(fill)
  parts.toolbar.append(track)

  let frame = 0
  const update = () => {
    frame = 0
    const { scrollTop, scrollHeight, clientHeight } = parts.root
    const scrollable = scrollHeight - clientHeight
    const fraction = scrollable > 0 ? Math.min(1, Math.max(0, scrollTop / scrollable)) : 1
    fill.style.transform = `scaleX(${fraction})`
    track.dataset.progress = String(Math.round(fraction * 100))
  }
  const onScroll = () => {
    if (frame) return
    frame = parts.win?.requestAnimationFrame(update) ?? (update(), 0)
  }
  parts.root.addEventListener('scroll', onScroll, { passive: true })
  return {
    // In the reader's first frame, not at opening: reading its size then would lay the whole article
    // out before the reader's own layout (and again after).
    opened: onScroll,
    close() {
      parts.root.removeEventListener('scroll', onScroll)
      if (frame) parts.win?.cancelAnimationFrame(frame)
    },
  }
}
