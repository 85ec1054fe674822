// What the engine says, in words. The engine returns notes: a stable `id`, the `figures` its wording shows
// and the articles behind it (`sources`). A catalogue per language (vi/, en/) holds the wording of every id,
// with placeholders `{name:kind}` that say how each figure is written:
//
//   money      1.234.567 đ           1,234,567 VND
//   rate       17,5%                 17.5%          (the engine gives 17.5 for 17.5 %)
//   number     2,34                  2.34
//   count      1.234                 1,234
//   month      2026-03               2026-03
//   text       as given
//   parameter  the parameter's name in the catalogue (`parameter.<id>`)
//   list       notes, each in its words, one after the other (the items of a list, a word of the catalogue)
//   notes      other notes by id (space-separated), written with this note's figures (clauses of a sentence)
//   region     I, II, III, IV (the engine gives 1 to 4)
//   sum        named terms and their sum, the names in words
//   oneDecimal 78,8 and 80,0              78.8 and 80.0
//   age        an age in months, as `ageYears` or `ageYearsMonths` write it
//
// and `{name?one|other}`, the first text when the figure is 1, the second otherwise (English plurals).
// The site (which loads only its page's language, with the engine) and the npm package (pkg/wording/, with
// every language) render with this same code, so both say the same thing.

export type Lang = 'vi' | 'en';
/** A language's wording: note ids, and `parameter.<id>` for the names of the parameters. */
export type Catalogue = Record<string, string>;
export type Figures = Record<string, Figure>;
/** A figure's value: a number, a text, or notes (the items of a list, a word of the catalogue). */
export type Figure = number | string | null | Said[];

/** Something the engine says: its id and its figures (on the object itself where it has no `figures`). */
export interface Said {
  id: string;
  figures?: Figures;
}

const separators: Record<Lang, { group: string; decimal: string; currency: string }> = {
  vi: { group: '.', decimal: ',', currency: ' đ' },
  en: { group: ',', decimal: '.', currency: ' VND' },
};

/** A number with the language's separators: the whole part grouped by thousands, the fraction as given. */
function grouped(n: number | bigint, language: Lang, groupWhole = true): string {
  return `${n < 0 ? '-' : ''}${separated(String(n < 0 ? -n : n), language, groupWhole)}`;
}

/** A decimal without its sign (`1234567.5`) with the language's separators. */
function separated(digits: string, language: Lang, groupWhole = true): string {
  const { group, decimal } = separators[language];
  const [whole, fraction] = digits.split('.');
  return `${groupWhole ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole}${fraction ? decimal + fraction : ''}`;
}

/**
 * `n` to at most `decimals` decimals, grouped by thousands: what `Intl.NumberFormat` writes for vi-VN and en-GB
 * with `maximumFractionDigits` (but 0 where it writes -0), without its cost: the first one a page makes loads the
 * locale's data, about 60 ms on a mid-range phone, on the way to the first result. As Intl does, the number is
 * rounded half away from zero as JS writes it (6.35 → 6.4, although the double is a hair below 6.35).
 */
export function rounded(n: number | bigint, language: Lang, decimals = 0): string {
  if (typeof n === 'bigint') return grouped(n, language);
  const shortest = String(Math.abs(n));
  // JS writes an exponent below 10^-6, where a number rounds to 0 here, and from 10^21, which no amount reaches.
  if (shortest.includes('e')) return grouped(Number(n.toFixed(decimals)), language);
  const [whole, fraction = ''] = shortest.split('.');
  if (fraction.length <= decimals) return grouped(n, language);
  const units = BigInt(whole + fraction.slice(0, decimals)) + (fraction[decimals] >= '5' ? 1n : 0n);
  const text = String(units).padStart(decimals + 1, '0');
  const digits = decimals ? `${text.slice(0, -decimals)}.${text.slice(-decimals)}`.replace(/\.?0+$/, '') : text;
  return `${n < 0 && units > 0n ? '-' : ''}${separated(digits, language)}`;
}

/** How a kind writes a figure: its value, the language and its words, and the note's other figures. */
type Write = (value: Exclude<Figure, null>, language: Lang, catalogue: Catalogue, figures: Figures) => string;

const kinds: Record<string, Write> = {
  money: (v, l) => grouped(Number(v), l) + separators[l].currency,
  rate: (v, l) => `${grouped(Number(v), l)}%`,
  number: (v, l) => grouped(Number(v), l, false),
  count: (v, l) => grouped(Number(v), l),
  month: (v) => String(v),
  text: (v) => String(v),
  parameter: (v, _, catalogue) => catalogue[`parameter.${v}`] ?? String(v),
  // Named terms and their sum, "positionAllowance 0.2 + occupationalSeniority 0.117 = 0.317": names in words, decimals as the language writes them.
  sum: (v, l, catalogue) => String(v).split(' ').map((w) => (/^\d+\.\d+$/.test(w) ? w.replace('.', separators[l].decimal) : catalogue[w] ?? w)).join(' '),
  // Notes of their own, one after the other: a list's items (the funds of a side), a word.
  list: (v, l, catalogue) => (Array.isArray(v) ? v.map((note) => sayIn(catalogue, l, note)).join('') : String(v)),
  // A region of the minimum wage: 2 → II.
  region: (v) => ['I', 'II', 'III', 'IV'][Number(v) - 1] ?? String(v),
  // Other notes by id, space-separated, written in turn with this note's figures (clauses, a list of reasons).
  notes: (v, l, catalogue, f) => String(v).split(' ').filter(Boolean).map((id) => fill(catalogue[id] ?? id, f, l, catalogue)).join(' '),
  // A number with one decimal always written: 78,8 and 80,0 (an age, a life expectancy in years).
  oneDecimal: (v, l) => Number(v).toFixed(1).replace('.', separators[l].decimal),
  // An age given in months, as the catalogue's `ageYears` or `ageYearsMonths` writes it: 723 → 60 tuổi 3 tháng.
  age: (v, l, catalogue) => fill(catalogue[Number(v) % 12 ? 'ageYearsMonths' : 'ageYears'] ?? String(v), { years: Math.floor(Number(v) / 12), months: Number(v) % 12 }, l, catalogue),
};

/**
 * The figures a wording shows, `name:kind`, each once: what the catalogue test compares between languages. A
 * plural's choice, `{name?one|other}`, is the language's own (Vietnamese needs none), so it is left out.
 */
export const placeholders = (wording: string): string[] =>
  [...new Set([...wording.matchAll(/\{(\w+)(:\w+)?(\?)?[^{}]*\}/g)].filter((m) => !m[3]).map((m) => m[1] + (m[2] ?? '')))].sort();

/** A wording with its figures put in. A figure the wording names but the note lacks shows as `{name}`. */
function fill(wording: string, figures: Figures, language: Lang, catalogue: Catalogue): string {
  return wording.replace(/\{(\w+)(?::(\w+)|\?([^|{}]*)\|([^{}]*))?\}/g, (whole, name: string, kind?: string, one?: string, other?: string) => {
    const value = figures[name];
    if (value === undefined || value === null) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other ?? '';
    const write = kinds[kind ?? 'text'];
    return write ? write(value, language, catalogue, figures) : whole;
  });
}

/** What a note says in `language`, whose wording is `catalogue`. An id without wording shows as the id. */
export function sayIn(catalogue: Catalogue, language: Lang, note: Said): string {
  const wording = catalogue[note.id];
  if (wording === undefined) return note.id;
  return fill(wording, note.figures ?? (note as unknown as Figures), language, catalogue);
}
