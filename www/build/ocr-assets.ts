// The OCR reader's runtime files, self-hosted: tesseract.js's worker script, the LSTM-only wasm cores (the page
// picks one by feature detection, so a phone downloads one) and the Vietnamese traineddata. They are copied
// from node_modules at build time (nothing is committed) into two folders whose names carry a hash of their
// content, so they can be cached forever and a changed file gets a new address:
//   readers/tesseract-<hash>/worker.min.js, tesseract-core-{relaxedsimd-,simd-,}lstm.{js,wasm}
//   readers/vie-<hash>/vie.traineddata.gz
// The file names inside a folder must stay as they are: the core's JS finds its .wasm by name beside the
// worker script (Emscripten's scriptDirectory is the worker's own URL).
// `import { ocrFiles } from 'virtual:ocr-assets'` gives the page those folders (relative to the site's root)
// and each file's size, for download progress. In `vite dev` the same addresses are served from node_modules.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { READERS } from './offline.ts';

const require = createRequire(import.meta.url);
const pkgDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Which traineddata: '4.0.0_best_int' (LSTM only, 1.4 MB gz) is what tesseract.js itself uses for OEM 1. */
const LANG_VARIANT = '4.0.0_best_int';
const CORES = ['tesseract-core-relaxedsimd-lstm', 'tesseract-core-simd-lstm', 'tesseract-core-lstm'];

interface Group { dir: string; files: Map<string, string> } // file name -> absolute source path

function groups(): Group[] {
  const tjs = pkgDir('tesseract.js');
  const core = pkgDir('tesseract.js-core');
  const vie = pkgDir('@tesseract.js-data/vie');
  const engine = new Map<string, string>([['worker.min.js', join(tjs, 'dist/worker.min.js')]]);
  for (const c of CORES) {
    engine.set(`${c}.js`, join(core, `${c}.js`));
    engine.set(`${c}.wasm`, join(core, `${c}.wasm`));
  }
  const lang = new Map([['vie.traineddata.gz', join(vie, LANG_VARIANT, 'vie.traineddata.gz')]]);
  const named = (prefix: string, files: Map<string, string>): Group => {
    const hash = createHash('sha256');
    for (const [name, path] of files) hash.update(name).update(readFileSync(path));
    return { dir: `${READERS}${prefix}-${hash.digest('hex').slice(0, 10)}/`, files };
  };
  return [named('tesseract', engine), named('vie', lang)];
}

/** worker.min.js ends with a sourceMappingURL comment to a map we don't ship: drop it (no 404 in devtools). */
function source(name: string, path: string): Buffer | string {
  if (name.endsWith('.js')) return readFileSync(path, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n');
  return readFileSync(path);
}

export function ocrAssets(): Plugin {
  const VIRTUAL = 'virtual:ocr-assets';
  let gs: Group[] = [];
  return {
    name: 'ocr-assets',
    buildStart() {
      gs = groups();
    },
    resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : null),
    load(id) {
      if (id !== `\0${VIRTUAL}`) return null;
      const [engine, lang] = gs;
      const sizes: Record<string, number> = {};
      for (const g of gs) for (const [name] of g.files) sizes[g.dir + name] = source(name, g.files.get(name)!).length;
      return `export const ocrFiles = ${JSON.stringify({ engineDir: engine.dir, langDir: lang.dir, sizes })};`;
    },
    generateBundle() {
      for (const g of gs) for (const [name, path] of g.files) this.emitFile({ type: 'asset', fileName: g.dir + name, source: source(name, path) });
    },
    configureServer(server) {
      gs = groups();
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\//, '');
        for (const g of gs) {
          if (!path.startsWith(g.dir)) continue;
          const name = path.slice(g.dir.length);
          const file = g.files.get(name);
          if (!file) break;
          res.setHeader('Content-Type', name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
          res.end(source(name, file));
          return;
        }
        next();
      });
    },
  };
}
