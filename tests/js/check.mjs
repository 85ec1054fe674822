// Checking results of the JS API, in Node and in a browser page alike.

/** The current month the cases are written for, as tests/cases.rs passes it to the native core. */
export const CASES_TODAY = '2026-11';

/** Runs one case through `api` (the package's exports), with the words of its notes beside them (`vi`, `en`);
 *  a thrown error becomes { error: {...} }. */
export const runCase = (api, c) => inBothLanguages(api, calculate(api, c));

/** Runs one case through `api`: the result as the engine gives it, or { error: {...} }. */
export function calculate(api, { calculator, input }) {
  const fn = {
    contribution: api.contribution,
    voluntary: api.voluntaryContribution,
    retirement_age: api.retirementAge,
    pension: api.pension,
    one_time: api.oneTimeWithdrawal,
    compare: api.compareWithdrawal,
    record: api.readRecord,
  }[calculator];
  if (!fn) throw new Error(`no calculator named ${calculator}`);
  // Without `today` these read the device's clock; the native runner (tests/cases.rs) passes 2026-11 unless a
  // case sets `today`, so the JS runs pass the same month and both agree on every case.
  const clocked = calculator !== 'contribution' && calculator !== 'voluntary';
  if (clocked && input && typeof input === 'object' && !Array.isArray(input) && !('today' in input)) {
    input = { ...input, today: CASES_TODAY };
  }
  try {
    return fn(input);
  } catch (e) {
    return { error: { name: e.name, isError: e instanceof Error, code: e.code, field: e.field, id: e.id, figures: e.figures, messageVi: e.messageVi, messageEn: e.messageEn } };
  }
}

/** The result with every note's words beside it, `vi` and `en`, as the package's `say` writes them. */
function inBothLanguages(api, result) {
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      Object.values(v).forEach(walk);
      if (typeof v.id === 'string' && v.figures && typeof v.figures === 'object' && !('vi' in v) && api.say) {
        v.vi = api.say(v, 'vi');
        v.en = api.say(v, 'en');
      }
    }
  };
  walk(result);
  return result;
}

/** The places where `actual` does not contain `expected` (same rules as tests/cases.rs). */
export function mismatches(actual, expected, path = '') {
  const out = [];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push(`${path}: expected ${expected.length} items, got ${JSON.stringify(actual)}`);
    } else {
      expected.forEach((e, i) => out.push(...mismatches(actual[i], e, `${path}[${i}]`)));
    }
  } else if (expected && typeof expected === 'object') {
    for (const [key, want] of Object.entries(expected)) {
      if (key.endsWith('Contains')) {
        const k = key.slice(0, -'Contains'.length);
        if (!String(actual?.[k] ?? '').includes(want)) out.push(`${path}.${k}: ${JSON.stringify(actual?.[k])} does not contain ${JSON.stringify(want)}`);
      } else {
        out.push(...mismatches(actual?.[key] ?? null, want, `${path}.${key}`));
      }
    }
  } else if (actual !== expected) {
    out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  return out;
}

/** JS values no test file can express: wrong types and shapes, each with the error code it must give. */
export const jsOnlyInputs = [
  ['no input at all', undefined, 'input.wrongType', 'input'],
  ['null', null, 'input.wrongType', 'input'],
  ['a number', 42, 'input.wrongType', 'input'],
  ['a string', 'salary', 'input.wrongType', 'input'],
  ['an array', [], 'input.wrongType', 'input'],
  ['salary null', { month: '2026-11', salary: null, region: 1 }, 'input.missing', 'salary'],
  ['salary undefined', { month: '2026-11', salary: undefined, region: 1 }, 'input.missing', 'salary'],
  ['salary as text with dots', { month: '2026-11', salary: '20.000.000', region: 1 }, 'input.wrongType', 'salary'],
  ['salary as an object', { month: '2026-11', salary: { value: 1 }, region: 1 }, 'input.wrongType', 'salary'],
  ['month as a number', { month: 202611, salary: 1e7, region: 1 }, 'input.wrongType', 'month'],
  ['month as a Date', { month: new Date(0), salary: 1e7, region: 1 }, 'input.wrongType', 'month'],
  ['region as a boolean', { month: '2026-11', salary: 1e7, region: true }, 'input.wrongType', 'region'],
  ['region 1.5', { month: '2026-11', salary: 1e7, region: 1.5 }, 'region.unknown', 'region'],
  ['overrides as an array', { month: '2026-11', salary: 1e7, region: 1, overrides: [] }, 'input.wrongType', 'overrides'],
];

// The same for retirementAge and pension, whose input holds a person and a history: [what, function, input,
// code, field]. Built where they run (Node or the browser page), since some cannot travel as JSON.
const person = { sex: 'male', birth: '1966-04', today: '2026-11' };
const period = { from: '2005-01', to: '2026-10', kind: 'compulsory', salary: 15_000_000 };
const withHistory = (history, extra = {}) => ({ ...person, history, ...extra });
const selfHolding = () => {
  const history = [period];
  history.push(history);
  return withHistory(history);
};
const cyclicInput = () => {
  const input = withHistory([period]);
  input.history = input;
  return input;
};
const cyclicItem = (key) => {
  const item = { ...period };
  item[key] = item;
  return withHistory([item]);
};
export const jsOnlyPersonInputs = [
  ['null', 'retirementAge', null, 'input.wrongType', 'input'],
  ['an array', 'retirementAge', [person], 'input.wrongType', 'input'],
  ['sex as a number', 'retirementAge', { ...person, sex: 1 }, 'input.wrongType', 'sex'],
  ['sex "m"', 'retirementAge', { ...person, sex: 'm' }, 'input.unknownValue', 'sex'],
  ['birth as a Date', 'retirementAge', { ...person, birth: new Date(1966, 3, 1) }, 'input.wrongType', 'birth'],
  ['birth as a number', 'retirementAge', { ...person, birth: 196604 }, 'input.wrongType', 'birth'],
  ['condition as a boolean', 'retirementAge', { ...person, condition: true }, 'input.wrongType', 'condition'],
  ['today as a Date', 'retirementAge', { ...person, today: new Date() }, 'input.wrongType', 'today'],
  ['a history, which it does not take', 'retirementAge', withHistory([period]), 'input.unknownField', 'history'],
  ['no history', 'pension', { ...person }, 'history.empty', 'history'],
  ['history as an object', 'pension', withHistory(period), 'input.wrongType', 'history'],
  ['history as a string', 'pension', withHistory('2005-01..2026-10'), 'input.wrongType', 'history'],
  ['a history item that is a string', 'pension', withHistory(['2005-01..2026-10']), 'input.wrongType', 'history[0]'],
  ['a history item that is a number', 'pension', withHistory([period, 180]), 'input.wrongType', 'history[1]'],
  ['a history item that is null', 'pension', withHistory([null]), 'input.wrongType', 'history[0]'],
  ['salary as a string', 'pension', withHistory([{ ...period, salary: '15000000' }]), 'input.wrongType', 'history[0].salary'],
  ['salary as a BigInt', 'pension', withHistory([{ ...period, salary: 15_000_000n }]), 'input.wrongType', 'history[0].salary'],
  ['salary on a voluntary period', 'pension', withHistory([{ ...period, kind: 'voluntary', income: 2_000_000 }]), 'input.unknownField', 'history[0].salary'],
  ['kind as a number', 'pension', withHistory([{ ...period, kind: 1 }]), 'input.wrongType', 'history[0].kind'],
  ['coefficient as a string', 'pension', withHistory([{ from: '1995-01', to: '2004-12', kind: 'state', coefficient: '3,66' }]), 'input.wrongType', 'history[0].coefficient'],
  ['birth as a Date', 'pension', withHistory([period], { birth: new Date(1966, 3, 1) }), 'input.wrongType', 'birth'],
  ['sex as a number', 'pension', withHistory([period], { sex: 0 }), 'input.wrongType', 'sex'],
  ['decisionMonth as a Date', 'pension', withHistory([period], { decisionMonth: new Date() }), 'input.wrongType', 'decisionMonth'],
  ['continuation salary as a string', 'pension', withHistory([period], { continuation: { kind: 'compulsory', salary: '15000000' } }), 'input.wrongType', 'continuation.salary'],
  ['10,000 overlapping periods', 'pension', withHistory(Array.from({ length: 10_000 }, () => ({ ...period }))), 'history.overlap', 'history[1]'],
  ['a history that holds itself', 'pension', selfHolding(), 'input.wrongType', 'history[1]'],
  ['an input whose history is the input', 'pension', cyclicInput(), 'input.wrongType', 'history'],
  ['a period whose salary is the period', 'pension', cyclicItem('salary'), 'input.wrongType', 'history[0].salary'],
  ['a period that holds itself', 'pension', cyclicItem('self'), 'input.unknownField', 'history[0].self'],
  ['requestMonth as a Date', 'oneTimeWithdrawal', withHistory([period], { requestMonth: new Date() }), 'input.wrongType', 'requestMonth'],
  ['requestMonth as a number', 'oneTimeWithdrawal', withHistory([period], { requestMonth: 202612 }), 'input.wrongType', 'requestMonth'],
  ['circumstance as a boolean', 'oneTimeWithdrawal', withHistory([period], { circumstance: true }), 'input.wrongType', 'circumstance'],
  ['circumstance "cancer"', 'oneTimeWithdrawal', withHistory([period], { circumstance: 'cancer' }), 'input.unknownValue', 'circumstance'],
  ['a continuation, which it does not take', 'oneTimeWithdrawal', withHistory([period], { continuation: { kind: 'compulsory', salary: 1e7 } }), 'input.unknownField', 'continuation'],
  ['no history', 'compareWithdrawal', { ...person }, 'history.empty', 'history'],
  ['horizonAge as a string', 'compareWithdrawal', withHistory([period], { horizonAge: '80' }), 'input.wrongType', 'horizonAge'],
  ['horizonAge NaN', 'compareWithdrawal', withHistory([period], { horizonAge: NaN }), 'horizon.invalid', 'horizonAge'],
  ['horizonAge Infinity', 'compareWithdrawal', withHistory([period], { horizonAge: Infinity }), 'horizon.invalid', 'horizonAge'],
  ['horizonAge -1', 'compareWithdrawal', withHistory([period], { horizonAge: -1 }), 'horizon.invalid', 'horizonAge'],
  ['discountRate as a string', 'compareWithdrawal', withHistory([period], { discountRate: '5%' }), 'input.wrongType', 'discountRate'],
  ['discountRate -1', 'compareWithdrawal', withHistory([period], { discountRate: -1 }), 'rate.invalid', 'discountRate'],
  ['indexation 25', 'compareWithdrawal', withHistory([period], { indexation: 25 }), 'rate.invalid', 'indexation'],
  ['continuation as a string', 'compareWithdrawal', withHistory([period], { continuation: 'voluntary' }), 'input.wrongType', 'continuation'],
  ['continuation income 0', 'compareWithdrawal', withHistory([period], { continuation: { kind: 'voluntary', income: 0 } }), 'amount.notPositive', 'continuation.income'],
];

/** A 40-year career, both regimes: the state salary scale with coefficients, then salaries the employer
 * decides, with voluntary months between; 480 months in 6 periods, the last in November 2026 (the same
 * career as benches/engine.rs). Used by the tests and the benchmark. */
export const career = [
  { from: '1986-12', to: '1994-12', kind: 'state', coefficient: 2.34 },
  { from: '1995-01', to: '2004-12', kind: 'state', coefficient: 3.66, allowances: 0.5 },
  { from: '2005-01', to: '2012-06', kind: 'compulsory', salary: 8_000_000 },
  { from: '2012-07', to: '2013-12', kind: 'voluntary', income: 3_000_000 },
  { from: '2014-01', to: '2021-12', kind: 'compulsory', salary: 15_000_000 },
  { from: '2022-01', to: '2026-11', kind: 'compulsory', salary: 25_000_000 },
];

/** A 20-year career (238 months) that stopped in 2025-10 (the comparison benchmark and tests): a worker of 40 wondering
 * whether to withdraw. */
export const twentyYearWorker = {
  sex: 'male',
  birth: '1986-03',
  today: '2026-11',
  history: [
    { from: '2006-01', to: '2013-12', kind: 'compulsory', salary: 4_500_000 },
    { from: '2014-01', to: '2019-12', kind: 'compulsory', salary: 8_000_000 },
    { from: '2020-01', to: '2022-06', kind: 'voluntary', income: 2_000_000, group: 'other' },
    { from: '2022-07', to: '2025-10', kind: 'compulsory', salary: 12_000_000 },
  ],
};
