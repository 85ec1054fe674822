// A photo or a screenshot's text, by OCR on the device: tesseract.js with its Vietnamese model. Every file is
// the site's own (www/build/ocr-assets.ts copies them into readers/ at build time): the worker script, started
// from the same origin (no blob: worker, so `worker-src 'self'` holds), one wasm core chosen by what the phone
// supports, and the language data. They are downloaded with their progress shown, and the service worker keeps
// them, so a second photo, even offline, needs no network.
// tesseract.js's own browser build, an ES module: its CommonJS sources would bring the bundler's CommonJS
// helpers into the runtime chunk every page loads.
import Tesseract from 'tesseract.js/dist/tesseract.esm.min.js';
import { ocrFiles } from 'virtual:ocr-assets';
import { relaxedSimd, simd } from 'wasm-feature-detect';
import { tr } from '../i18n';
import { layOut, type Placed, type Progress } from './files';

/** Longest side of the picture recognised: a 12-megapixel photo is scaled down, which is faster and as good. */
const MAX_SIDE = 2500;

const site = (path: string) => new URL(path, document.baseURI).href;

/** Downloads `files` (before the worker asks for them, from the cache then), reporting the bytes as they come. */
async function download(files: string[], progress: Progress): Promise<void> {
  const total = files.reduce((sum, f) => sum + (ocrFiles.sizes[f] ?? 0), 0);
  let loaded = 0;
  const label = tr('Đang tải bộ nhận dạng chữ (chỉ lần đầu)…', 'Downloading the text recogniser (the first time only)…');
  progress(label, 0);
  await Promise.all(files.map(async (file) => {
    const response = await fetch(site(file));
    const reader = response.body?.getReader();
    for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader!.read()) {
      loaded += chunk.value.byteLength;
      progress(label, Math.min(1, loaded / total));
    }
  }));
}

/**
 * The picture in grey with more contrast, at most MAX_SIDE pixels long, without a table's rules, as a PNG
 * tesseract can read (the browser decodes any format it shows, HEIC on an iPhone included, and applies the
 * photo's rotation).
 */
async function prepared(image: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(image);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(Math.round(bitmap.width * scale), Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  context.filter = 'grayscale(1) contrast(1.6)';
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  withoutRules(pixels);
  context.putImageData(pixels, 0, 0);
  return canvas.convertToBlob({ type: 'image/png' });
}

/**
 * Whitens a table's rules: thin dark lines much longer than a letter is tall, across or down the picture.
 * OCR reads a rule beside a figure as a letter or a 1 ("19.500.000" for "9.500.000"). Dark means darker than
 * the paper around (a photo is lit unevenly). A line a degree off straight (a photo) moves a pixel sideways
 * every few dozen: it is followed within a pixel either side. A dark area (a coloured bar) is no rule: a rule
 * has paper on both sides.
 */
function withoutRules({ data, width, height }: ImageData): void {
  // The mean brightness around each pixel (a square of 25), from a summed-area table.
  const sums = new Float64Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0, row = 0; x < width; x++) {
      row += data[(y * width + x) * 4];
      sums[(y + 1) * (width + 1) + x + 1] = sums[y * (width + 1) + x + 1] + row;
    }
  }
  const r = 12;
  const mean = (x: number, y: number) => {
    const [x0, y0, x1, y1] = [Math.max(0, x - r), Math.max(0, y - r), Math.min(width, x + r + 1), Math.min(height, y + r + 1)];
    const sum = sums[y1 * (width + 1) + x1] - sums[y0 * (width + 1) + x1] - sums[y1 * (width + 1) + x0] + sums[y0 * (width + 1) + x0];
    return sum / ((x1 - x0) * (y1 - y0));
  };
  const darkness = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) darkness[y * width + x] = data[(y * width + x) * 4] < mean(x, y) - 25 ? 1 : 0;
  const dark = (x: number, y: number) => x >= 0 && y >= 0 && x < width && y < height && darkness[y * width + x] === 1;
  const whiten = (x: number, y: number) => {
    if (dark(x, y)) data.fill(255, (y * width + x) * 4, (y * width + x) * 4 + 3);
  };
  const longest = Math.max(40, Math.round(Math.min(width, height) / 25));
  // Along one direction: `at(i, j, d)` is the pixel j of line i, moved d across.
  const scan = (lines: number, length: number, at: (i: number, j: number, across: number) => [number, number]) => {
    for (let i = 0; i < lines; i++) {
      let start = -1;
      let thin = 0;
      for (let j = 0; j <= length; j++) {
        const on = j < length && (dark(...at(i, j, -1)) || dark(...at(i, j, 0)) || dark(...at(i, j, 1)));
        if (on) {
          if (start < 0) [start, thin] = [j, 0];
          if (!dark(...at(i, j, -4)) && !dark(...at(i, j, 4))) thin++;
        } else if (start >= 0) {
          if (j - start >= longest && thin >= 0.7 * (j - start)) {
            for (let k = start; k < j; k++) for (const side of [-2, -1, 0, 1, 2]) whiten(...at(i, k, side));
          }
          start = -1;
        }
      }
    }
  };
  scan(width, height, (x, y, d) => [x + d, y]);
  scan(height, width, (y, x, d) => [x, y + d]);
}

/** The text of the pictures, laid out line by line, one after the other. */
export async function imagesText(images: File[], progress: Progress): Promise<string> {
  const core = (await relaxedSimd()) ? 'tesseract-core-relaxedsimd-lstm' : (await simd()) ? 'tesseract-core-simd-lstm' : 'tesseract-core-lstm';
  const engine = ocrFiles.engineDir;
  await download([`${engine}worker.min.js`, `${engine}${core}.js`, `${engine}${core}.wasm`, `${ocrFiles.langDir}vie.traineddata.gz`], progress);
  let done = 0;
  const reading = (p: number) => progress(tr(`Đang nhận dạng chữ trong ảnh ${done + 1}/${images.length}…`, `Recognising the text of picture ${done + 1} of ${images.length}…`), (done + p) / images.length);
  const worker = await Tesseract.createWorker('vie', Tesseract.OEM.LSTM_ONLY, {
    workerPath: site(`${engine}worker.min.js`),
    corePath: site(`${engine}${core}.js`),
    langPath: site(ocrFiles.langDir.replace(/\/$/, '')),
    gzip: true,
    // tesseract.js would wrap its worker in a blob: by default, which the CSP forbids; and would keep the
    // language data in IndexedDB, where the service worker's copy does.
    workerBlobURL: false,
    cacheMethod: 'none',
    logger: (m) => m.status === 'recognizing text' && reading(m.progress),
  });
  try {
    // One column of text of varying sizes: it keeps both an app's list and a printed table's rows (a "block"
    // layout loses a ruled table's body).
    await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.SPARSE_TEXT, preserve_interword_spaces: '1' });
    const pages: string[] = [];
    for (const image of images) {
      const { data } = await worker.recognize(await prepared(image), { rotateAuto: true }, { blocks: true });
      const words: Placed[] = [];
      for (const line of (data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines))) {
        const { x0, y0, x1, y1 } = line.baseline;
        for (const word of line.words) {
          // A table's rules come out as "|": they are no text.
          const text = word.text.replace(/\|/g, ' ').trim();
          const middle = (word.bbox.x0 + word.bbox.x1) / 2;
          // The line's baseline under the word: a photo's lines slope.
          const y = x1 === x0 ? y0 : y0 + ((y1 - y0) * (middle - x0)) / (x1 - x0);
          if (text) words.push({ text, x: word.bbox.x0, y, width: word.bbox.x1 - word.bbox.x0, height: word.bbox.y1 - word.bbox.y0 });
        }
      }
      pages.push(layOut(words));
      done++;
    }
    return pages.join('\n');
  } finally {
    await worker.terminate();
  }
}
