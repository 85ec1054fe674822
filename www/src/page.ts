// What every page does first: its language, and the engine's module loading in the background as soon as
// the page is there.
import { engine, showUnsupported, useEngine, type EngineModule } from './engine';
import { localizePage } from './i18n';

/** Localizes the page and loads its engine, if it has one, soon after; says so if this browser cannot run it. */
export function startPage(engineModule?: EngineModule): void {
  localizePage();
  const here = location.pathname.split('/').pop() || 'index.html';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header.site nav a')) {
    if (new URL(a.href).pathname.split('/').pop() === here) a.setAttribute('aria-current', 'page');
  }
  // The engine's download starts when the worker begins to fill the form, or a second after the page has
  // loaded, whichever comes first: it never competes with the first view, and it arrives while the worker
  // types. A calculation before it arrives simply waits for it.
  if (engineModule) {
    useEngine(engineModule);
    const start = () => void engine().catch(showUnsupported);
    addEventListener('focusin', start, { once: true });
    const later = () => setTimeout(start, 1000);
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  }
}
