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
//   notes      the wording of other notes (ids, space-separated), in turn, with this note's figures
//   oneDecimal 78,8  80,0            78.8  80.0
//
// and `{name?one|other}`, the first text when the figure is 1, the second otherwise (English plurals).
// The site and the npm package (pkg/describe.js) render with the same code, so both say the same thing.
import vi from './vi/index.ts';
import en from './en/index.ts';

export type Lang = 'vi' | 'en';
/** A language's wording: note ids, and `parameter.<id>` for the names of the parameters. */
export type Catalogue = Record<string, string>;
export type Figures = Record<string, number | string | null>;

export const catalogues: Record<Lang, Catalogue> = { vi, en };

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
function grouped(n: number, language: Lang, groupWhole = true): string {
  const { group, decimal } = separators[language];
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const digits = groupWhole ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole;
  return `${n < 0 ? '-' : ''}${digits}${fraction ? decimal + fraction : ''}`;
}

const kinds: Record<string, (value: number | string, language: Lang, figures: Figures) => string> = {
  money: (v, l) => grouped(Number(v), l) + separators[l].currency,
  rate: (v, l) => `${grouped(Number(v), l)}%`,
  number: (v, l) => grouped(Number(v), l, false),
  count: (v, l) => grouped(Number(v), l),
  month: (v) => String(v),
  text: (v) => String(v),
  parameter: (v, l) => catalogues[l][`parameter.${v}`] ?? String(v),
  // Other notes by id, space-separated, written in turn with this note's figures (clauses, a list of reasons).
  notes: (v, l, f) => String(v).split(' ').filter(Boolean).map((id) => fill(catalogues[l][id] ?? id, f, l)).join(' '),
  // A number with one decimal always written: 78,8 and 80,0 (an age, a life expectancy in years).
  oneDecimal: (v, l) => Number(v).toFixed(1).replace('.', separators[l].decimal),
};

/** The placeholders of a wording, `{name:kind}` and `{name?one|other}`: what the catalogue test compares. */
export const placeholders = (wording: string): string[] => [...wording.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]).sort();

/** A wording with its figures put in. A figure the wording names but the note lacks shows as `{name}`. */
export function fill(wording: string, figures: Figures, language: Lang): string {
  return wording.replace(/\{(\w+)(?::(\w+)|\?([^|{}]*)\|([^{}]*))?\}/g, (whole, name: string, kind?: string, one?: string, other?: string) => {
    const value = figures[name];
    if (value === undefined || value === null) return whole;
    if (one !== undefined) return Number(value) === 1 ? one : other ?? '';
    const write = kinds[kind ?? 'text'];
    return write ? write(value, language, figures) : whole;
  });
}

/** What a note says in `language`. An id without wording shows as the id, never as nothing. */
export function say(note: Said, language: Lang): string {
  const wording = catalogues[language][note.id];
  if (wording === undefined) return note.id;
  return fill(wording, note.figures ?? (note as unknown as Figures), language);
}
