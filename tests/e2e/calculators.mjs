// Each calculator used once as a worker would, with a case of the engine's own, for the tests that need a
// real result rather than a particular screen (offline, security). Each returns the figure the page shows and
// the one the case expects, in the page's language.
import { press, typeMoney } from './site.mjs';
import { dong, engineCase } from './cases.mjs';

/** contributions.html: a salary, a region and a month → the worker's total each month. */
export async function useContributions(page) {
  const { input, expect } = engineCase('contribution/con-01-region-1-20m');
  await typeMoney(page, '#c-salary', input.salary);
  await page.selectOption('#c-region', String(input.region));
  await page.fill('#c-month', input.month);
  await press(page, '#compulsory button[type=submit]');
  const headline = await page.locator('#compulsory-result .headline').textContent();
  return { shown: headline.match(/[\d.,]+ đ/)[0], expected: dong(expect.employee.total, await lang(page)) };
}

/** pension.html: one period, period by period, and the decision month → the monthly pension. */
export async function usePension(page) {
  const { input, expect } = engineCase('pension/issue-sketch-female-2011');
  await personAndOnePeriod(page, 'p', input);
  await page.fill('#p-decision', input.decisionMonth);
  await press(page, '#pension button[type="submit"]');
  await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  const shown = await page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent);
  return { shown, expected: dong(expect.monthlyPension, await lang(page)) };
}

/** withdrawal.html: one period and the month of the request → the lump sum. */
export async function useWithdrawal(page) {
  const { input, expect } = engineCase('one_time/law58-man-17-years-retirement-age');
  await personAndOnePeriod(page, 'w', input);
  await page.fill('#w-request', input.requestMonth);
  await press(page, '#withdrawal button[type="submit"]');
  await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
  return { shown: await page.textContent('#w-result .w-withdraw .big'), expected: dong(expect.amount, await lang(page)) };
}

/**
 * The person and the case's one period, entered period by period, in the history form whose ids start with
 * `prefix` (`p` on the pension page, `w` on the withdrawal page); then the "more options" fold opened.
 */
async function personAndOnePeriod(page, prefix, { sex, birth, history: [period] }) {
  await press(page, `input[name="sex"][value="${sex}"]`);
  await page.fill(`#${prefix}-birth`, birth);
  await press(page, 'input[name="entry"][value="periods"]');
  await page.fill(`#${prefix}-0-from`, period.from);
  await page.fill(`#${prefix}-0-to`, period.to);
  await page.selectOption(`#${prefix}-0-kind`, period.kind);
  await typeMoney(page, `#${prefix}-0-amount`, period.salary);
  await press(page, `#${prefix}-more > summary`);
}

const lang = (page) => page.getAttribute('html', 'lang');
