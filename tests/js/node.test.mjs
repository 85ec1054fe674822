// The JS API of pkg/ in Node: every data-driven case, the wrong types only JS can send, the parameters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as api from '../../pkg/index.js';
import { loadCases, runCase, mismatches, jsOnlyInputs } from './cases.mjs';
import { career, jsOnlyPersonInputs, twentyYearWorker } from './check.mjs';

api.initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

for (const c of loadCases()) {
  test(`${c.calculator}/${c.name}`, () => {
    const actual = runCase(api, c);
    assert.deepEqual(mismatches(actual, c.expect), []);
    if (c.expect.error) {
      assert.equal(actual.error.isError, true, 'thrown as a JS Error');
      assert.equal(actual.error.name, 'BhxhError');
      assert.ok(actual.error.messageVi.length > 10 && actual.error.messageEn.length > 10);
    }
  });
}

for (const [what, input, code, field] of jsOnlyInputs) {
  test(`wrong JS input: ${what}`, () => {
    assert.throws(() => api.contribution(input), (e) => e instanceof Error && e.code === code && e.field === field);
  });
}

test('a cyclic or very deep input is an error, not a crash', () => {
  const cyclic = { month: '2026-11', salary: 1e7, region: 1, overrides: { parameters: {} } };
  cyclic.overrides.parameters.referenceLevel = [{ from: '2027-01', value: cyclic }];
  assert.throws(() => api.contribution(cyclic), (e) => e.code === 'override.invalid' || e.code === 'input.wrongType');
  let deep = {};
  for (let i = 0; i < 10000; i++) deep = { x: deep };
  assert.throws(() => api.voluntaryContribution(deep), (e) => e.code === 'input.unknownField');
  assert.throws(() => api.contribution({ month: '2026-11', salary: 10n, region: 1 }), (e) => e.code === 'input.wrongType');
  assert.throws(() => api.contribution({ month: '2026-11', salary: Symbol('s'), region: 1 }), (e) => e.code === 'input.wrongType');
});

test('an input past a million characters or values is refused before it is copied, naming where', () => {
  // Found by the fuzzer (tests/fuzz/fuzz.mjs): 3,000 rows of cells of 2 MB each (the same JS string, so nothing
  // to the caller) were copied into the module whole before the cells' own limit was checked: minutes, and
  // past the module's 4 GB, a trap. A sparse list of a billion places was read place by place.
  const big = ' '.repeat(2 ** 21);
  const cases = [
    ['readRecord', { today: '2026-11', rows: Array.from({ length: 3000 }, () => ['01/2020', big, big]) }, 'rows[0][1]'],
    ['readRecord', { today: '2026-11', text: 'x'.repeat(1_000_001) }, 'text'],
    ['contribution', { month: '2026-11', salary: 1e7, region: 1, [big]: 1 }, 'input'],
    ['pension', { sex: 'male', birth: '1966-04', today: '2026-11', history: new Array(1e9) }, 'history'],
    ['compareWithdrawal', { sex: 'male', birth: '1966-04', today: '2026-11', history: Array.from({ length: 200_001 }, () => ({ from: '2005-01', to: '2026-10', kind: 'compulsory', salary: 1e7 })) }, /^history\[\d+\]/],
    // A field in a list's item is named as the documentation writes it, with its dot; a key too long names
    // the object it is in.
    ['pension', { sex: 'male', birth: '1966-04', history: [{ from: '2005-01', to: '2026-10', kind: 'compulsory', salary: big }] }, 'history[0].salary'],
    ['pension', { sex: 'male', birth: '1966-04', history: [{ from: '2005-01', to: '2026-10', [big]: 1 }] }, 'history[0]'],
  ];
  for (const [fn, input, field] of cases) {
    const start = performance.now();
    assert.throws(() => api[fn](input), (e) => e.name === 'BhxhError' && e.code === 'input.tooLarge' && (field instanceof RegExp ? field.test(e.field) : e.field === field), `${fn} ${field}`);
    assert.ok(performance.now() - start < 5000, `${fn} refused at once`);
  }
  // Up to the allowance, the core's own checks speak, as before.
  assert.throws(() => api.readRecord({ today: '2026-11', text: 'x'.repeat(300_001) }), (e) => e.code === 'record.tooLarge' && e.field === 'text');
  assert.throws(() => api.readRecord({ today: '2026-11', rows: [['01/2020', 'x'.repeat(1001)]] }), (e) => e.code === 'record.tooLarge' && e.field === 'rows[0][1]');
});

for (const [what, fn, input, code, field] of jsOnlyPersonInputs) {
  test(`wrong JS input for ${fn}: ${what}`, () => {
    assert.throws(
      () => api[fn](input),
      (e) => {
        assert.ok(e instanceof Error, 'thrown as a JS Error');
        assert.equal(e.name, 'BhxhError');
        assert.deepEqual({ code: e.code, field: e.field }, { code, field });
        assert.ok(e.messageVi.length > 10 && e.messageEn.length > 10);
        return true;
      },
    );
  });
}

test('a 480-month history in 6 periods gives a whole, positive pension', () => {
  const p = api.pension({ sex: 'male', birth: '1966-04', history: career, today: '2026-11', decisionMonth: '2028-05' });
  assert.deepEqual(
    { total: p.months.total, compulsory: p.months.compulsory, voluntary: p.months.voluntary, state: p.months.state },
    { total: 480, compulsory: 462, voluntary: 18, state: 217 },
  );
  assert.equal(p.eligible, true);
  assert.equal(p.decisionMonth, '2028-05');
  assert.ok(Number.isInteger(p.monthlyPension) && p.monthlyPension > 0, `monthlyPension ${p.monthlyPension}`);
  assert.ok(Number.isInteger(p.average.value) && p.average.value > 0);
  assert.ok(p.steps.length > 3);
  const quiet = api.pension({ sex: 'male', birth: '1966-04', history: career, today: '2026-11', decisionMonth: '2028-05', explain: false });
  assert.equal(quiet.monthlyPension, p.monthlyPension);
  assert.deepEqual(quiet.steps, []);
});

test('a 20-year comparison: three paths of whole đồng, series consistent with their totals', () => {
  const c = api.compareWithdrawal(twentyYearWorker);
  assert.equal(c.requestMonth, '2026-11');
  // 12 months without contributions by 2026-10, fewer than 20 years (238 months), time before 2025-07: open now.
  assert.equal(c.withdraw.outcome, 'lumpSum');
  assert.equal(c.withdraw.lumpSumMonth, '2026-11');
  const w = api.oneTimeWithdrawal(twentyYearWorker);
  assert.equal(w.allowed, true);
  assert.equal(c.withdraw.lumpSum, w.amount);
  assert.equal(c.keep.outcome, 'pension');
  assert.equal(c.contribute.outcome, 'pension');
  for (const path of [c.withdraw, c.keep, c.contribute]) {
    let cumulative = 0;
    for (const y of path.series) {
      for (const v of [y.received, y.paid, y.cumulative, y.presentValue]) assert.ok(Number.isInteger(v));
      cumulative += y.received - y.paid;
      assert.equal(y.cumulative, cumulative);
    }
    assert.equal(path.totals.net, cumulative);
    assert.equal(path.series.at(-1).presentValue, path.totals.presentValue);
  }
  assert.ok(c.keep.breakEven && c.keep.breakEven.month >= c.keep.pensionStart);
  assert.ok(c.keep.lumpSumInPensionMonths > 0);
  assert.ok(c.steps.some((s) => s.id === 'comparison'));
  assert.ok(c.assumptions.some((a) => a.id === 'discountRate'));
});

test('without `today` the API reads the clock: the current month may end a history, the next may not', () => {
  const now = new Date();
  const month = (offset) => {
    const d = new Date(now.getFullYear(), now.getMonth() + offset, 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  };
  const input = (to) => ({ sex: 'female', birth: '1980-05', history: [{ from: '2010-01', to, kind: 'compulsory', salary: 12_000_000 }] });
  const p = api.pension(input(month(0)));
  assert.equal(p.months.total, (now.getFullYear() - 2010) * 12 + now.getMonth() + 1);
  assert.throws(() => api.pension(input(month(1))), (e) => e.code === 'month.future' && e.field === 'history[0].to');
  // The birth month is bounded by the clock too: born next month is impossible, born this month is not.
  assert.equal(api.retirementAge({ sex: 'male', birth: month(0) }).birth, month(0));
  assert.throws(() => api.retirementAge({ sex: 'male', birth: month(1) }), (e) => e.code === 'birth.implausible' && e.field === 'birth');
});

test('the module keeps working after every error', () => {
  const r = api.contribution({ month: '2026-11', salary: 20_000_000, region: 1 });
  assert.equal(r.employee.total, 2_100_000);
  assert.equal(r.base.unemployment, 20_000_000);
  assert.equal(r.steps[0].sources[0].instrument, 'Nghị định 293/2025/NĐ-CP');
  const age = api.retirementAge({ sex: 'female', birth: '1969-01', today: '2026-11' });
  assert.deepEqual({ age: age.age, monthReached: age.monthReached, pensionStart: age.pensionStart }, {
    age: { years: 56, months: 8 },
    monthReached: '2025-09',
    pensionStart: '2025-10',
  });
  const p = api.pension({
    sex: 'female', birth: '1969-01', decisionMonth: '2026-08', today: '2026-11',
    history: [{ from: '2011-01', to: '2026-07', kind: 'compulsory', salary: 10_000_000 }],
  });
  assert.equal(p.monthlyPension, 5_858_160);
});

test('parameters() lists every dated parameter in data/params with its sources', () => {
  const catalogue = api.parameters();
  const dataDir = new URL('../../data/params/', import.meta.url);
  const ids = readdirSync(dataDir)
    .filter((f) => f.endsWith('.toml') && f !== 'retirement_age.toml')
    .flatMap((f) => [...readFileSync(new URL(f, dataDir), 'utf8').matchAll(/^id = "(\w+)"/gm)].map((m) => m[1]));
  assert.deepEqual(catalogue.parameters.map((p) => p.id).sort(), ids.sort());
  const reference = catalogue.parameters.find((p) => p.id === 'referenceLevel');
  assert.deepEqual(reference.values.at(-1), {
    from: '2026-07',
    value: 2_530_000,
    source: { instrument: 'Nghị định 161/2026/NĐ-CP', article: 'Điều 3.2' },
  });
  const minimum = catalogue.parameters.find((p) => p.id === 'regionalMinimumWage');
  assert.deepEqual(minimum.values.at(-1).value, { I: 5_310_000, II: 4_730_000, III: 4_140_000, IV: 3_700_000 });
  const support = catalogue.parameters.find((p) => p.id === 'voluntarySupportRate');
  assert.deepEqual(support.values.at(-1).value, { poorHousehold: 50, nearPoorHousehold: 40, ethnicMinority: 30, other: 20 });
  assert.deepEqual(catalogue.revaluationTables.map((t) => t.decisionYear), [2024, 2025, 2026]);
  assert.deepEqual(catalogue.revaluationTables[2].salary[0], { year: 1994, coefficient: 5.81 });
  assert.equal(catalogue.revaluationTables[2].income[0].year, 2008);
  assert.deepEqual(catalogue.retirementAge.male, { before: '60y0m', firstYear: 2021, stepMonths: 3, final: '62y0m' });
  assert.equal(catalogue.lifeTable.year, 2023);
  assert.match(catalogue.lifeTable.source.instrument, /World Population Prospects 2024/);
  for (const p of catalogue.parameters) {
    for (const v of p.values) assert.ok(v.source.instrument && v.source.article, `${p.id} ${v.from}`);
  }
});

test('pkg/ is a publishable npm package with types', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url), 'utf8'));
  for (const field of ['name', 'version', 'description', 'license', 'repository', 'types']) assert.ok(pkg[field], field);
  assert.equal(pkg.types, 'index.d.ts');
  assert.equal(pkg.main, 'index.js');
  for (const file of ['bhxh_bg.wasm', 'bhxh.js', 'bhxh.d.ts', 'index.js', 'index.d.ts', 'wording/']) assert.ok(pkg.files.includes(file), file);
  assert.match(readFileSync(new URL('../../pkg/index.d.ts', import.meta.url), 'utf8'), /export \{ describe, say/);
  const types = readFileSync(new URL('../../pkg/bhxh.d.ts', import.meta.url), 'utf8');
  // The API's own signatures are typed; only wasm-bindgen's raw exports (InitOutput) use `any`.
  assert.match(types, /export function contribution\(input: ContributionInput\): Contribution;/);
  assert.match(types, /export function voluntaryContribution\(input: VoluntaryInput\): VoluntaryContribution;/);
  assert.match(types, /export function parameters\(\): Catalogue;/);
  assert.match(types, /export function retirementAge\(input: RetirementAgeInput\): RetirementAge;/);
  assert.match(types, /export function pension\(input: PensionInput\): Pension;/);
  assert.match(types, /export function oneTimeWithdrawal\(input: OneTimeWithdrawalInput\): OneTimeWithdrawal;/);
  assert.match(types, /export function compareWithdrawal\(input: CompareWithdrawalInput\): Comparison;/);
  const api = types.slice(0, types.indexOf('export type InitInput'));
  assert.doesNotMatch(api, /:\s*any\b|<any>|any\[\]/);
});
