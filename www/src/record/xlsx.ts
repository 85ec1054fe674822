// An Excel file's cells (.xlsx), as text a row a line, cells apart by tabs. An .xlsx is a zip of XML files: fflate
// unzips it in the page (its synchronous unzip starts no worker, which the CSP would block) and the browser's
// XML parser reads it. The spreadsheet libraries on npm did not fit: read-excel-file unzips large files in a
// blob: worker, which `worker-src 'self'` blocks, and SheetJS is not published there (only unofficial copies).
//
// Texts are read as they are; numbers as their digits (9156000, 3.99: the record reader reads both); a date
// (a month typed into a date cell) as its month, 01/2015; a percentage as 22%.
import { strFromU8, unzipSync } from 'fflate';
import { tr } from '../i18n';
import type { Progress } from './files';

/** The XML a statement may unzip to: far more than any record, far less than a zip bomb. */
const MAX_UNZIPPED = 32 * 1024 * 1024;

const all = (node: Document | Element, name: string) => [...node.getElementsByTagNameNS('*', name)];

/** A shared or inline string: its text runs, without phonetic guides, `_x000D_` escapes decoded. */
const stringText = (si: Element) =>
  all(si, 't')
    .filter((t) => t.parentElement?.localName !== 'rPh')
    .map((t) => t.textContent ?? '')
    .join('')
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Excel's built-in date formats (ids 14–22, 45–47) and any format with a day, month or year and no time only. */
function isDateFormat(id: number, code: string | undefined): boolean {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmy]/i.test(bare) && !/[#0?]/.test(bare);
}

/** A date cell's month: Excel counts days from 1899-12-30 (1904-01-01 in a "1904" workbook). */
function monthOf(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(days) * 86_400_000);
  return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

/** The cell's column, from its reference ("C12" → 2). */
function column(ref: string | null, previous: number): number {
  const letters = ref ? /^[A-Z]+/i.exec(ref)?.[0] : undefined;
  if (!letters) return previous + 1;
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** Every sheet's rows as lines of tab-separated cells, sheets one after the other. */
export async function sheetText(file: File, progress: Progress): Promise<string> {
  progress(tr('Đang đọc tệp Excel…', 'Reading the Excel file…'), null);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not an .xlsx file');
  let unzipped = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      unzipped += f.originalSize;
      if (unzipped > MAX_UNZIPPED) throw new Error('too large');
      return /^xl\/.*\.xml$/i.test(f.name) || /\.rels$/i.test(f.name);
    },
  });
  const parser = new DOMParser();
  const xml = (path: string) => (files[path] ? parser.parseFromString(strFromU8(files[path]), 'application/xml') : null);
  const workbook = xml('xl/workbook.xml');
  if (!workbook) throw new Error('no workbook');
  const date1904 = ['1', 'true'].includes(all(workbook, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
  const shared = all(xml('xl/sharedStrings.xml') ?? workbook, 'si').map(stringText);
  // Each cell style's number format: is it a date, a percentage?
  const styles = xml('xl/styles.xml');
  const codes = new Map(all(styles ?? workbook, 'numFmt').map((f) => [Number(f.getAttribute('numFmtId')), f.getAttribute('formatCode') ?? '']));
  const cellFormats = all(styles ?? workbook, 'cellXfs').flatMap((xfs) => [...xfs.children].filter((c) => c.localName === 'xf')).map((xf) => {
    const id = Number(xf.getAttribute('numFmtId') ?? 0);
    return { date: isDateFormat(id, codes.get(id)), percent: id === 9 || id === 10 || (codes.get(id) ?? '').includes('%') };
  });
  // The sheets in the workbook's order.
  const relations = xml('xl/_rels/workbook.xml.rels');
  const targets = new Map(all(relations ?? workbook, 'Relationship').map((r) => [r.getAttribute('Id'), r.getAttribute('Target') ?? '']));
  const sheets = all(workbook, 'sheet').map((s) => {
    const target = targets.get(s.getAttribute('r:id') ?? s.getAttributeNS('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id')) ?? '';
    return xml(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  });
  const lines: string[] = [];
  sheets.forEach((sheet, n) => {
    for (const row of sheet ? all(sheet, 'row') : []) {
      const cells: string[] = [];
      let at = -1;
      for (const cell of all(row, 'c')) {
        at = column(cell.getAttribute('r'), at);
        const type = cell.getAttribute('t') ?? 'n';
        const value = all(cell, 'v')[0]?.textContent ?? '';
        const format = cellFormats[Number(cell.getAttribute('s') ?? 0)];
        let text = value;
        if (type === 's') text = shared[Number(value)] ?? '';
        else if (type === 'inlineStr') text = all(cell, 'is').map(stringText).join('');
        else if (type === 'n' && value && format?.date) text = monthOf(Number(value), date1904);
        else if (type === 'n' && value && format?.percent) text = `${Number((Number(value) * 100).toPrecision(12))}%`;
        // A cell's line breaks and tabs would break the line and the columns.
        cells[at] = text.replace(/\s+/g, ' ').trim();
      }
      lines.push(Array.from(cells, (c) => c ?? '').join('\t'));
    }
    progress(tr('Đang đọc tệp Excel…', 'Reading the Excel file…'), (n + 1) / sheets.length);
  });
  return lines.join('\n');
}
