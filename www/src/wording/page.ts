// What the engine says, in the page's language. The page's catalogue is a module apart (loadWording), asked for
// by the page's script beside its engine, so that the HTML carries none of it and a result finds it there. Only
// the parts of the catalogue the page's calculators speak with are loaded (parts.ts).
import { lang } from '../i18n';
import { partsFor } from './parts.ts';
import { sayIn, type Catalogue, type Said } from './say.ts';

let catalogue: Catalogue = {};
/** Each part asked for, once: the page's script and its engine ask for the same parts, often at once. */
const loading = new Map<string, Promise<void>>();

/** Each part of each language's catalogue, as a module of its own (the package's index.ts merges them all). */
const parts = {
  vi: import.meta.glob<Catalogue>(['./vi/*.ts', '!./vi/index.ts'], { import: 'default' }),
  en: import.meta.glob<Catalogue>(['./en/*.ts', '!./en/index.ts'], { import: 'default' }),
};

/** The words of one part, merged into the catalogue when they arrive; a failed download is tried again next time. */
function loadPart(part: string): Promise<void> {
  let load = loading.get(part);
  if (!load) {
    load = parts[lang][`./${lang}/${part}.ts`]().then((words) => void (catalogue = { ...catalogue, ...words }));
    load.catch(() => loading.delete(part));
    loading.set(part, load);
  }
  return load;
}

/** Loads, in the page's language, the words of the calculators `functions` (an engine module's names). */
export async function loadWording(functions: string[] = []): Promise<void> {
  await Promise.all(partsFor(functions).map(loadPart));
}

/** A note (a step, a warning, an error's detail, …) in the page's language. */
export const speak = (note: Said): string => sayIn(catalogue, lang, note);
