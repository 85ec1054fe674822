// The JS API of pkg/ in headless Chromium, loaded by a page as a site loads it: every data-driven case (all
// four calculators) and the wrong types only JS can send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { chromiumOptions } from './chromium.mjs';
import { loadCases, toWire, fromWireSource } from './cases.mjs';

let server, browser, page;
const problems = [];

before(async () => {
  server = await serve(0);
  browser = await chromium.launch(chromiumOptions);
  page = await browser.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/js/harness.html`);
  await page.waitForFunction(() => window.ready === true);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('every data-driven case gives its expected figures in Chromium', async () => {
  const cases = loadCases();
  const results = await page.evaluate(
    ({ wire, revive }) => {
      const cases = eval(revive)(wire);
      return cases.map((c) => ({ name: `${c.calculator}/${c.name}`, problems: window.check.mismatches(window.check.runCase(window.api, c), c.expect) }));
    },
    { wire: toWire(cases), revive: fromWireSource },
  );
  assert.equal(results.length, cases.length);
  const calculators = new Set(cases.map((c) => c.calculator));
  for (const calculator of ['contribution', 'voluntary', 'retirement_age', 'pension']) assert.ok(calculators.has(calculator), calculator);
  assert.deepEqual(results.filter((r) => r.problems.length), []);
});

test('wrong JS types give coded errors in Chromium', async () => {
  const results = await page.evaluate(() =>
    window.check.jsOnlyInputs.map(([what, input, code, field]) => {
      try {
        window.api.contribution(input);
        return `${what}: no error`;
      } catch (e) {
        return e instanceof Error && e.code === code && e.field === field ? 'ok' : `${what}: ${e.code} ${e.field}`;
      }
    }),
  );
  assert.deepEqual(results.filter((r) => r !== 'ok'), []);
  const total = await page.evaluate(() => window.api.contribution({ month: '2026-11', salary: 20000000, region: 1 }).employee.total);
  assert.equal(total, 2_100_000);
});

test('wrong JS types for retirementAge and pension give coded errors in Chromium', async () => {
  const results = await page.evaluate(() =>
    window.check.jsOnlyPersonInputs.map(([what, fn, input, code, field]) => {
      try {
        window.api[fn](input);
        return `${fn}, ${what}: no error`;
      } catch (e) {
        return e instanceof Error && e.code === code && e.field === field ? 'ok' : `${fn}, ${what}: ${e.code} ${e.field}`;
      }
    }),
  );
  assert.ok(results.length > 20);
  assert.deepEqual(results.filter((r) => r !== 'ok'), []);
  const pension = await page.evaluate(
    () =>
      window.api.pension({
        sex: 'female', birth: '1969-01', decisionMonth: '2026-08', today: '2026-11',
        history: [{ from: '2011-01', to: '2026-07', kind: 'compulsory', salary: 10000000 }],
      }).monthlyPension,
  );
  assert.equal(pension, 5_858_160);
});

test('no console error and no page error', () => {
  assert.deepEqual(problems, []);
});
