// Reading a worker's own record on a phone: the 07/SBH statement pasted, as a PDF, an Excel file and a photo,
// and VssID's list as screenshots (the files drawn by scripts/fixtures.mjs from tests/fixtures/records.mjs);
// the review, a row edited, the periods accepted, the pension and the withdrawal calculated, and the same
// figures as the same history typed by hand; what a worker typed surviving reload, back and forward; no file
// leaving the device; the readers working offline once used; axe on the review.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeFixtures } from '../../scripts/fixtures.mjs';
import { stateToEmployer, totalDisagrees, TODAY, vssidList } from '../fixtures/records.mjs';
import { readFiles as readFixtures, reviewed, showReader } from './record.mjs';
import { axeViolations, press, screenshot, startSite, typeMoney } from './site.mjs';

const fixtures = 'target/fixtures';
const file = (name) => `${fixtures}/${name}`;

let site;
before(async () => {
  await makeFixtures(fixtures);
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The history form's id prefix on each page. */
const prefixes = { 'pension.html': 'p', 'withdrawal.html': 'w' };

/** Opens a calculator page on a phone, in the test records' month, with the record reader shown. */
async function openReader(path = 'pension.html', options = {}) {
  const page = await site.open(path, { today: TODAY, ...options });
  await showReader(page);
  return page;
}

/** Reads fixture files through the file input, and waits for the review. */
const readFiles = (page, ...names) => readFixtures(page, ...names.map(file));

/** The rows of the review used as read, and their share of the expected periods read exactly right. */
async function assertReadExactly(page, expected) {
  const rows = await reviewed(page);
  assert.deepEqual(rows.map((r) => r.period), expected.periods);
  assert.ok(rows.every((r) => r.used && r.status === 'used'), JSON.stringify(rows.filter((r) => !r.used)));
  const totals = await page.textContent('.record-totals');
  const years = (months) => `${Math.floor(months / 12)} năm ${months % 12} tháng`;
  assert.ok(totals.includes(years(expected.declaredMonths)), totals);
}

/** Types a history period by period into the page's form, as a worker does: rows added one by one. */
async function typeHistory(page, prefix, periods) {
  await press(page, 'input[name="entry"][value="periods"]');
  for (const [i, p] of periods.entries()) {
    if (i > 0) await press(page, '.detailed > button.secondary');
    const id = (name) => `#${prefix}-${i}-${name}`;
    await page.fill(id('from'), p.from);
    await page.fill(id('to'), p.to);
    await page.selectOption(id('kind'), p.kind);
    if (p.kind === 'state') {
      if (p.coefficient !== undefined) await page.fill(id('coefficient'), String(p.coefficient).replace('.', ','));
      if (p.allowances !== undefined) await page.fill(id('allowances'), String(p.allowances).replace('.', ','));
    } else {
      await typeMoney(page, id('amount'), p.salary ?? p.income);
    }
  }
}

/** "15/03/1972" as the month input shows it: 03/1972. */
const birthMonth = (birth) => birth.slice(3);

async function pensionShown(page) {
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  return page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent);
}

test('a statement pasted as text: every row read right; accepted, the pension is that of the same history typed by hand', async () => {
  const page = await openReader();
  await page.fill('[data-testid="record-text"]', readFileSync(file(`${stateToEmployer.id}.txt`), 'utf8'));
  await press(page, '.record-import .field button.secondary');
  await page.waitForSelector('[data-testid="record-accept"]');
  await assertReadExactly(page, stateToEmployer.expected);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'record-review-phone');
  await press(page, '[data-testid="record-accept"]');
  // The history is filled, and so is the person, which the statement gives.
  assert.equal(await page.inputValue('#p-birth'), birthMonth(stateToEmployer.person.birth));
  assert.ok(await page.isChecked('input[name="sex"][value="female"]'));
  assert.equal(await page.inputValue('input[name="rows"]'), String(stateToEmployer.expected.periods.length));
  const imported = await pensionShown(page);

  const byHand = await site.open('pension.html', { today: TODAY });
  await press(byHand, 'input[name="sex"][value="female"]');
  await byHand.fill('#p-birth', birthMonth(stateToEmployer.person.birth));
  await typeHistory(byHand, 'p', stateToEmployer.expected.periods);
  assert.equal(await pensionShown(byHand), imported);
  assert.match(imported, /^\d{1,3}(\.\d{3})+ đ$/);
});

for (const kind of ['pdf', 'xlsx']) {
  test(`the statement as ${kind === 'pdf' ? 'a three-page PDF' : 'an Excel file'}: every row read right`, async () => {
    const page = await openReader();
    await readFiles(page, `${stateToEmployer.id}.${kind}`);
    await assertReadExactly(page, stateToEmployer.expected);
  });
}

test('a photo of a printed statement whose total disagrees: the rows read right, the difference said first; the withdrawal is that of the history typed by hand', async () => {
  const page = await openReader('withdrawal.html');
  await readFiles(page, `${totalDisagrees.id}.photo.png`);
  const rows = await reviewed(page);
  assert.deepEqual(rows.map((r) => r.period), totalDisagrees.expected.periods);
  const warnings = await page.locator('.record-review .notes li').allTextContents();
  assert.match(warnings[0], /15 năm 11 tháng.*15 năm 5 tháng/);
  await press(page, '[data-testid="record-accept"]');
  await press(page, '#w-more > summary');
  await page.fill('#w-request', TODAY);
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
  const imported = await page.textContent('#w-result .w-withdraw .big');

  const byHand = await site.open('withdrawal.html', { today: TODAY });
  await press(byHand, 'input[name="sex"][value="male"]');
  await byHand.fill('#w-birth', birthMonth(totalDisagrees.person.birth));
  await typeHistory(byHand, 'w', totalDisagrees.expected.periods);
  await press(byHand, '#w-more > summary');
  await byHand.fill('#w-request', TODAY);
  await press(byHand, '#withdrawal button[type="submit"]');
  await byHand.waitForSelector('#w-result:not([aria-busy]) .verdict');
  assert.equal(await byHand.textContent('#w-result .w-withdraw .big'), imported);
});

test('VssID screenshots: every period read, none with a salary; today\'s salary carried back fills them, and an edited row is used as edited', async () => {
  const page = await openReader();
  await readFiles(page, `${vssidList.id}.1.png`, `${vssidList.id}.2.png`);
  const rows = await reviewed(page);
  assert.deepEqual(rows.map((r) => r.period), vssidList.expected.periods);
  assert.ok(rows.every((r) => r.status === 'check' && !r.used));
  assert.match(await page.textContent('.record-carry'), /4 giai đoạn chưa có tiền lương/);
  // Today's salary carried back into every row; then the first row's salary, found in VssID's detail, typed in.
  await typeMoney(page, '.record-carry input', 12_000_000);
  await press(page, '.record-carry button');
  await page.locator('.record-row').first().locator('label.check', { hasText: 'tính lùi' }).tap();
  await typeMoney(page, '.record-row:first-child input[name$="a"]', 5_500_000);
  assert.match(await page.textContent('.record-totals'), /14 năm 4 tháng.*14 năm 4 tháng/s);
  await press(page, '[data-testid="record-accept"]');
  // The first period as typed; the others year by year, today's salary divided by each year's coefficient.
  assert.equal(await page.inputValue('#p-0-from'), '01/2012');
  assert.equal(await page.inputValue('#p-0-to'), '06/2015');
  assert.equal(await page.inputValue('#p-0-amount'), '5.500.000');
  assert.equal(await page.inputValue('#p-1-from'), '07/2015');
  assert.equal(await page.inputValue('#p-1-to'), '12/2015');
  const last = Number(await page.inputValue('input[name="rows"]')) - 1;
  assert.equal(await page.inputValue(`#p-${last}-to`), '10/2026');
  assert.equal(await page.inputValue(`#p-${last}-amount`), '12.000.000');
  await press(page, 'input[name="sex"][value="female"]');
  await page.fill('#p-birth', birthMonth(vssidList.person.birth));
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) .headline');
});

test('nothing typed is lost: the form and the review come back after a reload, and after going away and back', async () => {
  const page = await openReader();
  await press(page, 'input[name="sex"][value="female"]');
  await page.fill('#p-birth', '1990-09');
  await page.fill('[data-testid="record-text"]', readFileSync(file(`${totalDisagrees.id}.txt`), 'utf8'));
  await press(page, '.record-import .field button.secondary');
  await page.waitForSelector('[data-testid="record-accept"]');
  // The worker corrects a salary in the review, and leaves to look something up (the tab is discarded).
  await typeMoney(page, '.record-row:nth-child(2) input[name$="a"]', 3_600_000);
  await page.waitForTimeout(500);
  assert.ok((await page.evaluate(() => location.hash)).includes('v=2'));
  await page.reload();
  await page.waitForSelector('[data-testid="record-accept"]');
  assert.equal(await page.inputValue('#p-birth'), '09/1990');
  assert.ok(await page.isChecked('input[name="sex"][value="female"]'));
  assert.equal(await page.locator('.record-row:nth-child(2) input[name$="a"]').inputValue(), '3.600.000');
  // Not calculated on coming back: nothing was asked yet.
  assert.equal(await page.locator('#pension-result').evaluate((el) => el.childElementCount), 0);
  // Accepted, then away to another page and back.
  await press(page, '[data-testid="record-accept"]');
  await page.waitForTimeout(500);
  await page.goto(new URL('index.html', page.url()).href);
  await page.goBack();
  await page.waitForSelector('#p-0-from');
  assert.equal(await page.inputValue('#p-1-amount'), '3.600.000');
  assert.equal(await page.inputValue('input[name="rows"]'), String(totalDisagrees.expected.periods.length));
  assert.ok(await page.isChecked('input[name="entry"][value="periods"]'));
});

test('a link made before links carried a version still opens its inputs and calculates', async () => {
  // As the share panel of the previous release wrote it: no `v`, calculated on opening.
  const page = await site.open('pension.html#sex=female&birth=1969-01&entry=periods&rows=1&from0=2011-01&to0=2026-07&kind0=compulsory&amount0=10000000&decision=2026-08', { today: TODAY });
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  assert.equal(await page.inputValue('#p-0-amount'), '10.000.000');
  // Its address now carries the version, and says to calculate again: the result is on screen.
  assert.match(await page.evaluate(() => location.hash), /^#v=2&r=pension&/);
});

test('the file never leaves the device: every request stays on the origin and none carries the record', async () => {
  const requests = [];
  const page = await openReader();
  // The page's, its workers' (pdf.js, OCR) and its service worker's.
  page.context().on('request', (r) => requests.push({ url: r.url(), body: r.postData() ?? '' }));
  await readFiles(page, `${stateToEmployer.id}.pdf`);
  await readFiles(page, `${totalDisagrees.id}.photo.png`);
  assert.ok(requests.length > 0);
  const secrets = [stateToEmployer.person.name, stateToEmployer.person.code, '9156000', '9.156.000', totalDisagrees.person.code, 'NGUY'];
  for (const { url, body } of requests) {
    assert.ok(url.startsWith(site.origin), url);
    assert.ok(!secrets.some((s) => decodeURIComponent(url).includes(s) || body.includes(s)), url);
  }
});

test('the readers work offline once used', async () => {
  const page = await openReader();
  // The first use downloads the readers, which the service worker keeps.
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  await readFiles(page, `${stateToEmployer.id}.pdf`);
  await readFiles(page, `${vssidList.id}.1.png`);
  await page.context().setOffline(true);
  await page.reload();
  await press(page, 'input[name="entry"][value="record"]');
  await page.waitForSelector('[data-testid="record-file"]');
  await readFiles(page, `${stateToEmployer.id}.pdf`);
  assert.deepEqual((await reviewed(page)).map((r) => r.period), stateToEmployer.expected.periods);
  await readFiles(page, `${vssidList.id}.1.png`);
  assert.deepEqual((await reviewed(page)).map((r) => r.period), vssidList.expected.periods);
});

test('the review is usable on the narrowest phone and in English', async () => {
  const page = await site.open('pension.html?lang=en', { screen: 'narrow', today: TODAY });
  await press(page, 'input[name="entry"][value="record"]');
  await page.fill('[data-testid="record-text"]', readFileSync(file(`${totalDisagrees.id}.txt`), 'utf8'));
  await press(page, '.record-import .field button.secondary');
  await page.waitForSelector('[data-testid="record-accept"]');
  assert.match(await page.textContent('.record-review h2'), /Check before using it/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  assert.deepEqual(await axeViolations(page), []);
});

test('a text with no period says so by the text box, in the page language', async () => {
  const page = await openReader();
  await page.fill('[data-testid="record-text"]', 'Kính gửi Bảo hiểm xã hội quận Hoàn Kiếm');
  await press(page, '.record-import .field button.secondary');
  const error = page.locator('.record-import .error');
  await error.waitFor();
  assert.match(await error.textContent(), /không thấy giai đoạn đóng nào/);
  assert.equal(await page.getAttribute('[data-testid="record-text"]', 'aria-invalid'), '');
});

test('no console error, page error or request off the origin in any of these', () => {
  assert.deepEqual(site.problems, []);
});
