// The page's language: Vietnamese first, English when the URL says `?lang=en`. The choice lives in the URL
// only (no cookie, no storage), so a shared link opens in the language it was sent in.
//
// Static text is written in the HTML in Vietnamese, with its English beside it in a `data-en` attribute
// (`data-en-aria-label` for an aria-label, `data-en-placeholder` for a placeholder): both languages of a sentence
// sit on one line of one file. The forms' controls are in the HTML too, a list's rows in a `<template>`.
// Text made by the scripts comes in pairs through `tr(vi, en)`; the engine's own texts carry both languages.

export type Lang = 'vi' | 'en';

export const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';

/** The text in the page's language. */
export const tr = (vi: string, en: string): string => (lang === 'en' ? en : vi);

/** A bilingual text from the engine (steps, warnings, names of parameters). */
export const pick = (text: { vi: string; en: string }): string => text[lang];

/** The same address with the language set: `?lang=en`, or no parameter for Vietnamese. */
function withLang(href: string, to: Lang = lang): string {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) return href;
  if (to === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.href;
}

/**
 * Puts the static text inside `root` in the page's language: the page's own, and a row cloned from a
 * `<template>` (whose content the page's pass does not reach).
 */
export function localize(root: ParentNode): void {
  if (lang !== 'en') return;
  for (const el of root.querySelectorAll<HTMLElement>('[data-en]')) el.textContent = el.dataset.en ?? '';
  for (const el of root.querySelectorAll<HTMLElement>('[data-en-aria-label]')) el.setAttribute('aria-label', el.dataset.enAriaLabel ?? '');
  for (const el of root.querySelectorAll<HTMLElement>('[data-en-placeholder]')) el.setAttribute('placeholder', el.dataset.enPlaceholder ?? '');
}

/** Puts the static text in the page's language, keeps the language on internal links, and sets the switch. */
export function localizePage(): void {
  document.documentElement.lang = lang;
  if (lang === 'en') {
    localize(document);
    const title = document.querySelector<HTMLTitleElement>('title[data-en]');
    if (title) document.title = title.dataset.en ?? document.title;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([hreflang]):not([href^="#"])')) a.href = withLang(a.getAttribute('href') ?? '');
  }
  const other: Lang = lang === 'en' ? 'vi' : 'en';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) {
    a.href = withLang(location.href, other);
    a.hidden = a.hreflang !== other;
  }
}
