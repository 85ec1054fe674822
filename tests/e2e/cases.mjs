// The engine's own data-driven cases, read for the site's tests: a page must show the same figures.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/** One case, `tests/cases/<path>.toml` (path as `pension/pen-01-female-20-years`), as plain JS: { input, expect }. */
export function engineCase(path) {
  const { input, expect } = parse(readFileSync(new URL(`../cases/${path}.toml`, import.meta.url), 'utf8'));
  return JSON.parse(JSON.stringify({ input, expect }, (_, v) => (typeof v === 'bigint' ? Number(v) : v)));
}

/** A month (`2026-01`) as the site's forms show it, and as records write it: `01/2026`. */
export const shownMonth = (month) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** The month the cases run in unless they set `today` (CASES_TODAY in tests/cases.rs). */
export const CASES_TODAY = '2026-11';

const vi = new Intl.NumberFormat('vi-VN');
const en = new Intl.NumberFormat('en-GB');

/** An amount as the site writes it: `1.234.567 đ`, or `1,234,567 đ` in English. */
export const dong = (n, lang = 'vi') => `${(lang === 'en' ? en : vi).format(n)} đ`;

/**
 * The history the quick entry stands for: `amount` earned now, carried back year by year as the same buying
 * power, each year's amount being today's divided by that year's coefficient in this year's revaluation table
 * (`catalogue` is the engine's `parameters()`).
 */
export function carriedBack(catalogue, thisYear, { kind, amount, from, to, group }) {
  const table = catalogue.revaluationTables.filter((t) => t.decisionYear <= thisYear).at(-1);
  const rows = kind === 'voluntary' ? table.income : table.salary;
  const coefficient = (year) => (year < rows[0].year ? rows[0].coefficient : rows.find((r) => r.year === year)?.coefficient ?? 1);
  const [first, last] = [from, to].map((m) => Number(m.slice(0, 4)));
  const periods = [];
  for (let year = first; year <= last; year++) {
    const value = Math.round(amount / coefficient(year));
    const period = { from: year === first ? from : `${year}-01`, to: year === last ? to : `${year}-12`, kind };
    periods.push(kind === 'voluntary' ? { ...period, income: value, group } : { ...period, salary: value });
  }
  return periods;
}
