
// The bench's opener, appended to background.js in the test copy only: opens an extension page for
// the tab that asked; "TAB" in its path becomes that tab's id.
;(() => {
  const api = globalThis.browser ?? globalThis.chrome
  api.runtime.onMessage.addListener((message, sender) => {
    if (message?.type !== 'bench/open' || !sender.tab) return undefined
    // Beside the tab, which stays the visible one, as under the toolbar's popup (a hidden tab paints nothing).
    void api.tabs.create({ url: api.runtime.getURL(String(message.path).replace('TAB', String(sender.tab.id))), active: false })
    return undefined
  })
})()
