// "Nhập từ quá trình đóng BHXH": the worker's own record, read on the device. The worker pastes its text or
// chooses a file (a PDF, a spreadsheet, a photo or screenshot); the file's text is put in the text box, where
// the worker sees what was read; the engine reads it (`readRecord`, an engine of its own, loaded here); then a
// review shows each row as read, what it became and what needs a look, every field editable, and "Dùng các
// giai đoạn này" fills the period-by-period history.
//
// The text box and the review are form controls with `rec…` names: the page's address follows them like the
// rest of the form (www/src/state.ts), so a worker who leaves to look a salary up in VssID comes back to the
// review as it was. A file never leaves the device: its readers run in the page, from the site's own files.
import type { HistoryPeriod, Reading, ReadRow } from '../../../pkg/bhxh.js';
import * as recordEngine from '@engines/record/bhxh.js';
import { h } from '../dom';
import { engine as pageEngine, instantiate, isEngineError, type Engine } from '../engine';
import { sources } from '../explain';
import { formatMoneyInputs, money, monthOf, numberValue, shownMonth } from '../form';
import { yearByYear } from '../history';
import { tr } from '../i18n';
import { MONTH_BOX, MONTH_PLACEHOLDER } from '../month-box';
import { speak } from '../wording/page.ts';
import { deferredState, setControls } from '../state';
import { readFiles, type Progress } from './files';
import './record.css';

let reader: Promise<Engine> | undefined;
/** The record engine (its own build, with `readRecord` only): its wasm is fetched the first time a record is read. */
const recordApi = () => (reader ??= instantiate(recordEngine));

/** "18 năm 10 tháng". */
const yearsMonths = (months: number) => {
  const [y, m] = [Math.floor(months / 12), months % 12];
  return tr(`${y} năm ${m} tháng`, `${y} year${y === 1 ? '' : 's'} ${m} month${m === 1 ? '' : 's'}`);
};

/** A coefficient as the page writes numbers: 0,7694 in Vietnamese, 0.7694 in English. */
const coefficientText = (n: number | undefined) => (n === undefined ? '' : tr(String(n).replace('.', ','), String(n)));

const kinds: [string, string, string][] = [
  ['compulsory', 'Bắt buộc, theo tiền lương', 'Compulsory, on a salary'],
  ['state', 'Bắt buộc, theo hệ số lương Nhà nước', 'Compulsory, on the state salary scale'],
  ['voluntary', 'Tự nguyện', 'Voluntary'],
];

const statusName: Record<ReadRow['status'], [string, string]> = {
  used: ['Dùng được', 'Ready'],
  check: ['Cần kiểm tra', 'Needs a look'],
  skipped: ['Không dùng', 'Left out'],
};

/**
 * The record reader's files this page has loaded (readers/), for the service worker to keep: those loaded before
 * it controlled the page, it never saw.
 */
function keepReaders(): void {
  const controller = navigator.serviceWorker?.controller;
  const readers = new URL('readers/', document.baseURI).href;
  const keep = performance.getEntriesByType('resource').map((r) => r.name.split('#')[0]).filter((url) => url.startsWith(readers));
  if (controller && keep.length) controller.postMessage({ keep });
}

/** Builds the reader into `container` (the history form's third way of entering the history). */
export function mountRecord(container: HTMLElement): void {
  const form = container.closest('form')!;
  // A worker who reads a record on the very first visit does so before the service worker controls the page.
  navigator.serviceWorker?.addEventListener('controllerchange', keepReaders, { once: true });
  const id = (name: string) => `${form.id}-rec-${name}`;
  const textBox = h('textarea', {
    id: id('text'), name: 'recsrc', rows: 6, wrap: 'off', spellcheck: false, autocomplete: 'off', maxlength: 200000,
    'data-testid': 'record-text', 'aria-describedby': `${id('text')}-hint ${id('text')}-error`,
  });
  const readButton = h('button', { type: 'button', class: 'secondary' }, tr('Đọc nội dung này', 'Read this text'));
  const file = h('input', {
    id: id('file'), type: 'file', multiple: true, 'data-testid': 'record-file', 'aria-describedby': `${id('file')}-hint`,
    accept: '.pdf,.xlsx,.txt,.csv,.tsv,image/*,application/pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/plain',
  });
  const progressLabel = h('span', { id: id('progress-label') });
  const progressBar = h('progress', { max: 1, 'aria-labelledby': id('progress-label') });
  const progress = h('div', { class: 'record-progress', hidden: true, role: 'status' }, progressLabel, progressBar);
  const error = h('p', { class: 'error', id: `${id('text')}-error`, hidden: true, role: 'alert' });
  // Whether a review is open, for the address: a reload reads the text again and restores the review's fields.
  const reviewOpen = h('input', { type: 'hidden', name: 'recr', value: '' });
  const review = h('div', { class: 'record-review' });

  container.append(
    h('p', { class: 'hint' }, tr(
      'Dùng quá trình đóng của chính bạn: tờ rời «quá trình đóng BHXH» (mẫu 07/SBH, tải từ Cổng dịch vụ công BHXH dạng PDF hoặc Excel), ảnh chụp tờ giấy, hoặc ảnh màn hình VssID (mục «Quá trình tham gia»). Tệp được đọc ngay trên máy này, không gửi đi đâu.',
      'Use your own record: the “quá trình đóng BHXH” statement (form 07/SBH, from the social-insurance online services as a PDF or Excel file), a photo of the printed sheet, or screenshots of VssID (“Quá trình tham gia”). Files are read on this device and sent nowhere.')),
    h('div', { class: 'field' },
      h('label', { for: id('file') }, tr('Chọn tệp: PDF, Excel (.xlsx), ảnh chụp hoặc các ảnh màn hình', 'Choose a file: PDF, Excel (.xlsx), a photo, or screenshots')),
      file,
      h('p', { class: 'hint', id: `${id('file')}-hint` }, tr('Đọc ảnh cần tải bộ nhận dạng chữ (vài MB) lần đầu; sau đó dùng được cả khi không có mạng.', 'Reading a photo downloads the text recogniser (a few MB) the first time; after that it works offline too.'))),
    progress,
    h('div', { class: 'field' },
      h('label', { for: id('text') }, tr('Hoặc dán nội dung quá trình đóng vào đây', 'Or paste the text of your record here')),
      textBox,
      h('p', { class: 'hint', id: `${id('text')}-hint` }, tr('Cần có dòng tiêu đề (Từ tháng, Đến tháng…) và các dòng giai đoạn. Chữ đọc được từ tệp cũng hiện ở đây, sửa được.', 'It needs the header (Từ tháng, Đến tháng…) and the rows of periods. The text read from a file shows here too, and can be corrected.')),
      error,
      readButton),
    reviewOpen,
    review);

  const showProgress: Progress = (label, fraction) => {
    progress.hidden = false;
    progressLabel.textContent = label;
    if (fraction === null) progressBar.removeAttribute('value');
    else progressBar.value = fraction;
  };
  const showError = (message: string | null) => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    textBox.toggleAttribute('aria-invalid', message !== null);
  };
  const changed = (el: HTMLElement) => el.dispatchEvent(new Event('input', { bubbles: true }));

  /** Reads the text box, and shows the review; returns whether it could. */
  const read = async (): Promise<boolean> => {
    showError(null);
    // A new reading replaces the review of the last.
    review.replaceChildren();
    reviewOpen.value = '';
    if (!textBox.value.trim()) {
      showError(tr('Hãy dán nội dung quá trình đóng, hoặc chọn một tệp.', 'Paste the text of your record, or choose a file.'));
      textBox.focus();
      return false;
    }
    showProgress(tr('Đang đọc quá trình đóng…', 'Reading the record…'), null);
    try {
      const api = await recordApi();
      const reading = api.readRecord({ text: textBox.value });
      const page = await pageEngine();
      showReview(review, reading, { form, page, id, done: accept });
      // The readers used are kept for offline use, even if they came before the service worker.
      keepReaders();
      reviewOpen.value = '1';
      changed(reviewOpen);
      return true;
    } catch (e) {
      showError(isEngineError(e) ? speak(e) : tr('Không đọc được nội dung này.', 'This text could not be read.'));
      textBox.focus();
      return false;
    } finally {
      progress.hidden = true;
    }
  };

  /** The review accepted: the history is filled; the reader is emptied, and leaves the address. */
  function accept(): void {
    textBox.value = '';
    reviewOpen.value = '';
    review.replaceChildren();
    changed(textBox);
  }

  readButton.addEventListener('click', () => void read());
  file.addEventListener('change', async () => {
    const chosen = [...(file.files ?? [])];
    if (!chosen.length) return;
    showError(null);
    review.replaceChildren();
    try {
      textBox.value = await readFiles(chosen, showProgress);
      changed(textBox);
    } catch {
      progress.hidden = true;
      showError(tr('Không đọc được tệp này. Hãy thử tệp PDF, Excel (.xlsx) hoặc ảnh khác, hoặc dán nội dung.', 'This file could not be read. Try another PDF, Excel (.xlsx) or image file, or paste the text.'));
      return;
    }
    file.value = '';
    if (await read()) review.querySelector<HTMLElement>('h2')?.focus();
  });

  // Back to where the worker was: the text, and the review with what they changed in it.
  const saved = deferredState();
  if (saved.has('recsrc')) {
    textBox.value = saved.get('recsrc')!;
    if (saved.get('recr') === '1') {
      void read().then((ok) => ok && setControls(review, review, new Map([...saved].filter(([key]) => key !== 'recsrc' && key !== 'recr'))));
    }
  }
}

interface ReviewContext {
  /** The history's form, which the review fills. */
  form: HTMLFormElement;
  page: Engine;
  id: (name: string) => string;
  done: () => void;
}

/**
 * The review: the record's total against the months chosen, its warnings, each period's row (its source text,
 * what it became and why, every field editable, a box to leave it out), the lines left out, and the button that
 * fills the history.
 */
function showReview(review: HTMLElement, reading: Reading, { form, page, id, done }: ReviewContext): void {
  const periodRows = reading.rows.filter((r) => r.status !== 'skipped' || r.period !== null);
  const leftOut = reading.rows.filter((r) => r.status === 'skipped' && r.period === null && ['unemploymentOnly', 'accidentOnly', 'notParticipating', 'sickLeave', 'alreadyPaidOut'].includes(r.notes[0]?.id ?? ''));
  const others = reading.rows.filter((r) => r.status === 'skipped' && !leftOut.includes(r) && r.period === null);
  const chosenTotal = h('strong', {});
  const cards = periodRows.map((row) => card(row, id));
  const missing = cards.filter((c) => c.lacksSalary);
  const heading = h('h2', { tabindex: -1 }, tr('Kiểm tra trước khi dùng', 'Check before using it'));

  const update = () => {
    chosenTotal.textContent = yearsMonths(cards.reduce((sum, c) => sum + c.months(), 0));
  };
  review.addEventListener('input', update);
  review.addEventListener('change', update);

  const counts = {
    used: reading.rows.filter((r) => r.status === 'used').length,
    check: reading.rows.filter((r) => r.status === 'check').length,
  };
  const carryBack = missing.length ? carryBackControl(missing, id, form) : null;
  const acceptButton = h('button', { type: 'button', class: 'primary', 'data-testid': 'record-accept' }, tr('Dùng các giai đoạn này', 'Use these periods'));
  const acceptError = h('p', { class: 'error', role: 'alert', hidden: true });
  acceptButton.addEventListener('click', () => {
    acceptError.hidden = true;
    const periods: HistoryPeriod[] = [];
    for (const c of cards) {
      const read = c.period(page);
      if (read === 'invalid') return;
      if (read) periods.push(...read);
    }
    const refuse = (vi: string, en: string) => {
      acceptError.textContent = tr(vi, en);
      acceptError.hidden = false;
    };
    const most = Number((form.elements.namedItem('rows') as HTMLInputElement).max);
    if (!periods.length) return refuse('Chưa chọn giai đoạn nào để dùng.', 'No period is chosen to use.');
    if (periods.length > most) {
      return refuse(`Các dòng đang chọn thành ${periods.length} giai đoạn, nhiều hơn ${most} giai đoạn mà trang nhận. Hãy gộp hoặc bỏ bớt dòng.`,
        `The rows chosen make ${periods.length} periods, more than the ${most} the page takes. Merge or leave out some rows.`);
    }
    fillHistory(form, periods, reading.person);
    done();
  });

  review.replaceChildren(...[
    heading,
    h('p', {}, tr(
      `Đọc được ${counts.used + counts.check} giai đoạn: ${counts.used} dùng được, ${counts.check} cần bạn kiểm tra. Mỗi dòng dưới đây cho thấy chữ đọc được và giai đoạn nó trở thành; sửa được mọi ô.`,
      `${counts.used + counts.check} periods were read: ${counts.used} ready, ${counts.check} for you to check. Each row below shows the text read and the period it became; every field can be changed.`)),
    h('dl', { class: 'record-totals' },
      reading.declaredMonths !== null ? h('div', {}, h('dt', {}, tr('Tờ khai ghi tổng cộng', 'The record states')), h('dd', {}, yearsMonths(reading.declaredMonths))) : null,
      h('div', {}, h('dt', {}, tr('Các giai đoạn đang chọn', 'The periods chosen')), h('dd', {}, chosenTotal))),
    reading.warnings.length ? h('ul', { class: 'notes' }, ...reading.warnings.map((w) => h('li', {}, speak(w)))) : null,
    carryBack,
    h('ol', { class: 'record-rows' }, ...cards.map((c) => c.element)),
    leftOut.length || others.length
      ? h('details', { class: 'record-left-out' },
        h('summary', {}, tr(`Các dòng không dùng (${leftOut.length + others.length})`, `Lines left out (${leftOut.length + others.length})`)),
        h('ul', {}, ...[...leftOut, ...others].map((r) => h('li', {},
          h('span', { class: 'record-line' }, tr(`Dòng ${r.line}: `, `Line ${r.line}: `)), h('q', {}, r.text), ' — ', r.notes.map((n) => speak(n)).join(' ')))))
      : null,
    acceptError,
    acceptButton,
  ].filter((node): node is HTMLElement => node !== null));
  formatMoneyInputs(review);
  update();
}

interface Card {
  element: HTMLElement;
  /** The row read had no salary: the worker gives one, or carries today's back. */
  lacksSalary: boolean;
  months: () => number;
  /** The period(s) to use, none if left out, or 'invalid' after showing what is wrong by its field. */
  period: (page: Engine) => HistoryPeriod[] | null | 'invalid';
  /** Fills a missing salary with today's, to be carried back year by year. */
  carryBack: (amount: string) => void;
}

/** One period's row of the review: what was read, why, and its fields (named `rec<line><field>`). */
function card(row: ReadRow, id: (name: string) => string): Card {
  const key = (name: string) => `rec${row.line}${name}`;
  const fieldId = (name: string) => id(`${row.line}-${name}`);
  const p = row.period;
  const use = h('input', { type: 'checkbox', name: key('u'), checked: row.status === 'used' });
  const monthInput = (name: string, value?: string) =>
    h('input', { id: fieldId(name), name: key(name), 'data-month': true, ...MONTH_BOX, placeholder: tr(MONTH_PLACEHOLDER.vi, MONTH_PLACEHOLDER.en), value: value ? shownMonth(value) : '' });
  const from = monthInput('f', p?.from);
  const to = monthInput('t', p?.to);
  const kind = h('select', { id: fieldId('k'), name: key('k') }, ...kinds.map(([value, vi, en]) => h('option', { value, selected: p?.kind === value }, tr(vi, en))));
  const amountValue = p?.kind === 'compulsory' ? p.salary : p?.kind === 'voluntary' ? p.income : undefined;
  const amount = h('input', { id: fieldId('a'), name: key('a'), 'data-money': true, inputmode: 'numeric', autocomplete: 'off', value: amountValue === undefined ? '' : String(amountValue) });
  const coefficient = h('input', { id: fieldId('c'), name: key('c'), inputmode: 'decimal', autocomplete: 'off', value: p?.kind === 'state' ? coefficientText(p.coefficient) : '' });
  const allowances = h('input', { id: fieldId('l'), name: key('l'), inputmode: 'decimal', autocomplete: 'off', value: p?.kind === 'state' ? coefficientText(p.allowances) : '' });
  const carried = h('input', { type: 'checkbox', name: key('b') });
  const errorSlot = h('p', { class: 'error', id: fieldId('error'), hidden: true });
  const field = (label: string, control: HTMLElement) =>
    h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  const amountField = field(tr('Tiền lương (hoặc thu nhập) đóng mỗi tháng (đồng)', 'Monthly salary (or income) paid on (đồng)'), amount);
  const carriedField = h('label', { class: 'check' }, carried, tr('Đây là mức hiện nay: tính lùi cho từng năm theo hệ số trượt giá (ước tính)', 'This is today’s amount: carry it back year by year by the inflation coefficients (an estimate)'));
  const coefficients = h('div', { class: 'row' },
    field(tr('Hệ số lương', 'Salary coefficient'), coefficient),
    field(tr('Hệ số phụ cấp tính đóng BHXH', 'Allowances counted for SI'), allowances));
  const showKind = () => {
    const state = kind.value === 'state';
    amountField.hidden = state;
    carriedField.hidden = state || (amountValue !== undefined && !carried.checked);
    coefficients.hidden = !state;
  };
  kind.addEventListener('change', showKind);
  carried.addEventListener('change', showKind);
  showKind();
  // A row the record gave no salary for is used once the worker gives one.
  const lacksSalary = p !== null && p.kind !== 'state' && amountValue === undefined;
  if (lacksSalary) amount.addEventListener('input', () => money(amount) !== undefined && (use.checked = true));
  for (const control of [from, to, kind, amount, coefficient, allowances]) control.setAttribute('aria-describedby', errorSlot.id);

  const element = h('li', { class: 'record-row', 'data-status': row.status },
    h('div', { class: 'record-head' },
      h('label', { class: 'check' }, use, tr(`Dùng dòng ${row.line}`, `Use line ${row.line}`)),
      h('span', { class: 'badge' }, tr(...statusName[row.status]))),
    // The line as read, its columns' wide gaps narrowed so that it fits a phone.
    h('pre', { class: 'record-source' }, row.text.replace(/ {3,}/g, '  ')),
    row.notes.length
      ? h('ul', { class: 'record-notes' }, ...row.notes.map((n) => h('li', {}, speak(n), n.sources.length ? h('span', { class: 'source' }, sources(n.sources)) : null)))
      : null,
    h('div', { class: 'row' }, field(tr('Từ tháng', 'From'), from), field(tr('Đến tháng', 'To'), to)),
    field(tr('Loại', 'Kind'), kind),
    amountField,
    carriedField,
    coefficients,
    errorSlot);

  const months = () => {
    const first = monthOf(from.value);
    const last = monthOf(to.value);
    if (!use.checked || !first || !last) return 0;
    const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
    return Math.max(0, index(last) - index(first) + 1);
  };
  const invalid = (control: HTMLElement, vi: string, en: string): 'invalid' => {
    errorSlot.textContent = tr(vi, en);
    errorSlot.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.focus();
    return 'invalid';
  };
  const period = (page: Engine): HistoryPeriod[] | null | 'invalid' => {
    errorSlot.hidden = true;
    for (const el of element.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    if (!use.checked) return null;
    const first = monthOf(from.value);
    const last = monthOf(to.value);
    if (!first) return invalid(from, 'Hãy nhập tháng bắt đầu (tháng/năm, ví dụ 01/2012).', 'Enter the first month (month/year, for example 01/2012).');
    if (!last || last < first) return invalid(to, 'Hãy nhập tháng kết thúc (tháng/năm), không trước tháng bắt đầu.', 'Enter the last month (month/year), not before the first.');
    if (kind.value === 'state') {
      const c = numberValue(coefficient);
      // Before 1995 a state-scale period may have no coefficient: it counts as time (Decree 158/2025 Art 15.6).
      if (c === undefined && last >= '1995-01') return invalid(coefficient, 'Hãy nhập hệ số lương.', 'Enter the salary coefficient.');
      return [{ from: first, to: last, kind: 'state', coefficient: c, allowances: numberValue(allowances) }];
    }
    const value = money(amount);
    if (value === undefined) return invalid(amount, 'Hãy nhập tiền lương của giai đoạn này, hoặc bỏ chọn dòng.', 'Enter this period’s salary, or leave the row out.');
    const one: HistoryPeriod = kind.value === 'voluntary'
      ? { from: first, to: last, kind: 'voluntary', income: value, group: 'other' }
      : { from: first, to: last, kind: 'compulsory', salary: value };
    return carried.checked ? yearByYear(page, kind.value, first, last, value, 'other') : [one];
  };
  const carryBack = (value: string) => {
    amount.value = value;
    carried.checked = true;
    amount.dispatchEvent(new Event('input', { bubbles: true }));
    carried.dispatchEvent(new Event('change', { bubbles: true }));
  };
  return { element, lacksSalary, months, period, carryBack };
}

/**
 * For rows without a salary (the VssID list has none): today's salary carried back year by year, as the quick
 * entry does, filled into each of them at once, and said to be an estimate.
 */
function carryBackControl(missing: Card[], id: (name: string) => string, form: HTMLFormElement): HTMLElement {
  // The quick entry's amount, when the worker gave one there.
  const quick = (form.elements.namedItem('amount') as HTMLInputElement | null)?.value.replace(/\D/g, '') ?? '';
  const amount = h('input', { id: id('carry'), 'data-money': true, inputmode: 'numeric', autocomplete: 'off', name: 'recq', value: quick });
  const button = h('button', { type: 'button', class: 'secondary' }, tr('Điền vào các dòng chưa có lương', 'Fill it into the rows without a salary'));
  button.addEventListener('click', () => {
    const value = amount.value.replace(/\D/g, '');
    if (!value) return amount.focus();
    for (const c of missing) c.carryBack(value);
  });
  return h('div', { class: 'record-carry' },
    h('p', {}, tr(
      `${missing.length} giai đoạn chưa có tiền lương. Hãy nhập tiền lương từng giai đoạn (trong VssID: bấm vào dòng để xem chi tiết), hoặc dùng tiền lương hiện nay tính lùi theo hệ số trượt giá, như Nhập nhanh: kết quả chỉ là ước tính.`,
      `${missing.length} periods have no salary. Enter each period's salary (in VssID, tap the row for its detail), or use today's salary carried back by the inflation coefficients, as the quick entry does: the result is then an estimate.`)),
    h('div', { class: 'field' }, h('label', { for: amount.id }, tr('Tiền lương đóng BHXH hiện nay (đồng)', 'Salary you pay on today (đồng)')), amount),
    button);
}

/**
 * Fills the history's period-by-period entry with `periods`, and the person's birth month and sex where the record
 * gives them and the form has no birth month yet, through the same named controls a link sets (`rows`, `from0`,
 * `kind0`, …); then says so above the periods and puts the worker on the first.
 */
function fillHistory(form: HTMLFormElement, periods: HistoryPeriod[], person: Reading['person']): void {
  const params = new Map<string, string>([['entry', 'periods'], ['rows', String(periods.length)]]);
  const birth = form.elements.namedItem('birth') as HTMLInputElement;
  if (person.birth && !birth.value) params.set('birth', person.birth);
  if (person.sex) params.set('sex', person.sex);
  periods.forEach((p, i) => {
    params.set(`from${i}`, p.from).set(`to${i}`, p.to).set(`kind${i}`, p.kind);
    if (p.kind === 'state') {
      if (p.coefficient !== undefined) params.set(`coef${i}`, coefficientText(p.coefficient));
      if (p.allowances !== undefined) params.set(`allw${i}`, coefficientText(p.allowances));
    } else {
      const amount = p.kind === 'voluntary' ? p.income : p.salary;
      if (amount !== undefined) params.set(`amount${i}`, String(amount));
      if (p.kind === 'voluntary') params.set(`group${i}`, p.group ?? 'other');
    }
  });
  // What the rows held before goes: a field the new period leaves empty stays empty.
  const periodsList = form.querySelector<HTMLElement>('.periods')!;
  for (const input of periodsList.querySelectorAll('input')) input.value = '';
  setControls(form, form, params);
  let note = form.querySelector('.record-filled');
  if (!note) {
    note = h('p', { class: 'hint record-filled', role: 'status' });
    periodsList.before(note);
  }
  note.textContent = tr(
    `Đã điền ${periods.length} giai đoạn từ quá trình đóng của bạn. Hãy xem lại rồi bấm nút tính.`,
    `${periods.length} periods were filled in from your record. Look them over, then calculate.`);
  periodsList.querySelector<HTMLElement>('input')?.focus();
}
