// The bench's side of an extension page (test copy only; loaded last by popup.html and reference-popup.html). Reports the page's marks and navigation timing to its tab once the mark
// `klartext-popup-ready` is set, and acts on the bench's messages (relayed by bench-opener.js):
// click the reader switch; the reference reader's hand-over and switch; close.
;(() => {
  const api = globalThis.browser ?? globalThis.chrome
  const tabId = Number(new URLSearchParams(location.search).get('tab'))
  const report = (data) => api.tabs.sendMessage(tabId, { type: 'bench/report', ...data }).catch(() => undefined)
  const now = () => performance.timeOrigin + performance.now()
  let reported = false
  const reportReady = () => {
    if (reported || !performance.getEntriesByName('klartext-popup-ready').length) return
    reported = true
    const [navigation] = performance.getEntriesByType('navigation')
    const marks = Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]))
    void report({ what: 'ready', marks, htmlReceived: navigation ? navigation.responseEnd : NaN })
  }
  // In a task of its own: the popup's switch handler sends its message after a microtask, and a report
  // sent before it would reach the tab first and hold the measured message up (the reference's went second).
  const reportSwitched = (at) => setTimeout(() => void report({ what: 'switched', at }), 0)
  new PerformanceObserver(reportReady).observe({ type: 'mark', buffered: true })
  reportReady()
  api.runtime.onMessage.addListener((message) => {
    if (message?.type === 'bench/switch') {
      const at = now()
      console.timeStamp('klartext-bench-click') // for the trace of a switch (scripts/bench/switch-timeline.ts)
      document.getElementById('reader-switch').click()
      reportSwitched(at)
    } else if (message?.type === 'bench/reference-article') {
      void api.scripting
        .executeScript({ target: { tabId }, files: ['reader-overlay.js'] })
        .then(() => api.tabs.sendMessage(tabId, { type: 'bench/article', html: message.html, css: message.css, lang: message.lang }))
        .then(() => report({ what: 'handed-over' }))
    } else if (message?.type === 'bench/reference-switch') {
      const at = now()
      console.timeStamp('klartext-bench-click')
      void api.tabs.sendMessage(tabId, { type: 'bench/reader-on' })
      reportSwitched(at)
    } else if (message?.type === 'bench/close') {
      void api.tabs.getCurrent().then((tab) => api.tabs.remove(tab.id))
    }
    return undefined
  })
})()
