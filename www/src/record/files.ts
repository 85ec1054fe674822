// A record's file, read on the device into text for the record reader: a PDF's text and an OCR'd image laid out
// line by line with each piece at its place (the reader finds the columns under the header's words), a
// spreadsheet's cells apart by tabs. Each reading library is the site's own copy, loaded only when a file of
// its kind is chosen.

/** Reports what is being done, and how far (0 to 1; null while it cannot tell). */
export type Progress = (label: string, fraction: number | null) => void;

/** A piece of text on a page, where it stands: its left edge, its baseline or middle, its width. */
export interface Placed {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The height of its letters: pieces whose y differ by less than half of it share a line. */
  height: number;
}

/**
 * The text of the files of a record, one after the other: a PDF, an Excel file, pictures (several screenshots of
 * a list read in one go) or text.
 */
export async function readFiles(files: File[], progress: Progress): Promise<string> {
  const images = files.filter((f) => f.type.startsWith('image/'));
  const texts: string[] = [];
  for (const file of files.filter((f) => !images.includes(f))) {
    const name = file.name.toLowerCase();
    if (file.type === 'application/pdf' || name.endsWith('.pdf')) texts.push(await (await import('./pdf')).pdfText(file, progress));
    else if (name.endsWith('.xlsx') || file.type.includes('spreadsheetml')) texts.push(await (await import('./xlsx')).sheetText(file, progress));
    else texts.push(await file.text());
  }
  if (images.length) texts.push(await (await import('./ocr')).imagesText(images, progress));
  return texts.join('\n');
}

/**
 * Lines of text from pieces placed on a page (top of the page first: `y` grows downwards): pieces that touch
 * join (a PDF splits words at some accented letters), pieces a word space apart join with a space, and pieces
 * further apart (two cells: a cell's padding alone is wider than a space) stand at their place, in characters
 * of the page's median width, with two spaces at least between them.
 */
export function layOut(pieces: Placed[]): string {
  const usable = pieces.filter((p) => p.text.trim() && p.width > 0);
  if (!usable.length) return '';
  const charWidth = median(usable.map((p) => p.width / [...p.text].length));
  const sorted = [...usable].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Placed[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - piece.y) < Math.min(line[0].height, piece.height) / 2) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const piece of line) {
      const gap = piece.x - end;
      // Placed by its middle: letters and digits differ in width, so a piece's middle stands where it does on
      // the page, while its ends would drift (a right-aligned number would seem to reach into the next column).
      const column = Math.round((piece.x + piece.width / 2) / charWidth - [...piece.text.trim()].length / 2);
      if (gap < charWidth * 0.3) text += piece.text.trim();
      else if (gap < charWidth * 0.8) text += ` ${piece.text.trim()}`;
      else text += `${' '.repeat(Math.max(text ? 2 : 0, column - [...text].length))}${piece.text.trim()}`;
      end = piece.x + piece.width;
    }
    return text;
  }).join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] || 1;
}
