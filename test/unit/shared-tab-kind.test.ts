import { describe, expect, it } from 'vitest'
import { siteLine, tabKind } from '../../src/shared/tab-kind'

describe('tabKind: which tabs the popup can read', () => {
  it.each([
    ['https://www.it-boltwise.de/some-article.html', 'site'],
    ['https://www.heise.de/news/x-123.html', 'page'],
    ['http://example.org/2025/07/story', 'page'],
    ['https://www.spiegel.de/pdf-guide-a-1.html', 'page'],
    ['chrome://extensions/', 'forbidden'],
    ['about:addons', 'forbidden'],
    ['about:blank', 'forbidden'],
    ['edge://settings', 'forbidden'],
    ['view-source:https://www.heise.de/', 'forbidden'],
    ['file:///home/me/page.html', 'forbidden'],
    ['moz-extension://1234/popup.html', 'forbidden'],
    ['https://chromewebstore.google.com/detail/abc', 'forbidden'],
    ['https://chrome.google.com/webstore/detail/abc', 'forbidden'],
    ['https://addons.mozilla.org/de/firefox/addon/x/', 'forbidden'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'forbidden'],
    ['https://example.org/report.pdf', 'forbidden'],
    ['https://example.org/report.PDF?download=1', 'forbidden'],
    ['not a url', 'forbidden'],
    [undefined, 'forbidden'],
  ] as const)('%s: %s', (url, kind) => {
    expect(tabKind(url)).toBe(kind)
  })

  it('a store look-alike host is a page', () => {
    expect(tabKind('https://addons.mozilla.org.example.com/x')).toBe('page')
  })
})

describe('siteLine: the line naming the site', () => {
  it("takes the page's og:site_name, else its host without www.", () => {
    expect(siteLine('  Rheintal-Kurier ', 'https://www.rheintal-kurier.example/x')).toBe('Rheintal-Kurier')
    expect(siteLine(null, 'https://www.theguardian.com/world/x')).toBe('theguardian.com')
    expect(siteLine('', 'http://news.example.org/x')).toBe('news.example.org')
  })
})
