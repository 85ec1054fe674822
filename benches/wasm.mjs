// The wasm package through its JS API in Node: the median time of a call, and the size of what a phone
// downloads (the whole engine in pkg/, and each page's engine in target/engines/). Prints figures against the
// budgets; it is a measurement, not a test.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import * as api from '../pkg/bhxh.js';
import { career, twentyYearWorker } from '../tests/js/check.mjs';

const wasm = readFileSync(new URL('../pkg/bhxh_bg.wasm', import.meta.url));
const glue = readFileSync(new URL('../pkg/bhxh.js', import.meta.url));
api.initSync({ module: wasm });

function median(fn, { warmup = 2000, runs = 20000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  times.sort();
  return { median: times[runs >> 1], p90: times[Math.floor(runs * 0.9)] };
}

// The budgets' figures, printed again together at the end.
const summary = [];
const verdict = (value, budget, unit) => (value <= budget ? 'within' : `OVER by ${(value - budget).toFixed(1)} ${unit}`);

const row = (name, { median, p90 }, budget, headline) => {
  console.log(`${name.padEnd(50)} median ${median.toFixed(1).padStart(7)} µs   p90 ${p90.toFixed(1).padStart(7)} µs${budget ? `   budget ${budget} µs: ${verdict(median, budget, 'µs')}` : ''}`);
  if (headline) summary.push([headline, `${median.toFixed(1)} µs`, `≤ ${budget} µs`, verdict(median, budget, 'µs')]);
};

console.log('\nwasm through the JS API (Node ' + process.version + ')');
row('contribution (2026-11, 20,000,000, region 1)', median(() => api.contribution({ month: '2026-11', salary: 20_000_000, region: 1 })), 20, 'a contribution with its explanation');
row('contribution, explain: false', median(() => api.contribution({ month: '2026-11', salary: 20_000_000, region: 1, explain: false })), 20);
row('voluntaryContribution (monthly)', median(() => api.voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'other' })), 20);
row('voluntaryContribution (monthly), explain: false', median(() => api.voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'other', explain: false })), 20);
row('voluntaryContribution (5 years prepaid)', median(() => api.voluntaryContribution({ month: '2026-11', income: 1_500_000, group: 'other', mode: { years: 5 } })));
row('parameters()', median(() => api.parameters(), { warmup: 200, runs: 2000 }));

// A man born 1966-04 (retirement age 62 in 2028-04) with the 40-year, 480-month career of the JS tests.
const person = { sex: 'male', birth: '1966-04', today: '2026-11', decisionMonth: '2028-05' };
const full = api.pension({ ...person, history: career });
if (full.months.total !== 480 || !(full.monthlyPension > 0)) throw new Error(`unexpected pension: ${full.months.total} months, ${full.monthlyPension}`);
row('pension (480 months, 6 periods)', median(() => api.pension({ ...person, history: career })), 50, 'a pension for a 480-month history');
row('pension (480 months, 6 periods), explain: false', median(() => api.pension({ ...person, history: career, explain: false })), 50);

// The accumulation: the same man with a shorter history that lacks years, contributing on until a pension
// is reached, then the pension of each of 120 retirement months.
const short = [
  { from: '1995-01', to: '1999-12', kind: 'state', coefficient: 2.34 },
  { from: '2015-01', to: '2020-12', kind: 'compulsory', salary: 12_000_000 },
  { from: '2021-01', to: '2021-12', kind: 'voluntary', income: 3_000_000 },
];
const accumulation = { ...person, history: short, continuation: { kind: 'compulsory', salary: 15_000_000 } };
const projected = api.pension(accumulation).projection;
const options = projected?.byRetirementMonth.length;
if (options !== 120) throw new Error(`expected 120 retirement months, got ${options}`);
row(`pension + continuation (${options} retirement months)`, median(() => api.pension(accumulation), { warmup: 20, runs: 200 }), 5000);

// The withdrawal question for a 20-year history (238 months in 4 periods): the lump sum,
// and the three paths with their series to the horizon and expected values to age 110.
const compared = api.compareWithdrawal(twentyYearWorker);
if (compared.withdraw.outcome !== 'lumpSum' || compared.keep.outcome !== 'pension') throw new Error('unexpected comparison');
row('oneTimeWithdrawal (20-year history)', median(() => api.oneTimeWithdrawal(twentyYearWorker), { warmup: 200, runs: 5000 }));
row('compareWithdrawal (20-year history)', median(() => api.compareWithdrawal(twentyYearWorker), { warmup: 100, runs: 2000 }), 500, 'the full comparison (compareWithdrawal)');
row('compareWithdrawal (20-year history), explain: false', median(() => api.compareWithdrawal({ ...twentyYearWorker, explain: false }), { warmup: 100, runs: 2000 }), 500);
row('compareWithdrawal (20-year history), series: false', median(() => api.compareWithdrawal({ ...twentyYearWorker, series: false }), { warmup: 100, runs: 2000 }), 500);
row('compareWithdrawal (20-year history), lean: explain and series false', median(() => api.compareWithdrawal({ ...twentyYearWorker, explain: false, series: false }), { warmup: 100, runs: 2000 }), 500);

// Sizes: KB = 1,000 bytes, the stricter reading of a budget's KB. Each page loads its own engine, built with only
// the functions it calls (scripts/run.sh build); the legal page loads the pension's.
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const sizes = (bytes) => [bytes.length, gzipSync(bytes, { level: 9 }).length, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length];
const engines = [
  ['whole engine (pkg/)', wasm, 100],
  ...[['contributions', 35], ['pension', 55], ['withdrawal', 65], ['record', null]].map(([name, budget]) => {
    const file = new URL(`../target/engines/${name}/bhxh_bg.wasm`, import.meta.url);
    return [`${name} page's engine`, existsSync(file) ? readFileSync(file) : null, budget];
  }),
];
console.log(`\nsize (KB = 1,000 bytes)           raw      gzip -9    brotli 11   budget, gzipped`);
for (const [name, bytes, budget] of engines) {
  if (!bytes) {
    console.log(`${name.padEnd(28)} not built (scripts/run.sh build)`);
    continue;
  }
  const [raw, gz, br] = sizes(bytes);
  const against = budget ? `≤ ${budget} KB: ${verdict(gz / 1000, budget, 'KB')}` : 'none (loaded when a record is read)';
  console.log(`${name.padEnd(28)} ${kb(raw).padStart(9)} ${kb(gz).padStart(12)} ${kb(br).padStart(12)}   ${against}`);
  if (budget) summary.push([`gzipped wasm, ${name}`, kb(gz), `≤ ${budget} KB`, verdict(gz / 1000, budget, 'KB')]);
}
const [glueRaw, glueGz, glueBr] = sizes(glue);
console.log(`${'bhxh.js (glue, pkg/)'.padEnd(28)} ${kb(glueRaw).padStart(9)} ${kb(glueGz).padStart(12)} ${kb(glueBr).padStart(12)}`);

console.log('\nbudgets');
const width = Math.max(...summary.map(([what]) => what.length));
for (const [what, figure, budget, result] of summary) console.log(`${what.padEnd(width)}  ${figure.padStart(10)}  ${budget.padEnd(9)}  ${result}`);
