// Robustness at the JS boundary: random and mutated inputs through every function of the package in pkg/, in
// Node. Not part of the tests (`scripts/run.sh fuzz`: the default million inputs take 10 to 40 minutes).
//
//   node tests/fuzz/fuzz.mjs [--count N] [--seed S] [--from I] [--jobs J] [--only FUNCTION] [--strategy NAME]
//                            [--show-errors] [--print]
//
// Every input is made from the seed and its own index alone, so `--seed S --from I --count 1` makes input I
// again, whatever ran before it (`--print` shows the inputs without running them). `--only` and `--strategy`
// keep to one function, one way of making inputs ('generated', 'case mutated', …). Inputs are valid shapes with
// extreme values (salaries huge, negative, zero, fractional, NaN; months like 0000-00 or 9999-12; far dates;
// 120-period histories; overlapping periods; empty histories; what-if overrides at their limits), the
// data-driven cases of tests/cases/ mutated, wrong types (numbers as strings, arrays for objects, null,
// undefined, booleans, symbols, BigInt, functions, Dates, Maps, proxies, a sparse list of a billion places),
// deep nesting, strings of megabytes and odd Unicode.
//
// A failure is: a panic (a wasm trap: the module must be instantiated again, which the fuzzer does), any thrown
// value that is not a BhxhError, an error coded `internal` or not in the package's ErrorCode list, an error
// without a `field`, `code`, `messageVi` or `messageEn`, a result that is not an object or holds a number that
// JSON cannot carry (NaN, ±Infinity) or a BigInt, a call that hangs, and the module giving a known result wrong
// after some input (checked every few thousand calls). Each failure prints the seed, the index and the input.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadCases } from '../js/cases.mjs';
import { career, twentyYearWorker } from '../js/check.mjs';
import * as records from '../fixtures/records.mjs';
import { catalogues, withMessages } from '../../pkg/wording/describe.js';
import { placeholders } from '../../pkg/wording/say.js';

const PKG = new URL('../../pkg/', import.meta.url);

/** The package's functions, with the share of the inputs each gets. `parameters()` takes no input: it gets
 * a few calls with stray arguments. */
const FUNCTIONS = [
  ['contribution', 14],
  ['voluntaryContribution', 14],
  ['retirementAge', 14],
  ['pension', 14],
  ['oneTimeWithdrawal', 14],
  ['compareWithdrawal', 14],
  ['readRecord', 14],
  ['parameters', 2],
  ['revaluationTables', 1],
];
const CASE_DIRS = {
  contribution: 'contribution',
  voluntary: 'voluntaryContribution',
  retirement_age: 'retirementAge',
  pension: 'pension',
  one_time: 'oneTimeWithdrawal',
  compare: 'compareWithdrawal',
  record: 'readRecord',
};

// ---------------------------------------------------------------------------------------------------------
// Randomness: one small PRNG per input, seeded by the run's seed and the input's index.

function mix32(x) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

class Rng {
  constructor(seed, index) {
    this.state = mix32((seed ^ mix32(index + 0x9e3779b9)) >>> 0) | 0;
    /** How often the generators leave the valid range: 0 makes valid inputs with values anywhere in it (a salary
     * of 1,000 billion, a horizon of 110, 120 periods), so that the deep computations run; 1 is anything goes. */
    this.wild = 1;
  }
  /** Like chance(p), scaled by how wild this input is. */
  wildly(p) {
    return this.next() < p * this.wild;
  }
  /** mulberry32: a float in [0, 1). */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  /** One of [[weight, value or () => value], …]. */
  weighted(options) {
    let total = 0;
    for (const [w] of options) total += w;
    let r = this.next() * total;
    for (const [w, v] of options) {
      if ((r -= w) < 0) return typeof v === 'function' ? v() : v;
    }
    const last = options[options.length - 1][1];
    return typeof last === 'function' ? last() : last;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Values.

const SPECIAL_NUMBERS = [
  0, -0, 1, -1, 0.5, -0.5, 0.1, 0.3, 0.31, 1e-7, 1e-300, 5e-324, Number.EPSILON, 0.005, 0.995, 1.005, 2.34, 3.66,
  4.65, 10, 12, 13, 18, 20, 20.000001, 25, 50, 60, 62, 75, 99.999, 100, 100.5, 110, 110.0001, 119, 120, 121, 999,
  1000, 1000.5, 1001, 9999, 10000, 10001, 1995, 2014, 2025, 2100, 65535, 65536, 2 ** 31 - 1, 2 ** 31, 2 ** 32,
  -(2 ** 31), 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e12, 1e12 + 1, 999_999_999_999, 1e15, 999_999_999_999_999, 1e16,
  1e18, 1e20, 7.922816251426434e28, 1e29, 1e30, 1e100, 1e300, Number.MAX_VALUE, -Number.MAX_VALUE,
  Number.MIN_VALUE, NaN, Infinity, -Infinity, 1_150_000, 2_340_000, 2_530_000, 3_500_000, 46_800_000, 50_600_000,
];

function extremeNumber(g) {
  return g.weighted([
    [40, () => g.pick(SPECIAL_NUMBERS)],
    [20, () => (g.chance(0.8) ? 1 : -1) * Math.floor(g.next() * 10 ** g.int(0, 30))],
    [15, () => (g.chance(0.8) ? 1 : -1) * g.next() * 10 ** g.int(-8, 20)],
    [15, () => g.int(1, 500) * 100_000],
    [10, () => g.pick(SPECIAL_NUMBERS) * g.pick([1, -1, 0.5, 2, 1000, 1e-6]) + g.pick([0, 1, -1, 0.5])],
  ]);
}

/** An amount of đồng: plausible, anywhere in the valid range (up to 1,000 billion), or not an amount. */
function amount(g) {
  return g.weighted([
    [50, () => g.int(1, 1000) * g.pick([1000, 10_000, 100_000])],
    [10, () => g.pick([1, 700_000, 1_500_000, 2_340_000, 2_530_000, 4_960_000, 46_800_000, 50_600_000, 1e12, 999_999_999_999])],
    [10, () => Math.max(1, Math.round(10 ** (g.next() * 12)))],
    [40 * g.wild, () => extremeNumber(g)],
  ]);
}

const pad = (n, width) => String(n).padStart(width, '0');

const SPECIAL_MONTHS = [
  '0000-00', '0000-01', '9999-12', '9999-99', '1899-12', '1900-01', '2199-12', '2200-01', '2100-12', '2101-01',
  '2015-12', '2016-01', '2026-11', '2026-12', '2025-07', '2025-06', '2014-01', '2013-12', '1995-01', '1994-12',
  '2008-01', '2026-00', '2026-13', '2026-1', '2026-011', '202611', '2026/11', '11/2026', '2026-11-01',
  '2026-02-30', '2026-11-31', '1970-01-01T00:00:00Z', ' 2026-11', '2026-11 ', '+2026-11', '-2026-11', '2026-+1',
  '2026-\u0661\u0661', '\uff12\uff10\uff12\uff16-\uff11\uff11', '2026\u201311', '2026-11\u0000', '\ufeff2026-11',
  '2026-1\u0301', '٢٠٢٦-١١', '𝟐𝟎𝟐𝟔-𝟏𝟏', '', '-', '----', 'YYYY-MM', 'NaN-NaN', '1e3-01',
];

/** A month as text: mostly real, often at the edges, sometimes not a month. */
function month(g, { lo = 1940, hi = 2110 } = {}) {
  return g.weighted([
    [55, () => `${g.int(lo, hi)}-${pad(g.int(1, 12), 2)}`],
    [25 * g.wild, () => g.pick(SPECIAL_MONTHS)],
    [10 * g.wild, () => `${pad(g.int(0, 9999), 4)}-${pad(g.int(0, 13), 2)}`],
    [5 * g.wild, () => `${g.int(lo, hi)}-${pad(g.int(1, 12), 2)}-${pad(g.int(0, 32), 2)}`],
    [5 * g.wild, () => oddString(g)],
  ]);
}

const ODD_STRINGS = [
  '', ' ', '\t', '\n', '\r\n', '\u0000', '\ufeff', '\u200b', '\u202e', '\ud800', '\udfff\ud800', 'e\u0301',
  '\u0065\u0301\u0301\u0301', '🚀', '👨‍👩‍👧‍👦', '\u{10ffff}', '\uffff', '\u00a0', '\u3000', 'null', 'undefined', 'NaN',
  'Infinity', '-Infinity', '1e309', '-0', '0x10', '0b11', '20.000.000', '20,000,000', '1_000', '1 000 000',
  '20000000', '3,66', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'male', 'MALE',
  'Male ', 'female', 'nữ', 'Nam', 'voluntary', 'compulsory', 'state', 'other', 'poorHousehold', 'đến nay',
  'Tổng thời gian đóng BHXH: 12 năm 11 tháng', 'Từ tháng\tĐến tháng', '<script>alert(1)</script>', '${x}',
  '%s%n%d', '\\', '"', "'", '{}', '[]', '{"month":"2026-11"}', 'ＭＡＬＥ', 'Tiếng Việt có dấu', 'Tiê\u0301ng Viê\u0323t',
];

function oddString(g) {
  return g.weighted([
    [40, () => g.pick(ODD_STRINGS)],
    [25, () => randomText(g, g.int(1, 40))],
    [15, () => g.pick(ODD_STRINGS) + g.pick(ODD_STRINGS) + g.pick(ODD_STRINGS)],
    [10, () => String(extremeNumber(g))],
    [10, () => g.pick(ODD_STRINGS).repeat(g.int(2, 2000))],
  ]);
}

/** Text of random code points, from ASCII to the astral planes, lone surrogates included. */
function randomText(g, length) {
  let s = '';
  for (let i = 0; i < length; i++) {
    s += g.weighted([
      [40, () => String.fromCharCode(g.int(0x20, 0x7e))],
      [15, () => g.pick(['\t', '\n', '\r', ' ', '  ', '/', '-', '.', ',', ':', '%'])],
      [15, () => g.pick([...'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĐ'])],
      [10, () => String.fromCharCode(g.int(0, 0x1f))],
      [10, () => String.fromCharCode(g.int(0x80, 0xffff))],
      [10, () => String.fromCodePoint(g.int(0x10000, 0x10ffff))],
    ]);
  }
  return s;
}

/** Strings of megabytes, made once per worker (the same for every worker, so an input reproduces). */
let hugeStrings;
function huge(g) {
  hugeStrings ??= [
    'a'.repeat(3 << 20),
    '9'.repeat(1 << 20),
    '2026-11'.repeat(300_000),
    'đến nay '.repeat(250_000),
    '🚀'.repeat(600_000),
    'e\u0301'.repeat(700_000),
    '01/2014\t12/2015\tKế toán, Công ty TNHH Minh Phát\t9.156.000\n'.repeat(40_000),
    '01/2014  12/2015  Công nhân  5.000.000\n'.repeat(7_000), // just under the 300,000 characters of a record
    '\n'.repeat(299_999),
    ' '.repeat(1 << 20),
  ];
  const s = g.pick(hugeStrings);
  // Half of them under the million characters an input may hold in all, so the fields' own limits are met too.
  return g.chance(0.5) ? s.slice(0, g.int(0, Math.min(s.length, 999_000))) : s;
}

const someSymbol = Symbol('fuzz');
const wrongTypes = [
  () => null,
  () => undefined,
  () => true,
  () => false,
  () => 0n,
  () => 10n ** 30n,
  () => -1n,
  () => someSymbol,
  () => Symbol.iterator,
  () => function named() {},
  () => () => 1,
  () => class Thing {},
  () => new Date(0),
  () => new Date(NaN),
  () => [],
  () => [1, 2, 3],
  () => [, , 1], // sparse
  () => new Array(1e9), // a billion empty places, which cost the caller nothing
  () => new Array(2 ** 32 - 1),
  () => ({}),
  () => Object.create(null),
  () => new Map([['month', '2026-11']]),
  () => new Set([1]),
  () => new Uint8Array(8),
  () => new ArrayBuffer(8),
  () => /2026-11/,
  () => new Number(5),
  () => new String('2026-11'),
  () => new Boolean(true),
  () => new Error('not an input'),
  () => Promise.resolve(1),
  () => new Proxy({ month: '2026-11' }, {}),
  () => new Proxy([1, 2], {}),
  () => Object.defineProperty({}, 'month', { get: () => '2026-11', enumerable: true }),
  () => Object.freeze({ a: 1 }),
  () => ({ length: 2, 0: 'a', 1: 'b' }),
  () => Object.assign([1], { extra: 'x' }),
  () => ({ [someSymbol]: 1, toString: () => 'x', valueOf: () => 1 }),
  () => JSON.parse('{"__proto__": {"polluted": 1}}'),
];

/** Any value at all: wrong types, odd strings, extreme numbers, nests, cycles. */
function weird(g, depth = 0) {
  return g.weighted([
    [30, () => g.pick(wrongTypes)()],
    [20, () => oddString(g)],
    [20, () => extremeNumber(g)],
    [8, () => deep(g)],
    [6, () => cyclic(g)],
    [depth < 3 ? 8 : 0, () => Array.from({ length: g.int(0, 5) }, () => weird(g, depth + 1))],
    [depth < 3 ? 8 : 0, () => Object.fromEntries(Array.from({ length: g.int(0, 5) }, () => [oddKey(g), weird(g, depth + 1)]))],
  ]);
}

function oddKey(g) {
  return g.weighted([
    [50, () => g.pick(ALL_FIELDS)],
    [30, () => oddString(g)],
    [20, () => String(g.int(0, 200))],
  ]);
}

/** Objects and lists nested far past what the engine reads (it stops at depth 8). */
function deep(g) {
  const levels = g.pick([7, 8, 9, 10, 50, 1000, 20_000]);
  let value = g.chance(0.5) ? { month: '2026-11', salary: 1e7, region: 1 } : weird(g, 3);
  for (let i = 0; i < levels; i++) value = g.chance(0.5) ? [value] : { [g.pick(['x', 'history', 'overrides', 'mode', '0'])]: value };
  return value;
}

function cyclic(g) {
  const a = g.chance(0.5) ? [] : {};
  const b = { from: '2005-01', to: '2026-10', kind: 'compulsory', salary: 15_000_000, loop: a };
  if (Array.isArray(a)) a.push(b, a);
  else Object.assign(a, { self: a, history: [b, a] });
  return a;
}

const ALL_FIELDS = [
  'month', 'salary', 'region', 'reducedOccupationalRate', 'foreignEmployee', 'unionFee', 'explain', 'overrides',
  'income', 'group', 'mode', 'supportedMonthsBefore', 'sex', 'birth', 'condition', 'policy', 'today', 'history',
  'decisionMonth', 'noReduction', 'continuation', 'inflation', 'requestMonth', 'circumstance', 'dependants',
  'horizonAge', 'discountRate', 'indexation', 'text', 'rows', 'from', 'to', 'kind', 'coefficient', 'allowances',
  'raise', 'until', 'restructuringMonth', 'currentSalary', 'relation', 'otherSupport', 'severeIncapacity',
  'noCarer', 'parameters', 'revaluationTables', 'decisionYear', 'value', 'months', 'years',
];

// ---------------------------------------------------------------------------------------------------------
// Valid shapes, values anywhere from plausible to extreme.

/** `value` usually; sometimes something else entirely. */
const orWeird = (g, p, value) => (g.wildly(p) ? weird(g) : value());
const flag = (g) => orWeird(g, 0.05, () => g.chance(0.5));
const SEXES = ['male', 'female'];
const CONDITIONS = ['normal', 'hardship', 'coalMining', 'reducedCapacity', 'reducedCapacitySevere'];
const GROUPS = ['poorHousehold', 'nearPoorHousehold', 'ethnicMinority', 'other'];
const CIRCUMSTANCES = ['emigrating', 'seriousIllness', 'severeIncapacity', 'armedForces'];
const POLICIES = ['decree178', 'decree154', 'decree177'];

/** A person with a history, some of the `optional` fields (each at a chance of 0.3), and overrides at a chance of
 * `pOverrides`: the input of a calculator that takes a history. */
function withHistory(g, optional, pOverrides) {
  const p = person(g);
  return {
    ...p,
    history: history(g, p),
    ...some(g, optional, { p: 0.3 }),
    ...(g.chance(pOverrides) ? { overrides: overrides(g) } : {}),
  };
}

/** Some of `fields`' entries, each with its own chance; a few with weird values. */
function some(g, fields, { p = 0.4, pWeird = 0.04 } = {}) {
  const out = {};
  for (const [key, value] of Object.entries(fields)) {
    if (g.chance(p)) out[key] = g.wildly(pWeird) ? weird(g) : value();
  }
  return out;
}

function birth(g) {
  return g.weighted([
    [60, () => `${g.int(1940, 2008)}-${pad(g.int(1, 12), 2)}`],
    [15, () => `${g.int(1940, 2008)}-${pad(g.int(1, 12), 2)}-${pad(g.int(1, 28), 2)}`],
    [5, () => `${g.pick([1900, 1901, 1920, 2009, 2010, 2011])}-${pad(g.int(1, 12), 2)}`],
    [25 * g.wild, () => month(g, { lo: 1890, hi: 2030 })],
  ]);
}

function period(g, from, to, kind = g.pick(['compulsory', 'compulsory', 'state', 'voluntary'])) {
  const p = { from, to, kind };
  if (kind === 'compulsory') {
    if (g.chance(0.95)) p.salary = amount(g);
  } else if (kind === 'state') {
    if (g.chance(0.9)) p.coefficient = g.wildly(0.2) ? extremeNumber(g) : g.int(100, 1000) / 100;
    if (g.chance(0.4)) p.allowances = g.wildly(0.2) ? extremeNumber(g) : g.int(0, 300) / 100;
  } else {
    p.income = amount(g);
    if (g.chance(0.5)) p.group = g.wildly(0.05) ? oddString(g) : g.pick(GROUPS);
  }
  return p;
}

const monthText = (index) => `${Math.floor(index / 12)}-${pad((index % 12) + 1, 2)}`;
const monthIndex = (text) => {
  const [y, m] = text.split('-').map(Number);
  return y * 12 + m - 1;
};

/** A history: empty, one period, a career of consecutive periods, 120 of them, overlapping, or out of order. */
function history(g, { today = '2026-11', birth } = {}) {
  const length = g.weighted([
    [5, 0],
    [45, () => g.int(1, 6)],
    [20, () => g.int(7, 40)],
    [20, () => g.int(100, 125)],
    [10, () => g.int(1, 3)],
  ]);
  const out = [];
  if (g.chance(0.8)) {
    // Consecutive periods from a plausible start, ending before today.
    const end = /^\d{4}-\d{2}$/.test(today) ? monthIndex(today) - 1 : 2026 * 12 + 9;
    const born = /^\d{4}-\d{2}/.test(birth ?? '') ? monthIndex(birth.slice(0, 7)) : undefined;
    // From the 15th birthday at the earliest (and 1960, the first month of any period), some years before today.
    let at = born !== undefined && !g.wildly(0.5)
      ? Math.max(born + 15 * 12, 1960 * 12, Math.min(born + g.int(15 * 12, 45 * 12), end - g.int(0, 40 * 12)))
      : g.int(1960 * 12, 2026 * 12);
    for (let i = 0; i < length; i++) {
      const len = g.weighted([[60, () => g.int(1, 12)], [30, () => g.int(12, 120)], [10, () => g.int(1, 600)]]);
      const from = at;
      const to = from + len - 1;
      if (from > end && !g.wildly(0.5)) break;
      // Voluntary insurance began in 2008.
      const kind = g.pick(from < 2008 * 12 && !g.wildly(0.5) ? ['compulsory', 'compulsory', 'state'] : ['compulsory', 'compulsory', 'state', 'voluntary']);
      out.push(period(g, monthText(from), monthText(g.wildly(0.05) ? to : Math.min(to, end)), kind));
      at = to + 1 + (g.chance(0.6) ? 0 : g.int(0, 24));
    }
  } else {
    for (let i = 0; i < length; i++) out.push(period(g, month(g), month(g)));
  }
  if (out.length && g.wildly(0.1)) out.splice(g.int(0, out.length), 0, { ...g.pick(out) }); // an overlap
  if (out.length > 1 && g.chance(0.05)) out.reverse();
  if (out.length && g.wildly(0.05)) out[g.int(0, out.length - 1)] = weird(g);
  return out;
}

function policy(g) {
  const kind = g.wildly(0.05) ? oddString(g) : g.pick(POLICIES);
  return {
    kind,
    ...some(g, {
      ...(kind === 'decree178' || g.wildly(0.1) ? { restructuringMonth: () => month(g, { lo: 2020, hi: 2030 }) } : {}),
      currentSalary: () => amount(g),
    }),
  };
}

function continuation(g) {
  const kind = g.wildly(0.05) ? oddString(g) : g.pick(['compulsory', 'voluntary']);
  const raise = () => (g.wildly(0.3) ? extremeNumber(g) : g.int(0, 2000) / 100);
  const until = () => month(g, { lo: 2020, hi: 2110 });
  return kind === 'voluntary'
    ? { kind, income: amount(g), ...some(g, { group: () => g.pick(GROUPS), raise, until }) }
    : { kind, salary: amount(g), ...some(g, { raise, until }) };
}

function dependants(g) {
  return Array.from({ length: g.weighted([[70, () => g.int(0, 4)], [25, () => g.int(5, 10)], [5 * g.wild, () => g.int(11, 14)]]) }, () => ({
    relation: g.wildly(0.05) ? oddString(g) : g.pick(['spouse', 'child', 'parent', 'other']),
    birth: g.weighted([[50, () => String(g.int(1900, 2026))], [40, () => month(g, { lo: 1900, hi: 2026 })], [10 * g.wild, () => oddString(g)]]),
    ...some(g, { sex: () => g.pick(SEXES), otherSupport: () => g.chance(0.5), severeIncapacity: () => g.chance(0.5), noCarer: () => g.chance(0.5) }),
  }));
}

/** Percent values: the plausible range, its edges, and past them. */
const percent = (g, max = 20) =>
  g.weighted([
    [60, () => g.int(0, max * 100) / 100],
    [15, () => g.pick([0, max, 0.000001, max - 0.000001])],
    [10 * g.wild, () => g.pick([max + 0.001, -0.001, 0.0000001])],
    [25 * g.wild, () => extremeNumber(g)],
  ]);

let catalogue; // parameter ids and the shape of their values, from parameters()
function overrides(g) {
  const out = {};
  if (g.chance(0.8)) {
    out.parameters = {};
    for (let n = g.int(1, 4); n > 0; n--) {
      const p = g.wildly(0.03) ? { id: oddString(g), value: 1 } : g.pick(catalogue);
      let at = g.int(2000 * 12, 2110 * 12);
      out.parameters[p.id] = Array.from({ length: g.int(1, 3) }, () => {
        at += g.int(1, 60);
        return { from: g.wildly(0.1) ? month(g) : monthText(at), value: overrideValue(g, p.value) };
      });
    }
  }
  if (g.chance(0.4)) {
    out.revaluationTables = Array.from({ length: g.int(1, 3) }, () => {
      const decisionYear = g.wildly(0.15) ? extremeNumber(g) : g.int(2000, 2100);
      const table = (scale) => {
        const rows = {};
        const first = g.int(1900, 2026);
        for (let y = first; y <= Math.min(decisionYear, first + g.int(0, 150)); y += g.chance(0.9) ? 1 : g.int(2, 5)) {
          rows[y] = g.wildly(0.1) ? extremeNumber(g) : 1 + Math.round(g.next() * scale * 100) / 100;
        }
        return rows;
      };
      return { decisionYear, salary: table(g.pick([0.5, 5, 99])), ...(g.chance(0.5) ? { income: table(g.pick([0.5, 5, 99])) } : {}) };
    });
  }
  return out;
}

/** A value in the shape of a parameter's official one: scaled, at a limit, or extreme. */
function overrideValue(g, official) {
  if (official && typeof official === 'object') {
    return Object.fromEntries(Object.entries(official).map(([k, v]) => [k, g.wildly(0.1) ? extremeNumber(g) : overrideValue(g, v)]));
  }
  return g.weighted([
    [40, () => official * g.pick([0, 0.5, 1, 2, 10])],
    [10 * g.wild, () => official * g.pick([100, 1000])],
    [20, () => Math.round(official * g.next() * 10)],
    [20, () => g.pick([0, 1, 100, 1000, 10_000, 1e12])],
    [10 * g.wild, () => g.pick([1000.000001, 10_001, 1e12 + 1])],
    [20 * g.wild, () => extremeNumber(g)],
  ]);
}

function person(g) {
  const today = g.chance(0.85) ? (g.chance(0.7) ? '2026-11' : month(g, { lo: 2016, hi: 2100 })) : undefined;
  const out = { sex: g.wildly(0.05) ? oddString(g) : g.pick(SEXES), birth: birth(g) };
  if (today !== undefined) out.today = today;
  return out;
}

const generate = {
  contribution: (g) => ({
    month: month(g, { lo: 2010, hi: 2110 }),
    salary: amount(g),
    region: g.wildly(0.1) ? extremeNumber(g) : g.int(1, 4),
    ...some(g, { reducedOccupationalRate: () => flag(g), foreignEmployee: () => flag(g), unionFee: () => flag(g), explain: () => flag(g) }),
    ...(g.chance(0.25) ? { overrides: overrides(g) } : {}),
  }),
  voluntaryContribution: (g) => ({
    month: month(g, { lo: 2010, hi: 2110 }),
    income: amount(g),
    group: g.wildly(0.05) ? oddString(g) : g.pick(GROUPS),
    ...some(g, {
      mode: () =>
        g.weighted([
          [40, () => ({ months: g.pick([1, 3, 6, 12]) })],
          [30, () => ({ years: g.pick([1, 2, 3, 4, 5]) })],
          [20 * g.wild, () => ({ [g.pick(['months', 'years'])]: extremeNumber(g) })],
          [10 * g.wild, () => ({ months: g.pick([1, 3]), years: g.pick([1, 2]) })],
        ]),
      supportedMonthsBefore: () => (g.wildly(0.3) ? extremeNumber(g) : g.int(0, 130)),
      explain: () => flag(g),
    }),
    ...(g.chance(0.25) ? { overrides: overrides(g) } : {}),
  }),
  retirementAge: (g) => ({
    ...person(g),
    ...some(g, { condition: () => g.pick(CONDITIONS), policy: () => policy(g), explain: () => flag(g) }),
  }),
  pension: (g) =>
    withHistory(g, {
      condition: () => g.pick(CONDITIONS),
      decisionMonth: () => month(g, { lo: 2016, hi: 2080 }),
      policy: () => policy(g),
      noReduction: () => flag(g),
      continuation: () => continuation(g),
      inflation: () => percent(g),
      explain: () => flag(g),
    }, 0.2),
  oneTimeWithdrawal: (g) =>
    withHistory(g, {
      condition: () => g.pick(CONDITIONS),
      requestMonth: () => month(g, { lo: 2016, hi: 2080 }),
      circumstance: () => g.pick(CIRCUMSTANCES),
      policy: () => policy(g),
      inflation: () => percent(g),
      explain: () => flag(g),
    }, 0.2),
  compareWithdrawal: (g) =>
    withHistory(g, {
      condition: () => g.pick(CONDITIONS),
      requestMonth: () => month(g, { lo: 2016, hi: 2080 }),
      circumstance: () => g.pick(CIRCUMSTANCES),
      policy: () => policy(g),
      dependants: () => dependants(g),
      continuation: () => continuation(g),
      horizonAge: () => g.weighted([[60, () => Math.min(110, g.int(60, 110) + g.pick([0, 0.5, 0.25]))], [40 * g.wild, () => extremeNumber(g)]]),
      discountRate: () => percent(g),
      indexation: () => percent(g),
      inflation: () => percent(g),
      explain: () => flag(g),
      series: () => flag(g),
    }, 0.15),
  readRecord: (g) => {
    const out = g.chance(0.75) ? { text: recordText(g) } : { rows: recordRows(g) };
    if (g.chance(0.7)) out.today = g.chance(0.7) ? '2026-11' : month(g, { lo: 2010, hi: 2110 });
    return out;
  },
  parameters: (g) => weird(g),
  revaluationTables: (g) => weird(g),
};

// A record's lines: headers, periods written every way a statement or VssID writes them, totals, noise.
const HEADERS = [
  'Từ tháng\tĐến tháng\tCấp bậc, chức vụ, chức danh nghề, công việc, nơi làm việc\tMức đóng\tPhụ cấp\t\t\t\t\t\tTỷ lệ đóng',
  '\t\t\t\tChức vụ\tTN VK (%)\tTN Nghề (%)\tKhu vực\tKhác\tTái cử',
  'Từ tháng\tĐến tháng\tCấp bậc, chức vụ\tMức đóng\tChức vụ\tTN VK (%)\tTN nghề (%)',
  'Từ tháng  Đến tháng  Đơn vị  Mức lương  Tỷ lệ',
  'Thời gian\tĐơn vị\tChức vụ\tSố tháng',
  'QUÁ TRÌNH THAM GIA BHXH',
  'Họ và tên: NGUYỄN VĂN A  Ngày sinh: 12/03/1980  Giới tính: Nam',
  'Mã số BHXH: 0123456789',
];
function recordMonth(g) {
  return g.weighted([
    [50, () => `${pad(g.int(1, 12), 2)}/${g.int(1960, 2030)}`],
    [10, () => `${g.int(1, 12)}/${g.int(1960, 2030)}`],
    [10, () => `T${g.int(1, 12)}/${g.int(1960, 2030)}`],
    [10, () => g.pick(['đến nay', 'nay', 'Đến nay', '00/0000', '13/2026', '99/9999', '01/1899', '12/2199'])],
    [10, () => `${g.int(1960, 2030)}-${pad(g.int(1, 12), 2)}`],
    [10, () => oddString(g)],
  ]);
}
function recordSalary(g) {
  const n = amount(g);
  return g.weighted([
    [30, () => (Number.isFinite(n) ? Math.trunc(n).toLocaleString('de-DE') : String(n))],
    [20, () => (Number.isFinite(n) ? Math.trunc(n).toLocaleString('en-US') : String(n))],
    [20, () => String(n)],
    [15, () => `${g.int(1, 10)},${pad(g.int(0, 99), 2)}`],
    [15, () => g.pick(['9'.repeat(g.int(1, 40)), '0', '-1', '1.0.0.0', ',,,', '3,66,1', '1e12', oddString(g)])],
  ]);
}
function recordLine(g) {
  const sep = g.pick(['\t', '  ', ' ', '   ', '\t\t', ' | ']);
  return g.weighted([
    [55, () => [recordMonth(g), recordMonth(g), g.pick(['Kế toán, Công ty TNHH Minh Phát', 'Công nhân', 'Giáo viên', 'Không tham gia BHXH', randomText(g, g.int(0, 30))]), recordSalary(g), ...Array.from({ length: g.int(0, 6) }, () => (g.chance(0.5) ? String(g.int(0, 100)) : ''))].join(sep)],
    [15, () => g.pick(HEADERS)],
    [10, () => `Tổng thời gian đóng BHXH: ${g.int(0, 99)} năm ${g.int(0, 20)} tháng`],
    [10, () => randomText(g, g.int(0, 80))],
    [5, () => ''],
    [5, () => `${recordMonth(g)} - ${recordMonth(g)}${sep}${g.int(0, 999)} tháng`],
  ]);
}
function recordText(g) {
  return g.weighted([
    [75, () => Array.from({ length: g.weighted([[70, () => g.int(1, 15)], [25, () => g.int(16, 300)], [5, () => g.int(2900, 3100)]]) }, () => recordLine(g)).join(g.pick(['\n', '\n', '\r\n', '\r']))],
    [15, () => mutateString(g, g.pick(recordTexts))],
    [10, () => oddString(g)],
  ]);
}
function recordRows(g) {
  const n = g.weighted([[80, () => g.int(0, 20)], [15, () => g.int(20, 300)], [5, () => g.pick([2999, 3000, 3001])]]);
  return Array.from({ length: n }, () => {
    if (g.chance(0.03)) return weird(g);
    const line = recordLine(g).split(/\t| {2,}/);
    const width = g.chance(0.97) ? line.length : g.pick([59, 60, 61]);
    return Array.from({ length: width }, (_, i) =>
      g.weighted([[85, () => line[i] ?? ''], [5, null], [5, () => extremeNumber(g)], [5, () => (g.chance(0.5) ? 'x'.repeat(g.pick([999, 1000, 1001])) : weird(g))]]),
    );
  });
}
let recordTexts = [];

// ---------------------------------------------------------------------------------------------------------
// Mutations of a valid input.

/** A copy of plain objects and lists; other values are kept as they are. Cycles, depth and lists of more than
 * 100,000 places (a sparse list of a billion) stop the copy. */
function copy(value, depth = 0, copies = new Map()) {
  if (depth > 12 || !value || typeof value !== 'object' || (Array.isArray(value) && value.length > 100_000)) return value;
  if (copies.has(value)) return copies.get(value); // a cycle stays a cycle
  if (Array.isArray(value)) {
    const out = [];
    copies.set(value, out);
    for (const v of value) out.push(copy(v, depth + 1, copies));
    return out;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out = {};
    copies.set(value, out);
    for (const [k, v] of Object.entries(value)) out[k] = copy(v, depth + 1, copies);
    return out;
  }
  return value;
}

/** Every place in a plain value: [parent, key] pairs, to depth 6, not inside lists of more than 10,000. */
function places(value, out = [], depth = 0) {
  if (depth > 6 || !value || typeof value !== 'object' || (Array.isArray(value) && value.length > 10_000)) return out;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return out;
  for (const key of Object.keys(value)) {
    out.push([value, key]);
    places(value[key], out, depth + 1);
  }
  return out;
}

function mutateString(g, s) {
  if (typeof s !== 'string') return oddString(g);
  const at = g.int(0, s.length);
  return g.weighted([
    [15, () => s.slice(0, at) + randomText(g, g.int(1, 5)) + s.slice(at)],
    [15, () => s.slice(0, at) + s.slice(at + g.int(1, 10))],
    [10, () => s.slice(0, at)],
    [10, () => s + s],
    [10, () => s.toUpperCase()],
    [10, () => s.normalize(g.pick(['NFD', 'NFKD']))],
    [10, () => s.replace(/\d/g, (d) => (g.chance(0.3) ? String(g.int(0, 9)) : d))],
    [5, () => s.replace(/-/g, g.pick(['/', '', '--', '\u2013', '.']))],
    [5, () => ` ${s}\t`],
    [5, () => s.split('').reverse().join('')],
    [5, () => s.repeat(Math.max(1, Math.min(g.int(2, 5000), Math.floor(4e6 / (s.length + 1)))))],
  ]);
}

/** A value of the same kind, pushed to an edge: numbers extreme, months odd, strings mangled. */
function pushed(g, value) {
  if (typeof value === 'number') {
    return g.weighted([
      [50, () => extremeNumber(g)],
      [15, () => value + g.pick([1, -1, 0.5, -0.5, 1e-9])],
      [15, () => value * g.pick([-1, 0, 10, 1000, 1e6, 1e-3])],
      [10, () => String(value)],
      [10, () => BigInt(Math.trunc(Number.isFinite(value) ? value : 0))],
    ]);
  }
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(value)) return g.chance(0.7) ? month(g) : mutateString(g, value);
    if (/^-?\d+(\.\d+)?$/.test(value) && g.chance(0.3)) return Number(value);
    return g.weighted([[60, () => mutateString(g, value)], [30, () => oddString(g)], [10, () => huge(g)]]);
  }
  if (typeof value === 'boolean') return g.weighted([[50, !value], [50, () => weird(g)]]);
  return weird(g);
}

/** Cases of every calculator, for cross-over (a field of one calculator in another's input). */
let allCaseInputs = [];

function mutate(g, input, times = g.int(1, 4)) {
  const root = { input: copy(input) };
  for (let i = 0; i < times; i++) {
    const spots = places(root);
    const pickSpot = () => (spots.length ? g.pick(spots) : [root, 'input']);
    const [parent, key] = pickSpot();
    const isList = Array.isArray(parent);
    const operations = [
      [30, () => (parent[key] = pushed(g, parent[key]))],
      [15, () => (parent[key] = weird(g))],
      [10, () => (isList ? parent.splice(Number(key), 1) : delete parent[key])],
      [10, () => {
        // A list item repeated (overlapping periods, 130 of them), or a new field.
        if (isList) parent.splice(Number(key), 0, ...Array.from({ length: g.pick([1, 1, 2, 50, 130]) }, () => copy(parent[key])));
        else parent[oddKey(g)] = g.chance(0.5) ? copy(parent[key]) : weird(g);
      }],
      [10, () => {
        // A field from another case, of any calculator.
        const other = g.pick(allCaseInputs);
        const keys = other && typeof other === 'object' ? Object.keys(other) : [];
        if (keys.length) {
          const k = g.pick(keys);
          (isList || !parent || typeof parent !== 'object' ? root.input : parent)[k] = copy(other[k]);
        }
      }],
      [5, () => (parent[key] = g.chance(0.5) ? [parent[key]] : { value: parent[key] })],
      [5, () => (parent[key] = deep(g))],
      [5, () => (parent[key] = huge(g))],
      [5, () => {
        // The same fields in the opposite order.
        if (isList) return parent.reverse();
        const entries = Object.entries(parent);
        for (const [k] of entries) delete parent[k];
        for (const [k, v] of entries.reverse()) parent[k] = v;
      }],
      [5, () => {
        const [p2, k2] = pickSpot();
        [parent[key], p2[k2]] = [p2[k2], parent[key]];
      }],
    ];
    try {
      g.weighted(operations);
    } catch (e) {
      // A frozen object (one of the odd values) refuses some mutations: those are simply not made.
      if (!(e instanceof TypeError)) throw e;
    }
  }
  return root.input;
}

// ---------------------------------------------------------------------------------------------------------
// One input: which function, what input, how it is called.

let casesByFunction;

function makeInput(seed, index, only, onlyStrategy) {
  const g = new Rng(seed, index);
  const name = only ?? g.weighted(FUNCTIONS.map(([n, w]) => [w, n]));
  const cases = casesByFunction[name] ?? [];
  const fromCase = () => mutate(g, g.chance(0.9) && cases.length ? g.pick(cases) : g.pick(allCaseInputs));
  const strategies = {
    'case mutated': [28, fromCase],
    generated: [32, () => generate[name](g)],
    'generated, mutated': [15, () => mutate(g, generate[name](g))],
    'wrong type': [8, () => (g.chance(0.5) ? weird(g) : wrongShape(g, generate[name](g)))],
    deep: [4, () => ({ ...generate[name](g), [g.pick(ALL_FIELDS)]: deep(g) })],
    'huge or odd strings': [5, () => stringsEverywhere(g, generate[name](g))],
    'case as given': [3, () => (cases.length ? copy(g.pick(cases)) : generate[name](g))],
    'override at a limit': [5, () => atLimit(g, cases.length && g.chance(0.5) ? copy(g.pick(cases)) : generate[name](g))],
  };
  const strategy = onlyStrategy ?? g.weighted(Object.entries(strategies).map(([n, [w]]) => [w, n]));
  // Generated inputs are mostly valid, so that the computations behind the checks run on extreme values.
  g.wild = strategy === 'generated' ? g.weighted([[55, 0], [30, 0.15], [15, 1]]) : g.weighted([[30, 0], [30, 0.15], [40, 1]]);
  const input = strategies[strategy][1]();
  const call = g.weighted([
    [94, 'input'],
    [2, 'no argument'],
    [2, 'two arguments'],
    [2, 'this bound'],
  ]);
  const extra = call === 'two arguments' ? weird(g) : undefined;
  return { name, strategy, input, call, extra };
}

/** A valid input with one parameter overridden to a value at or near a limit overrides take (10,000 for a count,
 * 1,000 % for a rate, 1,000 billion đồng for an amount), from a month before anything it could apply to. */
function atLimit(g, input) {
  if (!input || typeof input !== 'object' || Array.isArray(input) || 'text' in input || 'rows' in input) return input;
  const p = g.pick(catalogue);
  const value = (official) =>
    typeof official === 'object'
      ? Object.fromEntries(Object.keys(official).map((k) => [k, value(official[k])]))
      : g.pick(p.unit === 'percent' || p.unit === 'percent-by-group' ? [0, 20.000001, 100, 999.999999, 1000] : p.unit === 'vnd' || p.unit === 'vnd-by-region' ? [1, 1e12] : [0, 1, 121, 500, 10_000]);
  const overrides = { ...(input.overrides && typeof input.overrides === 'object' ? input.overrides : {}) };
  overrides.parameters = { ...(overrides.parameters && typeof overrides.parameters === 'object' ? overrides.parameters : {}), [p.id]: [{ from: g.pick(['1995-01', '2016-01', '2026-01']), value: value(p.value) }] };
  return { ...input, overrides };
}

/** The input in a wrong shape as a whole: as a JSON string, in a list, a Map, a number per field. */
function wrongShape(g, input) {
  if (!input || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype) return weird(g);
  return g.weighted([
    [20, () => {
      try {
        return JSON.stringify(input);
      } catch {
        return '{"sex":"male"}';
      }
    }],
    [20, () => [input]],
    [15, () => new Map(Object.entries(input))],
    [15, () => Object.fromEntries(Object.entries(input).map(([k, v]) => [k, typeof v === 'number' ? String(v) : typeof v === 'string' && /^\d/.test(v) ? Number(v.replace('-', '')) : v]))],
    [15, () => Object.assign(Object.create(input), {})], // the fields inherited, not own
    [15, () => Object.fromEntries(Object.entries(input).map(([k, v]) => [k, g.chance(0.3) ? g.pick(wrongTypes)() : v]))],
  ]);
}

/** Every string of the input replaced, some by megabytes. */
function stringsEverywhere(g, input) {
  const root = { input: copy(input) };
  for (const [parent, key] of places(root)) {
    if (typeof parent[key] === 'string' && g.chance(0.5)) parent[key] = g.chance(0.3) ? huge(g) : oddString(g);
  }
  return root.input;
}

// ---------------------------------------------------------------------------------------------------------
// Checking a call.

const ERROR_CODES = new Set(
  [...readFileSync(new URL('bhxh.d.ts', PKG), 'utf8').match(/export type ErrorCode =([^;]*);/)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]),
);

/** The first number JSON cannot carry, or BigInt, or other non-JSON value in a result: its path. */
function notJson(value, path = '', depth = 0) {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path || '(result)'} = ${value}`;
  if (typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function') return `${path || '(result)'} is a ${typeof value}`;
  if (value === undefined) return `${path || '(result)'} is undefined`;
  if (value === null || typeof value !== 'object') return null;
  if (depth > 64) return `${path} nests deeper than 64`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = notJson(value[i], `${path}[${i}]`, depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return `${path || '(result)'} is not a plain object (${Object.prototype.toString.call(value)})`;
  for (const key of Object.keys(value)) {
    const bad = notJson(value[key], `${path}.${key}`, depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** What is wrong with a call's outcome, or null. `panic` says the module must be made again. */
function judge(outcome) {
  if ('result' in outcome) {
    const { result } = outcome;
    if (!result || typeof result !== 'object') return { kind: 'result not an object', detail: show(result, 2) };
    const bad = notJson(result);
    if (bad) return { kind: 'result not JSON', detail: bad };
    return null;
  }
  const e = outcome.error;
  if (e instanceof WebAssembly.RuntimeError) return { kind: 'panic', detail: `${e.message}`, panic: true };
  if (!(e instanceof Error)) return { kind: 'thrown value not an Error', detail: show(e, 2), panic: true };
  if (e.name !== 'BhxhError') return { kind: `${e.name} thrown`, detail: e.message.slice(0, 300), panic: true };
  if (e.code === 'internal') return { kind: 'internal error', detail: `${e.field}: ${e.messageEn}` };
  if (!ERROR_CODES.has(e.code)) return { kind: 'unknown error code', detail: show(e.code) };
  // A field may be a key of blanks, as the caller wrote it; a message must say something.
  if (typeof e.field !== 'string' || e.field === '') return { kind: 'error without field', detail: `${e.code}: ${e.messageEn}` };
  for (const key of ['messageVi', 'messageEn']) {
    if (typeof e[key] !== 'string' || e[key].trim() === '') return { kind: `error without ${key}`, detail: `${e.code}: ${e.field}` };
  }
  // Its words: the note's id in each catalogue, and every figure the words name among the note's figures.
  for (const [lang, catalogue] of Object.entries(catalogues)) {
    const wording = catalogue[e.id];
    if (wording === undefined) return { kind: `error without ${lang} words`, detail: `${e.code}: ${e.id}` };
    const lacking = placeholders(wording).map((p) => p.split(':')[0]).filter((name) => e.figures?.[name] == null);
    if (lacking.length) return { kind: `error lacking figures for its ${lang} words`, detail: `${e.id}: ${lacking.join(', ')}` };
  }
  return null;
}

/** A value as JS source, short: long strings cut, depth and size bounded, cycles marked. */
function show(value, maxDepth = 8, seen = new Set(), depth = 0) {
  switch (typeof value) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[function ${value.name || 'anonymous'}]`;
    case 'string':
      return value.length > 200 ? `${JSON.stringify(value.slice(0, 120))} /* …${value.length} characters in all */` : JSON.stringify(value);
    case 'boolean':
      return String(value);
  }
  if (value === null) return 'null';
  if (seen.has(value)) return '[cycle]';
  if (depth >= maxDepth) {
    let levels = 0;
    for (let v = value; v && typeof v === 'object' && levels < 100_000; v = Array.isArray(v) ? v[0] : v[Object.keys(v)[0]]) levels++;
    return `/* ${levels} more levels */ ${Array.isArray(value) ? '[…]' : '{…}'}`;
  }
  seen.add(value);
  let text;
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, 12).map((v) => show(v, maxDepth, seen, depth + 1));
    if (value.length > 12) items.push(`/* …${value.length} items in all */`);
    text = `[${items.join(', ')}]`;
  } else if (proto !== Object.prototype && proto !== null) {
    text = `/* ${Object.prototype.toString.call(value)} */ ${(() => { try { return JSON.stringify(value)?.slice(0, 100) ?? ''; } catch { return ''; } })()}`;
  } else {
    const keys = Object.keys(value);
    const items = keys.slice(0, 24).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${show(value[k], maxDepth, seen, depth + 1)}`);
    if (keys.length > 24) items.push(`/* …${keys.length} keys in all */`);
    text = `${proto === null ? '/* no prototype */ ' : ''}{ ${items.join(', ')} }`;
  }
  seen.delete(value);
  return text;
}

/** What inputs are made from: the cases of tests/cases/, a few more, the parameters' ids and values. */
function prepare(api) {
  catalogue = api.parameters().parameters.map((p) => ({ id: p.id, unit: p.unit, value: p.values[0].value }));
  casesByFunction = {};
  for (const c of loadCases()) (casesByFunction[CASE_DIRS[c.calculator]] ??= []).push(c.input);
  casesByFunction.contribution.push({ month: '2026-11', salary: 20_000_000, region: 1 });
  casesByFunction.pension.push({ sex: 'male', birth: '1966-04', today: '2026-11', decisionMonth: '2028-05', history: career });
  casesByFunction.oneTimeWithdrawal.push(twentyYearWorker);
  casesByFunction.compareWithdrawal.push(twentyYearWorker, { ...twentyYearWorker, dependants: [{ relation: 'spouse', birth: '1988-01' }, { relation: 'child', birth: '2020-05' }] });
  // The test records as the statement's text: a header, each row's cells apart by tabs, the total.
  const fixtures = [records.stateToEmployer, records.totalDisagrees, records.vssidList].map((r) =>
    [HEADERS[2], ...r.rows.map((row) => Object.values(row).join('\t')), `Tổng thời gian đóng BHXH: ${r.total}`].join('\n'),
  );
  casesByFunction.readRecord.push(...fixtures.map((text) => ({ text, today: records.TODAY })));
  recordTexts = casesByFunction.readRecord.map((c) => c?.text).filter((t) => typeof t === 'string');
  allCaseInputs = Object.values(casesByFunction).flat();
}

// ---------------------------------------------------------------------------------------------------------
// A worker: its share of the indexes, one module instance at a time.

async function work({ seed, from, count, jobs, job, only, onlyStrategy, progress, watch }) {
  const bytes = readFileSync(new URL('bhxh_bg.wasm', PKG));
  const module = await WebAssembly.compile(bytes);
  let generation = 0;
  let api;
  const fresh = async () => {
    // A module that trapped may be left in any state: import the glue again (a new URL is a new module
    // record) and instantiate it afresh.
    const engine = await import(new URL(`bhxh.js?instance=${job}-${generation++}`, PKG));
    engine.initSync({ module });
    // As the package gives it (pkg/index.js): errors with their messages in both languages.
    api = withMessages(engine);
  };
  await fresh();
  prepare(api);

  // A known result, to see that the module still computes right after whatever came before.
  const expectedLumpSum = api.compareWithdrawal(twentyYearWorker).withdraw.lumpSum;
  const canary = () => {
    try {
      return (
        api.contribution({ month: '2026-11', salary: 20_000_000, region: 1 }).employee.total === 2_100_000 &&
        api.compareWithdrawal(twentyYearWorker).withdraw.lumpSum === expectedLumpSum
      );
    } catch {
      return false;
    }
  };

  const stats = {};
  for (const [name] of FUNCTIONS) stats[name] = { calls: 0, results: 0, errors: {}, failures: 0, ms: 0, slowest: { ms: 0, index: -1 } };
  const failures = [];
  const fuzzerErrors = [];
  let lastCanary = from + job;
  let done = 0;
  for (let index = from + job; index < from + count; index += jobs) {
    watch[0] = index; // for the hang watchdog in the main thread
    let made;
    try {
      made = makeInput(seed, index, only, onlyStrategy);
    } catch (e) {
      // A defect of the fuzzer itself, said apart from the engine's.
      fuzzerErrors.push({ index, error: String(e.stack ?? e).split('\n').slice(0, 4).join('\n') });
      continue;
    }
    const { name, strategy, input, call, extra } = made;
    const fn = api[name];
    const s = stats[name];
    const outcome = {};
    const start = performance.now();
    try {
      outcome.result = call === 'no argument' ? fn() : call === 'two arguments' ? fn(input, extra) : call === 'this bound' ? fn.call(input, input) : fn(input);
    } catch (e) {
      outcome.error = e;
    }
    const ms = performance.now() - start;
    s.calls++;
    s.ms += ms;
    if (ms > s.slowest.ms) s.slowest = { ms, index, strategy };
    if ('result' in outcome) s.results++;
    else if (outcome.error?.name === 'BhxhError') s.errors[outcome.error.code] = (s.errors[outcome.error.code] ?? 0) + 1;
    let verdict = judge(outcome);
    if (verdict?.panic) await fresh();
    if (!verdict && (index - lastCanary >= 5000 * jobs || (index >= from + count - jobs))) {
      lastCanary = index;
      if (!canary()) {
        verdict = { kind: 'module computes wrong after earlier inputs', detail: `a known result changed; the culprit is an input between ${index - 5000 * jobs} and ${index}` };
        await fresh();
      }
    }
    if (verdict) {
      s.failures++;
      if (failures.length < 200) failures.push({ index, name, strategy, call, ...verdict, input: show(input), extra: call === 'two arguments' ? show(extra, 3) : undefined });
    }
    if (++done % 500 === 0) progress(done);
  }
  progress(done);
  return { stats, failures, fuzzerErrors, memory: (api.initSync({ module }).memory?.buffer.byteLength ?? 0) };
}

if (!isMainThread) {
  const { watchBuffer, ...options } = workerData;
  const watch = new Int32Array(watchBuffer);
  const result = await work({ ...options, watch, progress: (done) => parentPort.postMessage({ done }) });
  parentPort.postMessage({ result });
}

// ---------------------------------------------------------------------------------------------------------
// The main thread: options, workers, the watchdog, the report.

if (isMainThread) {
  const { values: opts } = parseArgs({
    options: {
      count: { type: 'string', default: '1000000' },
      seed: { type: 'string' },
      from: { type: 'string', default: '0' },
      jobs: { type: 'string', default: String(Math.max(1, availableParallelism())) },
      only: { type: 'string' },
      strategy: { type: 'string' },
      'hang-seconds': { type: 'string', default: '60' },
      'show-errors': { type: 'boolean', default: false },
      print: { type: 'boolean', default: false },
    },
  });
  const seed = (opts.seed === undefined ? (Date.now() ^ (process.pid << 16)) >>> 0 : Number(opts.seed)) >>> 0;
  const count = Number(opts.count);
  const from = Number(opts.from);
  const jobs = Math.max(1, Math.min(Number(opts.jobs), count));
  if (opts.only && !FUNCTIONS.some(([n]) => n === opts.only)) {
    console.error(`--only takes one of: ${FUNCTIONS.map(([n]) => n).join(', ')}`);
    process.exit(2);
  }
  // The inputs as made, without running them; and for a hang, the input that hung.
  const describe = async (index) => {
    if (!catalogue) {
      const api = await import(new URL('bhxh.js', PKG));
      api.initSync({ module: readFileSync(new URL('bhxh_bg.wasm', PKG)) });
      prepare(api);
    }
    const { name, strategy, input, call, extra } = makeInput(seed, index, opts.only, opts.strategy);
    return `input ${index}: ${name}, ${strategy}, called with ${call}\n  ${show(input)}${call === 'two arguments' ? `\n  second argument: ${show(extra, 3)}` : ''}`;
  };
  if (opts.print) {
    for (let i = from; i < from + count; i++) console.log(await describe(i));
    process.exit(0);
  }
  console.log(`fuzz: ${count.toLocaleString('en-US')} inputs from index ${from}, seed ${seed}, ${jobs} worker${jobs > 1 ? 's' : ''}, Node ${process.version}`);
  console.log(`      again: node tests/fuzz/fuzz.mjs --seed ${seed} --from ${from} --count ${count}`);
  const start = performance.now();
  const done = new Array(jobs).fill(0);
  const hangs = [];
  let died = 0;
  const workers = Array.from({ length: jobs }, (_, job) => {
    const watchBuffer = new SharedArrayBuffer(4);
    const watch = new Int32Array(watchBuffer);
    const worker = new Worker(new URL(import.meta.url), { workerData: { seed, from, count, jobs, job, only: opts.only, onlyStrategy: opts.strategy, watchBuffer } });
    let seen = -1;
    let since = performance.now();
    const watchdog = setInterval(() => {
      const now = watch[0];
      if (now !== seen) {
        seen = now;
        since = performance.now();
      } else if (performance.now() - since > Number(opts['hang-seconds']) * 1000) {
        hangs.push(now);
        console.log(`\nHANG: input ${now} has run for more than ${opts['hang-seconds']} s (again: --seed ${seed} --from ${now} --count 1); stopping its worker`);
        worker.terminate();
      }
    }, 1000);
    return new Promise((resolve) => {
      worker.on('message', (m) => {
        if (m.done !== undefined) done[job] = m.done;
        if (m.result) resolve(m.result);
      });
      worker.on('error', (e) => {
        died++;
        console.log(`\nworker ${job} died: ${e.stack ?? e}`);
        resolve({ stats: {}, failures: [{ index: watch[0], name: '?', kind: 'worker died', detail: String(e), input: '' }], memory: 0 });
      });
      worker.on('exit', () => resolve({ stats: {}, failures: [], memory: 0 }));
    }).finally(() => clearInterval(watchdog));
  });
  // Progress on stderr every 10 s.
  const ticker = setInterval(() => {
    const n = done.reduce((a, b) => a + b, 0);
    process.stderr.write(`  ${n.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} (${((performance.now() - start) / 1000).toFixed(0)} s)\n`);
  }, 10_000);
  const results = await Promise.all(workers);
  clearInterval(ticker);
  const seconds = (performance.now() - start) / 1000;

  // Merge the workers' figures.
  const stats = {};
  const failures = [];
  const memories = [];
  const fuzzerErrors = [];
  for (const r of results.filter(Boolean)) {
    memories.push(r.memory);
    fuzzerErrors.push(...(r.fuzzerErrors ?? []));
    failures.push(...r.failures);
    for (const [name, s] of Object.entries(r.stats)) {
      const t = (stats[name] ??= { calls: 0, results: 0, errors: {}, failures: 0, ms: 0, slowest: { ms: 0, index: -1 } });
      t.calls += s.calls;
      t.results += s.results;
      t.failures += s.failures;
      t.ms += s.ms;
      for (const [code, n] of Object.entries(s.errors)) t.errors[code] = (t.errors[code] ?? 0) + n;
      if (s.slowest.ms > t.slowest.ms) t.slowest = s.slowest;
    }
  }
  const total = Object.values(stats).reduce((a, s) => a + s.calls, 0);
  console.log(`\n${'function'.padEnd(22)} ${'inputs'.padStart(9)} ${'results'.padStart(9)} ${'errors'.padStart(9)} ${'failures'.padStart(9)} ${'mean µs'.padStart(9)}   slowest`);
  for (const [name] of FUNCTIONS) {
    const s = stats[name];
    if (!s) continue;
    const errors = Object.values(s.errors).reduce((a, b) => a + b, 0);
    const mean = s.calls ? (s.ms * 1000) / s.calls : 0;
    console.log(
      `${name.padEnd(22)} ${String(s.calls).padStart(9)} ${String(s.results).padStart(9)} ${String(errors).padStart(9)} ${String(s.failures).padStart(9)} ${mean.toFixed(0).padStart(9)}   ${s.slowest.ms.toFixed(0)} ms (input ${s.slowest.index}, ${s.slowest.strategy ?? ''})`,
    );
    if (opts['show-errors']) {
      for (const [code, n] of Object.entries(s.errors).sort((a, b) => b[1] - a[1])) console.log(`    ${code.padEnd(22)} ${n}`);
    }
  }
  console.log(`${'all'.padEnd(22)} ${String(total).padStart(9)}`);
  console.log(`\n${total.toLocaleString('en-US')} inputs in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en-US')} a second); wasm memory at the end: ${memories.map((m) => `${(m / 2 ** 20).toFixed(1)} MB`).join(', ')}`);

  // Failures, grouped by what went wrong; the first of each kind in full.
  const groups = new Map();
  for (const f of failures.sort((a, b) => a.index - b.index)) {
    const key = `${f.name} · ${f.kind} · ${f.detail.replace(/\d+/g, 'N').slice(0, 120)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  if (fuzzerErrors.length) {
    console.log(`\n${fuzzerErrors.length} inputs could not be made (a defect of the fuzzer, not of the engine); the first:`);
    for (const { index, error } of fuzzerErrors.slice(0, 3)) console.log(`  input ${index}: ${error}`);
  }
  for (const index of hangs) console.log(`\nHUNG: ${await describe(index)}\n  again: node tests/fuzz/fuzz.mjs --seed ${seed} --from ${index} --count 1`);
  const failed = Object.values(stats).reduce((a, s) => a + s.failures, 0) + hangs.length + died;
  if (failed === 0) {
    console.log(`no failures (seed ${seed})`);
    process.exit(0);
  }
  console.log(`\n${failed} FAILURES (seed ${seed}), ${groups.size} kind${groups.size === 1 ? '' : 's'}:`);
  for (const [key, list] of groups) {
    const f = list[0];
    console.log(`\n• ${key}: ${list.length} time${list.length === 1 ? '' : 's'}, first at input ${f.index} (${f.strategy}, called with ${f.call})`);
    console.log(`  ${f.detail}`);
    console.log(`  input: ${f.input}`);
    if (f.extra) console.log(`  second argument: ${f.extra}`);
    console.log(`  again: node tests/fuzz/fuzz.mjs --seed ${seed} --from ${f.index} --count 1`);
    if (list.length > 1) console.log(`  also at inputs ${list.slice(1, 11).map((x) => x.index).join(', ')}${list.length > 11 ? ', …' : ''}`);
  }
  process.exit(1);
}
