// What the engine says, in the page's language.
import { lang } from '../i18n';
import { say, type Said } from './say.ts';

/** A note (a step, a warning, an error's detail, …) in the page's language. */
export const speak = (note: Said | { vi: string; en: string } | { messageVi: string; messageEn: string }): string => {
  // Transitional: the parts of the engine that still write their sentences themselves.
  if ('vi' in note && typeof note.vi === 'string') return note[lang];
  if ('messageVi' in note && typeof note.messageVi === 'string' && !('id' in note)) return lang === 'en' ? note.messageEn : note.messageVi;
  return say(note as Said, lang);
};
