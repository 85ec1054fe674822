// The site's service worker: every page works offline once the site has been opened, and a new release
// replaces the old one whole, never file by file. The build (offline.ts) puts two constants before this text:
// VERSION, a hash of every file of the release, and FILES, the path of each of them from the site's root.
/* global VERSION, FILES */

const CACHE = `bhxh-${VERSION}`;

// Install: the whole release into its own cache. A page or a public file keeps its name from one release to the
// next, so the browser's HTTP cache may still hold the previous one: it comes from the server (`reload`). Vite's
// assets carry a hash of their content in their name, so the copy the page itself just loaded (the wasm, above
// all) is the right one and is not downloaded twice. The new worker then waits: the pages open now keep the
// release they started with until the worker is told to take over (www/src/offline.ts).
self.addEventListener('install', (event) => {
  const request = (file) => new Request(file, { cache: file.startsWith('assets/') ? 'default' : 'reload' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(request))));
});

// The page's "Reload" button.
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

// Activate: the previous releases' caches go. On the very first install, the page that installed the worker
// comes under it at once, so it works offline without a second visit.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('bhxh-') && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

// Fetch: the site's own files from the cache, anything else (or a file the cache lacks) from the network.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(fromCache(request, url));
});

/**
 * The cached answer to a request, else the network's. A page is the same file whatever its query says
 * (`pension.html?lang=en&embed=1` is `pension.html`), and a folder's address is its `index.html`.
 */
async function fromCache(request, url) {
  const key = url.pathname.endsWith('/') ? new URL('index.html', url) : url;
  const cached = await caches.match(key, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
  return cached ?? fetch(request);
}
