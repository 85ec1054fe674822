// A form's inputs as URL parameters, and back: the share links, and the address that follows the typing.
// Every control with a `name` is shareable, its name being its key. The state lives in the fragment
// (`pension.html#v=2&sex=female&birth=…`), which browsers never send to a server: the page's own address
// takes it as the worker types, so reload, back and forward and a discarded tab give the form back as it was;
// a share link is the same with `r=1`, "calculate on opening". The same keys in the query string are presets
// (a campaign's embed: `contributions.html?embed=voluntary&group=other`). The fragment wins over the query.
//
// Links carry the version of their keys (`v`). A link of the first version, without `v`, was always made with a
// result, and calculates on opening. A key renamed in a later version must go on being read under its old name.
//
// A link is untrusted text: values are set only through `.value` and `.checked`, each must fit its control
// (a select's own options, a month, digits for money, a bounded number), values and key counts are capped,
// and whatever is left out is named in a message by the form, never silently dropped.
import { h } from './dom';
import { monthOf } from './form';
import { tr } from './i18n';

/** The version of the keys this release writes. */
export const VERSION = '2';
/** Parameters that are not form state: the language, how a campaign embeds the page, the version, "calculate". */
const reserved = new Set(['lang', 'embed', 'accent', 'v', 'r']);
/** No control holds a longer value; a longer one is refused before anything looks at it. */
const MAX_VALUE_LENGTH = 40;
/** A text box (a record pasted for reading) holds up to this. */
const MAX_TEXT_LENGTH = 200_000;
/** 120 history rows of 5 keys, 10 relatives of 7, plus the other controls: further keys are not even read. */
const MAX_KEYS = 730;
/**
 * Keys of a part of a form that the page builds only when the worker opens it (the record reader and its
 * review, `rec…`): they are kept for that part (`deferredState`), not refused as unknown, and they may hold a
 * text. They are the worker's work in progress, not inputs of a result: a share link leaves them out.
 */
const DEFERRED = /^rec/;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
type Reason = 'unknown' | 'invalid' | 'repeated' | 'tooLong' | 'tooMany';
interface Ignored {
  key: string;
  reason: Reason;
}

/** A control of the form that a link can set: an input, a select or a text box with a name. */
const isShareable = (el: Element): el is Control =>
  (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && el.name !== '';

/**
 * The form's state as parameters: each named control's value, except empty ones and those in a hidden part
 * (the other way of entering the history, a field that does not apply), so a link stays short. `share` leaves
 * out the work in progress that is no input of the result.
 */
export function formState(form: HTMLFormElement, { share = false } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const el of [...form.elements].filter(isShareable)) {
    if (el.closest('[hidden]') || (share && DEFERRED.test(el.name))) continue;
    if (el.type === 'checkbox') params.set(el.name, (el as HTMLInputElement).checked ? '1' : '0');
    else if (el.type === 'radio') {
      if ((el as HTMLInputElement).checked) params.set(el.name, el.value);
    } else if (el instanceof HTMLTextAreaElement) {
      // A text keeps its spaces: a record's columns stand where its lines put them.
      if (el.value.trim()) params.set(el.name, el.value);
    } else if ('month' in el.dataset) {
      // A month as the engine writes it (2026-01), the same in every language and release; else as typed so far.
      if (el.value.trim()) params.set(el.name, monthOf(el.value) ?? el.value.trim());
    } else if (el.value.trim()) params.set(el.name, 'money' in el.dataset ? el.value.replace(/\D/g, '') : el.value.trim());
  }
  return params;
}

/** The page's calculator forms whose result is on screen, for the inputs it shows. */
const showing = new Set<HTMLFormElement>();
/** The forms the worker has filled (or a link did): only their state goes in the address. */
const touched = new Set<HTMLFormElement>();
/** The page's calculator forms, once the address follows them. */
let followed: HTMLFormElement[] = [];

/**
 * The fragment for `state`: the version first, then `r` when a result is to be calculated on opening (`1` for
 * every form the link fills, or the ids of the forms that showed one).
 */
export function fragment(state: URLSearchParams, calculate: string | null): string {
  return `v=${VERSION}${calculate ? `&r=${calculate}` : ''}${state.size ? `&${state}` : ''}`;
}

/** The page's address, and its language switch, take the state of all its forms. */
function writeAddress(): void {
  const filled = followed.filter((form) => touched.has(form) || showing.has(form));
  // Nothing filled yet: the address stays as it is (an anchor, `#main`, is no state).
  if (!filled.length) return;
  const state = new URLSearchParams(filled.flatMap((form) => [...formState(form)]));
  const results = followed.filter((form) => showing.has(form)).map((form) => form.id).join(',');
  const hash = fragment(state, results || null);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${hash}`);
  // The language switch keeps what was typed: the same form opens in the other language.
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[hreflang]')) a.hash = hash;
}

/**
 * The page's address follows the worker's typing in `forms`: a moment after each change, its fragment is the
 * state of the forms filled (`first`, the one the worker began with, among them), so reload, back and forward
 * and a discarded tab give them back. A form that shows a result for its inputs is marked to calculate again on
 * opening; a change by the worker takes the mark away. The history entry is replaced, not added, so Back still
 * leaves the page.
 */
export function followTyping(forms: HTMLFormElement[], first?: HTMLFormElement): void {
  if (first) touched.add(first);
  const fresh = forms.filter((form) => !followed.includes(form));
  if (!fresh.length) return;
  followed = [...followed, ...fresh];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    clearTimeout(timer);
    timer = undefined;
    writeAddress();
  };
  for (const form of fresh) {
    const changed = (event: Event) => {
      if (event.isTrusted) {
        showing.delete(form);
        touched.add(form);
      }
      clearTimeout(timer);
      timer = setTimeout(now, 300);
    };
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
  }
  // A tab put away (the worker switches to another app) may be discarded without warning: write at once.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && timer !== undefined && now());
  addEventListener('pagehide', () => timer !== undefined && now());
  now();
}

/** A result is on screen for `form`'s inputs: the address says to calculate it on opening. */
export function showResult(form: HTMLFormElement): void {
  showing.add(form);
  followTyping([form]);
  writeAddress();
}

/** Whether `value` is one this control can hold, as a worker could have entered it. */
function fits(el: Control, value: string): boolean {
  if (el instanceof HTMLTextAreaElement) return value.length <= (el.maxLength > 0 ? el.maxLength : MAX_TEXT_LENGTH);
  if (value.length > MAX_VALUE_LENGTH) return false;
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.value === value);
  if (el.type === 'checkbox') return value === '0' || value === '1';
  if (el.type === 'radio') return value === el.value;
  // A month (2026-01), or one being typed: digits and the separators a month is written with.
  if ('month' in el.dataset) return /^[\d/.\- ]{1,10}$/.test(value);
  // A count of rows: a whole number up to the control's max.
  if (el.type === 'hidden') return /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= Number(el.max);
  if ('money' in el.dataset) return /^\d{1,16}$/.test(value);
  // Whole numbers (years, months) and decimals (rates, an age, a coefficient): a sign is kept, so that a
  // negative reaches the checks that explain it beside the field.
  if (el.inputMode === 'numeric') return /^-?\d{1,4}$/.test(value);
  if (el.inputMode === 'decimal') return /^-?\d{1,6}([.,]\d{1,6})?$/.test(value);
  return false;
}

/** Sets a control as a worker would, so that what follows it (grouped digits, shown fields, rows) follows too. */
function set(el: Control, value: string): void {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) el.checked = el.type === 'radio' || value === '1';
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The parameters of one part of the URL, first value of each key, with what was refused on the way. */
function parse(text: string, ignored: Ignored[]): Map<string, string> {
  const found = new Map<string, string>();
  let count = 0;
  for (const [key, value] of new URLSearchParams(text)) {
    if (reserved.has(key)) continue;
    if (++count > MAX_KEYS) {
      ignored.push({ key: '…', reason: 'tooMany' });
      break;
    }
    if (found.has(key)) ignored.push({ key, reason: 'repeated' });
    else if (value.length > (DEFERRED.test(key) ? MAX_TEXT_LENGTH : MAX_VALUE_LENGTH)) ignored.push({ key, reason: 'tooLong' });
    else found.set(key, value);
  }
  return found;
}

/** A key as the message quotes it: short, so that a long or odd key cannot take over the message. */
const quoted = (key: string) => `«${key.length > 20 ? `${key.slice(0, 20)}…` : key}»`;

const reasons: Record<Reason, [vi: string, en: string]> = {
  unknown: ['trang này không dùng', 'not used on this page'],
  invalid: ['giá trị không hợp lệ', 'not a valid value'],
  repeated: ['lặp lại, chỉ lấy lần đầu', 'repeated: the first one is kept'],
  tooLong: ['quá dài', 'too long'],
  tooMany: ['quá nhiều thông tin, phần sau bị bỏ', 'too many: the rest is left out'],
};

/** What the link carried that the page left out, in plain words, at the top of `where`. */
function showIgnored(where: HTMLElement, ignored: Ignored[]): void {
  const shown = ignored.slice(0, 6).map(({ key, reason }) => `${quoted(key)} (${tr(...reasons[reason])})`);
  const more = ignored.length - shown.length;
  const list = shown.join(', ') + (more > 0 ? tr(` và ${more} mục khác`, ` and ${more} more`) : '');
  where.prepend(h('p', { class: 'link-notice', role: 'alert' },
    tr(`Liên kết có thông tin không dùng được nên đã bỏ qua: ${list}. Hãy kiểm tra các ô bên dưới.`,
      `The link carried something this page cannot use, so it was left out: ${list}. Please check the fields below.`)));
}

/**
 * Sets the named controls of `root` that `params` has a value for, in document order: a control set on the way
 * (a row count) may build further controls, which the loop goes on to fill. Returns the keys used and those
 * refused (a value the control cannot hold).
 */
function fill(root: HTMLFormElement | HTMLElement, params: Map<string, string>): { used: Set<string>; wrong: Set<string> } {
  const wrong = new Set<string>();
  const used = new Set<string>();
  // The live list of the form's controls: rows built on the way come after the control that built them.
  const elements = root instanceof HTMLFormElement ? root.elements : root.getElementsByTagName('*');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i];
    if (!isShareable(el) || !params.has(el.name)) continue;
    const value = params.get(el.name)!;
    if (!fits(el, value)) wrong.add(el.name);
    else {
      set(el, value);
      used.add(el.name);
    }
  }
  return { used, wrong };
}

/** A radio group's key is wrong only when none of its buttons took the value. */
const refusedOf = ({ used, wrong }: { used: Set<string>; wrong: Set<string> }): Ignored[] =>
  [...wrong].filter((key) => !used.has(key)).map((key): Ignored => ({ key, reason: 'invalid' }));

/** The deferred keys the address carried, for the part of the form that owns them. */
let deferred = new Map<string, string>();

/** The deferred keys (`rec…`) of the address, once `restoreFromUrl` has read it. */
export const deferredState = (): Map<string, string> => deferred;

/**
 * Sets the named controls of `root` from `params` as a link does, with the same checks, and says by `where` what
 * it refused: the record reader's review from its deferred keys, and the history from the periods it read.
 */
export function setControls(root: HTMLElement, where: HTMLElement, params: Map<string, string>): void {
  const refused = refusedOf(fill(root, params));
  if (refused.length) showIgnored(where, refused);
}

/**
 * Fills the page's calculator forms from its URL, and submits those a share link set (`r=1`, or a link of the
 * first version), as the worker's own press would; what the worker was typing, and a preset in the query,
 * only fill. All the forms at once: what belongs to none of them is said once.
 */
export function restoreFromUrl(forms: HTMLFormElement[]): void {
  const ignored: Ignored[] = [];
  const preset = parse(location.search, ignored);
  // A fragment without `=` is an anchor on the page (`#main`), not a state.
  const hash = location.hash.includes('=') ? location.hash.slice(1) : '';
  const link = parse(hash, ignored);
  const flags = new URLSearchParams(hash);
  // A link of the first version has no `v` and was always made with a result.
  const results = flags.has('v') ? (flags.get('r') ?? '').split(',') : ['1'];
  const calculate = (form: HTMLFormElement) => results.includes('1') || results.includes(form.id);
  const params = new Map([...preset, ...link]);
  deferred = new Map([...params].filter(([key]) => DEFERRED.test(key)));
  const known = new Set<string>(deferred.keys());
  const filled = forms.map((form) => {
    const result = fill(form, params);
    for (const key of [...result.used, ...result.wrong]) known.add(key);
    return { form, used: result.used, refused: refusedOf(result) };
  });
  const unknown = [...params.keys()].filter((key) => !known.has(key)).map((key): Ignored => ({ key, reason: 'unknown' }));
  // What belongs to no form is said by the first one in view (an embed may show one form of two).
  const first = filled.find(({ form }) => !form.closest('[hidden]')) ?? filled[0];
  filled.forEach((f) => {
    const { form, used, refused } = f;
    const shown = f === first ? [...ignored, ...refused, ...unknown] : refused;
    if (shown.length) showIgnored(form, shown);
    if (used.size) touched.add(form);
    if (calculate(form) && [...used].some((key) => link.has(key))) form.requestSubmit();
  });
  followTyping(forms);
}
