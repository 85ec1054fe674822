// The engine's own data-driven cases, read for the site's tests: a page must show the same figures.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/** One case, `tests/cases/<path>.toml` (path as `pension/pen-01-female-20-years`), as plain JS: { input, expect }. */
export function engineCase(path) {
  const { input, expect } = parse(readFileSync(new URL(`../cases/${path}.toml`, import.meta.url), 'utf8'));
  return JSON.parse(JSON.stringify({ input, expect }, (_, v) => (typeof v === 'bigint' ? Number(v) : v)));
}

/** The month the cases run in unless they set `today` (CASES_TODAY in tests/cases.rs). */
export const CASES_TODAY = '2026-11';

const vi = new Intl.NumberFormat('vi-VN');
const en = new Intl.NumberFormat('en-GB');

/** An amount as the site writes it: `1.234.567 đ`, or `1,234,567 đ` in English. */
export const dong = (n, lang = 'vi') => `${(lang === 'en' ? en : vi).format(n)} đ`;
