// The JS API of pkg/ in Node: every data-driven case, the wrong types only JS can send, the parameters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as api from '../../pkg/bhxh.js';
import { loadCases, runCase, mismatches, jsOnlyInputs } from './cases.mjs';

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

test('the module keeps working after every error', () => {
  const r = api.contribution({ month: '2026-11', salary: 20_000_000, region: 1 });
  assert.equal(r.employee.total, 2_100_000);
  assert.equal(r.base.unemployment, 20_000_000);
  assert.equal(r.steps[0].sources[0].instrument, 'Nghị định 293/2025/NĐ-CP');
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
  for (const p of catalogue.parameters) {
    for (const v of p.values) assert.ok(v.source.instrument && v.source.article, `${p.id} ${v.from}`);
  }
});

test('pkg/ is a publishable npm package with types', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../pkg/package.json', import.meta.url), 'utf8'));
  for (const field of ['name', 'version', 'description', 'license', 'repository', 'types']) assert.ok(pkg[field], field);
  assert.equal(pkg.types, 'bhxh.d.ts');
  assert.ok(pkg.files.includes('bhxh_bg.wasm') && pkg.files.includes('bhxh.js'));
  const types = readFileSync(new URL('../../pkg/bhxh.d.ts', import.meta.url), 'utf8');
  // The API's own signatures are typed; only wasm-bindgen's raw exports (InitOutput) use `any`.
  assert.match(types, /export function contribution\(input: ContributionInput\): Contribution;/);
  assert.match(types, /export function voluntaryContribution\(input: VoluntaryInput\): VoluntaryContribution;/);
  assert.match(types, /export function parameters\(\): Catalogue;/);
  const api = types.slice(0, types.indexOf('export type InitInput'));
  assert.doesNotMatch(api, /:\s*any\b|<any>|any\[\]/);
});
