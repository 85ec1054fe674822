// Early retirement under a special policy and the family's part, end to end on a phone: a policy chosen on the
// pension page gives the earliest month under it and the policy's own allowances apart from the pension, as the
// engine's cases say (tests/cases/pension/policy-*); on the withdrawal page, the keep and contribute paths list
// the policy's allowances apart, and the relatives listed in the folded step give each path's expected value with
// and without the family's part, equal to the engine's compareWithdrawal for the same input, in the headline's
// table, the paths and the chart; a reload gives the policy and the relatives back; axe on the new parts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as api from '../../pkg/bhxh.js';
import { axeViolations, press, screenshot, startSite, typeMoney } from './site.mjs';
import { CASES_TODAY, dong, engineCase } from './cases.mjs';

api.initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

const vi1 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const shortVi = (n) => (Math.abs(n) >= 1e9 ? `${vi1.format(n / 1e9)} tỷ đồng` : Math.abs(n) >= 1e6 ? `${vi1.format(n / 1e6)} triệu đồng` : dong(n));
const monthVi = (m) => `tháng ${Number(m.slice(5))}/${m.slice(0, 4)}`;

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The person and a state-scale history, one row, period by period, on the page whose ids start with `prefix`. */
async function stateScaleWorker(page, prefix, { sex, birth, history: [period] }) {
  await press(page, `input[name="sex"][value="${sex}"]`);
  await page.fill(`#${prefix}-birth`, birth.slice(0, 7));
  await press(page, 'input[name="entry"][value="periods"]');
  await page.fill(`#${prefix}-0-from`, period.from);
  await page.fill(`#${prefix}-0-to`, period.to);
  await page.selectOption(`#${prefix}-0-kind`, period.kind);
  if (period.kind === 'state') {
    await page.fill(`#${prefix}-0-coefficient`, String(period.coefficient).replace('.', ','));
    if (period.allowances) await page.fill(`#${prefix}-0-allowances`, String(period.allowances).replace('.', ','));
  } else {
    await typeMoney(page, `#${prefix}-0-amount`, period.salary);
  }
  // Leaving under a policy, a worker does not contribute on (a state-scale period has no salary to go on with).
  if (prefix === 'p') await page.uncheck('#p-continue');
}

/** The policy in the "more options" fold (opened if closed). */
async function choosePolicy(page, prefix, { kind, restructuringMonth, currentSalary }) {
  if (!(await page.locator(`#${prefix}-more`).evaluate((d) => d.open))) await press(page, `#${prefix}-more > summary`);
  await page.selectOption(`#${prefix}-policy`, kind);
  if (restructuringMonth) await page.fill(`#${prefix}-policy-month`, restructuringMonth);
  if (currentSalary) await typeMoney(page, `#${prefix}-policy-salary`, currentSalary);
}

/** Every item of the policy's allowances block: its label, amount and the rest of its text. */
const allowanceItems = (page, scope) => page.locator(`${scope} .policy-allowances li`).evaluateAll((items) =>
  items.map((li) => ({ label: li.querySelector('.label').textContent, value: li.querySelector('.value').textContent, text: li.textContent })));

test('pension, Decree 178 (the ministry\'s example, policy-a1): the earliest month, and the allowances apart with their sources', async () => {
  const { input, expect } = engineCase('pension/policy-a1-decree178-moha-example');
  const page = await site.open('pension.html', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'p', input);
  await press(page, '#p-more > summary');
  await page.fill('#p-decision', input.decisionMonth);
  // The restructuring month and the current salary show only for the policies that take them.
  assert.equal(await page.isVisible('#p-policy-month'), false);
  assert.equal(await page.isVisible('#p-policy-salary'), false);
  await page.selectOption('#p-policy', 'decree154');
  assert.equal(await page.isVisible('#p-policy-month'), false, 'Decree 154 has no restructuring month');
  assert.equal(await page.isVisible('#p-policy-salary'), true);
  await choosePolicy(page, 'p', input.policy);
  assert.equal(await page.isVisible('#p-policy-month'), true);
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');

  assert.equal(await page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), dong(expect.monthlyPension));
  const figures = await page.textContent('#pension-result > ul.figures');
  // The retirement-age answer: the earliest month under the policy, and the last.
  const window = expect.retirement.policy;
  assert.ok(figures.includes(`Sớm nhất theo Nghị định 178/2024 (sửa đổi bởi Nghị định 67/2025)${monthVi(window.earliestStart)}`), figures);
  assert.ok(figures.includes(`đến ${monthVi(window.latestStart)}: tối đa ${window.maxMonthsEarly} tháng trước ${monthVi(window.benchmarkStart)}`), figures);
  assert.ok(figures.includes(`không bị trừ dù nghỉ sớm ${expect.rate.monthsEarly} tháng`), figures);
  // The allowances: apart from the pension's figures, said to be the State budget's and not social insurance.
  assert.ok(!figures.includes(dong(expect.policyAllowances.total)), 'the allowances are not among the pension\'s figures');
  const block = await page.textContent('#pension-result .policy-allowances');
  assert.match(block, /^Trợ cấp riêng của Nghị định 178\/2024 \(sửa đổi bởi Nghị định 67\/2025\)Do ngân sách nhà nước chi theo nghị định: không phải chế độ bảo hiểm xã hội/);
  assert.ok(block.includes(`tiền lương hiện hưởng ${dong(expect.policyAllowances.currentSalary)}; nghỉ sớm ${expect.policyAllowances.monthsEarly} tháng`), block);
  const items = await allowanceItems(page, '#pension-result');
  const names = { earlyMonths: 'Trợ cấp cho số tháng nghỉ sớm', yearsEarly: 'Trợ cấp cho số năm nghỉ sớm', serviceYears: 'Trợ cấp theo số năm đóng BHXH bắt buộc' };
  const engine = api.pension({ ...input, today: CASES_TODAY }).policyAllowances;
  assert.deepEqual(items.slice(0, -1).map(({ label, value }) => ({ label, value })),
    expect.policyAllowances.items.map((i) => ({ label: names[i.id], value: dong(i.amount) })));
  expect.policyAllowances.items.forEach((item, k) => {
    assert.ok(items[k].text.includes(`${vi1.format(item.months)} tháng lương`), items[k].text);
    for (const s of engine.items[k].sources) assert.ok(items[k].text.includes(`${s.instrument}, ${s.article}`), `${item.id}: ${s.instrument}`);
  });
  assert.deepEqual(items.at(-1), { label: 'Tổng trợ cấp của chính sách', value: dong(expect.policyAllowances.total), text: `Tổng trợ cấp của chính sách${dong(expect.policyAllowances.total)}` });
  assert.equal(dong(expect.policyAllowances.total), '744.778.125 đ');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'nothing wider than the phone');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'pension-phone-policy');
});

test('pension, Decree 154, the issue\'s worker (policy-issue-woman-1970): the earliest month, no allowance this early; a reload gives the policy back', async () => {
  const { input, expect } = engineCase('pension/policy-issue-woman-1970-decree154-2026');
  const age = engineCase('retirement_age/policy-decree154-earliest-month');
  assert.equal(age.input.birth, input.birth);
  const page = await site.open('pension.html', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'p', input);
  await choosePolicy(page, 'p', input.policy);
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  // No decision month: the pension starts at once, the first month the policy allows after the last month worked.
  const check = async () => {
    assert.equal(await page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), dong(expect.monthlyPension));
    const figures = await page.textContent('#pension-result > ul.figures');
    assert.ok(figures.includes(`Sớm nhất theo Nghị định 154/2025${monthVi(age.expect.policy.earliestStart)}`), figures);
    assert.ok(figures.includes(`đến ${monthVi(age.expect.policy.latestStart)}: tối đa ${age.expect.policy.maxMonthsEarly} tháng trước ${monthVi(age.expect.pensionStart)}`), figures);
    const block = await page.textContent('#pension-result .policy-allowances');
    assert.ok(block.includes(`nghỉ sớm ${expect.policyAllowances.monthsEarly} tháng`), block);
    assert.ok(block.includes('(ước tính từ giai đoạn đóng cuối cùng)'), 'the current salary is said to be estimated');
    assert.ok(block.includes(`Tổng trợ cấp của chính sách${dong(0)}không có khoản nào ở mức nghỉ sớm này`), block);
    assert.equal(expect.policyAllowances.total, 0);
  };
  await check();
  await page.waitForFunction(() => location.hash.includes('policy=decree154'));
  await page.reload();
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  assert.equal(await page.inputValue('#p-policy'), 'decree154');
  assert.equal(await page.locator('#p-policy-salary').evaluate((el) => el.closest('[hidden]') === null), true, 'the field the policy takes is shown again');
  await check();
});

test('pension in English: the policy\'s words on the form and in the result', async () => {
  const { input, expect } = engineCase('pension/policy-issue-woman-1970-decree154-2026');
  const page = await site.open('pension.html?lang=en', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'p', input);
  await choosePolicy(page, 'p', input.policy);
  assert.equal(await page.textContent('label[for="p-policy"]'), 'Early retirement under a State policy');
  assert.deepEqual(await page.locator('#p-policy option').allTextContents(),
    ['None', 'Decree 178/2024, amended by Decree 67/2025: restructuring of the apparatus', 'Decree 154/2025: staff streamlining', 'Decree 177/2024: not re-elected or re-appointed']);
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  assert.equal(await page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), dong(expect.monthlyPension, 'en'));
  assert.match(await page.textContent('#pension-result .policy-allowances'), /^The allowances of Decree 154\/2025Paid by the State budget under the decree: not social insurance/);
  assert.ok((await page.textContent('#pension-result > ul.figures')).includes('Earliest under Decree 154/2025July 2025'));
});

/** Opens the relatives' fold and lists them, as a worker fills each row. */
async function listRelatives(page, relatives) {
  if (!(await page.locator('#w-family').evaluate((d) => d.open))) await press(page, '#w-family > summary');
  for (const [i, r] of relatives.entries()) {
    await press(page, '#w-family button.secondary');
    assert.equal(await page.evaluate(() => document.activeElement.id), `w-dep-${i}-relation`, 'the new row takes the focus');
    await page.selectOption(`#w-dep-${i}-relation`, r.relation);
    await page.selectOption(`#w-dep-${i}-sex`, r.sex);
    await page.fill(`#w-dep-${i}-year`, r.birth.slice(0, 4));
    if (r.birth.length > 4) await page.selectOption(`#w-dep-${i}-month`, r.birth.slice(5));
    for (const [flag, key] of [['otherSupport', 'support'], ['severeIncapacity', 'severe'], ['noCarer', 'nocarer']]) {
      if (r[flag]) await page.check(`input[name="dep${key}${i}"]`);
    }
  }
}

// The pensioner of compare/family-c2-pensioner-wife-son-mother, as typed on the page: its relatives, each with a
// sex given (the page always sends one), no discount and no raise.
const family = engineCase('compare/family-c2-pensioner-wife-son-mother').input;
const relatives = [{ ...family.dependants[0], sex: 'female' }, { ...family.dependants[1], sex: 'male' }, family.dependants[2]];
const pensioner = { sex: family.sex, birth: family.birth, history: family.history, discountRate: 0, indexation: 0 };

/** What the page must show: the engine's comparison of the same input. */
const expected = api.compareWithdrawal({ ...pensioner, dependants: relatives, today: CASES_TODAY });

const d = (s) => s.family.onDeath;
/** What a path's card says a death at the end of the request year would pay: the benefit counted, the other. */
function onDeathText(d) {
  const monthly = `trợ cấp tuất hằng tháng ${dong(d.monthlyAllowance)}/tháng cho ${d.recipients} người`;
  const lump = `trợ cấp tuất một lần ${dong(d.lumpSum)}`;
  const [value, first, other] = d.counted === 'monthly' ? [`${dong(d.monthlyAllowance)}/tháng`, monthly, lump] : [dong(d.lumpSum), lump, monthly];
  return `${value}${first}; hoặc ${other}; trợ cấp mai táng ${dong(d.funeralAllowance)}`;
}

/** The headline's table: each path's expected value, and with the family's part. */
const worthRows = (page) => page.locator('#w-result .worth tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

async function compareFamily(page) {
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-result:not([aria-busy]) .worth');
}

/** Checks the page against `expected`: the table, the paths' family figures, the chart's family lines. */
async function checkFamily(page) {
  assert.deepEqual(await worthRows(page), [
    ['Rút một lần', expected.withdraw], ['Giữ thời gian đóng', expected.keep], ['Đóng tiếp', expected.contribute],
  ].map(([name, s]) => [name, shortVi(s.totals.expectedValue), shortVi(s.totals.expectedValueWithFamily)]));
  assert.match(await page.textContent('#w-result .worth .hint'), /cho 3 người thân bạn đã khai\.$/);
  const paths = [['withdraw', 'Rút một lần', expected.withdraw], ['keep', 'Giữ thời gian đóng', expected.keep], ['contribute', 'Đóng tiếp', expected.contribute]];
  // This worker cannot withdraw (25 years): the time kept on every path leaves the family its part.
  assert.ok(paths.every(([, , s]) => s.totals.familyValue > 0));
  for (const [id, , s] of paths) {
    const card = await page.textContent(`#w-path-${id} >> xpath=..`);
    assert.ok(card.includes(`Phần của gia đình${dong(s.totals.familyValue)}trợ cấp mai táng ${dong(s.family.funeral)}, trợ cấp tuất ${dong(s.family.survivors)}`), card);
    assert.ok(card.includes(`Giá trị kỳ vọng, cả phần của gia đình${shortVi(s.totals.expectedValueWithFamily)}`), card);
    assert.ok(card.includes(`Nếu bạn mất cuối ${monthVi(d(s).month)}, gia đình nhận${onDeathText(d(s))}`), card);
  }
  assert.equal(expected.keep.family.onDeath.counted, 'monthly');
  // The chart: a lighter line for each path's family part, in the legend and in the table, to the horizon.
  const legend = await page.locator('#w-detail .legend li').allTextContents();
  assert.deepEqual(legend, [...paths.map(([, name]) => name), ...paths.map(([, name]) => `${name}: phần của gia đình`)]);
  assert.equal(await page.locator('#w-detail svg.chart path[stroke-opacity="0.6"]').count(), 3);
  const header = await page.locator('#w-detail figure thead th').allTextContents();
  const column = header.indexOf('Giữ thời gian đóng: phần của gia đình');
  assert.ok(column > 0, header.join(' | '));
  const last = await page.locator('#w-detail figure tbody tr').last().locator('th, td').allTextContents();
  assert.equal(last[column], dong(expected.keep.series.at(-1).familyValue));
  assert.ok((await page.textContent('#w-detail .summary')).includes(`giữ thời gian đóng ${shortVi(expected.keep.totals.familyValue)}`));
}

test('withdrawal: three relatives in the folded step give each path\'s value with and without the family\'s part; a reload keeps them', async () => {
  assert.equal(expected.keep.outcome, 'pension');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'w', pensioner);
  await page.fill('#w-discount', '0');
  await page.fill('#w-indexation', '0');
  // Without relatives, the family's part is the funeral allowance and the lump sum, said so.
  await compareFamily(page);
  const alone = api.compareWithdrawal({ ...pensioner, today: CASES_TODAY });
  assert.equal((await worthRows(page))[1][2], shortVi(alone.keep.totals.expectedValueWithFamily));
  assert.match(await page.textContent('#w-result .worth .hint'), /chưa khai người thân/);

  // A fourth row added and removed: the rows stay three, numbered.
  await listRelatives(page, relatives);
  await press(page, '#w-family button.secondary');
  assert.equal(await page.locator('#w-family fieldset').count(), 4);
  await press(page, 'button[aria-label="Xóa người thân 4"]');
  assert.equal(await page.locator('#w-family fieldset').count(), 3);
  assert.equal(await page.textContent('#w-family fieldset:nth-of-type(3) legend'), 'Người thân 3');
  await compareFamily(page);
  await page.waitForFunction((text) => document.querySelector('#w-result .worth .hint')?.textContent.includes(text), '3 người thân');
  await checkFamily(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'nothing wider than the phone');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-phone-family');

  // Nothing typed is lost: a reload gives the relatives back and the same result.
  await page.waitForFunction(() => location.hash.includes('r=withdrawal') && location.hash.includes('deps=3'));
  await page.reload();
  await page.waitForSelector('#w-result:not([aria-busy]) .worth');
  assert.equal(await page.locator('#w-family fieldset').count(), 3);
  for (const [i, r] of relatives.entries()) {
    assert.equal(await page.inputValue(`#w-dep-${i}-relation`), r.relation);
    assert.equal(await page.inputValue(`#w-dep-${i}-sex`), r.sex);
    assert.equal(await page.inputValue(`#w-dep-${i}-year`), r.birth.slice(0, 4));
    assert.equal(await page.inputValue(`#w-dep-${i}-month`), r.birth.slice(5));
  }
  await checkFamily(page);
});

test('withdrawal: a relative\'s facts reach the engine (family-c2-wife-working-orphan-no-carer), ten at most, and a wrong birth year shows by its field', async () => {
  const c = engineCase('compare/family-c2-wife-working-orphan-no-carer');
  const listed = [{ ...c.input.dependants[0], sex: 'female' }, { ...c.input.dependants[1], sex: 'male' }, c.input.dependants[2]];
  const e = api.compareWithdrawal({ ...pensioner, dependants: listed, today: CASES_TODAY });
  // The case's death in the request year: a working wife gets nothing monthly, an orphan 70%: two relatives paid.
  assert.equal(e.keep.family.onDeath.recipients, c.expect.keep.family.onDeath.recipients);
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'w', pensioner);
  await page.fill('#w-discount', '0');
  await page.fill('#w-indexation', '0');
  await listRelatives(page, listed);
  await compareFamily(page);
  const keep = await page.textContent('#w-path-keep >> xpath=..');
  assert.notEqual(e.keep.totals.familyValue, expected.keep.totals.familyValue, 'the facts change the family\'s part');
  assert.ok(keep.includes(`Phần của gia đình${dong(e.keep.totals.familyValue)}`), keep);
  assert.ok(keep.includes(onDeathText(e.keep.family.onDeath)), keep);
  assert.ok(keep.includes(`trợ cấp tuất hằng tháng ${dong(c.expect.keep.family.onDeath.monthlyAllowance)}/tháng cho ${c.expect.keep.family.onDeath.recipients} người`), keep);
  // Up to ten relatives: the button to add goes away at ten.
  for (let i = 3; i < 10; i++) await press(page, '#w-family button.secondary');
  assert.equal(await page.locator('#w-family fieldset').count(), 10);
  assert.equal(await page.isVisible('#w-family button.secondary'), false);
  for (let i = 9; i >= 3; i--) await press(page, `button[aria-label="Xóa người thân ${i + 1}"]`);
  // A child born after today: the engine's message by the year, the fold open.
  await page.fill('#w-dep-1-year', '2030');
  await press(page, '#w-family > summary');
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-dep-1-year[aria-invalid="true"]');
  assert.equal(await page.getAttribute('#w-family', 'open'), '');
  assert.match(await page.textContent('#w-dep-1-year-error'), /2030-03/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'w-dep-1-year');
  assert.deepEqual(await axeViolations(page), [], 'axe with a relative\'s error shown');
});

test('withdrawal under Decree 154 (compare/policy-decree154-pension-now): the keep and contribute paths list the allowances apart', async () => {
  const { input, expect } = engineCase('compare/policy-decree154-pension-now');
  const page = await site.open('withdrawal.html', { screen: 'phone', today: CASES_TODAY });
  await stateScaleWorker(page, 'w', input);
  await page.fill('#w-discount', '0');
  await page.fill('#w-indexation', '0');
  await page.fill('#w-horizon', String(input.horizonAge));
  await choosePolicy(page, 'w', input.policy);
  assert.equal(await page.isVisible('#w-policy-month'), false);
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
  const { policy, sex, birth, history, horizonAge } = input;
  const e = api.compareWithdrawal({ sex, birth, history, policy, horizonAge, discountRate: 0, indexation: 0, today: CASES_TODAY });
  assert.equal(await page.textContent('#w-result .w-wait .big'), `${dong(e.keep.monthlyPension)}/tháng`);
  for (const id of ['keep', 'contribute']) {
    const scope = `section.path:has(> #w-path-${id})`;
    assert.match(await page.locator(`${scope} .policy-allowances`).textContent(), /^Trợ cấp riêng của Nghị định 154\/2025Do ngân sách nhà nước chi theo nghị định: không phải chế độ bảo hiểm xã hội/);
    const items = await allowanceItems(page, scope);
    assert.deepEqual(items.map((i) => i.value), [...expect.keep.policyAllowances.items.map((i) => dong(i.amount)), dong(expect.keep.policyAllowances.total)]);
    assert.equal(items.at(-1).value, dong(240_000_000));
  }
  assert.equal(await page.locator('section.path:has(> #w-path-withdraw) .policy-allowances').count(), 0, 'withdrawing has no policy allowance');
  // Not in the money: the path's present value is the pension's alone.
  assert.ok((await page.textContent('#w-detail .summary')).includes(`giữ thời gian đóng ${shortVi(e.keep.totals.presentValue)}`));
  await page.waitForFunction(() => location.hash.includes('policy-salary=12000000'));
  await page.reload();
  await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
  assert.equal(await page.inputValue('#w-policy'), 'decree154');
  assert.equal(await page.inputValue('#w-policy-salary'), '12.000.000');
  assert.equal(await page.locator('#w-detail .policy-allowances').count(), 2);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'withdrawal-phone-policy');
});

test('no console error, page error or request leaving the origin', () => {
  assert.deepEqual(site.problems, []);
});
