// The site's service worker: every page works offline once the site has been opened, and a new release
// replaces the old one whole, never file by file. The build (offline.ts) puts three constants before this text:
// VERSION, a hash of every file of the release; FILES, the path of each of them from the site's root; and
// READERS, the record reader's files (readers/: its engine, pdf.js, the OCR engine and its Vietnamese data, some
// 3 MB), which only some workers use. Those are not downloaded with the release: each is kept the first time a
// page asks for it, so a reader used once works offline. Their names carry a hash of their content, so their
// cache outlives releases, and keeps only the files a release still lists.
/* global VERSION, FILES, READERS */

const CACHE = `bhxh-${VERSION}`;
const READER_CACHE = 'bhxh-readers';

// Install: the whole release into its own cache. A page or a public file keeps its name from one release to the
// next, so the browser's HTTP cache may still hold the previous one: it comes from the server (`reload`). Vite's
// assets carry a hash of their content in their name, so the copy the page itself just loaded (the wasm, above
// all) is the right one and is not downloaded twice. The new worker then waits: the pages open now keep the
// release they started with until the worker is told to take over (www/src/offline.ts).
self.addEventListener('install', (event) => {
  const request = (file) => new Request(file, { cache: file.startsWith('assets/') ? 'default' : 'reload' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(request))));
});

// The page's "Reload" button; and the reader files a page loaded before this worker controlled it (a worker
// choosing to read a record on the very first visit), to keep now: they come from the browser's cache.
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  if (event.data?.keep) event.waitUntil(keepReaders(event.data.keep));
});

async function keepReaders(urls) {
  const cache = await caches.open(READER_CACHE);
  const listed = new Set(READERS.map((file) => new URL(file, self.registration.scope).href));
  for (const url of urls.filter((u) => listed.has(u))) {
    if (!(await cache.match(url))) await cache.add(url).catch(() => {});
  }
}

// Activate: the previous releases' caches go. On the very first install, the page that installed the worker
// comes under it at once, so it works offline without a second visit.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith('bhxh-') && name !== CACHE && name !== READER_CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      // The reader files this release no longer has (an older pdf.js, older language data) go.
      if (await caches.has(READER_CACHE)) {
        const readers = await caches.open(READER_CACHE);
        const listed = new Set(READERS.map((file) => new URL(file, self.registration.scope).href));
        await Promise.all((await readers.keys()).filter((r) => !listed.has(r.url)).map((r) => readers.delete(r)));
      }
      await self.clients.claim();
    })(),
  );
});

// Fetch: the site's own files from the cache, anything else (or a file the cache lacks) from the network. A
// worker the page starts (pdf.js's, the OCR's) fetches through here too.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
  event.respondWith(READERS.includes(path) ? fromReaders(event, url) : fromCache(request, url));
});

/** A reader file: from its cache; else from the network, kept when it comes whole. */
async function fromReaders(event, url) {
  const cache = await caches.open(READER_CACHE);
  const key = new URL(url.pathname, url).href;
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.status === 200 && response.type === 'basic') event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
  return response;
}

/**
 * The cached answer to a request, else the network's. A page is the same file whatever its query says
 * (`pension.html?lang=en&embed=1` is `pension.html`), and a folder's address is its `index.html`.
 */
async function fromCache(request, url) {
  const key = url.pathname.endsWith('/') ? new URL('index.html', url) : url;
  const cached = await caches.match(key, { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
  return cached ?? fetch(request);
}
