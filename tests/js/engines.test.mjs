// The site's per-calculator engines (target/engines/<calculator>/, built by scripts/run.sh): each has exactly
// the functions its pages call, and gives the same results as the whole package on every data-driven case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as whole from '../../pkg/bhxh.js';
import { say, withMessages } from '../../pkg/wording/describe.js';
import { loadCases, runCase, mismatches } from './cases.mjs';

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

  test(`the ${name} engine agrees with the package on its ${calculators.join(' and ')} cases`, () => {
    const own = cases.filter((c) => calculators.includes(c.calculator));
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
}
