// The withdrawal page end to end: from empty inputs to the figures of the engine's own cases
// (tests/cases/one_time, tests/cases/compare), through the quick entry and period by period, on a phone and
// a desktop screen, in Vietnamese and English; every error a worker can reach next to its field; axe-core;
// screenshots; and no console error, page error or request leaving the origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as api from '../../pkg/index.js';
import { axeViolations, press, screenshot, startSite, typeMoney } from './site.mjs';
import { CASES_TODAY, carriedBack, dong, engineCase, shownMonth } from './cases.mjs';

api.initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

// Figures written the Vietnamese way, as the page writes them.
const vi1 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const ageVi = (a) => (a.months ? `${a.years} tuổi ${a.months} tháng` : `${a.years} tuổi`);
const shortVi = (n) => (Math.abs(n) >= 1e9 ? `${vi1.format(n / 1e9)} tỷ đồng` : `${vi1.format(n / 1e6)} triệu đồng`);

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** Fills the person: sex, birth, and optionally the working condition. */
async function fillPerson(page, { sex, birth }) {
  await page.check(`input[name="sex"][value="${sex}"]`);
  await page.fill('#w-birth', birth);
}

/** The quick entry: years and months paid, kind, salary or income, the month the worker stopped. */
async function fillQuick(page, { years, months, kind = 'compulsory', amount, last }) {
  await page.fill('#w-years', String(years));
  await page.fill('#w-months', String(months));
  await page.selectOption('#w-kind', kind);
  await typeMoney(page, '#w-amount', amount);
  await page.fill('#w-last', last);
}

/** Period by period, one row: a case's own history exactly. */
async function onePeriod(page, p) {
  await page.check('input[name="entry"][value="periods"]');
  await fillPeriod(page, 0, p);
}

/** Fills period row i of the period-by-period entry. */
async function fillPeriod(page, i, p) {
  await page.fill(`#w-${i}-from`, p.from);
  await page.fill(`#w-${i}-to`, p.to);
  await page.selectOption(`#w-${i}-kind`, p.kind);
  await typeMoney(page, `#w-${i}-amount`, p.salary ?? p.income);
  if (p.kind === 'voluntary') await page.selectOption(`#w-${i}-group`, p.group ?? 'other');
}

/** The assumptions next to the comparison, and the request month in its fold. */
async function fillOptions(page, input) {
  if (input.discountRate !== undefined) await page.fill('#w-discount', String(input.discountRate).replace('.', ','));
  if (input.indexation !== undefined) await page.fill('#w-indexation', String(input.indexation).replace('.', ','));
  if (input.horizonAge !== undefined) await page.fill('#w-horizon', String(input.horizonAge).replace('.', ','));
  if (input.circumstance) await page.selectOption('#w-circumstance', input.circumstance);
  if (input.requestMonth) {
    await press(page, '#w-more > summary');
    await page.fill('#w-request', input.requestMonth);
  }
}

/** Submits and waits for the answer. */
async function compare(page) {
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
}

/** The same comparison through the engine in Node: for the figures no case fixes (pension, break-even). */
function engineCompare(input, today) {
  const { sex, birth, history, requestMonth, discountRate, indexation, horizonAge, circumstance } = input;
  const defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return api.compareWithdrawal(defined({ sex, birth, history, requestMonth, discountRate, indexation, horizonAge, circumstance, today }));
}

test('one period on a phone: the man of law58-man-17-years-retirement-age withdraws 339.989.990 đ, or waits for the pension', async () => {
  const c = engineCase('one_time/law58-man-17-years-retirement-age');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await fillPerson(page, c.input);
  await onePeriod(page, c.input.history[0]);
  await fillOptions(page, c.input);
  await compare(page);

  const result = await page.textContent('#w-result');
  assert.match(result, new RegExp(`Rút ngay: ${dong(c.expect.amount)}\\.`));
  assert.equal(await page.textContent('#w-result .w-withdraw .big'), dong(c.expect.amount));
  // The pension and its break-even: no case fixes them for this worker, so the engine in Node does.
  const e = engineCompare(c.input, CASES_TODAY);
  const wait = e.keep.outcome === 'pension' ? e.keep : e.contribute;
  assert.equal(await page.textContent('#w-result .w-wait .big'), `${dong(wait.monthlyPension)}/tháng`);
  assert.ok(result.includes(`khi bạn ${ageVi(wait.breakEven.age)}`), result);
  assert.ok(result.includes('Rút một lần thì bạn mất'), 'what is lost is next to the result');
  assert.equal(await page.textContent('#withdrawal [role="status"]'), await page.textContent('#w-result .answer'));
  // The three paths, the chart, the steps and the assumptions.
  assert.equal(await page.locator('#w-detail .path').count(), 3);
  assert.equal(await page.locator('#w-detail svg.chart').count(), 1);
  assert.ok((await page.locator('#w-detail details.steps').count()) >= 1);
  assert.match(await page.textContent('#w-detail'), /Giả định/);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'nothing wider than the phone');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-phone');
});

test("quick entry on a phone: today's salary carried back year by year gives the engine's lump sum and pension", async () => {
  // law58-man-17-years-retirement-age's worker, entered quickly: 17 years up to his last month, earning his salary now.
  const c = engineCase('one_time/law58-man-17-years-retirement-age');
  const [p] = c.input.history;
  const history = carriedBack(api.parameters(), 2026, { kind: 'compulsory', amount: p.salary, from: p.from, to: p.to });
  assert.equal(history.length, Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4)) + 1);
  const input = { ...c.input, history };
  const one = api.oneTimeWithdrawal({ ...input, today: CASES_TODAY });
  const e = engineCompare(input, CASES_TODAY);
  assert.ok(one.amount < c.expect.amount, 'carried back, the lump sum is below the same salary every year');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await fillPerson(page, c.input);
  await fillQuick(page, { years: 17, months: 0, amount: p.salary, last: p.to });
  await fillOptions(page, c.input);
  await compare(page);
  assert.equal(await page.textContent('#w-result .w-withdraw .big'), dong(one.amount));
  const wait = e.keep.outcome === 'pension' ? e.keep : e.contribute;
  assert.equal(await page.textContent('#w-result .w-wait .big'), `${dong(wait.monthlyPension)}/tháng`);
});

test('period by period on a desktop: split-22-pre-2014-plus-36-revalued, rows added and one removed', async () => {
  const c = engineCase('one_time/split-22-pre-2014-plus-36-revalued');
  const page = await site.open('withdrawal.html', { screen: 'desktop', today: CASES_TODAY });
  await fillPerson(page, c.input);
  await page.check('input[name="entry"][value="periods"]');
  const [first, second] = c.input.history;
  await fillPeriod(page, 0, first);
  await page.click('button:has-text("+ Thêm giai đoạn")');
  await page.click('button:has-text("+ Thêm giai đoạn")');
  assert.equal(await page.locator('.period').count(), 3);
  // The new row starts the month after the one before.
  assert.equal(await page.inputValue('#w-1-from'), '01/2014');
  // A wrong row in the middle, then removed: the rows renumber.
  await fillPeriod(page, 1, { from: '2014-01', to: '2014-06', kind: 'compulsory', salary: 1_000_000 });
  await fillPeriod(page, 2, second);
  await page.click('button[aria-label="Xóa giai đoạn 2"]');
  assert.equal(await page.locator('.period').count(), 2);
  assert.equal(await page.inputValue('#w-1-from'), shownMonth(second.from));
  await fillOptions(page, c.input);
  await compare(page);

  assert.equal(await page.textContent('#w-result .w-withdraw .big'), dong(c.expect.amount));
  const e = engineCompare(c.input, CASES_TODAY);
  assert.equal(e.withdraw.lumpSum, c.expect.amount);
  const wait = e.keep.outcome === 'pension' ? e.keep : e.contribute;
  const result = await page.textContent('#w-result');
  assert.ok(result.includes(`${dong(wait.monthlyPension)}/tháng`), result);
  assert.ok(result.includes(`khi bạn ${ageVi(wait.breakEven.age)}`), result);
  // Keeping the time gives no pension here: the page says what it gives instead.
  assert.notEqual(e.keep.outcome, 'pension');
  assert.ok(result.includes('không đủ năm để có lương hưu'), result);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-desktop');
});

test('under a year: less-than-year-revalued pays 18.832.000 đ; keeping the time gives the monthly allowance', async () => {
  const c = engineCase('one_time/less-than-year-revalued');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await fillPerson(page, c.input);
  await onePeriod(page, c.input.history[0]);
  await fillOptions(page, c.input);
  await compare(page);
  assert.equal(await page.textContent('#w-result .w-withdraw .big'), dong(c.expect.amount));
  const e = engineCompare(c.input, CASES_TODAY);
  assert.equal(e.keep.outcome, 'monthlyAllowance');
  const keep = await page.textContent('#w-path-keep >> xpath=..');
  assert.ok(keep.includes(dong(e.keep.monthlyAllowance.monthly)), keep);
  assert.ok(keep.includes('(có lợi nhất, đã chọn)'), keep);
});

test('past the retirement age, the assumptions re-run the comparison: past-75-social-pension-now', async () => {
  const c = engineCase('compare/past-75-social-pension-now');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await fillPerson(page, c.input);
  await page.check('input[name="entry"][value="periods"]');
  await fillPeriod(page, 0, c.input.history[0]);
  await compare(page);
  const before = await page.textContent('#w-detail .summary');
  // The case's own assumptions, typed next to the comparison: it runs again on change.
  await fillOptions(page, { indexation: c.input.indexation, discountRate: c.input.discountRate });
  await page.locator('#w-indexation').blur();
  const e = engineCompare(c.input, CASES_TODAY);
  await page.waitForFunction((text) => document.querySelector('#w-detail .summary')?.textContent?.includes(text), `rút một lần ${shortVi(e.withdraw.totals.presentValue)}`);
  assert.notEqual(await page.textContent('#w-detail .summary'), before);
  assert.equal(await page.textContent('#w-result .w-withdraw .big'), dong(c.expect.withdraw.lumpSum));
  const withdraw = await page.textContent('#w-path-withdraw >> xpath=..');
  assert.ok(withdraw.includes(`từ ${'tháng 11/2026'}`), 'the social pension from the request month');
  const keep = await page.textContent('#w-path-keep >> xpath=..');
  assert.ok(keep.includes(dong(c.expect.keep.lumpSum)), keep);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'nothing wider than the phone');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-phone-past-75');
});

test('in English: not yet allowed (law41-man-17-years-2025-07-not-allowed), with the reason and the first month', async () => {
  const c = engineCase('one_time/law41-man-17-years-2025-07-not-allowed');
  const page = await site.open('withdrawal.html?lang=en', { screen: 'phone', today: CASES_TODAY });
  assert.equal(await page.textContent('h1'), 'Withdraw now, or wait for the pension?');
  assert.equal(await page.textContent('label[for="w-circumstance"]'), 'Are you in one of these situations?');
  assert.equal(await page.textContent('label[for="w-last"]'), 'Month you stopped paying');
  assert.equal(await page.inputValue('#w-indexation'), '3.5');
  await fillPerson(page, c.input);
  await onePeriod(page, c.input.history[0]);
  await fillOptions(page, c.input);
  await compare(page);
  const result = await page.textContent('#w-result');
  assert.equal(c.expect.allowed, false);
  assert.equal(c.expect.firstAllowedMonth, '2026-06');
  assert.ok(result.includes('You cannot withdraw yet: at the earliest in June 2026'), result);
  assert.ok(result.includes('If you pay no more, the withdrawal opens in June 2026.'), result);
  assert.ok(result.includes('12 consecutive months without contributions'), result);
  const e = engineCompare(c.input, CASES_TODAY);
  assert.equal(e.keep.outcome, 'pension');
  assert.ok(result.includes(`${new Intl.NumberFormat('en-GB').format(e.keep.monthlyPension)} đ a month`), result);
  assert.equal(await page.textContent('#w-path-keep'), 'Keep the time, pay no more');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-phone-en');
});

/** Opens the page, fills a worker, sets `change`, submits, and checks the error lands next to `control`. */
async function expectError(name, { person, quick, change, control, screen = 'phone' }) {
  const page = await site.open('withdrawal.html', { screen, today: CASES_TODAY });
  if (person) await fillPerson(page, person);
  if (quick) await fillQuick(page, quick);
  if (change) await change(page);
  await press(page, '#withdrawal button[type="submit"]');
  const error = page.locator(`#${control}-error`);
  await error.waitFor({ state: 'visible' });
  assert.ok((await error.textContent()).length > 10, `${name}: a message`);
  assert.equal(await page.getAttribute(`#${control}`, 'aria-invalid'), 'true', `${name}: marked invalid`);
  assert.equal(await page.locator('#w-result').textContent(), '', `${name}: no result`);
  assert.equal(await page.locator('.error:not([hidden])').count(), 1, `${name}: one message`);
  return page;
}

const man1970 = { sex: 'male', birth: '1970-01' };
const quick1970 = { years: 10, months: 10, amount: 10_000_000, last: '2025-10' };

test('every error a worker can reach shows next to its field', async () => {
  // The stop month empty.
  await expectError('stop month', { person: man1970, quick: { ...quick1970, last: '' }, control: 'w-last' });
  // Birth empty.
  await expectError('birth', { person: { sex: 'male', birth: '' }, quick: quick1970, control: 'w-birth' });
  // No years and months.
  await expectError('years', { person: man1970, quick: { ...quick1970, years: '', months: '' }, control: 'w-years' });
  // The salary empty.
  await expectError('salary', { person: man1970, quick: { ...quick1970, amount: '' }, control: 'w-amount' });
  // A horizon before the retirement age (compare/err-horizon-below-retirement-age).
  const horizon = engineCase('compare/err-horizon-below-retirement-age');
  assert.equal(horizon.expect.error.field, 'horizonAge');
  const page = await expectError('horizon', { person: horizon.input, quick: quick1970, change: (p) => p.fill('#w-horizon', String(horizon.input.horizonAge)), control: 'w-horizon' });
  assert.deepEqual(await axeViolations(page), [], 'axe with an error shown');
  await screenshot(page, 'withdrawal-phone-error');
  // A discount rate of 50 (compare/err-discount-rate-50).
  const rate = engineCase('compare/err-discount-rate-50');
  await expectError('discount rate', { person: rate.input, quick: quick1970, change: (p) => p.fill('#w-discount', String(rate.input.discountRate)), control: 'w-discount' });
  // A negative indexation (compare/err-indexation-negative), and a rate that is not a number.
  await expectError('indexation', { person: man1970, quick: quick1970, change: (p) => p.fill('#w-indexation', '-1'), control: 'w-indexation' });
  await expectError('not a number', { person: man1970, quick: quick1970, change: (p) => p.fill('#w-discount', 'năm'), control: 'w-discount' });
  // A request month before the last contribution (compare/err-request-before-last-contribution): the fold opens.
  const request = engineCase('compare/err-request-before-last-contribution');
  const last = request.input.history[0];
  const requestPage = await expectError('request month', {
    person: request.input,
    quick: { years: 6, months: 5, amount: last.salary, last: last.to },
    change: async (p) => {
      await p.tap('#w-more > summary');
      await p.fill('#w-request', request.input.requestMonth);
      await p.tap('#w-more > summary');
    },
    control: 'w-request',
  });
  assert.equal(await requestPage.getAttribute('#w-more', 'open'), '', 'the fold is open');
  // A period ending before it starts, period by period, on the desktop.
  await expectError('period order', {
    person: man1970,
    screen: 'desktop',
    change: async (p) => {
      await p.check('input[name="entry"][value="periods"]');
      await fillPeriod(p, 0, { from: '2020-05', to: '2019-01', kind: 'compulsory', salary: 10_000_000 });
    },
    control: 'w-0-from',
  });
});

test('an error clears once fixed, and the result comes back', async () => {
  const page = await expectError('horizon', { person: man1970, quick: quick1970, change: (p) => p.fill('#w-horizon', '61'), control: 'w-horizon' });
  await page.fill('#w-horizon', '');
  await compare(page);
  assert.equal(await page.locator('.error:not([hidden])').count(), 0);
  assert.equal(await page.locator('[aria-invalid]').count(), 0);
});

test('no console error, page error or request leaving the origin', () => {
  assert.deepEqual(site.problems, []);
});
