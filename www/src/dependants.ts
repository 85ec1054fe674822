// The relatives a worker would leave, for the family's part of the comparison (the funeral allowance and the
// survivors' benefits each path keeps): one optional, folded step of the withdrawal page, up to 10 relatives, each
// with the facts the law asks about (Law 41/2024 Art 86). The step and a relative's row are in the page's HTML;
// rows are cloned from it, added and removed like the history's periods;
// each control's `name` is its key in the address: `deps` (how many), then `deprel0`, `depsex0`, `depyear0`,
// `depmonth0`, `depsupport0`, `depsevere0`, `depnocarer0`, `deprel1`, ….
import type { Dependant, Sex } from '../../pkg/bhxh.js';
import { find } from './dom';
import { cloneRow, numberRow } from './form';

/**
 * Attaches the behaviour of the relatives' step that the page's HTML has in `container` (the fold, with a
 * `<template>` of one relative) and returns the reader of the relatives listed. `workerSex` gives a new spouse's
 * sex: the other one, which the worker may change.
 */
export function mountDependants(container: HTMLElement, workerSex: () => Sex): () => Dependant[] {
  const list = find(container, '.dependants');
  const add = find<HTMLButtonElement>(container, 'button[data-field="dependants"]');
  const template = find<HTMLTemplateElement>(container, 'template');
  // How many rows there are (empty for none), restored before the rows' own keys to build the rows they fill.
  // Its `max` is the most relatives the engine takes.
  const count = find<HTMLInputElement>(container, '[name="deps"]');
  const max = Number(count.max);

  const renumber = () => {
    const rows = [...list.children];
    count.value = rows.length ? String(rows.length) : '';
    add.hidden = rows.length >= max;
    rows.forEach((row, i) => {
      numberRow(row as HTMLElement, i);
      for (const el of row.querySelectorAll<HTMLElement>('[data-key]')) {
        el.setAttribute('data-field', `dependants[${i}].${el.dataset.name}${el.dataset.name === 'birth' ? ` dependants[${i}]` : ''}`);
      }
    });
  };

  const addRow = (focus = false) => {
    const row = cloneRow(template);
    find<HTMLSelectElement>(row, 'select[data-key="depsex"]').value = workerSex() === 'female' ? 'male' : 'female';
    find(row, 'button.link').addEventListener('click', () => {
      const index = [...list.children].indexOf(row);
      row.remove();
      renumber();
      (list.children[Math.min(index, list.children.length - 1)]?.querySelector('select') ?? add).focus();
      // The address follows the rows as it follows the typing.
      count.dispatchEvent(new Event('input', { bubbles: true }));
    });
    list.append(row);
    renumber();
    if (focus) row.querySelector('select')?.focus();
  };
  add.addEventListener('click', () => {
    addRow(true);
    count.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // A link sets the count: rows are added or removed at the end to match it.
  count.addEventListener('change', () => {
    const wanted = Math.min(max, Math.max(0, Number(count.value) || 0));
    while (list.children.length < wanted) addRow();
    while (list.children.length > wanted) list.lastElementChild!.remove();
    renumber();
  });

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
