performance.mark('polyfill-before')
