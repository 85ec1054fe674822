// The relatives a worker would leave, for the family's part of the comparison (the funeral allowance and the
// survivors' benefits each path keeps): one optional, folded step of the withdrawal page, up to 10 relatives, each
// with the facts the law asks about (Law 41/2024 Art 86). Rows are added and removed like the history's periods;
// each control's `name` is its key in the address: `deps` (how many), then `deprel0`, `depsex0`, `depyear0`,
// `depmonth0`, `depsupport0`, `depsevere0`, `depnocarer0`, `deprel1`, ….
import type { Dependant, Sex } from '../../pkg/bhxh.js';
import { h } from './dom';
import { explainRule, field, select } from './history';
import { tr } from './i18n';

/** The most relatives the engine takes. */
const MAX = 10;

const months: [string, string, string][] = [['', 'Không rõ', 'Not known'],
  ...Array.from({ length: 12 }, (_, i): [string, string, string] => [String(i + 1).padStart(2, '0'), `Tháng ${i + 1}`, new Date(Date.UTC(2000, i)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })])];

/** A checkbox with its label, for one of a relative's facts. */
const fact = (key: string, dataName: string, vi: string, en: string) =>
  h('label', { class: 'check' }, h('input', { type: 'checkbox', 'data-key': key, 'data-name': dataName }), tr(vi, en));

/**
 * Builds the relatives' step into `container` (the fold) and returns the reader of the relatives listed.
 * `workerSex` gives a new spouse's sex: the other one, which the worker may change.
 */
export function mountDependants(container: HTMLElement, prefix: string, workerSex: () => Sex): () => Dependant[] {
  const list = h('div', { class: 'dependants' });
  const add = h('button', { type: 'button', class: 'secondary', 'data-field': 'dependants' }, tr('+ Thêm người thân', '+ Add a relative'));
  // How many rows there are (empty for none), restored before the rows' own keys to build the rows they fill.
  const count = h('input', { type: 'hidden', name: 'deps', value: '', max: MAX });

  const renumber = () => {
    const rows = [...list.children];
    count.value = rows.length ? String(rows.length) : '';
    add.hidden = rows.length >= MAX;
    rows.forEach((row, i) => {
      row.querySelector('legend')!.textContent = tr(`Người thân ${i + 1}`, `Relative ${i + 1}`);
      row.querySelector('button.link')!.setAttribute('aria-label', tr(`Xóa người thân ${i + 1}`, `Remove relative ${i + 1}`));
      for (const el of row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
        el.name = `${el.dataset.key}${i}`;
        el.setAttribute('data-field', `dependants[${i}].${el.dataset.name}${el.dataset.name === 'birth' ? ` dependants[${i}]` : ''}`);
      }
      for (const el of row.querySelectorAll<HTMLElement>('[id]')) el.id = el.id.replace(/-\d+-/, `-${i}-`);
      for (const el of row.querySelectorAll<HTMLElement>('[for]')) el.setAttribute('for', el.getAttribute('for')!.replace(/-\d+-/, `-${i}-`));
      for (const el of row.querySelectorAll<HTMLElement>('[aria-describedby]')) el.setAttribute('aria-describedby', el.getAttribute('aria-describedby')!.replace(/-\d+-/g, `-${i}-`));
    });
  };

  const addRow = (focus = false) => {
    const n = list.children.length;
    const rowId = (name: string) => `${prefix}-dep-${n}-${name}`;
    const keyed = <T extends HTMLElement>(el: T, key: string, name: string) => (el.setAttribute('data-key', key), el.setAttribute('data-name', name), el);
    const relation = keyed(select('', [
      ['spouse', 'Vợ hoặc chồng', 'Wife or husband'],
      ['child', 'Con', 'Child'],
      ['parent', 'Cha, mẹ (của bạn, hoặc của vợ, chồng)', "Father or mother (yours or your spouse's)"],
      ['other', 'Người khác trong gia đình mà bạn có nghĩa vụ nuôi dưỡng', 'Another family member you must support'],
    ]), 'deprel', 'relation');
    const sex = keyed(select('', [['female', 'Nữ', 'Female'], ['male', 'Nam', 'Male']]), 'depsex', 'sex');
    sex.value = workerSex() === 'female' ? 'male' : 'female';
    const year = keyed(h('input', { inputmode: 'numeric', autocomplete: 'off', maxlength: 4, placeholder: 'YYYY' }), 'depyear', 'birth');
    const month = keyed(select('', months), 'depmonth', 'birth');
    const remove = h('button', { type: 'button', class: 'link' }, tr('Xóa', 'Remove'));
    const row = h('fieldset', { class: 'dependant' },
      h('legend', {}),
      field(rowId('relation'), tr('Quan hệ với bạn', 'Relation to you'), relation),
      field(rowId('sex'), tr('Giới tính', 'Sex'), sex),
      h('div', { class: 'row' },
        field(rowId('year'), tr('Năm sinh', 'Year of birth'), year),
        field(rowId('month'), tr('Tháng sinh', 'Month of birth'), month)),
      fact('depsupport', 'otherSupport', 'Đang đóng BHXH bắt buộc, hoặc có lương hưu, trợ cấp hằng tháng từ mức tham chiếu trở lên',
        'Works with compulsory social insurance, or has a pension or monthly benefit of at least the reference level'),
      fact('depsevere', 'severeIncapacity', 'Suy giảm khả năng lao động từ 81% trở lên', 'Working capacity reduced by 81% or more'),
      fact('depnocarer', 'noCarer', 'Không có người trực tiếp nuôi dưỡng', 'Has no one to care for them directly'),
      h('div', { class: 'period-actions' }, remove));
    remove.addEventListener('click', () => {
      const index = [...list.children].indexOf(row);
      row.remove();
      renumber();
      (list.children[Math.min(index, list.children.length - 1)]?.querySelector('select') ?? add).focus();
      // The address follows the rows as it follows the typing.
      count.dispatchEvent(new Event('input', { bubbles: true }));
    });
    list.append(row);
    renumber();
    if (focus) relation.focus();
  };
  add.addEventListener('click', () => {
    addRow(true);
    count.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // A link sets the count: rows are added or removed at the end to match it.
  count.addEventListener('change', () => {
    const wanted = Math.min(MAX, Math.max(0, Number(count.value) || 0));
    while (list.children.length < wanted) addRow();
    while (list.children.length > wanted) list.lastElementChild!.remove();
    renumber();
  });

  container.append(
    h('p', { class: 'hint' }, tr(
      'Nếu bạn mất, bảo hiểm xã hội trả cho gia đình trợ cấp mai táng và trợ cấp tuất, tùy thời gian đóng bạn còn giữ. Khai người thân để trang tính phần này cho từng cách; không khai thì chỉ tính trợ cấp mai táng và trợ cấp tuất một lần. Không có thông tin nào được gửi đi.',
      'If you die, social insurance pays your family a funeral allowance and survivors\' benefits, depending on the time you still hold. List your relatives for the page to value this part on each path; without them only the funeral allowance and the lump-sum survivors\' allowance count. Nothing is sent anywhere.')),
    count,
    list,
    h('div', { class: 'field' }, add, h('p', { class: 'error', hidden: true })),
    explainRule(tr('Ai được hưởng trợ cấp tuất hằng tháng?', 'Who receives the monthly survivors\' allowance?'), tr(
      'Khi người mất đã đóng BHXH bắt buộc từ 15 năm (hoặc đang hưởng lương hưu): con dưới 18 tuổi; vợ hoặc chồng, cha mẹ, người khác bạn có nghĩa vụ nuôi dưỡng khi đã đến tuổi nghỉ hưu, nếu không đang đóng BHXH bắt buộc hay có lương hưu, trợ cấp hằng tháng từ mức tham chiếu trở lên; và ở bất kỳ tuổi nào người suy giảm khả năng lao động từ 81%. Mỗi người 50% mức tham chiếu một tháng (70% nếu không có người trực tiếp nuôi dưỡng), tối đa 4 người, theo thứ tự đã khai. Gia đình cũng có thể chọn trợ cấp tuất một lần.',
      'When the deceased had 15 years of compulsory social insurance (or a pension): children under 18; a spouse, parents or another family member you must support, once of retirement age, unless they work with compulsory social insurance or have a pension or monthly benefit of at least the reference level; and, at any age, anyone whose working capacity is reduced by 81% or more. Each gets 50% of the reference level a month (70% with no one to care for them directly), for 4 at most, in the order listed. The family may take the lump sum instead.')));

  return () => [...list.children].map((row): Dependant => {
    const value = (name: string, type = 'select') => row.querySelector<HTMLInputElement | HTMLSelectElement>(`${type}[data-key="${name}"]`)!.value.trim();
    const checked = (name: string) => row.querySelector<HTMLInputElement>(`input[data-key="${name}"]`)!.checked;
    const year = value('depyear', 'input');
    const month = value('depmonth');
    return {
      relation: value('deprel') as Dependant['relation'],
      birth: (year ? `${year}${month ? `-${month}` : ''}` : undefined) as string,
      sex: value('depsex') as Sex,
      ...(checked('depsupport') ? { otherSupport: true } : {}),
      ...(checked('depsevere') ? { severeIncapacity: true } : {}),
      ...(checked('depnocarer') ? { noCarer: true } : {}),
    };
  });
}
