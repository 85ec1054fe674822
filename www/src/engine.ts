// The wasm engine, loaded once per page, after the page is usable (see startPage): a calculation awaits it
// only if it has not arrived yet. Each page loads its own build of the engine, with only the functions it
// calls (`@engines/<calculator>`, built by scripts/run.sh), so a phone downloads only the rules it uses.
import type * as api from '../../pkg/bhxh.js';
import { tr } from './i18n';
import { loadWording } from './wording/page.ts';

/** The engine's API as the npm package declares it; a page's engine has the part of it that page calls. */
export type Engine = typeof api;

/** A page's engine module, `import * as engine from '@engines/pension/bhxh.js'`: its default export fetches the wasm. */
export interface EngineModule {
  default: () => Promise<unknown>;
}

/**
 * The error the engine throws: a stable code, the input field at fault, and what exactly is wrong as a note
 * (`id`, `figures`) for the page's catalogue to word. The page's own checks give their words instead.
 */
export interface EngineError {
  name: 'BhxhError';
  code: string;
  field: string;
  id: string;
  figures: Record<string, number | string | null>;
  words?: string;
}

export const isEngineError = (e: unknown): e is EngineError =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'BhxhError';

let module: EngineModule | undefined;
let loading: Promise<Engine> | undefined;

/**
 * Sets the page's engine; startPage does it. Its words start loading at once: they are small, and a result
 * waits for them as for the wasm, which the HTML has already asked for (www/vite.config.ts).
 */
export function useEngine(engineModule: EngineModule): void {
  module = engineModule;
  void loadWording(Object.keys(engineModule)).catch(() => undefined);
}

/**
 * An engine module started: its wasm instantiated (compiled as it downloads, instantiateStreaming) and, with it,
 * the words of the page's language for the calculators it has.
 */
export const instantiate = (engineModule: EngineModule): Promise<Engine> =>
  Promise.all([engineModule.default(), loadWording(Object.keys(engineModule))]).then(() => engineModule as unknown as Engine);

/** The engine, once its module has loaded. Rejects where the browser cannot run WebAssembly. */
export function engine(): Promise<Engine> {
  const page = module;
  loading ??= typeof WebAssembly !== 'object'
    ? Promise.reject(new Error('WebAssembly is not available'))
    : page
      // The page's build has the functions that page calls (the end-to-end tests run each page).
      ? instantiate(page)
      : Promise.reject(new Error('This page has no engine'));
  return loading;
}

/** Shows, in place of the results, that this browser cannot run the calculators, and why. */
export function showUnsupported(): void {
  const box = document.getElementById('unsupported');
  if (!box) return;
  box.hidden = false;
  box.textContent = tr(
    'Trình duyệt này không chạy được bộ tính: cần JavaScript và WebAssembly (có ở Chrome, Safari, Samsung Internet, Firefox từ 2021). Nếu bạn bật Chế độ khóa (Lockdown Mode) trên iPhone, hãy cho phép trang này.',
    'This browser cannot run the calculators: they need JavaScript and WebAssembly (in Chrome, Safari, Samsung Internet and Firefox since 2021). If Lockdown Mode is on on an iPhone, allow this site.',
  );
}
