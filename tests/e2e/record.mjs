// Reading a test record through the page, as the end-to-end tests and the site benchmark both do.
import { press } from './site.mjs';

/** Shows the record reader of an open calculator page (its third way of entering a history). */
export async function showReader(page) {
  await press(page, 'input[name="entry"][value="record"]');
  await page.waitForSelector('[data-testid="record-file"]');
}

/** Reads `paths` through the file input, and waits for the review (OCR can take a while the first time). */
export async function readFiles(page, ...paths) {
  await page.setInputFiles('[data-testid="record-file"]', paths);
  await page.waitForSelector('[data-testid="record-accept"]', { timeout: 120_000 });
}

/** Each period's row of the review, as its fields hold it: the period it will become, whether it is used, its status. */
export function reviewed(page) {
  return page.$$eval('.record-row', (rows) => rows.map((row) => {
    const field = (suffix) => row.querySelector(`[name$="${suffix}"]`);
    const kind = field('k').value;
    const digits = (el) => el.value.replace(/\D/g, '');
    const decimal = (el) => (el.value ? Number(el.value.replace(',', '.')) : undefined);
    // A month as the engine writes it: the form shows 01/2026.
    const month = (el) => el.value.replace(/^(\d{2})\/(\d{4})$/, '$2-$1');
    const period = { from: month(field('f')), to: month(field('t')), kind };
    if (kind === 'state') {
      const [coefficient, allowances] = [decimal(field('c')), decimal(field('l'))];
      if (coefficient !== undefined) period.coefficient = coefficient;
      if (allowances) period.allowances = allowances;
    } else if (digits(field('a'))) period[kind === 'voluntary' ? 'income' : 'salary'] = Number(digits(field('a')));
    return { used: field('u').checked, status: row.dataset.status, period };
  }));
}
