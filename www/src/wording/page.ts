// What the engine says, in the page's language. The page's catalogue arrives with the engine (loadWording),
// so the first view carries no wording; a result is shown only once the engine has answered.
import { lang } from '../i18n';
import { sayIn, type Catalogue, type Said } from './say.ts';

let catalogue: Catalogue = {};

/** Loads the catalogue of the page's language. */
export async function loadWording(): Promise<void> {
  catalogue = (await (lang === 'en' ? import('./en/index.ts') : import('./vi/index.ts'))).default;
}

/** A note (a step, a warning, an error's detail, …) in the page's language. */
export const speak = (note: Said): string => sayIn(catalogue, lang, note);
