/**
 * The reader's work for idle time: read aloud's sentences wrapped block by block (the same sentences
 * and DOM as in one run), and the idle steps yielding when the browser's idle period runs out.
 */
import { describe, expect, it } from 'vitest'
import { JSDOM } from 'jsdom'
import { createScript } from '../../src/content/reader/read-aloud/script'
import { inIdleSteps } from '../../src/content/reader/idle'

const ARTICLE = `<h1>Ein Titel</h1><p class="by">Von Anna Muster</p><div id="c">
  <p>Erster Satz mit <a href="/x">Link</a>. Zweiter Satz! Dritter?</p>
  <figure><img src="a.png"><figcaption>Ein Bild. Mit zwei Sätzen.</figcaption></figure>
  <ul><li>Punkt eins. Noch ein Satz.</li><li><em>Betont</em> und normal.</li></ul>
  <blockquote><p>Ein Zitat. Es endet hier.</p></blockquote></div>`

function source() {
  const doc = new JSDOM(ARTICLE).window.document
  return { title: doc.querySelector('h1')!, byline: doc.querySelector('.by'), author: 'Anna Muster', content: doc.getElementById('c')!, lang: 'de', factory: doc }
}

describe('read aloud script in slices', () => {
  it('wrapping one block at a time gives the sentences and the DOM of one run', () => {
    const whole = source()
    const all = createScript(whole).all()
    const sliced = source()
    const script = createScript(sliced)
    let steps = 0
    while (script.wrapNext()) steps++
    const sentences = script.all()
    expect(steps).toBeGreaterThan(4)
    const view = (list: typeof all) => list.map((s) => [s.text, s.caption, s.pieces.map((p) => p.getAttribute('data-sentence'))])
    expect(view(sentences)).toEqual(view(all))
    expect(sliced.content.innerHTML).toBe(whole.content.innerHTML)
    expect(sliced.title.innerHTML).toBe(whole.title.innerHTML)
    expect(sentences.map((s) => s.text)).toContain('Zweiter Satz!')
  })

  it('all() after some slices wraps only what is left', () => {
    const s = source()
    const script = createScript(s)
    script.wrapNext()
    script.wrapNext()
    const sentences = script.all()
    // Nothing wrapped twice: every span in the DOM is a piece of one sentence.
    const spans = s.factory.querySelectorAll('.kt-sentence').length
    expect(spans).toBe(sentences.reduce((sum, sentence) => sum + sentence.pieces.length, 0))
    expect(sentences.map((x) => x.text)).toEqual(createScript(source()).all().map((x) => x.text))
    expect(script.all()).toBe(sentences)
  })
})

describe('idle steps', () => {
  /** A window whose idle callbacks the test runs, with as much idle time left as it says. */
  function idleWindow() {
    const queued: ((deadline: IdleDeadline) => void)[] = []
    const win = {
      setTimeout: () => 0,
      clearTimeout: () => undefined,
      requestIdleCallback: (callback: (deadline: IdleDeadline) => void) => queued.push(callback),
      cancelIdleCallback: (id: number) => {
        queued[id - 1] = () => undefined
      },
    }
    const runNext = (milliseconds: number[]) => {
      const left = [...milliseconds]
      const callback = queued.shift()
      callback?.({ didTimeout: false, timeRemaining: () => left.shift() ?? 0 })
      return callback !== undefined
    }
    return { win: win as unknown as Window, queued, runNext }
  }

  it('yields when the idle period runs out and goes on in the next one, until nothing is left', () => {
    const { win, queued, runNext } = idleWindow()
    let done = 0
    inIdleSteps(win, () => ++done < 5)
    expect(done).toBe(0)
    // One step, then 2 ms left: not enough for another.
    runNext([2])
    expect(done).toBe(1)
    runNext([30, 20, 1])
    expect(done).toBe(4)
    runNext([30, 30, 30])
    expect(done).toBe(5)
    expect(queued).toHaveLength(0)
  })

  it('a page that is never idle still gets one step per callback; cancel stops the rest', () => {
    const { win, queued, runNext } = idleWindow()
    let done = 0
    const steps = inIdleSteps(win, () => ++done < 10)
    runNext([])
    runNext([])
    expect(done).toBe(2)
    steps.cancel()
    while (runNext([50, 50, 50])) {
      // the cancelled callback does nothing
    }
    expect(done).toBe(2)
    expect(queued).toHaveLength(0)
  })
})
