// The bench's reference popup (test copy of the extension only): the popup's size and stylesheet,
// one line of static text shown on load, and the mark the real popup sets when its summary is in.
document.getElementById('line').textContent = 'Klartext'
performance.mark('klartext-popup-ready')
