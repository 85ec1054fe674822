// The site's per-calculator engines (target/engines/<calculator>/, built by scripts/run.sh): each has exactly
// the functions its pages call, and gives the same results as the whole package on every data-driven case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as whole from '../../pkg/bhxh.js';
import { say, withMessages } from '../../pkg/wording/describe.js';
import { calculate, loadCases, runCase, mismatches } from './cases.mjs';

whole.initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

const engines = {
  contributions: { functions: ['contribution', 'voluntaryContribution'], calculators: ['contribution', 'voluntary'] },
  pension: { functions: ['pension', 'retirementAge', 'revaluationTables'], calculators: ['retirement_age', 'pension'] },
  withdrawal: { functions: ['compareWithdrawal', 'oneTimeWithdrawal', 'revaluationTables'], calculators: ['one_time', 'compare'] },
  record: { functions: ['readRecord'], calculators: ['record'] },
};
const cases = loadCases();
/** A module's calculators as the package gives them: errors with their messages, and the words of the notes. */
const worded = (module) => ({ ...withMessages(module), say });

for (const [name, { functions, calculators }] of Object.entries(engines)) {
  const dir = new URL(`../../target/engines/${name}/`, import.meta.url);
  const engine = await import(new URL('bhxh.js', dir));
  engine.initSync({ module: readFileSync(new URL('bhxh_bg.wasm', dir)) });

  test(`the ${name} engine has the functions its page calls, and no other`, () => {
    const exported = Object.keys(engine).filter((k) => !['default', 'initSync'].includes(k)).sort();
    assert.deepEqual(exported, functions);
  });

  // What-if overrides are the package's alone: the site's pages offer none, and their engines are built without.
  const withOverrides = (c) => c.input && typeof c.input === 'object' && 'overrides' in c.input;

  test(`the ${name} engine agrees with the package on its ${calculators.join(' and ')} cases`, () => {
    const own = cases.filter((c) => calculators.includes(c.calculator) && !withOverrides(c));
    assert.ok(own.length >= 10, `${own.length} cases`);
    for (const c of own) {
      const actual = runCase(worded(engine), c);
      assert.deepEqual(mismatches(actual, c.expect), [], `${c.calculator}/${c.name}`);
      assert.deepEqual(actual, runCase(worded(whole), c), `${c.calculator}/${c.name}`);
    }
  });

  if (functions.includes('revaluationTables')) {
    test(`the ${name} engine's coefficient tables are the package's catalogue's`, () => {
      assert.deepEqual(engine.revaluationTables(), whole.parameters().revaluationTables);
      assert.ok(engine.revaluationTables().length >= 2);
    });
  }

  if (name !== 'record') {
    test(`the ${name} engine takes no what-if overrides, and says so by the field`, () => {
      const given = cases.filter((c) => calculators.includes(c.calculator) && withOverrides(c) && !c.expect.error);
      assert.ok(given.length >= 2, `${given.length} cases with overrides`);
      for (const c of given) {
        const { error } = calculate(engine, c);
        assert.deepEqual([error?.code, error?.field, error?.id], ['input.unknownField', 'overrides', 'overridesNotInThisEngine'], `${c.calculator}/${c.name}`);
        assert.equal(calculate(whole, c).error, undefined, `${c.calculator}/${c.name} in the package`);
      }
    });
  }
}
