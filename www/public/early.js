// @ts-check
// The first script a calculator page runs, before its own modules have arrived. A page opened from a shared
// link or with presets (inputs after the # or in the query) will calculate at once, so its engine's wasm is
// asked for now, beside the page's scripts rather than after them; the engine's own request then finds it in
// the preload cache, and the page (www/src/page.ts) starts the engine at once when this preload is there.
// The build names the wasm in <meta name="bhxh-engine"> and puts this script first (www/vite.config.ts). Plain
// JavaScript, copied as it is, so that no bundling ties it to the page's modules.
const wasm = /** @type {HTMLMetaElement | null} */ (document.querySelector('meta[name="bhxh-engine"]'))?.content;
// The query's options of the page itself, which calculate nothing.
const options = ['lang', 'embed', 'accent'];
const inputs = location.hash.length > 1 || [...new URLSearchParams(location.search).keys()].some((key) => !options.includes(key));
if (wasm && inputs) {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href: wasm });
  link.dataset.engine = '';
  document.head.append(link);
}
