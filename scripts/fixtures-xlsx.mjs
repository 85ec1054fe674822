// A test record's statement as an Excel file (write-excel-file), as a spreadsheet export of it looks: the
// title and the person, the header on two rows with "Phụ cấp" merged over its columns, months as dates shown
// mm/yyyy ("đến nay" as text), salaries as numbers shown #,##0, coefficients 0.00, rates as percentages, and the
// total under the table. Used by scripts/fixtures.mjs.
import writeExcelFile from 'write-excel-file/node';

/** "01/2015" as the first of that month (write-excel-file writes dates in UTC); other text as it is. */
function month(text) {
  const m = /^(\d{2})\/(\d{4})$/.exec(text);
  return m ? { value: new Date(Date.UTC(Number(m[2]), Number(m[1]) - 1, 1)), type: Date, format: 'mm/yyyy' } : text;
}

/** A figure of the statement as a number in its format: đồng, a coefficient, a percentage. */
function figure(text) {
  if (!text) return null;
  if (text.endsWith('%')) return { value: Number(text.slice(0, -1).replace(',', '.')) / 100, type: Number, format: '0.0%' };
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return { value: Number(text.replace(/\./g, '')), type: Number, format: '#,##0' };
  if (/^\d+,\d+$/.test(text)) return { value: Number(text.replace(',', '.')), type: Number, format: '0.00' };
  return { value: Number(text), type: Number };
}

const bold = (value, more = {}) => ({ value, fontWeight: 'bold', ...more });
const figures = ['base', 'position', 'beyondScale', 'occupational', 'regional', 'other', 'reelection', 'rate', 'salary', 'salaryAllowances', 'supplements'];

export async function writeStatementXlsx(record, path) {
  const blank = (n) => Array.from({ length: n }, () => null);
  const head = [
    [bold('Từ tháng năm'), bold('Đến tháng năm'), bold('Cấp bậc, chức vụ, chức danh nghề, công việc, nơi làm việc'), bold('Mức đóng'),
      bold('Phụ cấp', { columnSpan: 6, align: 'center' }), ...blank(5), bold('Tỷ lệ đóng'), bold('Tiền lương, phụ cấp', { columnSpan: 3, align: 'center' }), ...blank(2)],
    [...blank(4), ...['Chức vụ', 'TN VK (%)', 'TN nghề (%)', 'Khu vực', 'Khác', 'Tái cử'].map((h) => bold(h)), null, ...['Tiền lương', 'Phụ cấp lương', 'Các khoản bổ sung'].map((h) => bold(h))],
  ];
  const rows = (list) => list.map((r) => [month(r.from), month(r.to), r.work, ...figures.map((f) => figure(r[f]))]);
  const data = [
    [bold('QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI', { columnSpan: 14 }), ...blank(13)],
    [`Họ và tên: ${record.person.name}`, null, `Ngày sinh: ${record.person.birth}`, `Giới tính: ${record.person.sex}`, ...blank(10)],
    ...head,
    ...rows(record.rows),
    [`Tổng thời gian đóng BHXH: ${record.total}`, ...blank(13)],
    ...(record.unemployment?.length ? [[bold('QUÁ TRÌNH ĐÓNG BẢO HIỂM THẤT NGHIỆP', { columnSpan: 14 }), ...blank(13)], ...head, ...rows(record.unemployment)] : []),
  ];
  await writeExcelFile(data, { sheet: 'Quá trình đóng', columns: [{ width: 10 }, { width: 10 }, { width: 48 }, ...blank(11).map(() => ({ width: 12 }))] }).toFile(path);
}
