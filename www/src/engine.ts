// The wasm engine, loaded once per page. Loading starts as soon as the page's script runs, so the module
// arrives while the worker is still typing; a calculation awaits it only if it has not arrived yet.
import init, * as api from '../../pkg/bhxh.js';
import { tr } from './i18n';

export type Engine = typeof api;

/** The error the engine throws: a stable code, the input field at fault, and a message in both languages. */
export interface EngineError {
  name: 'BhxhError';
  code: string;
  field: string;
  messageVi: string;
  messageEn: string;
}

export const isEngineError = (e: unknown): e is EngineError =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'BhxhError';

let loading: Promise<Engine> | undefined;

/** The engine, once its module has loaded. Rejects where the browser cannot run WebAssembly. */
export function engine(): Promise<Engine> {
  loading ??= typeof WebAssembly === 'object' ? init().then(() => api) : Promise.reject(new Error('WebAssembly is not available'));
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
