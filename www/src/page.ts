// What every page does first: its language, and the engine's module starting to load in the background.
import { engine, showUnsupported } from './engine';
import { localizePage } from './i18n';

/** Localizes the page and starts loading the engine; says so on the page if this browser cannot run it. */
export function startPage(usesEngine = true): void {
  localizePage();
  if (usesEngine) engine().catch(showUnsupported);
}
