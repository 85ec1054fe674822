// Embed mode: a calculator page shown in an iframe on another site (`pension.html?embed`). The page then
// shows the calculator alone, opens its links in a new tab (never inside the host's frame), takes the host's
// accent colour when it is readable, and tells the host page its height so that the frame never scrolls.
//
// `?embed=compulsory` or `?embed=voluntary` (any form's id) shows only the section that holds that form;
// `?accent=0b6e4f` (3 or 6 hex digits, no `#`) replaces the site's blue when white text on it stays readable.
//
// It imports nothing, so that the page loads it, when embedded, as one file.

/** The message the page posts to its host: `embed.js` and `<bhxh-calculator>` size the frame from it. */
interface HeightMessage {
  type: 'bhxh:height';
  height: number;
  /** The frame's `name` attribute, when the host gave one, to tell its frames apart without `event.source`. */
  id?: string;
}

/**
 * Applies embed mode, which the URL asks for (`?embed`). The page has already marked `<html>` with the `embed`
 * class (www/src/page.ts), under which the stylesheet hides the site's header, footer and introduction.
 */
export function startEmbed(): void {
  const query = new URLSearchParams(location.search);
  showOnly(query.get('embed') ?? '');
  const accent = readableAccent(query.get('accent'));
  if (accent) document.documentElement.style.setProperty('--accent', accent);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]:not([href^="#"])')) {
    a.target = '_blank';
    a.rel = 'noopener';
  }
  addFullSiteLink();
  reportHeight();
}

/** `?embed=voluntary`: hides every section of the page but the one holding the form of that id. */
function showOnly(formId: string): void {
  const wanted = formId ? document.getElementById(formId)?.closest('main > section') : null;
  if (!wanted) return;
  for (const section of document.querySelectorAll<HTMLElement>('main > section')) section.hidden = section !== wanted;
}

/**
 * A small link to the same calculator on the full site, in a new tab. It carries the language and the
 * worker's figures (the query and `#…` presets) but not the embed options, and is brought up to date when
 * followed, since the figures in the address change as the worker types.
 */
function addFullSiteLink(): void {
  const link = document.createElement('a');
  link.target = '_blank';
  link.rel = 'noopener';
  // The page's language, set on <html> before embed mode starts.
  link.textContent = document.documentElement.lang === 'en' ? 'Open the full site' : 'Mở trên trang BHXH đầy đủ';
  const update = () => {
    const url = new URL(location.href);
    url.searchParams.delete('embed');
    url.searchParams.delete('accent');
    link.href = url.href;
  };
  update();
  link.addEventListener('click', update);
  const paragraph = document.createElement('p');
  paragraph.className = 'embed-full';
  paragraph.append(link);
  document.querySelector('main')?.prepend(paragraph);
}

/**
 * Posts the document's height to the host page once loaded and whenever it changes (a result shown, a fold
 * opened, the frame made narrower), at most once a frame. Heights are not private, so any host may read them
 * (`'*'`). A host script that starts after the first report asks for it again with a `bhxh:ask` message.
 */
function reportHeight(): void {
  if (parent === window) return;
  let sent = 0;
  let scheduled = false;
  const send = (always: boolean) => {
    scheduled = false;
    // The root's box, not scrollHeight: scrollHeight is never less than the frame itself, so the frame could
    // grow but never shrink back.
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent && !always) return;
    sent = height;
    const message: HeightMessage = { type: 'bhxh:height', height, ...(window.name ? { id: window.name } : {}) };
    parent.postMessage(message, '*');
  };
  // The load sends without waiting for a frame: a browser paints no frames in a cross-origin frame that is off
  // screen (further down the host page), so neither the observer nor requestAnimationFrame would run there.
  if (document.readyState === 'complete') send(true);
  else addEventListener('load', () => send(true), { once: true });
  new ResizeObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => send(false));
  }).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === parent && (event.data as { type?: unknown } | null)?.type === 'bhxh:ask') send(true);
  });
}

/** `#rrggbb` from 3 or 6 hex digits, or null for anything else. */
export function hexColour(text: string | null): string | null {
  if (!text || !/^[0-9a-f]{3}([0-9a-f]{3})?$/i.test(text)) return null;
  const six = text.length === 3 ? [...text].map((d) => d + d).join('') : text;
  return `#${six.toLowerCase()}`;
}

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(colour.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The `accent` parameter as a colour, or null when it is not 3 or 6 hex digits, or when it would not be
 * readable: the accent is the background of white button text and the colour of links and figures on the
 * page's light tint, so it needs 4.5:1 (WCAG AA) against that tint, which also gives it against white. An
 * unreadable colour is ignored without a word: the site's own blue stays.
 */
export function readableAccent(parameter: string | null): string | null {
  const colour = hexColour(parameter);
  const tint = hexColour(getComputedStyle(document.documentElement).getPropertyValue('--tint').trim().slice(1)) ?? '#ffffff';
  return colour && contrast(colour, tint) >= 4.5 ? colour : null;
}
