// The wording for users of the npm package: `describe(result, lang)` gives a result with the text of every
// note beside it, and `withMessages(api)` makes the calculators' errors carry `messageVi` and `messageEn`.
// Built into pkg/describe.js by scripts/run.sh; the site uses `say` directly.
import { sayIn, type Catalogue, type Lang, type Said } from './say.ts';
import vi from './vi/index.ts';
import en from './en/index.ts';

export { placeholders, type Lang, type Said } from './say.ts';

/** Every language's wording. */
export const catalogues: Record<Lang, Catalogue> = { vi, en };

/** What a note (a step, a warning, an error, …) says in `language`. */
export const say = (note: Said, language: Lang): string => sayIn(catalogues[language], language, note);

const isNote = (v: unknown): v is Said =>
  typeof v === 'object' && v !== null && typeof (v as Said).id === 'string' && typeof (v as Said).figures === 'object';

/** A copy of `result` in which every note (step, warning, assumption, …) has its `text` in `language`. */
export function describe<T>(result: T, language: Lang): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v)) copy[key] = walk(value);
    if (isNote(v)) copy.text = say(v, language);
    return copy;
  };
  return walk(result) as T;
}

/** An error the engine threw, with its message in both languages (`message` in English). */
export function withWording(error: unknown): unknown {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'BhxhError') return error;
  const e = error as Error & Said & { messageVi?: string; messageEn?: string };
  if (typeof e.id !== 'string') return e;
  e.messageVi = say(e, 'vi');
  e.messageEn = say(e, 'en');
  e.message = e.messageEn;
  return e;
}

/** The same functions, each throwing its errors with their messages. */
export function withMessages<T extends object>(api: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(api)) {
    wrapped[name] = typeof value === 'function'
      ? (...args: unknown[]) => {
          try {
            return value(...args);
          } catch (e) {
            throw withWording(e);
          }
        }
      : value;
  }
  return wrapped as T;
}
