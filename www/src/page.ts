// What every page does first: its language, and the engine's module loading in the background as soon as
// the page is there.
import { engine, showUnsupported, useEngine, type EngineModule } from './engine';
import { localizePage } from './i18n';
import { workOffline } from './offline';

/**
 * Localizes the page, applies embed mode when the page is shown in another site's frame, and loads the engine
 * soon after; says so if this browser cannot run it. Then keeps the site for offline use.
 */
export function startPage(engineModule?: EngineModule): void {
  localizePage();
  // Embed mode (www/src/embed.ts): the site's header and footer go at once; the rest of it, which only an
  // embedded page needs, loads then.
  if (new URLSearchParams(location.search).has('embed')) {
    document.documentElement.classList.add('embed');
    void import('./embed').then((embed) => embed.startEmbed());
  }
  const here = location.pathname.split('/').pop() || 'index.html';
  for (const a of document.querySelectorAll<HTMLAnchorElement>('header.site nav a')) {
    if (new URL(a.href).pathname.split('/').pop() === here) a.setAttribute('aria-current', 'page');
  }
  // The engine's download starts when the worker begins to fill the form, or a second after the page has
  // loaded, whichever comes first: it never competes with the first view, and it arrives while the worker
  // types. A calculation before it arrives simply waits for it.
  if (engineModule) {
    useEngine(engineModule);
    const start = () => engine().catch(showUnsupported);
    addEventListener('focusin', () => void start(), { once: true });
    // The offline copy of the site follows the engine, so as not to compete with it, and finds the wasm
    // already in the browser's cache.
    const later = () => setTimeout(() => void start().then(workOffline), 1000);
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  } else {
    workOffline();
  }
}
