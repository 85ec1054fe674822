// A static file server, for the built site (target/site) and for the browser tests of the package. It answers
// as a good CDN does, so that what the tests and benchmarks measure is what a phone gets: text and wasm
// compressed (brotli, or gzip for a client without it), Vite's hashed files under assets/ cached for a year,
// everything else revalidated on each visit and answered 304 when unchanged.
// Usage: node scripts/serve.mjs [port] [folder]   (default 8080 and the repository root; port 0 picks a free one)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const repository = resolve(fileURLToPath(new URL('..', import.meta.url)));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
};
/** Every type above but PNG, which is compressed already. */
const compressible = new Set(Object.keys(types).filter((ext) => ext !== '.png'));

// The strongest settings: each file is compressed once and the bytes kept, so the time is spent once.
const encoders = {
  br: (body) => promisify(brotliCompress)(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => promisify(gzip)(body, { level: 9 }),
};

/** Brotli if the client accepts it, else gzip, else none (`undefined`); `;q=0` refuses an encoding. */
function chooseEncoding(acceptEncoding = '') {
  const accepted = acceptEncoding.split(',').filter((e) => !/;\s*q=0(\.0*)?\s*$/.test(e)).map((e) => e.split(';')[0].trim());
  return Object.keys(encoders).find((e) => accepted.includes(e));
}

/** Whether the client's copy is current: its ETag matches, or (without one) it is no older than the file. */
function notModified(headers, etag, modified) {
  const tags = headers['if-none-match'];
  if (tags) return tags === '*' || tags.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return since >= Math.floor(modified.getTime() / 1000) * 1000;
}

/** `pages`: extra HTML pages by path (`{ '/blank.html': '<!doctype html>…' }`), sent as they are, checked on each visit. */
export function serve(port = 8080, folder = repository, { pages = {} } = {}) {
  const root = resolve(repository, folder);
  // file + encoding → the bytes to send, kept while the file's size and time stay the same.
  const bodies = new Map();
  const body = (file, info, encoding) => {
    const key = `${file}\n${encoding ?? ''}`;
    const version = `${info.size}-${info.mtimeMs}`;
    if (bodies.get(key)?.version !== version) {
      const bytes = readFile(file).then((raw) => (encoding ? encoders[encoding](raw) : raw));
      bodies.set(key, { version, bytes });
    }
    return bodies.get(key).bytes;
  };

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
      const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if (Object.hasOwn(pages, path)) {
        return void res.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' }).end(req.method === 'HEAD' ? undefined : pages[path]);
      }
      if (!file.startsWith(root + sep) || path.includes('/.')) return void res.writeHead(403).end();
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return void res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-cache' }).end('not found');

      const ext = extname(file);
      const encoding = compressible.has(ext) ? chooseEncoding(req.headers['accept-encoding']) : undefined;
      const headers = {
        'content-type': types[ext] ?? 'application/octet-stream',
        // Vite puts a hash of the content in the names under assets/ and readers/ (the file readers, in folders
        // named by a hash): a new build gives new names, so a browser may keep these for good. Any other file
        // keeps its name across builds and is checked on every visit.
        'cache-control': /^\/(assets|readers)\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        // Each encoding is a different body, so it has its own ETag.
        etag: `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`,
        'last-modified': info.mtime.toUTCString(),
        ...(compressible.has(ext) && { vary: 'Accept-Encoding' }),
      };
      if (notModified(req.headers, headers.etag, info.mtime)) return void res.writeHead(304, headers).end();
      const bytes = await body(file, info, encoding);
      res.writeHead(200, { ...headers, 'content-length': bytes.length, ...(encoding && { 'content-encoding': encoding }) });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    } catch {
      // An address that cannot be decoded (a stray %).
      if (!res.headersSent) res.writeHead(400).end();
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve(Number(process.argv[2] ?? 8080), process.argv[3]);
  console.log(`Serving ${process.argv[3] ?? 'the repository'} on http://127.0.0.1:${server.address().port}/`);
}
