// Checking results of the JS API, in Node and in a browser page alike.

/** Runs one case through `api` (the package's exports); a thrown error becomes { error: {...} }. */
export function runCase(api, { calculator, input }) {
  const fn = { contribution: api.contribution, voluntary: api.voluntaryContribution }[calculator];
  try {
    return fn(input);
  } catch (e) {
    return { error: { name: e.name, isError: e instanceof Error, code: e.code, field: e.field, messageVi: e.messageVi, messageEn: e.messageEn } };
  }
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
