// The per-calculator engines, `@engines/<calculator>/bhxh.js` (target/engines/, built by scripts/run.sh).
// Their functions are typed by the package's declarations, through `Engine` in engine.ts.
declare module '@engines/*' {
  export default function init(): Promise<unknown>;
}

// The engine's catalogue of parameters (`parameters()` of the package), read when the site is built
// (www/vite.config.ts): the legal page's data.
declare module 'virtual:parameters' {
  const catalogue: import('../../pkg/bhxh.js').Catalogue;
  export default catalogue;
}

// The OCR reader's own files (www/build/ocr-assets.ts): their folders under the site's root, and their sizes
// for the download's progress.
declare module 'virtual:ocr-assets' {
  export const ocrFiles: { engineDir: string; langDir: string; sizes: Record<string, number> };
}

// tesseract.js's ES module build (www/src/record/ocr.ts), typed by the package's own declarations.
declare module 'tesseract.js/dist/tesseract.esm.min.js' {
  import Tesseract from 'tesseract.js';
  export default Tesseract;
}
