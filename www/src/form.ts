// What every calculator form shares: money inputs that group digits as the worker types, reading them
// back as whole đồng, and showing an engine error next to the field it names.
import { afterNextPaint } from './dom';
import { engine, isEngineError, showUnsupported, type Engine, type EngineError } from './engine';
import { grouped } from './format';
import { localize, tr } from './i18n';
import { speak } from './wording/page.ts';

/** Groups the digits of a money input as the worker types (`20.000.000`), keeping the caret in place; and its value now. */
export function formatMoneyInputs(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-money]')) {
    if (input.dataset.moneyReady) continue;
    input.dataset.moneyReady = '1';
    const group = () => {
      const caret = input.selectionStart ?? input.value.length;
      const digitsBeforeCaret = input.value.slice(0, caret).replace(/\D/g, '').length;
      const digits = input.value.replace(/\D/g, '').replace(/^0+(?=\d)/, '').slice(0, 16);
      input.value = digits ? grouped(BigInt(digits)) : '';
      let position = 0;
      for (let seen = 0; position < input.value.length && seen < digitsBeforeCaret; position++) if (/\d/.test(input.value[position])) seen++;
      if (document.activeElement === input) input.setSelectionRange(position, position);
    };
    input.addEventListener('input', group);
    if (input.value) group();
  }
}

/**
 * A list's new row, from the `<template>` the HTML gives for it: its text in the page's language, and its texts
 * and labels that carry the row's number (`{n}` in the template) kept aside for `numberRow`.
 */
export function cloneRow(template: HTMLTemplateElement): HTMLElement {
  const row = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  localize(row);
  for (const el of row.querySelectorAll<HTMLElement>('*')) {
    if (!el.childElementCount && el.textContent?.includes('{n}')) el.dataset.numberedText = el.textContent;
    const label = el.getAttribute('aria-label');
    if (label?.includes('{n}')) el.dataset.numberedLabel = label;
  }
  return row;
}

/**
 * Numbers a row as the list's `i`th (from 0): its ids and the `for` and `aria-describedby` that point at them
 * (`p-0-from` becomes `p-2-from`), the `name` of each control with a `data-key` (its key in a share link and the
 * row's index: `from2`), and the texts and labels with the row's number ("Giai đoạn 3").
 */
export function numberRow(row: HTMLElement, i: number): void {
  const renumber = (value: string) => value.replace(/-\d+-/g, `-${i}-`);
  for (const el of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) el.name = `${el.dataset.key}${i}`;
  for (const el of row.querySelectorAll<HTMLElement>('[id]')) el.id = renumber(el.id);
  for (const el of row.querySelectorAll<HTMLElement>('[for]')) el.setAttribute('for', renumber(el.getAttribute('for')!));
  for (const el of row.querySelectorAll<HTMLElement>('[aria-describedby]')) el.setAttribute('aria-describedby', renumber(el.getAttribute('aria-describedby')!));
  for (const el of row.querySelectorAll<HTMLElement>('[data-numbered-text]')) el.textContent = el.dataset.numberedText!.replace('{n}', String(i + 1));
  for (const el of row.querySelectorAll<HTMLElement>('[data-numbered-label]')) el.setAttribute('aria-label', el.dataset.numberedLabel!.replace('{n}', String(i + 1)));
}

/**
 * A money input as whole đồng. Empty gives `undefined` (typed as a number, for the engine's input types):
 * the engine then names the missing field in its own words, as for any other input error.
 */
export function money(input: HTMLInputElement): number {
  const digits = input.value.replace(/\D/g, '');
  return (digits ? Number(digits) : undefined) as number;
}

/** A text input's value; empty gives `undefined` (typed as a string), so the engine names it missing. */
export function text(input: HTMLInputElement): string {
  return (input.value.trim() || undefined) as string;
}

// A month is typed in a text box (`data-month`), not the browser's month control: that control costs a slow phone
// some 15 to 60 ms to lay out, each, before the form can be used, and picking a birth year decades back in its
// wheel is slower than typing it. Records write a month as 01/2026, and so does the form; what a worker types
// on a phone's number pad (012026), and the engine's own 2026-01 (a link, a preset), are read too.

/** How a month may be written: its pattern and which of its groups are the year and the month. */
const MONTH_FORMS: [RegExp, year: number, month: number][] = [
  [/^(\d{1,2})[/.\- ](\d{4})$/, 2, 1], // 01/2026, 1/2026, 01-2026, 01.2026
  [/^(\d{4})[/.-](\d{1,2})$/, 1, 2], // 2026-01
  [/^(\d{2})(\d{4})$/, 2, 1], // 012026
  // 202601: never also a fit of the form before, where its year's first digits (19, 20) would be the month
  [/^(\d{4})(\d{2})$/, 1, 2],
];

/** The month (YYYY-MM) that `typed` writes, or null if it writes none. */
export function monthOf(typed: string): string | null {
  const trimmed = typed.trim();
  for (const [form, year, month] of MONTH_FORMS) {
    const parts = form.exec(trimmed);
    if (parts && Number(parts[month]) >= 1 && Number(parts[month]) <= 12 && Number(parts[year]) >= 1900) return `${parts[year]}-${parts[month].padStart(2, '0')}`;
  }
  return null;
}

/** A month (YYYY-MM) as the form shows it: 01/2026. */
export const shownMonth = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/**
 * A month input's value as the engine's YYYY-MM; empty gives `undefined` (typed as a string), so the engine names
 * it missing. What is no month is named beside its field, in the form's own way of writing one.
 */
export function monthValue(input: HTMLInputElement): string {
  const typed = input.value.trim();
  if (!typed) return undefined as unknown as string;
  const value = monthOf(typed);
  if (value) return value;
  throw pageError(input.dataset.field?.split(' ')[0] ?? input.name,
    `«${typed}» chưa phải là một tháng: hãy viết tháng/năm, ví dụ 01/2026.`, `“${typed}” is not a month: write the month and the year, for example 01/2026.`);
}

/** A month input shows what was typed as 01/2026 once the worker leaves it, or a link sets it. */
function tidyMonth(event: Event): void {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !('month' in input.dataset)) return;
  const value = monthOf(input.value);
  if (value) input.value = shownMonth(value);
}

/** A number input as a number; undefined when empty (the engine's default then applies). */
export function numberValue(input: HTMLInputElement): number | undefined {
  const text = input.value.trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
}

/** An error found by the page itself (a field it builds before the engine sees it), shown like the engine's. */
export const pageError = (field: string, vi: string, en: string): EngineError => ({ name: 'BhxhError', code: 'input.invalid', field, id: '', figures: {}, words: tr(vi, en) });

/** Clears every error message and mark in the form. */
function clearErrors(form: HTMLElement): void {
  for (const slot of form.querySelectorAll<HTMLElement>('.error')) {
    slot.textContent = '';
    slot.hidden = true;
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
}

/**
 * The visible form control for an engine field path such as `history[2].salary`: the element whose
 * `data-field` lists that path, else the nearest enclosing path (`history[2]`, then `history`).
 */
function controlFor(form: HTMLElement, field: string): HTMLElement | null {
  let path = field;
  for (;;) {
    const visible = [...form.querySelectorAll<HTMLElement>(`[data-field~="${CSS.escape(path)}"]`)].find((el) => !el.closest('[hidden]'));
    if (visible) return visible;
    const enclosing = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    if (enclosing === path || !enclosing) return null;
    path = enclosing;
  }
}

/**
 * The engine's message in the page's language. Beside its control, the message need not name the field: the
 * engine's `«salary»: ` prefix goes, and "the required field «salary» is missing" becomes "please fill this in".
 */
function message(error: EngineError, besideControl: boolean): string {
  const text = error.words ?? speak(error);
  if (!besideControl) return text;
  const quoted = [`«${error.field}»`, `“${error.field}”`];
  if (error.code === 'input.missing' && quoted.some((q) => text.includes(q))) return tr('Hãy điền mục này.', 'Please fill this in.');
  const rest = quoted.reduce((t, q) => (t.startsWith(`${q}: `) ? t.slice(q.length + 2) : t), text);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Shows an error next to the field it names, in the page's language, marks the field invalid, unfolds it if
 * folded and moves the focus to it. An error that names no field on the form shows in the form's own message slot.
 */
function showError(form: HTMLElement, error: unknown): void {
  clearErrors(form);
  const control = isEngineError(error) ? controlFor(form, error.field) : null;
  const slot = control?.closest('.field')?.querySelector<HTMLElement>('.error') ?? form.querySelector<HTMLElement>('.form-error');
  if (!slot) return;
  slot.textContent = isEngineError(error)
    ? message(error, control !== null)
    : tr('Không tính được với các số liệu này. Hãy kiểm tra lại.', 'These figures cannot be calculated. Please check them.');
  slot.hidden = false;
  if (control) {
    // A control in a closed fold ("more options") is unfolded, so its message can be seen and it can take the focus.
    for (let fold = control.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) fold.open = true;
    const target = control.matches('input, select, textarea') ? control : control.querySelector<HTMLElement>('input, select, textarea');
    target?.setAttribute('aria-invalid', 'true');
    target?.focus();
  }
}

/** The page's calculator forms: filled from its URL, and followed by it (www/src/state.ts). */
const forms: HTMLFormElement[] = [];
let following = false;

/** The address follows the typing from the worker's first change on: the code for it loads then. */
function follow(event: Event): void {
  if (following || !event.isTrusted) return;
  following = true;
  void import('./state').then((state) => state.followTyping(forms, event.currentTarget as HTMLFormElement));
}

/** What only the rest of a result draws (its chart, a policy's allowances): detail.ts, loaded with the result. */
export type Detail = typeof import('./detail');

/**
 * A result as a page shows it: its headline (for the live status), its nodes, and, where the result is long, the
 * `rest` of it (the figures behind the answer, a chart, the steps), drawn after the frame that paints the answer
 * with the parts of `Detail` it needs.
 */
export interface Shown {
  headline: string;
  nodes: (Node | null)[];
  rest?: (detail: Detail) => void;
}

/**
 * Wires a calculator form: on submit, awaits the engine, computes, and shows the result (or the error by
 * its field), with the inputs for print before it and the share panel after it; the rest of a long result follows
 * a frame later, unless a newer result has replaced it. The headline is also put in the form's live status, so a
 * screen reader announces it. A share link in the page's URL fills the form and calculates at once.
 */
export function calculator(form: HTMLFormElement, output: HTMLElement, compute: (api: Engine) => Shown): () => Promise<void> {
  formatMoneyInputs(form);
  // Before the form's other listeners (the address that follows the typing): they read the month as shown.
  form.addEventListener('change', tidyMonth, true);
  const status = form.querySelector<HTMLElement>('[role="status"]');
  // Each result shown, and whether the form has changed since: a share panel joins only the result of what the
  // form holds.
  let shown = 0;
  let edited = false;
  const run = async () => {
    // The share panel comes with the first result, not with the page: it is no part of the first view. The result
    // does not wait for it; the panel joins it when its module is there (at once from the second result on).
    // Without it (a failed download), the result shows alone.
    const share = import('./share').catch(() => undefined);
    let api: Engine;
    try {
      api = await engine();
    } catch {
      showUnsupported();
      return;
    }
    const result = ++shown;
    try {
      const { headline, nodes, rest } = compute(api);
      clearErrors(form);
      output.replaceChildren(...nodes.filter((n): n is Node => n !== null));
      if (status) status.textContent = headline;
      // Busy until the rest is there: a screen reader waits for it, and so can a test. What it draws with comes
      // while the answer is painted (from the offline copy, once there is one). Without it (a failed download),
      // the answer shows alone.
      if (rest) {
        output.setAttribute('aria-busy', 'true');
        const detail = import('./detail');
        afterNextPaint(() => void detail.then((parts) => {
          if (result !== shown) return;
          rest(parts);
          output.removeAttribute('aria-busy');
        }, () => result === shown && output.removeAttribute('aria-busy')));
      } else {
        output.removeAttribute('aria-busy');
      }
      edited = false;
      const panel = (await share)?.shareResult(form, headline);
      if (!panel || result !== shown || edited) return;
      output.prepend(panel.before);
      output.append(panel.after);
    } catch (error) {
      if (!isEngineError(error)) console.error(error);
      output.replaceChildren();
      output.removeAttribute('aria-busy');
      if (status) status.textContent = '';
      showError(form, error);
    }
  };
  const edit = () => void (edited = true);
  form.addEventListener('input', edit);
  form.addEventListener('change', edit);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', follow);
  form.addEventListener('change', follow);
  // Only an address with a query or a fragment can carry a share link or presets. The page sets up all its
  // forms in one go; they are restored together once it has.
  if (forms.push(form) === 1 && (location.search.length > 1 || location.hash.length > 1)) {
    following = true;
    queueMicrotask(() => void import('./state').then((state) => state.restoreFromUrl(forms)));
  }
  return run;
}
