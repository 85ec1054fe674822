// What every page does first: its language, and the engine's module loading in the background as soon as
// the page is there.
import { afterNextPaint } from './dom';
import { engine, showUnsupported, useEngine, type Engine, type EngineModule } from './engine';
import { localizePage } from './i18n';
import { workOffline } from './offline';

/**
 * Localizes the page, applies embed mode when the page is shown in another site's frame, and loads the engine
 * soon after (then `rehearse`s a calculation with it); says so if this browser cannot run it. Then keeps the site
 * for offline use.
 */
export function startPage(engineModule?: EngineModule, rehearse?: (api: Engine) => void): void {
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
  // A page opened from a shared link or with presets calculates at once (public/early.js marks it): its engine
  // is wanted now. So is a page the offline copy serves (a return visit): its wasm and the browser's compiled code
  // for it are in the caches, so making the engine takes the main thread a few milliseconds, and a worker quick to
  // calculate gets the result sooner (the README's "Loading" gives the alternated runs). Any other page starts the
  // engine once its first view is painted, so that compiling it never delays that paint; its wasm is already on its
  // way (the HTML asks for it), and so are its words (useEngine). A calculation before the engine is there simply
  // waits for it.
  if (engineModule) {
    useEngine(engineModule);
    // A page that calculates at once has its rehearsal in that calculation.
    const calculateNow = 'calculateNow' in document.documentElement.dataset;
    const start = () => engine().then((api) => {
      if (rehearse && !calculateNow) rehearseWhenIdle(api, rehearse);
    }, showUnsupported);
    // The offline copy of the site follows the engine, so as not to compete with it, and finds the wasm
    // already in the browser's cache.
    const startThenKeep = () => void start().then(workOffline);
    if (calculateNow || navigator.serviceWorker?.controller) startThenKeep();
    else afterNextPaint(startThenKeep);
  } else {
    workOffline();
  }
}

/**
 * Rehearses the page's calculation once, on a case of its own, when the page is idle (the worker still typing).
 * The browser compiles each of the engine's functions the first time it runs, and keeps for the next visit only
 * those it has optimized: without a rehearsal, the worker's first result waits, on every visit, for the functions
 * it uses to compile (some 560 for the withdrawal, whose first result after 2 s of reading the page comes in
 * 0.17 s rather than 0.25 s on a 4× slower phone).
 */
function rehearseWhenIdle(api: Engine, rehearse: (api: Engine) => void): void {
  const task = () => {
    try {
      rehearse(api);
    } catch {
      // Its result is not used, nor its error: the worker's own calculation says what is wrong.
    }
  };
  if ('requestIdleCallback' in window) requestIdleCallback(task);
  else setTimeout(task);
}
