// Numbers, money, months and ages as a worker reads them: `1.234.567 đ` and "6,3 triệu đồng" in Vietnamese,
// `1,234,567 đ` and "6.3 million đồng" in English. Formatting only: every amount arrives from the engine
// already computed and rounded in whole đồng.
import { lang, tr } from './i18n';
import { rounded } from './wording/say.ts';

/** Whole đồng, grouped: `1.234.567 đ`. */
export const dong = (amount: number): string => `${rounded(amount, lang)} đ`;

/** A whole number grouped the page's way (also for the money inputs, which may hold a BigInt). */
export const grouped = (n: number | bigint): string => rounded(n, lang);

/** A plain number with up to two decimals: `47`, `3,5`. */
export const decimal = (n: number): string => rounded(n, lang, 2);

/** A percentage as the engine gives it (`8` for 8 %): `8%`, `3,5%`. */
export const percent = (n: number): string => `${rounded(n, lang, 2)}%`;

/** An amount over a billion or a million, scaled to one decimal: [scaled figure, which scale], or null below. */
function scaled(amount: number): [string, 'billion' | 'million'] | null {
  const size = Math.abs(amount);
  if (size >= 1e9) return [rounded(amount / 1e9, lang, 1), 'billion'];
  if (size >= 1e6) return [rounded(amount / 1e6, lang, 1), 'million'];
  return null;
}

/** A large amount in words: "6,3 triệu đồng", "1,2 tỷ đồng"; below a million, the exact figure. */
export function short(amount: number): string {
  const s = scaled(amount);
  if (!s) return dong(amount);
  return s[1] === 'billion' ? tr(`${s[0]} tỷ đồng`, `${s[0]} billion đồng`) : tr(`${s[0]} triệu đồng`, `${s[0]} million đồng`);
}

/** An amount as a chart's axis label: "300 tr", "1,2 tỷ" / "300M", "1.2B"; below a million, the figure. */
export function axisAmount(amount: number): string {
  const s = scaled(amount);
  if (!s) return rounded(amount, lang, 1);
  return s[1] === 'billion' ? `${s[0]}${tr(' tỷ', 'B')}` : `${s[0]}${tr(' tr', 'M')}`;
}

/** An amount a month: "1.234.567 đ/tháng", "1,234,567 đ a month". */
export const perMonth = (amount: number): string => tr(`${dong(amount)}/tháng`, `${dong(amount)} a month`);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `"2048-04"` as "tháng 4/2048" or "April 2048". */
export function month(text: string): string {
  const [y, m] = text.split('-').map(Number);
  if (!y || !m || m > 12) return text;
  return lang === 'en' ? `${MONTHS[m - 1]} ${y}` : `tháng ${m}/${y}`;
}

/** An age or a duration in years and months: "62 tuổi 3 tháng", "62 years 3 months". */
export function age(a: { years: number; months: number }, unit: 'age' | 'duration' = 'age'): string {
  const years = unit === 'age' ? tr(`${a.years} tuổi`, `${a.years} years`) : tr(`${a.years} năm`, `${a.years} years`);
  return a.months ? `${years} ${tr(`${a.months} tháng`, `${a.months} month${a.months > 1 ? 's' : ''}`)}` : years;
}

/** An age given in years with a fraction (a comparison's horizon, 78.83) as years and whole months. */
export function ageFromYears(years: number, unit: 'age' | 'duration' = 'age'): string {
  const months = Math.round(years * 12);
  return age({ years: Math.floor(months / 12), months: months % 12 }, unit);
}

/** The month a worker is in, from the device's clock, as `"YYYY-MM"`. */
export function thisMonth(offset = 0): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth() + offset, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** `"YYYY-MM"` moved by a number of months. */
export function addMonths(text: string, months: number): string {
  const [y, m] = text.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
