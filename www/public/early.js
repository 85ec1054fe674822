// @ts-check
// The first script a calculator page runs, before its own modules have arrived. A page opened from a shared
// link or with presets (inputs after the # or in the query) will calculate at once: marked here, the page
// (www/src/page.ts) starts its engine as soon as its script runs, instead of after the first paint. The wasm
// itself is already on its way: the HTML asks for it (<link rel="preload">, www/vite.config.ts).
// Plain JavaScript, copied as it is, so that no bundling ties it to the page's modules.

// The query's options of the page itself, which calculate nothing.
const options = ['lang', 'embed', 'accent'];
const inputs = location.hash.length > 1 || [...new URLSearchParams(location.search).keys()].some((key) => !options.includes(key));
if (inputs) document.documentElement.dataset.calculateNow = '';
