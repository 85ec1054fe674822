// The page's language: Vietnamese first, English when the URL says `?lang=en`. The choice lives in the URL
// only (no cookie, no storage), so a shared link opens in the language it was sent in.
//
// Static text is written in the HTML in Vietnamese, with its English beside it in a `data-en` attribute
// (`data-en-aria-label` for an aria-label): both languages of a sentence sit on one line of one file.
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

/** Puts the static text in the page's language, keeps the language on internal links, and sets the switch. */
export function localizePage(): void {
  document.documentElement.lang = lang;
  if (lang === 'en') {
    for (const el of document.querySelectorAll<HTMLElement>('[data-en]')) el.textContent = el.dataset.en ?? '';
    for (const el of document.querySelectorAll<HTMLElement>('[data-en-aria-label]')) el.setAttribute('aria-label', el.dataset.enAriaLabel ?? '');
    for (const el of document.querySelectorAll<HTMLElement>('[data-en-placeholder]')) el.setAttribute('placeholder', el.dataset.enPlaceholder ?? '');
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
