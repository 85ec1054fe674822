// The person and their contribution history, shared by the pension and the withdrawal pages. The history
// is entered either quickly ("I paid N years and M months, at about this salary") or period by period,
// with rows added and removed on a phone. The controls are in the pages' HTML (www/partials/person-history.html),
// so the form is painted before any script has run; this module attaches their behaviour. Every control names
// the engine field it feeds (`data-field`), so an engine error lands next to the right control.
import type { Condition, HistoryPeriod, RevaluationTableInfo, Sex, SupportGroup } from '../../pkg/bhxh.js';
import { find } from './dom';
import { cloneRow, formatMoneyInputs, money, monthOf, monthValue, numberRow, numberValue, pageError, shownMonth } from './form';
import type { Engine } from './engine';
import { addMonths, thisMonth } from './format';
import { tr } from './i18n';

export interface Person {
  sex: Sex;
  birth: string;
  condition: Condition;
  history: HistoryPeriod[];
}

export interface HistoryOptions {
  /** The quick entry's last month to start with (the HTML leaves it empty, for the worker to fill). */
  lastMonthDefault?: string;
}

/**
 * Links a kind select to its amount's label (a salary for compulsory periods, a chosen income for voluntary
 * ones: the label holds both, `data-kind`, one shown) and its group field (shown for voluntary periods only).
 */
function linkKind(kind: HTMLSelectElement, amountField: HTMLElement, groupField: HTMLElement): void {
  const update = () => {
    const voluntary = kind.value === 'voluntary';
    for (const label of amountField.querySelectorAll<HTMLElement>('label [data-kind]')) label.hidden = (label.dataset.kind === 'voluntary') !== voluntary;
    groupField.hidden = !voluntary;
  };
  kind.addEventListener('change', update);
  update();
}

/** A period of the history from a row's values; `coefficients` for a state-scale period. */
function period(kind: string, from: string, to: string, amount: number, group: string, coefficients?: [number | undefined, number | undefined]): HistoryPeriod {
  if (kind === 'state') return { from, to, kind: 'state', coefficient: coefficients?.[0], allowances: coefficients?.[1] };
  return kind === 'voluntary'
    ? { from, to, kind: 'voluntary', income: amount, group: group as SupportGroup }
    : { from, to, kind: 'compulsory', salary: amount };
}

let revaluationTables: RevaluationTableInfo[] | undefined;

/**
 * The quick entry's history: the salary (or income) the worker earns now, carried back year by year as the
 * same buying power. Each past year's amount is today's divided by that year's revaluation coefficient in this
 * year's table (the engine multiplies it back), so the average comes out near today's salary. Taking today's
 * salary as what was earned years ago would overstate the average, and the pension, by up to the coefficient.
 */
export function yearByYear(api: Engine, kind: string, from: string, to: string, amount: number, group: string): HistoryPeriod[] {
  const thisYear = Number(thisMonth().slice(0, 4));
  revaluationTables ??= api.revaluationTables(); // read once per page
  const table = revaluationTables.filter((t) => t.decisionYear <= thisYear).at(-1) ?? revaluationTables[0];
  const rows = kind === 'voluntary' ? table.income : table.salary;
  // In hundredths, as published: the first row covers every earlier year, years past the last row count 1.00.
  const hundredths = (year: number) => Math.round(100 * (year < rows[0].year ? rows[0].coefficient : (rows.find((r) => r.year === year)?.coefficient ?? 1)));
  const periods: HistoryPeriod[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    const start = year === Number(from.slice(0, 4)) ? from : `${year}-01`;
    const end = year === Number(to.slice(0, 4)) ? to : `${year}-12`;
    // An empty amount stays empty, for the engine to report in its own order with the other fields.
    periods.push(period(kind, start, end, amount === undefined ? amount : Math.round((amount * 100) / hundredths(year)), group));
  }
  return periods;
}

/**
 * Attaches the behaviour of the person and history controls that the page's HTML has in `container` and
 * returns the reader of their values. Each control's `name` is its key in a share link (`www/src/state.ts`):
 * `sex`, `birth`, `condition`, `entry`, the quick entry's `years`, `months`, `kind`, `amount`, `group`, `last`,
 * and period by period `rows` (how many) then `from0`, `to0`, `kind0`, `amount0`, `group0`, `from1`, ….
 */
export function mountPersonAndHistory(container: HTMLElement, options: HistoryOptions = {}): { read: (api: Engine) => Person } {
  const control = <T extends HTMLElement = HTMLInputElement>(name: string) => find<T>(container, `[name="${name}"]`);
  const radio = (name: string, value: string) => find<HTMLInputElement>(container, `input[name="${name}"][value="${value}"]`);

  // The person.
  const sexFemale = radio('sex', 'female');
  const birth = control('birth');
  const condition = control<HTMLSelectElement>('condition');

  // The quick entry.
  const quick = find(container, '.quick');
  const years = control('years');
  const months = control('months');
  const quickKind = control<HTMLSelectElement>('kind');
  const quickAmount = control('amount');
  const quickGroup = control<HTMLSelectElement>('group');
  const lastMonth = control('last');
  // As the HTML's own value: a value the browser puts back after a reload stays.
  if (options.lastMonthDefault) lastMonth.defaultValue = shownMonth(options.lastMonthDefault);
  linkKind(quickKind, quickAmount.closest('.field')!, quickGroup.closest('.field')!);

  // Period by period: rows cloned from the template, added and removed.
  const detailed = find(container, '.detailed');
  const list = find(detailed, '.periods');
  const addButton = find<HTMLButtonElement>(detailed, 'button');
  const template = find<HTMLTemplateElement>(detailed, 'template');
  // How many rows there are, kept as a control of its own so that a share link carries it and, restored
  // before the rows' own keys, builds the rows they fill (see www/src/state.ts). Its `max` is the most
  // periods a history takes, by hand or from a link: more than any career needs.
  const rowCount = control('rows');
  const maxPeriods = Number(rowCount.max);

  const renumber = () => {
    rowCount.value = String(list.children.length);
    addButton.hidden = list.children.length >= maxPeriods;
    [...list.children].forEach((row, i) => {
      numberRow(row as HTMLElement, i);
      find(row, 'button.link').hidden = list.children.length === 1;
      // An error on the whole period (it ends before it starts, it overlaps another) lands by its first month:
      // the row itself has no error slot.
      for (const el of row.querySelectorAll<HTMLElement>('[data-name]')) el.setAttribute('data-field', `history[${i}].${el.dataset.name}${el.dataset.name === 'from' ? ` history[${i}]` : ''}`);
    });
  };

  const addPeriod = (from = '', focus = false) => {
    const row = cloneRow(template);
    // `data-name` is the engine's field (`history[i].salary`), `data-key` the share link's (`amount0`).
    const kind = find<HTMLSelectElement>(row, 'select[data-name="kind"]');
    const amount = find<HTMLInputElement>(row, 'input[data-money]');
    const amountField = amount.closest<HTMLElement>('.field')!;
    const coefficients = find(row, '[data-name="coefficient"]').closest<HTMLElement>('.row')!;
    find<HTMLInputElement>(row, 'input[data-name="from"]').value = from;
    // A state-scale period: the salary coefficient and the allowances counted for SI, as coefficients.
    const showKind = () => {
      const state = kind.value === 'state';
      amountField.hidden = state;
      coefficients.hidden = !state;
    };
    kind.addEventListener('change', () => {
      amount.setAttribute('data-name', kind.value === 'voluntary' ? 'income' : 'salary');
      showKind();
      renumber(); // the amount's data-field follows its new name (history[i].income), so its errors land by it
    });
    linkKind(kind, amountField, find(row, 'select[data-name="group"]').closest<HTMLElement>('.field')!);
    showKind();
    find(row, 'button.link').addEventListener('click', () => {
      const index = [...list.children].indexOf(row);
      row.remove();
      renumber();
      const next = list.children[Math.min(index, list.children.length - 1)];
      next?.querySelector<HTMLElement>('input')?.focus();
    });
    list.append(row);
    renumber();
    formatMoneyInputs(row);
    if (focus) row.querySelector<HTMLInputElement>('input')?.focus();
  };
  addButton.addEventListener('click', () => {
    const last = monthOf(list.lastElementChild?.querySelector<HTMLInputElement>('[data-name="to"]')?.value ?? '');
    addPeriod(last ? shownMonth(addMonths(last, 1)) : '', true);
  });
  addPeriod();
  // A share link sets the count: rows are added or removed at the end to match it.
  rowCount.addEventListener('change', () => {
    const wanted = Math.min(maxPeriods, Math.max(1, Number(rowCount.value) || 1));
    while (list.children.length < wanted) addPeriod();
    while (list.children.length > wanted) list.lastElementChild!.remove();
    renumber();
  });

  const quickMode = radio('entry', 'quick');
  const periodMode = radio('entry', 'periods');
  const recordMode = radio('entry', 'record');
  // Reading the worker's own record: its code (the reader, the review, the file readers) loads when chosen.
  const record = find(container, '.record-import');
  let recordLoaded = false;
  const switchMode = () => {
    quick.hidden = !quickMode.checked;
    detailed.hidden = !periodMode.checked;
    record.hidden = !recordMode.checked;
    if (recordMode.checked && !recordLoaded) {
      recordLoaded = true;
      record.setAttribute('aria-busy', 'true');
      void import('./record/panel').then(({ mountRecord }) => mountRecord(record), () => {
        record.textContent = tr('Không tải được phần đọc quá trình đóng. Hãy kiểm tra kết nối rồi thử lại.', 'The record reader could not be loaded. Check the connection and try again.');
        recordLoaded = false;
      }).finally(() => record.removeAttribute('aria-busy'));
    }
  };
  quickMode.addEventListener('change', switchMode);
  periodMode.addEventListener('change', switchMode);
  recordMode.addEventListener('change', switchMode);
  // The browser may have put back a choice made before a reload: the parts shown follow it.
  switchMode();
  formatMoneyInputs(quick);

  const readPeriods = (): HistoryPeriod[] =>
    [...list.children].map((row) => {
      const value = (name: string) => row.querySelector<HTMLSelectElement>(`select[data-name="${name}"]`)!.value;
      const input = (name: string) => row.querySelector<HTMLInputElement>(`input[data-name="${name}"]`)!;
      return period(value('kind'), monthValue(input('from')), monthValue(input('to')), money(row.querySelector<HTMLInputElement>('input[data-money]')!), value('group'),
        [numberValue(input('coefficient')), numberValue(input('allowances'))]);
    });

  const readQuick = (api: Engine): HistoryPeriod[] => {
    const total = Number(years.value || 0) * 12 + Number(months.value || 0);
    if (!/^\d*$/.test(years.value.trim()) || !/^\d*$/.test(months.value.trim()) || Number(months.value) > 11) {
      throw pageError('history', 'Số năm và số tháng phải là số nguyên; số tháng từ 0 đến 11.', 'Years and months must be whole numbers; months from 0 to 11.');
    }
    if (total < 1) throw pageError('history', 'Hãy nhập số năm và số tháng bạn đã đóng.', 'Enter the years and months you have paid.');
    const last = monthOf(lastMonth.value);
    const today = thisMonth();
    if (!last) throw pageError('history[0].to', 'Hãy nhập tháng đóng cuối cùng (tháng/năm, ví dụ 01/2026).', 'Enter the last month paid (month/year, for example 01/2026).');
    // Checked here, not by the engine: split year by year, a future month would be reported as the end of its year.
    if (last > today) {
      throw pageError('history[0].to', `Tháng ${shownMonth(last)} chưa đến (hôm nay là tháng ${shownMonth(today)}): hãy nhập tháng cuối cùng bạn đã đóng.`,
        `${shownMonth(last)} has not come yet (this is ${shownMonth(today)}): enter the last month you have paid.`);
    }
    const periods = yearByYear(api, quickKind.value, addMonths(last, 1 - total), last, money(quickAmount), quickGroup.value);
    // Errors on the generated periods land by the control that made them: amounts by the amount, the first
    // month by the years (it sets how far back the history goes), every later month by the last month.
    quickAmount.dataset.field = periods.map((_, i) => `history[${i}].salary history[${i}].income`).join(' ');
    lastMonth.dataset.field = periods.map((_, i) => `history[${i}].to ${i ? `history[${i}].from history[${i}]` : ''}`).join(' ');
    return periods;
  };

  const read = (api: Engine): Person => {
    if (recordMode.checked) {
      throw pageError('record', 'Hãy đọc quá trình đóng rồi bấm «Dùng các giai đoạn này» trước khi tính.', 'Read your record, then press “Use these periods” before calculating.');
    }
    return {
      sex: sexFemale.checked ? 'female' : 'male',
      birth: monthValue(birth),
      condition: condition.value as Condition,
      history: quickMode.checked ? readQuick(api) : readPeriods(),
    };
  };
  return { read };
}

