// What every page does first: its language, and the engine's module starting to load in the background once
// the page has painted.
import { engine, showUnsupported } from './engine';
import { localizePage } from './i18n';

/** Localizes the page and starts loading the engine after the first paint; says so if this browser cannot run it. */
export function startPage(usesEngine = true): void {
  localizePage();
  const here = location.pathname.split('/').pop() || 'index.html';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header.site nav a')) {
    if (new URL(a.href).pathname.split('/').pop() === here) a.setAttribute('aria-current', 'page');
  }
  // The engine's download starts once the page has painted, so it never holds up the first view; a
  // calculation before it arrives simply waits for it.
  if (usesEngine) requestAnimationFrame(() => setTimeout(() => engine().catch(showUnsupported)));
}
