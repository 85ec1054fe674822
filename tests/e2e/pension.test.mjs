// The pension page end to end: from empty inputs to the engine's own expected figures (tests/cases/pension),
// through the quick entry and period by period, on the phone (touch) and the desktop, in both languages;
// every error a worker can reach shown by its field; axe-core; screenshots; and no console error, page
// error or request leaving the origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, press, screenshot, startSite, typeMoney } from './site.mjs';
import { readFileSync } from 'node:fs';
import { initSync, parameters, pension } from '../../pkg/index.js';
import { CASES_TODAY, carriedBack, dong, engineCase, shownMonth } from './cases.mjs';

initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

/** A case of tests/cases/pension, checked to be one the page can express. */
function pensionCase(name) {
  const c = engineCase(`pension/${name}`);
  assert.ok(!c.input.overrides && c.input.history.every((p) => p.kind !== 'state'), `${name} can be entered on the page`);
  return c;
}

/** "YYYY-MM" moved by some months. */
const addMonths = (text, by) => {
  const [y, m] = text.split('-').map(Number);
  const i = y * 12 + m - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const monthsBetween = (from, to) => {
  const [a, b] = [from, to].map((t) => t.split('-').map(Number));
  return (b[0] - a[0]) * 12 + b[1] - a[1] + 1;
};

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});


async function person(page, { sex, birth }) {
  await press(page, `input[name="sex"][value="${sex}"]`);
  await page.fill('#p-birth', birth);
}

/** The quick entry: years and months up to the last month, at one salary. */
async function quickEntry(page, period) {
  const months = monthsBetween(period.from, period.to);
  await page.fill('#p-years', String(Math.floor(months / 12)));
  await page.fill('#p-months', String(months % 12));
  await page.selectOption('#p-kind', period.kind);
  await typeMoney(page, '#p-amount', period.salary ?? period.income);
  await page.fill('#p-last', period.to);
}

/** Period by period, one row: the case's own history exactly. */
async function onePeriod(page, period) {
  await press(page, 'input[name="entry"][value="periods"]');
  await page.fill('#p-0-from', period.from);
  await page.fill('#p-0-to', period.to);
  await page.selectOption('#p-0-kind', period.kind);
  await typeMoney(page, '#p-0-amount', period.salary ?? period.income);
}

async function decisionMonth(page, value) {
  if (!(await page.locator('#p-more').evaluate((d) => d.open))) await press(page, '#p-more > summary');
  await page.fill('#p-decision', value);
}

async function calculate(page) {
  await press(page, '#pension button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#pension-result')?.childElementCount || document.querySelector('#pension .error:not([hidden])'));
}

/** The displayed monthly pension, as the headline shows it. */
async function shownPension(page) {
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  return page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent);
}

test('one period on the phone: the issue sketch, a woman born 1969-01 with 15 years 7 months (5.858.160 đ)', async () => {
  const { input, expect } = pensionCase('issue-sketch-female-2011');
  const page = await site.open('pension.html', { screen: 'phone', today: input.today ?? CASES_TODAY });
  await person(page, input);
  await onePeriod(page, input.history[0]);
  await decisionMonth(page, input.decisionMonth);
  await calculate(page);
  assert.equal(await shownPension(page), dong(expect.monthlyPension));
  assert.equal(dong(expect.monthlyPension), '5.858.160 đ');
  const status = await page.textContent('#pension [role="status"]');
  assert.match(status, /^Lương hưu của bạn: 5\.858\.160 đ\/tháng, từ tháng 8\/2026 \(\d+ tuổi/);
  const result = await page.textContent('#pension-result');
  assert.ok(result.includes(dong(expect.average.value)), 'the revalued average is shown');
  assert.ok(result.includes(`${expect.rate.rate}%`), 'the rate is shown');
  assert.ok(result.includes('Bảo hiểm y tế quỹ đóng cho bạn'));
  // The chart of the pension by retirement age, with its text summary and its table.
  assert.equal(await page.locator('#pension-result svg.chart').count(), 1);
  assert.ok(await page.locator('#pension-result figure .summary').textContent());
  assert.ok((await page.locator('#pension-result figure table tbody tr').count()) >= 2);
  // The steps are folded.
  assert.equal(await page.locator('#pension-result details.steps').evaluate((d) => d.open), false);
  // Touch targets: every button, input and select is at least 44 px high.
  const small = await page.$$eval('#pension button, #pension input:not([type=checkbox]):not([type=radio]), #pension select, #pension summary', (els) =>
    els.filter((el) => el.getClientRects().length && el.getBoundingClientRect().height < 44).map((el) => el.id || el.outerHTML.slice(0, 60)));
  assert.deepEqual(small, []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (${width}px)`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'pension-phone');
});

test("quick entry on the phone: today's salary is carried back year by year by the revaluation coefficients", async () => {
  // The issue sketch's worker, entered quickly: 15 years 7 months up to 2026-07, earning 10,000,000 now.
  const { input } = pensionCase('issue-sketch-female-2011');
  const now = { kind: 'compulsory', amount: 10_000_000, from: '2011-01', to: '2026-07' };
  const history = carriedBack(parameters(), 2026, now);
  assert.equal(history.length, 16);
  assert.equal(history[0].salary, Math.round(10_000_000 / parameters().revaluationTables.find((t) => t.decisionYear === 2026).salary.find((r) => r.year === 2011).coefficient));
  const expected = pension({ ...input, history, today: CASES_TODAY });
  const page = await site.open('pension.html', { screen: 'phone', today: CASES_TODAY });
  await person(page, input);
  await quickEntry(page, { kind: 'compulsory', salary: now.amount, from: now.from, to: now.to });
  await decisionMonth(page, input.decisionMonth);
  await calculate(page);
  assert.equal(await shownPension(page), dong(expected.monthlyPension));
  // The average comes out near today's salary, not 1.25 times it (12,464,171) as the same salary every year would give.
  assert.ok(Math.abs(expected.average.value - now.amount) < 50_000, `average ${expected.average.value}`);
  assert.ok((await page.textContent('#pension-result')).includes(dong(expected.average.value)));
  assert.ok(expected.monthlyPension < pension({ ...input, today: CASES_TODAY }).monthlyPension);
});

test('period by period on the desktop: three rows added, one removed (law 58, man, 5.894.570 đ)', async () => {
  const { input, expect } = pensionCase('law58-man-2025-03');
  const page = await site.open('pension.html', { screen: 'desktop', today: input.today ?? CASES_TODAY });
  await person(page, input);
  await press(page, 'input[name="entry"][value="periods"]');
  const [first, second] = input.history;
  // Typed as a record writes months (01/2010); the rows show them so.
  await page.fill('#p-0-from', shownMonth(first.from));
  await page.fill('#p-0-to', shownMonth(first.to));
  await typeMoney(page, '#p-0-amount', first.salary);
  // A second row starts the month after the first ends; it is filled wrongly, then removed.
  await press(page, '.detailed button.secondary');
  assert.equal(await page.inputValue('#p-1-from'), shownMonth(addMonths(first.to, 1)));
  await page.fill('#p-1-to', '06/2010');
  await page.selectOption('#p-1-kind', 'voluntary');
  await typeMoney(page, '#p-1-amount', 2000000);
  await press(page, '.detailed button.secondary');
  assert.equal(await page.inputValue('#p-2-from'), '07/2010');
  await page.fill('#p-2-from', second.from);
  await page.fill('#p-2-to', second.to);
  await typeMoney(page, '#p-2-amount', second.salary);
  assert.equal(await page.inputValue('#p-2-amount'), '9.000.000');
  await press(page, 'button[aria-label="Xóa giai đoạn 2"]');
  assert.equal(await page.locator('.periods > fieldset').count(), 2);
  // The rows are renumbered: the third is now the second.
  assert.equal(await page.inputValue('#p-1-from'), shownMonth(second.from));
  assert.equal(await page.textContent('.periods > fieldset:nth-child(2) legend'), 'Giai đoạn 2');
  await decisionMonth(page, input.decisionMonth);
  await calculate(page);
  assert.equal(await shownPension(page), dong(expect.monthlyPension));
  assert.ok((await page.textContent('#pension-result')).includes(dong(expect.average.value)));
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'pension-desktop');
});

test('period by period on the phone: months before 1995 without a salary (6.601.173 đ)', async () => {
  const { input, expect } = pensionCase('pre-1995-without-salary');
  const page = await site.open('pension.html', { screen: 'phone', today: input.today ?? CASES_TODAY });
  await person(page, input);
  await press(page, 'input[name="entry"][value="periods"]');
  const [first, second] = input.history;
  // Typed as a record writes months (01/2010); the rows show them so.
  await page.fill('#p-0-from', shownMonth(first.from));
  await page.fill('#p-0-to', shownMonth(first.to));
  await press(page, '.detailed button.secondary');
  await page.fill('#p-1-from', second.from);
  await page.fill('#p-1-to', second.to);
  await typeMoney(page, '#p-1-amount', second.salary);
  await calculate(page);
  assert.equal(await shownPension(page), dong(expect.monthlyPension));
  assert.ok((await page.textContent('#pension-result')).includes(`${expect.yearsCounted} năm (${expect.months.total} tháng đóng)`));
  // No sideways scrolling with the periods and the results shown, down to a 320 px screen.
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `no sideways scrolling at ${width}px`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await screenshot(page, 'pension-phone-periods');
});

test('not eligible on the phone: 12 years 6 months, what is missing and what continuing gives', async () => {
  const { input, expect } = pensionCase('not-eligible-too-few-years');
  const page = await site.open('pension.html', { screen: 'phone', today: input.today ?? CASES_TODAY });
  await person(page, input);
  await quickEntry(page, input.history[0]);
  await calculate(page);
  await page.waitForSelector('.pension-headline.not-eligible');
  const result = await page.textContent('#pension-result');
  assert.ok(result.includes('Chưa đủ điều kiện hưởng lương hưu'));
  assert.ok(result.includes(`Còn thiếu ${expect.nextSteps.monthsMissing} tháng`), 'the months missing are named');
  assert.ok(result.includes('Nếu bạn đóng tiếp'));
  assert.match(await page.textContent('.growth'), /\d{1,3}(\.\d{3})+ đ\/tháng/);
  assert.match(await page.textContent('#pension [role="status"]'), /chưa đủ điều kiện/);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'pension-phone-not-eligible');
});

test('in English on the desktop: English labels and result (law 41, man, 17 years, 4,533,200 đ)', async () => {
  const { input, expect } = pensionCase('law41-man-17-years-2025-08');
  const page = await site.open('pension.html?lang=en', { screen: 'desktop', today: input.today ?? CASES_TODAY });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'What pension will I get?');
  assert.equal(await page.textContent('label[for="p-birth"]'), 'Month and year of birth');
  assert.equal(await page.textContent('#pension button[type="submit"]'), 'Calculate my pension');
  assert.equal(await page.textContent('#p-continuation legend'), 'Keep contributing?');
  await person(page, input);
  await onePeriod(page, input.history[0]);
  await decisionMonth(page, input.decisionMonth);
  await calculate(page);
  assert.equal(await shownPension(page), dong(expect.monthlyPension, 'en'));
  assert.match(await page.textContent('#pension [role="status"]'), /^Your pension: 4,533,200 đ a month, from August 2025/);
  const result = await page.textContent('#pension-result');
  assert.ok(result.includes('The figures') && result.includes('Pension rate'));
  assert.ok(!/Lương hưu|tháng/.test(result), 'no Vietnamese in the result');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'pension-desktop-en');
});

/** Submits and expects the error next to `control`, the control marked invalid, and no result. */
async function expectError(page, control, pattern) {
  await calculate(page);
  await page.waitForSelector(`${control}[aria-invalid="true"]`, { timeout: 5000 });
  const errorId = `${(await page.getAttribute(control, 'id'))}-error`;
  assert.ok((await page.getAttribute(control, 'aria-describedby')).split(' ').includes(errorId), `${control} is described by its error`);
  const message = page.locator(`#${errorId}`);
  assert.equal(await message.isVisible(), true, `the error by ${control} shows`);
  assert.match(await message.textContent(), pattern);
  assert.equal(await page.locator('#pension [aria-invalid="true"]').count(), 1, 'one control is marked');
  assert.equal(await page.locator('#pension .form-error').isHidden(), true);
  assert.equal(await page.locator('#pension-result').evaluate((el) => el.childElementCount), 0);
}

for (const screen of ['phone', 'desktop']) {
  test(`every error a worker can reach shows by its field (${screen})`, async () => {
    const page = await site.open('pension.html', { screen, today: CASES_TODAY });
    // Nothing entered: the years paid are asked for first.
    await expectError(page, '#p-years', /số năm/i);
    await page.fill('#p-years', '0');
    await page.fill('#p-months', '0');
    await expectError(page, '#p-years', /số năm/i);
    await page.fill('#p-months', '14');
    await expectError(page, '#p-years', /0 đến 11/);
    await page.fill('#p-years', '20');
    await page.fill('#p-months', '');
    // The birth month empty.
    await expectError(page, '#p-birth', /^Hãy điền mục này\.$/);
    assert.deepEqual(await axeViolations(page), [], 'no axe violation with an error shown');
    if (screen === 'phone') await screenshot(page, 'pension-phone-error');
    await page.fill('#p-birth', '1966-05');
    // The salary empty.
    await expectError(page, '#p-amount', /^Hãy điền mục này\.$/);
    await typeMoney(page, '#p-amount', 8000000);
    // The last month paid in the future.
    await page.fill('#p-last', '2027-03');
    await expectError(page, '#p-last', /03\/2027/);
    await page.fill('#p-last', '2026-10');
    // The salary to continue on: zero.
    await typeMoney(page, '#p-cont-amount', 0);
    await expectError(page, '#p-cont-amount', /^Số tiền phải lớn hơn 0\.$/);
    await page.fill('#p-cont-amount', '');
    // The decision month before the last month paid.
    await decisionMonth(page, '2026-05');
    await expectError(page, '#p-decision', /2026-05/);
    await page.fill('#p-decision', '');
    // Now it calculates.
    await calculate(page);
    await shownPension(page);

    // Period by period: a period ending before it starts, then two periods overlapping.
    await press(page, 'input[name="entry"][value="periods"]');
    await page.fill('#p-0-from', '2016-01');
    await page.fill('#p-0-to', '2011-07');
    await typeMoney(page, '#p-0-amount', 9000000);
    await expectError(page, '#p-0-from', /2011-07/);
    await page.fill('#p-0-from', '2006-01');
    await page.fill('#p-0-to', '2016-07');
    await press(page, '.periods + button');
    await page.fill('#p-1-from', '2016-01');
    await page.fill('#p-1-to', '2026-10');
    await typeMoney(page, '#p-1-amount', 10000000);
    await expectError(page, '#p-1-from', /overlap|trùng/i);
    assert.deepEqual(await axeViolations(page), [], 'no axe violation with a period error shown');
    // A voluntary period without its income: the error names the income, by the amount.
    await page.fill('#p-1-from', '2016-08');
    await page.selectOption('#p-1-kind', 'voluntary');
    await page.fill('#p-1-amount', '');
    await expectError(page, '#p-1-amount', /^Hãy điền mục này\.$/);
    assert.equal(await page.innerText('label[for="p-1-amount"]'), 'Thu nhập chọn đóng mỗi tháng (đồng)');
    await typeMoney(page, '#p-1-amount', 3000000);
    await calculate(page);
    await shownPension(page);
  });
}

test('no console error, page error or request leaving the origin', () => {
  assert.deepEqual(site.problems, []);
});
