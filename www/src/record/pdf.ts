// A PDF's text, with pdf.js (its legacy build: the modern one calls JavaScript methods that older phone browsers
// lack). Its worker is the site's own file (Vite copies it into readers/), started from the same origin, so the
// page's CSP (`worker-src 'self'`) holds; only text is read, so no font, CMap or image decoder is fetched.
import { getDocument, GlobalWorkerOptions, Util, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import workerSrc from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { tr } from '../i18n';
import { layOut, type Placed, type Progress } from './files';

GlobalWorkerOptions.workerSrc = workerSrc;

/** Each page's text laid out line by line, pages one after the other. */
export async function pdfText(file: File, progress: Progress): Promise<string> {
  progress(tr('Đang mở tệp PDF…', 'Opening the PDF…'), null);
  const task = getDocument({ data: new Uint8Array(await file.arrayBuffer()), disableFontFace: true, useSystemFonts: false, useWasm: false, verbosity: VerbosityLevel.ERRORS });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      // Top-down coordinates, whatever the page's rotation.
      const viewport = page.getViewport({ scale: 1 });
      const pieces: Placed[] = [];
      for (const item of (await page.getTextContent()).items) {
        if (!('str' in item) || !item.str) continue;
        const t = Util.transform(viewport.transform, (item as TextItem).transform);
        pieces.push({ text: item.str, x: t[4], y: t[5], width: (item as TextItem).width, height: Math.hypot(t[2], t[3]) });
      }
      pages.push(layOut(pieces));
      page.cleanup();
      progress(tr(`Đang đọc trang ${n}/${doc.numPages}…`, `Reading page ${n} of ${doc.numPages}…`), n / doc.numPages);
    }
    return pages.join('\n');
  } finally {
    // Also ends the worker: a phone gets its memory back.
    await task.destroy();
  }
}
