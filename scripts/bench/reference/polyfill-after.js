performance.mark('polyfill-after')
