performance.mark('polyfill-after')
performance.mark('klartext-popup-ready')
