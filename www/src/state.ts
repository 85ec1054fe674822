// A form's inputs as URL parameters, and back: the share links. Every control with a `name` is shareable,
// its name being its key. A share link carries the state in the fragment (`pension.html#sex=female&birth=…`),
// which browsers never send to a server; the same keys in the query string are presets (a campaign's embed:
// `contributions.html?embed=voluntary&group=other`). The fragment wins over the query.
//
// A link is untrusted text: values are set only through `.value` and `.checked`, each must fit its control
// (a select's own options, a month, digits for money, a bounded number), values and key counts are capped,
// and whatever is left out is named in a message by the form, never silently dropped.
import { h } from './dom';
import { tr } from './i18n';

/** Parameters that are not form state: the language, and how a campaign embeds the page. */
const reserved = new Set(['lang', 'embed', 'accent']);
/** No control holds a longer value; a longer one is refused before anything looks at it. */
const MAX_VALUE_LENGTH = 40;
/** 120 history rows of 5 keys, plus the other controls: further keys are not even read. */
const MAX_KEYS = 650;

type Control = HTMLInputElement | HTMLSelectElement;
type Reason = 'unknown' | 'invalid' | 'repeated' | 'tooLong' | 'tooMany';
interface Ignored {
  key: string;
  reason: Reason;
}

/** A control of the form that a link can set: an input or a select with a name. */
const isShareable = (el: Element): el is Control => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '';

/**
 * The form's state as parameters: each named control's value, except empty ones and those in a hidden part
 * (the other way of entering the history, a field that does not apply), so a link stays short.
 */
export function formState(form: HTMLFormElement): URLSearchParams {
  const params = new URLSearchParams();
  for (const el of [...form.elements].filter(isShareable)) {
    if (el.closest('[hidden]')) continue;
    if (el.type === 'checkbox') params.set(el.name, (el as HTMLInputElement).checked ? '1' : '0');
    else if (el.type === 'radio') {
      if ((el as HTMLInputElement).checked) params.set(el.name, el.value);
    } else if (el.value.trim()) params.set(el.name, 'money' in el.dataset ? el.value.replace(/\D/g, '') : el.value.trim());
  }
  return params;
}

/** Whether `value` is one this control can hold, as a worker could have entered it. */
function fits(el: Control, value: string): boolean {
  if (el instanceof HTMLSelectElement) return [...el.options].some((o) => o.value === value);
  if (el.type === 'checkbox') return value === '0' || value === '1';
  if (el.type === 'radio') return value === el.value;
  if (el.type === 'month') return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
  // A count of rows: a whole number up to the control's max.
  if (el.type === 'hidden') return /^\d{1,4}$/.test(value) && Number(value) >= 1 && Number(value) <= Number(el.max);
  if ('money' in el.dataset) return /^\d{1,16}$/.test(value);
  // Whole numbers (years, months) and decimals (rates, an age): a sign is kept, so that a negative reaches
  // the checks that explain it beside the field.
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
    else if (value.length > MAX_VALUE_LENGTH) ignored.push({ key, reason: 'tooLong' });
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

/** What the link carried that the page left out, in plain words, at the top of the form. */
function showIgnored(form: HTMLFormElement, ignored: Ignored[]): void {
  const shown = ignored.slice(0, 6).map(({ key, reason }) => `${quoted(key)} (${tr(...reasons[reason])})`);
  const more = ignored.length - shown.length;
  const list = shown.join(', ') + (more > 0 ? tr(` và ${more} mục khác`, ` and ${more} more`) : '');
  form.prepend(h('p', { class: 'link-notice', role: 'alert' },
    tr(`Liên kết có thông tin không dùng được nên đã bỏ qua: ${list}. Hãy kiểm tra các ô bên dưới.`,
      `The link carried something this page cannot use, so it was left out: ${list}. Please check the fields below.`)));
}

/**
 * Fills the page's calculator forms from its URL, and submits those the fragment (a share link) set, as the
 * worker's own press would; a preset in the query only fills. All the forms at once: what belongs to none of
 * them is said once.
 */
export function restoreFromUrl(forms: HTMLFormElement[]): void {
  const ignored: Ignored[] = [];
  const preset = parse(location.search, ignored);
  // A fragment without `=` is an anchor on the page (`#main`), not a state.
  const link = location.hash.includes('=') ? parse(location.hash.slice(1), ignored) : new Map<string, string>();
  const params = new Map([...preset, ...link]);
  const known = new Set<string>();
  const filled = forms.map((form) => {
    const wrong = new Set<string>();
    const used = new Set<string>();
    // The live list of the form's controls, in document order: a row count set on the way builds the rows
    // whose controls come after it, and the loop goes on to fill them.
    const elements = form.elements;
    for (let i = 0; i < elements.length; i++) {
      const el = elements[i];
      if (!isShareable(el) || !params.has(el.name)) continue;
      const value = params.get(el.name)!;
      known.add(el.name);
      if (!fits(el, value)) wrong.add(el.name);
      else {
        set(el, value);
        used.add(el.name);
      }
    }
    // A radio group's key is wrong only when none of its buttons took the value.
    const refused = [...wrong].filter((key) => !used.has(key)).map((key): Ignored => ({ key, reason: 'invalid' }));
    return { form, used, refused };
  });
  const unknown = [...params.keys()].filter((key) => !known.has(key)).map((key): Ignored => ({ key, reason: 'unknown' }));
  // What belongs to no form is said by the first one in view (an embed may show one form of two).
  const first = filled.find(({ form }) => !form.closest('[hidden]')) ?? filled[0];
  filled.forEach((f) => {
    const { form, used, refused } = f;
    const shown = f === first ? [...ignored, ...refused, ...unknown] : refused;
    if (shown.length) showIgnored(form, shown);
    if ([...used].some((key) => link.has(key))) form.requestSubmit();
  });
}
