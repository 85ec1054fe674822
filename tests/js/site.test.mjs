// The local page of the two contribution calculators, in Chromium on a phone-sized touch screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { chromiumOptions } from './chromium.mjs';

let server, browser, page, origin;
const problems = [];
const shots = new URL('../../target/screenshots/', import.meta.url);

before(async () => {
  server = await serve(0);
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(chromiumOptions);
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`request: ${r.url()}`));
  await page.goto(`${origin}/www/`);
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the compulsory calculator shows CON-01 on load and reacts to new input', async () => {
  const result = page.locator('#compulsory-result');
  await assert.doesNotReject(result.getByText('Người lao động đóng 2.100.000 đ một tháng').waitFor());
  await page.fill('#c-salary', '60000000');
  await page.fill('#c-month', '2026-07');
  await page.tap('#compulsory button');
  await result.getByText('Người lao động đóng 5.407.000 đ một tháng').waitFor();
  assert.equal(await page.inputValue('#c-salary'), '60.000.000');
  await page.screenshot({ path: new URL('compulsory-phone.png', shots).pathname, fullPage: true });
});

test('an engine error appears under the field it names', async () => {
  await page.fill('#c-salary', '');
  await page.tap('#compulsory button');
  assert.match(await page.textContent('#c-salary-error'), /salary.*số tiền/);
  assert.equal(await page.getAttribute('#c-salary', 'aria-invalid'), 'true');
  await page.fill('#v-income', '1000000');
  await page.tap('#voluntary button');
  assert.match(await page.textContent('#v-income-error'), /1\.500\.000 đ/);
});

test('the voluntary calculator gives VOL-07 for a 12-month payment', async () => {
  await page.fill('#v-income', '2000000');
  await page.selectOption('#v-mode', 'm12');
  await page.tap('#voluntary button');
  await page.locator('#voluntary-result').getByText('Bạn đóng 4.488.000 đ mỗi lần (cho 12 tháng)').waitFor();
  assert.equal(await page.textContent('#v-income-error'), '');
  await page.screenshot({ path: new URL('voluntary-phone.png', shots).pathname, fullPage: true });
});

test('no console error, no page error, no request outside the origin', () => {
  assert.deepEqual(problems, []);
});
