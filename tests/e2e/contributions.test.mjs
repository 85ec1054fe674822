// The contributions page in Chromium: from empty inputs to the engine's own expected figures, on a phone
// and on a desktop, in both languages; every error a worker can reach; axe-core with results shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, axeViolations, screenshot, typeMoney } from './site.mjs';
import { CASES_TODAY, engineCase, dong, shownMonth } from './cases.mjs';

let site;
before(async () => (site = await startSite()));
after(() => site?.close());

/** Every amount of these expected groups that the page must show, formatted. */
const shownAmounts = (expect, groups) =>
  groups.flatMap((g) => Object.values(expect[g] ?? {})).filter((n) => typeof n === 'number' && n > 0);

async function compulsory(page, input, tap) {
  await typeMoney(page, '#c-salary', input.salary);
  await page.selectOption('#c-region', String(input.region));
  await page.fill('#c-month', input.month);
  if (input.reducedOccupationalRate) await page.check('#c-reduced');
  if (input.unionFee) await page.check('#c-union');
  await (tap ? page.tap('#compulsory button[type=submit]') : page.click('#compulsory button[type=submit]'));
  return page.locator('#compulsory-result');
}

for (const [name, screen] of [['con-01-region-1-20m', 'phone'], ['con-03-capped-2026-07', 'desktop'], ['con-07-reduced-occupational-rate', 'phone'], ['con-01b-with-union-fee', 'desktop']]) {
  test(`compulsory ${name} on the ${screen} shows the engine's figures`, async () => {
    const { input, expect } = engineCase(`contribution/${name}`);
    const page = await site.open('contributions.html', { screen });
    const result = await compulsory(page, input, screen === 'phone');
    await result.locator('.headline').waitFor();
    const text = await result.textContent();
    for (const amount of shownAmounts(expect, ['employee', 'employer', 'base'])) assert.ok(text.includes(dong(amount)), `${dong(amount)} in ${text}`);
    if (expect.employee?.total) assert.match(await result.locator('.headline').textContent(), new RegExp(dong(expect.employee.total).replace(/\./g, '\\.')));
    assert.equal(await page.inputValue('#c-salary'), new Intl.NumberFormat('vi-VN').format(input.salary));
    if (name === 'con-01-region-1-20m') await screenshot(page, 'contributions-phone');
  });
}

for (const [name, screen] of [['vol-07-twelve-months', 'phone'], ['vol-02-poor-household', 'desktop'], ['prepay-five-years', 'phone']]) {
  test(`voluntary ${name} on the ${screen} shows the engine's figures`, async () => {
    const { input, expect } = engineCase(`voluntary/${name}`);
    const page = await site.open('contributions.html', { screen });
    await typeMoney(page, '#v-income', input.income);
    await page.selectOption('#v-group', input.group);
    const mode = input.mode ? ('years' in input.mode ? `y${input.mode.years}` : `m${input.mode.months}`) : 'm1';
    await page.selectOption('#v-mode', mode);
    await page.fill('#v-month', input.month);
    await page.click('#voluntary button[type=submit]');
    const result = page.locator('#voluntary-result');
    await result.locator('.headline').waitFor();
    const text = await result.textContent();
    for (const amount of shownAmounts(expect, ['perMonth'])) assert.ok(text.includes(dong(amount)), `${dong(amount)} in ${text}`);
    const pays = expect.payment?.participantPays ?? expect.perMonth.participantPays;
    assert.ok((await result.locator('.headline').textContent()).includes(dong(pays)));
    if (screen === 'phone' && name === 'vol-07-twelve-months') await screenshot(page, 'contributions-voluntary-phone');
  });
}

test('in English, the labels and the result are English, with a warning from the engine (CON-06b)', async () => {
  const { input, expect } = engineCase('contribution/con-06b-below-regional-minimum');
  const page = await site.open('contributions.html?lang=en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('label[for=c-salary]'), 'Monthly salary in your contract (đồng)');
  const result = await compulsory(page, input, true);
  await result.locator('.headline').waitFor();
  assert.match(await result.locator('.headline').textContent(), /you pay each month/);
  assert.ok((await result.textContent()).includes(dong(expect.employee.socialInsurance, 'en')));
  assert.ok((await result.locator('.notes').textContent()).includes(expect.warnings[0].enContains));
  assert.equal(await page.inputValue('#c-salary'), '5,000,000');
});

test('every error a worker can reach shows next to its field, in the page language', async () => {
  const page = await site.open('contributions.html');
  const submit = (form) => page.tap(`#${form} button[type=submit]`);
  const errors = [
    ['compulsory', async () => page.fill('#c-salary', ''), 'c-salary', /^Hãy điền mục này\.$/],
    ['compulsory', async () => { await typeMoney(page, '#c-salary', 5_000_000_000_000_000); }, 'c-salary', /1\.000 tỷ|quá lớn|lớn hơn/],
    ['compulsory', async () => { await typeMoney(page, '#c-salary', 10_000_000); await page.fill('#c-month', '13/2026'); }, 'c-month', /^«13\/2026» chưa phải là một tháng: hãy viết tháng\/năm, ví dụ 01\/2026\.$/],
    ['compulsory', async () => page.fill('#c-month', '12/2015'), 'c-month', /2016/],
    ['compulsory', async () => { await page.fill('#c-month', '2019-05'); await page.check('#c-reduced'); }, 'c-reduced', /0,3|2020/],
    ['voluntary', async () => page.fill('#v-income', ''), 'v-income', /^Hãy điền mục này\.$/],
    ['voluntary', async () => typeMoney(page, '#v-income', 1_000_000), 'v-income', /1\.500\.000 đ/],
  ];
  for (const [form, act, field, message] of errors) {
    await act();
    await submit(form);
    const slot = page.locator(`#${field}-error`);
    await slot.waitFor();
    assert.match(await slot.textContent(), message, field);
    assert.equal(await page.getAttribute(`#${field}`, 'aria-invalid'), 'true');
    assert.equal(await page.locator(`#${form}-result`).textContent(), '');
  }
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'contributions-error-phone');
  // Corrected, the result comes back and the error goes.
  await page.uncheck('#c-reduced');
  await page.fill('#c-month', '2026-11');
  await submit('compulsory');
  await page.locator('#compulsory-result .headline').waitFor();
  assert.equal(await page.isVisible('#c-reduced-error'), false);
});

test('a month is typed as a record writes it, or as digits alone, shown as 01/2026, and kept over a reload, finished or not', async () => {
  const { input, expect } = engineCase('contribution/con-01-region-1-20m');
  const page = await site.open('contributions.html', { today: CASES_TODAY });
  // The month this is, to start with.
  assert.equal(await page.inputValue('#c-month'), shownMonth(CASES_TODAY));
  assert.equal(await page.getAttribute('#c-month', 'inputmode'), 'numeric');
  for (const [typed, shown] of [['7/2025', '07/2025'], ['072025', '07/2025'], ['2025-07', '07/2025'], ['07.2025', '07/2025'], ['202507', '07/2025'], ['0725', '0725']]) {
    await page.fill('#c-month', typed);
    await page.locator('#c-month').blur();
    assert.equal(await page.inputValue('#c-month'), shown, typed);
  }
  await typeMoney(page, '#c-salary', input.salary);
  await page.fill('#c-month', input.month.split('-').reverse().join(''));
  await page.click('#compulsory button[type=submit]');
  await page.locator('#compulsory-result .headline').waitFor();
  assert.ok((await page.textContent('#compulsory-result')).includes(dong(expect.employee.total)));
  // The address, and so a share link, writes the month as the engine does: the same in either language.
  await page.waitForFunction((month) => location.hash.includes(`month=${month}&`) || location.hash.endsWith(`month=${month}`), input.month);
  await page.reload();
  // The address marks the result as shown: it is calculated again, from the form given back.
  await page.locator('#compulsory-result .headline').waitFor();
  assert.equal(await page.inputValue('#c-month'), shownMonth(input.month));
  // A month still being typed is kept as it is.
  await page.fill('#c-month', '07/20');
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('month') === '07/20');
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#c-month').value === '07/20');
});

test('axe-core finds no violation with both results shown', async () => {
  for (const screen of ['phone', 'desktop']) {
    const page = await site.open('contributions.html', { screen });
    await typeMoney(page, '#c-salary', 20_000_000);
    await page.click('#compulsory button[type=submit]');
    await typeMoney(page, '#v-income', 2_000_000);
    await page.click('#voluntary button[type=submit]');
    await page.locator('#voluntary-result .headline').waitFor();
    await page.locator('#compulsory-result details.steps summary').click();
    assert.deepEqual(await axeViolations(page), [], screen);
  }
});

test('no console error, no page error, no request outside the origin', () => {
  assert.deepEqual(site.problems, []);
});
