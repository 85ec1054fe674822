// The site's build: five static pages, their TypeScript and the wasm engine from ../pkg, into target/site.
// `base: './'` keeps every URL relative, so the built folder works from any path on any static host.
// The public/ folder (manifest, icons) is copied as it is; build/offline.ts then writes the service worker.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { ocrAssets } from './build/ocr-assets.ts';
import { offline, READERS } from './build/offline.ts';
import { MONTH_BOX, MONTH_PLACEHOLDER } from './src/month-box.ts';
import { loadedTogether } from './src/wording/parts.ts';

const here = import.meta.dirname;
const pages = ['index', 'contributions', 'pension', 'withdrawal', 'legal', 'embed'];

/**
 * The record reader's modules: its panel and review, its engine, and the libraries that read a file (pdf.js,
 * tesseract.js, fflate). Only a worker who chooses to read a record needs them: they go to readers/, which the
 * service worker keeps once used rather than downloading for every visitor. (A module id is a path from the
 * disk's root; an asset's, from www/.)
 */
const isReader = (id: string) =>
  /(^|www[\\/])src[\\/]record[\\/]|target[\\/]engines[\\/]record[\\/]|node_modules[\\/](pdfjs-dist|tesseract\.js|fflate)[\\/]|^\0virtual:ocr-assets/.test(id);
/** A library's module, or the bundler's own helper (`\0…`): it goes where its users go. */
const isShared = (id: string) => id.startsWith('\0') || /node_modules/.test(id);

/**
 * `<!-- partial:header -->` in a page is replaced by `partials/header.html`: one head, header and footer for
 * every page, and the parts of a form that two pages share. A partial may take parameters,
 * `<!-- partial:person-history prefix=p last="Tháng bạn ngừng đóng" -->`, each `{name}` in it being replaced by
 * the value (`{n}`, a row's number, is left for the script that numbers the row). A partial's own comments and
 * indentation are for its readers: they are left out of the page. It runs before Vite's own processing, so the
 * partials' stylesheet is bundled like the pages'. Each month box, `<input data-month>`, gets the attributes every
 * month box has (www/src/month-box.ts).
 */
function partials(): Plugin {
  const parameter = /([\w-]+)=(?:"([^"]*)"|([^\s"]+))/g;
  return {
    name: 'partials',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(/<!-- partial:([\w-]+)((?:\s+[\w-]+=(?:"[^"]*"|[^\s"]+))*)\s*-->/g, (_, name: string, args: string) => {
          const values = new Map([...args.matchAll(parameter)].map(([, key, quoted, bare]) => [key, quoted ?? bare]));
          const text = readFileSync(resolve(here, 'partials', `${name}.html`), 'utf8').replace(/<!--[^]*?-->\s*/g, '').replace(/\n\s+/g, '\n').trim();
          return text.replace(/\{([\w-]+)\}/g, (whole, key: string) => {
            if (values.has(key)) return values.get(key)!;
            if (key === 'n') return whole;
            throw new Error(`partials/${name}.html uses {${key}}, which its include does not give`);
          });
        }).replace(/<input\b([^>]*?) data-month\b/g, (_, before: string) => `<input${before} ${monthBox} data-month`),
    },
  };
}

/** What the build gives each `<input data-month>`: a page's month boxes are all alike, written once. */
const monthBox = [...Object.entries(MONTH_BOX), ['placeholder', MONTH_PLACEHOLDER.vi], ['data-en-placeholder', MONTH_PLACEHOLDER.en]]
  .map(([name, value]) => `${name}="${value}"`).join(' ');

/**
 * `virtual:parameters`: the package's `parameters()`, called in Node when the site is built, as a module. The
 * legal page shows it without an engine, and the calculators' engines need not carry the whole catalogue.
 */
function parametersModule(): Plugin {
  const id = 'virtual:parameters';
  return {
    name: 'parameters',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(source) {
      if (source !== `\0${id}`) return undefined;
      const pkg = resolve(here, '../pkg');
      const engine = await import(pathToFileURL(resolve(pkg, 'bhxh.js')).href);
      engine.initSync({ module: readFileSync(resolve(pkg, 'bhxh_bg.wasm')) });
      return `export default ${JSON.stringify(engine.parameters())};`;
    },
  };
}

/**
 * Each calculator page asks for its engine's wasm with the HTML (`<link rel="preload">`), at low
 * priority, so that the first view's styles and scripts go first and the engine comes in the bandwidth they
 * leave: it is there by the time the worker has typed, and a shared link waits for no script to ask for it.
 * public/early.js, put before the page's own scripts, marks a page that will calculate at once. The wasm is
 * found from the page's own chunks, so it is the file the engine's module will request.
 */
function engineAddress(): Plugin {
  return {
    name: 'engine-address',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html;
        const seen = new Set<string>();
        const wasm: string[] = [];
        const visit = (name: string) => {
          const c = bundle[name];
          if (seen.has(name) || c?.type !== 'chunk') return;
          seen.add(name);
          for (const asset of c.viteMetadata?.importedAssets ?? []) if (asset.endsWith('.wasm') && !asset.startsWith(READERS)) wasm.push(asset);
          c.imports.forEach(visit);
        };
        visit(chunk.fileName);
        if (wasm.length !== 1) return html;
        return html.replace(
          /<script type="module"/,
          `<link rel="preload" as="fetch" type="application/wasm" crossorigin href="./${wasm[0]}" fetchpriority="low">\n  <script type="module" src="./early.js"></script>\n  <script type="module"`,
        );
      },
    },
  };
}

export default defineConfig({
  root: here,
  base: './',
  plugins: [partials(), parametersModule(), ocrAssets(), engineAddress(), offline()],
  // Each calculator page's engine: scripts/run.sh builds one wasm per calculator into target/engines/.
  resolve: { alias: { '@engines': resolve(here, '../target/engines') } },
  server: { fs: { allow: [resolve(here, '..')] } },
  build: {
    // Every browser the site supports has <link rel=modulepreload>: no polyfill in every page's script.
    modulePreload: { polyfill: false },
    outDir: resolve(here, '../target/site'),
    emptyOutDir: true,
    // The modules the calculator pages share go in one file: fewer requests, and compressed together they are
    // smaller than apart. The withdrawal page, the heaviest, needs every one of them.
    rolldownOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(here, `${p}.html`)])),
      output: {
        // The helpers every page needs stay with the page's own start-up code, though the record reader imports them too.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'calculator', test: /www[\\/]src[\\/](explain|form|format|history|policy)\.ts$/ },
            // What only the rest of a result draws (detail.ts), loaded with the first result; the share panel, which
            // comes with it, draws its QR code with the chart's `svg`.
            { name: 'detail', test: /www[\\/]src[\\/](chart|detail|policy-result)\.ts$/ },
            // With them, Vite's helper that loads a module's own imports along with it (the words, the detail).
            { name: 'page', test: (id) => /www[\\/]src[\\/](page|dom|engine|i18n|offline)\.ts$|vite[\\/]preload-helper/.test(id) },
            // The words a calculator page loads together (wording/parts.ts), one file for each set, in each language.
            ...(['vi', 'en'] as const).flatMap((lang) =>
              Object.entries(loadedTogether).map(([set, parts]) => ({
                name: `words-${lang}-${set}`,
                test: new RegExp(`www[\\\\/]src[\\\\/]wording[\\\\/]${lang}[\\\\/](${parts.join('|')})\\.ts$`),
              })),
            ),
          ],
        },
        chunkFileNames: ({ moduleIds }) =>
          moduleIds.some(isReader) && moduleIds.every((id) => isReader(id) || isShared(id)) ? `${READERS}[name]-[hash].js` : 'assets/[name]-[hash].js',
        // pdf.js's worker, the record engine's wasm, the review's styles.
        assetFileNames: (asset) => (asset.originalFileNames.some(isReader) ? `${READERS}[name]-[hash][extname]` : 'assets/[name]-[hash][extname]'),
      },
    },
  },
});
