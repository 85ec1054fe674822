// What every page does first: its language, and the engine's module starting to load in the background.
import { engine, showUnsupported } from './engine';
import { localizePage } from './i18n';

/** Localizes the page and starts loading the engine; says so on the page if this browser cannot run it. */
export function startPage(usesEngine = true): void {
  localizePage();
  const here = location.pathname.split('/').pop() || 'index.html';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header.site nav a')) {
    if (new URL(a.href).pathname.split('/').pop() === here) a.setAttribute('aria-current', 'page');
  }
  if (usesEngine) engine().catch(showUnsupported);
}
