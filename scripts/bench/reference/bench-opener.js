// The bench's relay (test copy of the extension only), a content script on the bench's pages. The
// bench drives the page, and the page reaches the extension's pages through here: WebDriver BiDi can
// neither navigate a tab to a moz-extension:// page nor see one the extension opens.
//   page -> 'klartext-bench/open' {path}: the background opens that extension page ("TAB": this tab);
//   page -> 'klartext-bench/relay' {message}: runtime.sendMessage(message), to the open extension page;
//   extension page -> 'bench/report' (tabs.sendMessage): posted to the page as 'klartext-bench/report'.
;(() => {
  const api = globalThis.browser ?? globalThis.chrome
  window.addEventListener('message', (event) => {
    if (event.source !== window) return
    if (event.data?.type === 'klartext-bench/open') void api.runtime.sendMessage({ type: 'bench/open', path: event.data.path })
    else if (event.data?.type === 'klartext-bench/relay') void api.runtime.sendMessage(event.data.message)
  })
  api.runtime.onMessage.addListener((message) => {
    if (message?.type === 'bench/report') window.postMessage(JSON.parse(JSON.stringify({ ...message, type: 'klartext-bench/report' })), '*')
    return undefined
  })
})()
