// The bench's reference reader (test copy of the extension only), injected like content-reader.js:
// it receives the article ahead of time, and on its message shows it in a shadow-root overlay with
// the reader's stylesheet, on the same host element as the reader (the bench watches for it).
;(() => {
  const api = globalThis.browser ?? globalThis.chrome
  let prepared = null
  api.runtime.onMessage.addListener((message, _sender, respond) => {
    if (message?.type === 'bench/article') {
      const parsed = new DOMParser().parseFromString(`<body>${message.html}`, 'text/html')
      const content = document.createDocumentFragment()
      content.append(...parsed.body.childNodes)
      prepared = { content, css: message.css, lang: message.lang }
      respond(true)
    } else if (message?.type === 'bench/reader-on' && prepared) {
      const host = document.createElement('klartext-reader')
      host.setAttribute('data-klartext-reader', '')
      const shadow = host.attachShadow({ mode: 'open' })
      const style = document.createElement('style')
      style.textContent = prepared.css
      const root = document.createElement('div')
      root.className = 'kt-reader'
      const page = document.createElement('div')
      page.className = 'kt-page'
      const article = document.createElement('article')
      article.className = 'kt-article'
      article.lang = prepared.lang // the same hyphenation as the reader's
      const text = document.createElement('div')
      text.className = 'kt-content'
      text.append(prepared.content.cloneNode(true))
      article.append(text)
      page.append(article)
      root.append(page)
      shadow.append(style, root)
      document.documentElement.append(host)
      respond(true)
    }
  })
})()
