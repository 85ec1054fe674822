// The data-driven cases of tests/cases/, for the JS API: the same files the native tests run.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
export { calculate, runCase, mismatches, jsOnlyInputs } from './check.mjs';

const root = new URL('../cases/', import.meta.url);

/** Every case: { calculator, name, source, input, expect }. */
export function loadCases() {
  const cases = [];
  for (const calculator of ['contribution', 'voluntary', 'retirement_age', 'pension', 'one_time', 'compare', 'record']) {
    const dir = new URL(`${calculator}/`, root);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.toml')).sort()) {
      const { source, input, expect } = parse(readFileSync(new URL(file, dir), 'utf8'));
      cases.push({ calculator, name: file.replace(/\.toml$/, ''), source, input: plain(input), expect: plain(expect) });
    }
  }
  return cases;
}

// smol-toml gives integers as numbers or bigints, tables as objects with a null prototype and unquoted dates
// as Date objects: make plain JS, a date becoming its text as written (as the native runner reads it).
function plain(value) {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

// JSON cannot carry NaN or Infinity, which some cases send: mark them for the trip into a browser page.
export const toWire = (cases) => JSON.stringify(cases, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v));
export const fromWireSource = `(text) => JSON.parse(text, (_, v) => (v && typeof v === 'object' && '$number' in v ? Number(v.$number) : v))`;

