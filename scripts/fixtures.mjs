// Draws the test records (tests/fixtures/records.mjs, made-up workers) as the files a worker has, into a folder
// (target/fixtures/ by default), in Debian's Chromium:
//
//   <id>.pdf        the 07/SBH statement printed to PDF: A4, the header repeated on every page, page numbers
//   <id>.xlsx       the same statement as a spreadsheet, the header's group in merged cells
//   <id>.txt        its table as text copied from a web page (cells apart by tabs)
//   <id>.photo.png  a photo of the printed page: turned a little, unevenly lit, soft, grainy
//   <id>.1.png …    VssID's list of periods as phone screenshots, the second one scrolled
//
// Usage: node scripts/fixtures.mjs [folder]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/js/chromium.mjs';
import { stateToEmployer, totalDisagrees, vssidList } from '../tests/fixtures/records.mjs';
import { writeStatementXlsx } from './fixtures-xlsx.mjs';

const escape = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The statement's columns after the months and the work, as printed. */
const figures = ['base', 'position', 'beyondScale', 'occupational', 'regional', 'other', 'reelection', 'rate', 'salary', 'salaryAllowances', 'supplements'];

/** The statement's table header: two rows, "Phụ cấp" and the employer's salary parts as groups. */
const tableHead = `
<thead>
  <tr><th rowspan="2">Từ tháng năm</th><th rowspan="2">Đến tháng năm</th><th rowspan="2" class="work">Cấp bậc, chức vụ, chức danh nghề, công việc, nơi làm việc</th>
    <th rowspan="2">Mức đóng</th><th colspan="6">Phụ cấp</th><th rowspan="2">Tỷ lệ đóng</th><th colspan="3">Tiền lương, phụ cấp</th></tr>
  <tr><th>Chức vụ</th><th>TN VK (%)</th><th>TN nghề (%)</th><th>Khu vực</th><th>Khác</th><th>Tái cử</th><th>Tiền lương</th><th>Phụ cấp lương</th><th>Các khoản bổ sung</th></tr>
</thead>`;

const tableRows = (rows) => rows.map((r) => `<tr><td>${r.from}</td><td>${r.to}</td><td class="work">${escape(r.work)}</td>${figures.map((f) => `<td class="n">${escape(r[f])}</td>`).join('')}</tr>`).join('\n');

/** The statement as a printed page: heading, person, the SI table, the UI table, totals, place and signatures. */
function statementHtml(record, { large = false } = {}) {
  const { person } = record;
  const unemployment = record.unemployment?.length
    ? `<h2>QUÁ TRÌNH ĐÓNG BẢO HIỂM THẤT NGHIỆP</h2><table>${tableHead}<tbody>${tableRows(record.unemployment)}</tbody></table>`
    : '';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: A4 landscape; margin: 12mm 10mm 14mm; }
  body { font: ${large ? 15 : 13}px/1.4 "DejaVu Sans", Arial, sans-serif; color: #111; margin: ${large ? '28px' : 0}; background: #fff; }
  h1 { font-size: 1.35em; text-align: center; margin: 0 0 2px; } h2 { font-size: 1.1em; margin: 14px 0 4px; }
  .sub { text-align: center; margin: 0 0 10px; } .person p { margin: 2px 0; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #333; padding: 5px 5px; vertical-align: middle; }
  th { font-weight: 700; background: #eee; text-align: center; } td.n { text-align: right; white-space: nowrap; }
  td.work { width: ${large ? 28 : 26}%; } tr { break-inside: avoid; }
  .total { font-weight: 700; margin: 8px 0 2px; } .sign { display: flex; justify-content: space-around; margin-top: 18px; text-align: center; }
  </style></head><body>
  <p>BẢO HIỂM XÃ HỘI VIỆT NAM</p>
  <h1>QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI</h1><p class="sub">(Tờ rời sổ BHXH, mẫu 07/SBH)</p>
  <div class="person"><p>Họ và tên: ${escape(person.name)}</p><p>Ngày sinh: ${person.birth}</p><p>Giới tính: ${person.sex}</p><p>Mã số BHXH: ${person.code}</p></div>
  <h2>QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI BẮT BUỘC VÀ TỰ NGUYỆN</h2>
  <table>${tableHead}<tbody>${tableRows(record.rows)}</tbody></table>
  <p class="total">Tổng thời gian đóng BHXH: ${record.total}</p>
  ${unemployment}
  ${record.unemploymentTotal ? `<p class="total">Tổng thời gian đóng BHTN chưa hưởng: ${record.unemploymentTotal}</p>` : ''}
  <p>Hà Nội, ngày 12 tháng 11 năm 2026</p>
  <div class="sign"><p>Người lập biểu</p><p>Giám đốc</p></div>
  </body></html>`;
}

/** The table as text copied from a web page's table: a row a line, cells apart by tabs. */
function statementText(record) {
  const head = [
    ['Từ tháng năm', 'Đến tháng năm', 'Cấp bậc, chức vụ, chức danh nghề, công việc, nơi làm việc', 'Mức đóng', 'Phụ cấp', '', '', '', '', '', 'Tỷ lệ đóng', 'Tiền lương, phụ cấp', '', ''],
    ['', '', '', '', 'Chức vụ', 'TN VK (%)', 'TN nghề (%)', 'Khu vực', 'Khác', 'Tái cử', '', 'Tiền lương', 'Phụ cấp lương', 'Các khoản bổ sung'],
  ];
  const line = (r) => [r.from, r.to, r.work, ...figures.map((f) => r[f] ?? '')].join('\t');
  return [
    'QUÁ TRÌNH ĐÓNG BẢO HIỂM XÃ HỘI',
    `Họ và tên: ${record.person.name}\tNgày sinh: ${record.person.birth}\tGiới tính: ${record.person.sex}`,
    ...head.map((h) => h.join('\t')),
    ...record.rows.map(line),
    `Tổng thời gian đóng BHXH: ${record.total}`,
    ...(record.unemployment?.length ? ['QUÁ TRÌNH ĐÓNG BẢO HIỂM THẤT NGHIỆP', ...head.map((h) => h.join('\t')), ...record.unemployment.map(line)] : []),
    '',
  ].join('\n');
}

/** VssID's "Quá trình tham gia" screen on a phone, scrolled by `scroll` pixels. */
function vssidHtml(record, scroll) {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body { margin: 0; font: 15px/1.4 "DejaVu Sans", Roboto, sans-serif; color: #1d1d1d; background: #f1f5fb; }
  .bar { background: #0b63b6; color: #fff; padding: 14px 16px; font-weight: 700; font-size: 17px; text-align: center; position: sticky; top: 0; }
  .tabs { display: flex; justify-content: space-around; background: #fff; padding: 10px 4px; font-weight: 700; font-size: 13px; }
  .tabs span:first-child { color: #0b63b6; border-bottom: 3px solid #0b63b6; }
  .box { margin: 10px; padding: 10px 12px; background: #fff; border-radius: 10px; }
  .box p { margin: 4px 0; } .box .t { font-weight: 700; color: #0b63b6; }
  table { width: calc(100% - 20px); margin: 0 10px; border-collapse: collapse; background: #fff; font-size: 14px; }
  th { background: #dde9f7; color: #0b3f73; padding: 8px 4px; text-align: left; } td { padding: 10px 4px; border-bottom: 1px solid #d8dee8; vertical-align: top; }
  .spacer { height: 400px; }
  </style></head><body>
  <div class="bar">QUÁ TRÌNH THAM GIA</div>
  <div class="tabs"><span>BHXH</span><span>BHTN</span><span>BHTNLĐ-BNN</span><span>BHYT</span></div>
  <div class="box"><p class="t">Quá trình tham gia Bảo hiểm xã hội</p><p>Tổng thời gian tham gia: ${record.total}</p><p>Tổng thời gian chậm đóng: 0 tháng</p></div>
  <table><thead><tr><th>Từ tháng</th><th>Đến tháng</th><th>Đơn vị</th><th>Chức vụ/Nghề nghiệp</th></tr></thead>
  <tbody>${record.rows.map((r) => `<tr><td>${r.from}</td><td>${r.to}</td><td>${escape(r.unit)}</td><td>${escape(r.job)}</td></tr>`).join('')}</tbody></table>
  <div class="spacer"></div>
  <script>scrollTo(0, ${scroll});</script>
  </body></html>`;
}

/**
 * A photo of a printed page from a screenshot of it: on a desk, turned by a degree, lit from one side, a little
 * soft and grainy, as a phone's camera takes it. Drawn in a canvas, with a fixed seed so that every run draws
 * the same picture.
 */
async function photograph(page, png) {
  const src = `data:image/png;base64,${png.toString('base64')}`;
  const dataUrl = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width + 80;
    canvas.height = image.height + 80;
    const g = canvas.getContext('2d');
    g.fillStyle = '#6d5f52';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.save();
    g.translate(canvas.width / 2, canvas.height / 2);
    g.rotate((1.2 * Math.PI) / 180);
    g.filter = 'blur(0.8px)';
    g.drawImage(image, -image.width / 2, -image.height / 2);
    g.restore();
    const light = g.createLinearGradient(0, 0, canvas.width, canvas.height);
    light.addColorStop(0, 'rgba(255,250,230,0.10)');
    light.addColorStop(1, 'rgba(40,30,20,0.28)');
    g.fillStyle = light;
    g.fillRect(0, 0, canvas.width, canvas.height);
    const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < pixels.data.length; i += 4) {
      const noise = (random() - 0.5) * 36;
      for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c] + noise));
    }
    g.putImageData(pixels, 0, 0);
    return canvas.toDataURL('image/png');
  }, src);
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** Writes every fixture file into `folder`; returns the folder. */
export async function makeFixtures(folder = 'target/fixtures') {
  mkdirSync(folder, { recursive: true });
  const browser = await chromium.launch(chromiumOptions);
  try {
    const page = await browser.newPage();
    for (const record of [stateToEmployer, totalDisagrees]) {
      await page.setContent(statementHtml(record));
      writeFileSync(join(folder, `${record.id}.pdf`), await page.pdf({
        format: 'A4', landscape: true, printBackground: true, displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">Trang <span class="pageNumber"></span>/<span class="totalPages"></span></div>',
        margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' },
      }));
      writeFileSync(join(folder, `${record.id}.txt`), statementText(record));
      await writeStatementXlsx(record, join(folder, `${record.id}.xlsx`));
    }
    // The photo: the short statement at the size of a phone's picture of an A4 page.
    const camera = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1.6 });
    await camera.setContent(statementHtml(totalDisagrees, { large: true }));
    writeFileSync(join(folder, `${totalDisagrees.id}.photo.png`), await photograph(camera, await camera.screenshot({ fullPage: true })));
    // VssID on a phone: the list, then scrolled to its end.
    const phone = await browser.newPage({ viewport: { width: 360, height: 640 }, deviceScaleFactor: 3 });
    for (const [n, scroll] of [[1, 0], [2, 220]]) {
      await phone.setContent(vssidHtml(vssidList, scroll));
      writeFileSync(join(folder, `${vssidList.id}.${n}.png`), await phone.screenshot());
    }
  } finally {
    await browser.close();
  }
  return folder;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  console.log(`fixtures in ${await makeFixtures(process.argv[2])}`);
}
