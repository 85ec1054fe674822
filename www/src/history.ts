// The person and their contribution history, shared by the pension and the withdrawal pages. The history
// is entered either quickly ("I paid N years and M months, at about this salary") or period by period,
// with rows added and removed on a phone. Every control names the engine field it feeds (`data-field`), so
// an engine error lands next to the right control.
import type { Condition, HistoryPeriod, RevaluationTableInfo, Sex, SupportGroup } from '../../pkg/bhxh.js';
import { h } from './dom';
import { formatMoneyInputs, money, numberValue, pageError, text } from './form';
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
  /** The id prefix of the controls (`p` gives `p-birth`, `p-years`, …). */
  prefix: string;
  /** The label of the quick entry's last month: "paid up to" on the pension page, "stopped in" on the withdrawal page. */
  lastMonthLabel: [vi: string, en: string];
  /** Its starting value; empty makes the worker fill it. */
  lastMonthDefault: string;
}


/** A labelled control with its hint and error slot, as every form on the site lays them out. */
export function field(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  const described = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ');
  control.id = id;
  control.setAttribute('aria-describedby', described);
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    control,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('p', { class: 'error', id: `${id}-error`, hidden: true }));
}

export const monthInput = (dataField: string, value = '', name?: string) => h('input', { type: 'month', min: '1960-01', 'data-field': dataField, value, placeholder: 'YYYY-MM', name });
export const moneyInput = (dataField: string, name?: string) => h('input', { 'data-money': true, inputmode: 'numeric', autocomplete: 'off', 'data-field': dataField, name });

export function select(dataField: string, options: [value: string, vi: string, en: string][], name?: string): HTMLSelectElement {
  return h('select', { 'data-field': dataField, name }, ...options.map(([value, vi, en]) => h('option', { value }, tr(vi, en))));
}

const kinds: [string, string, string][] = [
  ['compulsory', 'Bắt buộc (đi làm có hợp đồng)', 'Compulsory (employed)'],
  ['voluntary', 'Tự nguyện (tự đóng)', 'Voluntary (on my own)'],
];
/** A period may also be on the state salary scale: a coefficient and allowances, as a record gives them. */
const periodKinds: [string, string, string][] = [
  ...kinds,
  ['state', 'Bắt buộc, theo hệ số lương Nhà nước', 'Compulsory, on the state salary scale'],
];
const groups: [string, string, string][] = [
  ['other', 'Người tham gia khác', 'Anyone else'],
  ['poorHousehold', 'Hộ nghèo, xã đảo, đặc khu', 'Poor household, island commune'],
  ['nearPoorHousehold', 'Hộ cận nghèo', 'Near-poor household'],
  ['ethnicMinority', 'Người dân tộc thiểu số', 'Ethnic minority'],
];

/** A short, plain explanation that folds open next to the inputs it concerns. */
export const explainRule = (question: string, answer: string): HTMLElement =>
  h('details', { class: 'explain-rule' }, h('summary', {}, question), h('p', {}, answer));

/** The amount label follows the kind: a salary for compulsory periods, a chosen income for voluntary ones. */
function amountLabel(kind: string, now: boolean): string {
  if (now) return kind === 'voluntary' ? tr('Thu nhập chọn đóng hiện nay, mỗi tháng (đồng)', 'Monthly income you contribute on now (đồng)') : tr('Tiền lương đóng BHXH hiện nay, mỗi tháng (đồng)', 'Monthly salary you contribute on now (đồng)');
  return kind === 'voluntary' ? tr('Thu nhập chọn đóng mỗi tháng (đồng)', 'Monthly income contributed on (đồng)') : tr('Tiền lương đóng BHXH mỗi tháng (đồng)', 'Monthly salary contributed on (đồng)');
}

/** Links a kind select to its amount label and its group field (shown for voluntary periods only). */
function linkKind(kind: HTMLSelectElement, amountField: HTMLElement, groupField: HTMLElement, now = false): void {
  const update = () => {
    amountField.querySelector('label')!.textContent = amountLabel(kind.value, now);
    groupField.hidden = kind.value !== 'voluntary';
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
  revaluationTables ??= api.parameters().revaluationTables; // about a millisecond: read once per page
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

/** The most periods a history takes, by hand or from a link: more than any career needs. */
const MAX_PERIODS = 120;

/**
 * Builds the person and history controls into `container` and returns the reader of their values. Each
 * control's `name` is its key in a share link (`www/src/state.ts`): `sex`, `birth`, `condition`, `entry`, the
 * quick entry's `years`, `months`, `kind`, `amount`, `group`, `last`, and period by period `rows` (how many)
 * then `from0`, `to0`, `kind0`, `amount0`, `group0`, `from1`, ….
 */
export function mountPersonAndHistory(container: HTMLElement, options: HistoryOptions): { read: (api: Engine) => Person } {
  const id = (name: string) => `${options.prefix}-${name}`;

  // The person.
  const sexMale = h('input', { type: 'radio', name: 'sex', value: 'male', checked: true, 'data-field': 'sex' });
  const sexFemale = h('input', { type: 'radio', name: 'sex', value: 'female' });
  const birth = monthInput('birth', '', 'birth');
  const condition = select('condition', [
    ['normal', 'Bình thường', 'Normal'],
    ['hardship', 'Có từ 15 năm làm nghề nặng nhọc, độc hại, hoặc ở vùng đặc biệt khó khăn', '15+ years in heavy or hazardous work, or in especially difficult areas'],
    ['reducedCapacity', 'Suy giảm khả năng lao động từ 61% đến 80%', 'Working capacity reduced by 61% to 80%'],
    ['reducedCapacitySevere', 'Suy giảm khả năng lao động từ 81% trở lên', 'Working capacity reduced by 81% or more'],
  ], 'condition');
  const person = h('fieldset', {},
    h('legend', {}, tr('Về bạn', 'About you')),
    h('div', { class: 'field' },
      h('span', { class: 'label', id: id('sex-label') }, tr('Giới tính', 'Sex')),
      h('div', { class: 'choice', role: 'radiogroup', 'aria-labelledby': id('sex-label') },
        h('label', { class: 'check' }, sexMale, tr('Nam', 'Male')),
        h('label', { class: 'check' }, sexFemale, tr('Nữ', 'Female'))),
      h('p', { class: 'error', id: id('sex-error'), hidden: true })),
    field(id('birth'), tr('Tháng năm sinh', 'Month and year of birth'), birth),
    field(id('condition'), tr('Điều kiện làm việc', 'Working conditions'), condition,
      tr('Quyết định tuổi nghỉ hưu: nghề nặng nhọc, độc hại hoặc suy giảm khả năng lao động được nghỉ sớm hơn.', 'This sets the retirement age: heavy or hazardous work, or a reduced working capacity, allows retiring earlier.')));

  // The quick entry.
  const years = h('input', { inputmode: 'numeric', autocomplete: 'off', 'data-field': 'history history[0] history[0].from', name: 'years' });
  const months = h('input', { inputmode: 'numeric', autocomplete: 'off', name: 'months' });
  const quickKind = select('history[0].kind', kinds, 'kind');
  const quickAmount = moneyInput('history[0].salary history[0].income', 'amount');
  const quickGroup = select('history[0].group', groups, 'group');
  const lastMonth = monthInput('history[0].to', options.lastMonthDefault, 'last');
  const quickAmountField = field(id('amount'), '', quickAmount, tr(
    'Các năm trước được tính lùi từ mức này theo hệ số trượt giá, như thể sức mua giữ nguyên. Nếu biết lương từng giai đoạn, hãy nhập từng giai đoạn để kết quả sát hơn.',
    'Earlier years are carried back from this amount by the inflation coefficients, as if its buying power stayed the same. If you know your pay in each period, enter the periods for a closer result.'));
  const quickGroupField = field(id('group'), tr('Đối tượng được Nhà nước hỗ trợ', "Group for the State's support"), quickGroup);
  const quick = h('div', { class: 'quick' },
    h('div', { class: 'row' },
      field(id('years'), tr('Số năm đã đóng', 'Years paid'), years),
      field(id('months'), tr('và số tháng', 'and months'), months)),
    field(id('kind'), tr('Loại bảo hiểm', 'Kind of insurance'), quickKind),
    quickAmountField,
    quickGroupField,
    field(id('last'), tr(...options.lastMonthLabel), lastMonth));
  linkKind(quickKind, quickAmountField, quickGroupField, true);

  // Period by period.
  const list = h('div', { class: 'periods' });
  const addButton = h('button', { type: 'button', class: 'secondary' }, tr('+ Thêm giai đoạn', '+ Add a period'));
  // How many rows there are, kept as a control of its own so that a share link carries it and, restored
  // before the rows' own keys, builds the rows they fill (see www/src/state.ts).
  const rowCount = h('input', { type: 'hidden', name: 'rows', value: '1', max: MAX_PERIODS });
  const detailed = h('div', { class: 'detailed', hidden: true }, rowCount, list, addButton);

  const renumber = () => {
    rowCount.value = String(list.children.length);
    addButton.hidden = list.children.length >= MAX_PERIODS;
    [...list.children].forEach((row, i) => {
      row.querySelector('legend span')!.textContent = tr(`Giai đoạn ${i + 1}`, `Period ${i + 1}`);
      const remove = row.querySelector<HTMLButtonElement>('button.link')!;
      remove.setAttribute('aria-label', tr(`Xóa giai đoạn ${i + 1}`, `Remove period ${i + 1}`));
      remove.hidden = list.children.length === 1;
      // An error on the whole period (it ends before it starts, it overlaps another) lands by its first month:
      // the row itself has no error slot.
      for (const el of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) el.name = `${el.dataset.key}${i}`;
      for (const el of row.querySelectorAll<HTMLElement>('[data-name]')) el.setAttribute('data-field', `history[${i}].${el.dataset.name}${el.dataset.name === 'from' ? ` history[${i}]` : ''}`);
      for (const el of row.querySelectorAll<HTMLElement>('[id]')) el.id = el.id.replace(/-\d+-/, `-${i}-`);
      for (const el of row.querySelectorAll<HTMLElement>('[for]')) el.setAttribute('for', el.getAttribute('for')!.replace(/-\d+-/, `-${i}-`));
      for (const el of row.querySelectorAll<HTMLElement>('[aria-describedby]')) el.setAttribute('aria-describedby', el.getAttribute('aria-describedby')!.replace(/-\d+-/g, `-${i}-`));
    });
  };

  const addPeriod = (from = '', focus = false) => {
    const n = list.children.length;
    const rowId = (name: string) => id(`${n}-${name}`);
    // `data-name` is the engine's field (`history[i].salary`), `data-key` the share link's (`amount0`).
    const named = <T extends HTMLElement>(el: T, name: string) => (el.setAttribute('data-name', name), el.setAttribute('data-key', name), el);
    const kind = named(select('', periodKinds), 'kind');
    const amount = moneyInput('');
    amount.setAttribute('data-name', 'salary');
    amount.setAttribute('data-key', 'amount');
    const amountField = field(rowId('amount'), '', amount);
    const groupField = field(rowId('group'), tr('Đối tượng được hỗ trợ', 'Support group'), named(select('', groups), 'group'));
    // A state-scale period: the salary coefficient and the allowances counted for SI, as coefficients.
    const coefficient = (name: string, key: string) => h('input', { inputmode: 'decimal', autocomplete: 'off', 'data-name': name, 'data-key': key });
    const coefficients = h('div', { class: 'row' },
      field(rowId('coefficient'), tr('Hệ số lương', 'Salary coefficient'), coefficient('coefficient', 'coef')),
      field(rowId('allowances'), tr('Hệ số phụ cấp tính đóng BHXH', 'Allowances counted for SI (coefficient)'), coefficient('allowances', 'allw')));
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
    const remove = h('button', { type: 'button', class: 'link' }, tr('Xóa', 'Remove'));
    const row = h('fieldset', { class: 'period' },
      h('legend', {}, h('span', {})),
      h('div', { class: 'row' },
        field(rowId('from'), tr('Từ tháng', 'From'), named(monthInput('', from), 'from')),
        field(rowId('to'), tr('Đến tháng', 'To'), named(monthInput(''), 'to'))),
      field(rowId('kind'), tr('Loại bảo hiểm', 'Kind of insurance'), kind),
      amountField,
      coefficients,
      groupField,
      h('div', { class: 'period-actions' }, remove));
    linkKind(kind, amountField, groupField);
    showKind();
    remove.addEventListener('click', () => {
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
    const last = list.lastElementChild?.querySelector<HTMLInputElement>('[data-name="to"]')?.value;
    addPeriod(last && /^\d{4}-\d{2}$/.test(last) ? addMonths(last, 1) : '', true);
  });
  addPeriod();
  // A share link sets the count: rows are added or removed at the end to match it.
  rowCount.addEventListener('change', () => {
    const wanted = Math.min(MAX_PERIODS, Math.max(1, Number(rowCount.value) || 1));
    while (list.children.length < wanted) addPeriod();
    while (list.children.length > wanted) list.lastElementChild!.remove();
    renumber();
  });

  const quickMode = h('input', { type: 'radio', name: 'entry', value: 'quick', checked: true });
  const periodMode = h('input', { type: 'radio', name: 'entry', value: 'periods' });
  const recordMode = h('input', { type: 'radio', name: 'entry', value: 'record' });
  // Reading the worker's own record: its code (the reader, the review, the file readers) loads when chosen.
  const record = h('div', { class: 'record-import', hidden: true, 'data-field': 'record' });
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

  const history = h('fieldset', {},
    h('legend', {}, tr('Quá trình đóng bảo hiểm xã hội', 'Your contributions so far')),
    h('div', { class: 'choice', role: 'radiogroup', 'aria-label': tr('Cách nhập', 'How to enter it') },
      h('label', { class: 'check' }, quickMode, tr('Nhập nhanh', 'Quick entry')),
      h('label', { class: 'check' }, periodMode, tr('Nhập từng giai đoạn', 'Period by period')),
      h('label', { class: 'check' }, recordMode, tr('Nhập từ quá trình đóng BHXH', 'From my contribution record'))),
    quick,
    detailed,
    record,
    explainRule(tr('Thế nào là một năm đóng?', 'What counts as a year?'),
      tr('Các tháng đã đóng được cộng dồn, kể cả khi bị gián đoạn. Khi tính lương hưu, tháng lẻ từ 1 đến 6 tính là nửa năm, từ 7 đến 11 tính là một năm.',
        'All the months you paid add up, even with gaps between them. For the pension, 1 to 6 extra months count as half a year, and 7 to 11 as a full year.')),
    explainRule(tr('Vì sao tiền lương cũ được điều chỉnh?', 'Why are old salaries adjusted?'),
      tr('Tiền lương của những năm trước được nhân với hệ số do Nhà nước công bố mỗi năm, để bù trượt giá. Vì vậy mức bình quân dùng để tính lương hưu cao hơn con số bạn nhận ngày trước.',
        'Salaries from earlier years are multiplied by coefficients the State publishes each year, to make up for inflation. So the average your pension is based on is higher than the amounts you were paid back then.')));

  container.append(person, history);
  formatMoneyInputs(quick);

  const readPeriods = (): HistoryPeriod[] =>
    [...list.children].map((row) => {
      const value = (name: string) => row.querySelector<HTMLSelectElement>(`select[data-name="${name}"]`)!.value;
      const input = (name: string) => row.querySelector<HTMLInputElement>(`input[data-name="${name}"]`)!;
      return period(value('kind'), text(input('from')), text(input('to')), money(row.querySelector<HTMLInputElement>('input[data-money]')!), value('group'),
        [numberValue(input('coefficient')), numberValue(input('allowances'))]);
    });

  const readQuick = (api: Engine): HistoryPeriod[] => {
    const total = Number(years.value || 0) * 12 + Number(months.value || 0);
    if (!/^\d*$/.test(years.value.trim()) || !/^\d*$/.test(months.value.trim()) || Number(months.value) > 11) {
      throw pageError('history', 'Số năm và số tháng phải là số nguyên; số tháng từ 0 đến 11.', 'Years and months must be whole numbers; months from 0 to 11.');
    }
    if (total < 1) throw pageError('history', 'Hãy nhập số năm và số tháng bạn đã đóng.', 'Enter the years and months you have paid.');
    if (!/^\d{4}-\d{2}$/.test(lastMonth.value)) throw pageError('history[0].to', 'Hãy nhập tháng đóng cuối cùng (năm-tháng).', 'Enter the last month paid (year-month).');
    // Checked here, not by the engine: split year by year, a future month would be reported as the end of its year.
    if (lastMonth.value > thisMonth()) {
      throw pageError('history[0].to', `Tháng ${lastMonth.value} chưa đến (hôm nay là tháng ${thisMonth()}): hãy nhập tháng cuối cùng bạn đã đóng.`,
        `${lastMonth.value} has not come yet (this is ${thisMonth()}): enter the last month you have paid.`);
    }
    const periods = yearByYear(api, quickKind.value, addMonths(lastMonth.value, 1 - total), lastMonth.value, money(quickAmount), quickGroup.value);
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
      birth: text(birth),
      condition: condition.value as Condition,
      history: quickMode.checked ? readQuick(api) : readPeriods(),
    };
  };
  return { read };
}

