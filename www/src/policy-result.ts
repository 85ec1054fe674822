// What a result shows of an early-retirement policy (policy.ts has its controls): the months a pension may start
// in under it, and the policy's own allowances, paid by the State budget, shown apart from social insurance. Part
// of the rest of a result (detail.ts), so not of the page's first view.
import type { PolicyAllowances, PolicyKind, PolicyWindow } from '../../pkg/bhxh.js';
import { h } from './dom';
import { figure, sources } from './explain';
import { decimal, dong, month } from './format';
import { tr } from './i18n';

/** A decree's short name. */
const names: Record<PolicyKind, [string, string]> = {
  decree178: ['Nghị định 178/2024 (sửa đổi bởi Nghị định 67/2025)', 'Decree 178/2024 (as amended by Decree 67/2025)'],
  decree154: ['Nghị định 154/2025', 'Decree 154/2025'],
  decree177: ['Nghị định 177/2024', 'Decree 177/2024'],
  unspecified: ['chính sách nghỉ hưu trước tuổi', 'the early-retirement policy'],
};
export const policyName = (kind: PolicyKind): string => tr(...names[kind]);

/** What each allowance is for, by the engine's id. */
const itemNames: Record<string, [string, string]> = {
  earlyMonths: ['Trợ cấp cho số tháng nghỉ sớm', 'For the months retired early'],
  yearsEarly: ['Trợ cấp cho số năm nghỉ sớm', 'For the years retired early'],
  serviceYears: ['Trợ cấp theo số năm đóng BHXH bắt buộc', 'For the years of compulsory social insurance'],
};

/** The months a pension may start in under the policy: a figure beside the retirement age. */
export const windowFigure = (w: PolicyWindow): HTMLElement =>
  figure(tr(`Sớm nhất theo ${policyName(w.kind)}`, `Earliest under ${policyName(w.kind)}`), month(w.earliestStart),
    tr(`lương hưu bắt đầu từ ${month(w.earliestStart)} đến ${month(w.latestStart)}: tối đa ${w.maxMonthsEarly} tháng trước ${month(w.benchmarkStart)}, tháng bắt đầu theo tuổi của bạn`,
      `a pension starting from ${month(w.earliestStart)} to ${month(w.latestStart)}: at most ${w.maxMonthsEarly} months before ${month(w.benchmarkStart)}, the month by your age`));

/**
 * The policy's own allowances, apart from the pension: paid by the State budget under the decree, not by social
 * insurance. Each with what it is for, its months of salary, its amount and its sources; the total.
 */
export function allowancesBlock(a: PolicyAllowances | null, heading: 'h2' | 'h4' = 'h2'): HTMLElement | null {
  if (!a) return null;
  const name = policyName(a.kind);
  return h('section', { class: 'policy-allowances' },
    h(heading, {}, tr(`Trợ cấp riêng của ${name}`, `The allowances of ${name}`)),
    h('p', { class: 'apart' }, tr('Do ngân sách nhà nước chi theo nghị định: không phải chế độ bảo hiểm xã hội, không tính vào lương hưu hay các con số khác ở trên.',
      'Paid by the State budget under the decree: not social insurance, and not part of the pension or of the other figures above.')),
    h('p', {}, tr(`Tính theo tiền lương hiện hưởng ${dong(a.currentSalary)}${a.currentSalaryEstimated ? ' (ước tính từ giai đoạn đóng cuối cùng)' : ''}; nghỉ sớm ${a.monthsEarly} tháng.`,
      `On a current salary of ${dong(a.currentSalary)}${a.currentSalaryEstimated ? ' (estimated from your last period)' : ''}; ${a.monthsEarly} months early.`)),
    h('ul', { class: 'figures' },
      ...a.items.map((i) => h('li', {},
        h('span', { class: 'label' }, tr(...(itemNames[i.id] ?? [i.id, i.id]))),
        h('span', { class: 'value' }, dong(i.amount)),
        h('span', { class: 'note' }, tr(`${decimal(i.months)} tháng lương`, `${decimal(i.months)} months' salary`)),
        // Each source once: an item's figures often come from the same article.
        h('span', { class: 'source' }, [...new Set(i.sources.map((source) => sources([source])))].join(' · ')))),
      figure(tr('Tổng trợ cấp của chính sách', "The policy's allowances in all"), dong(a.total),
        a.items.length ? null : tr('không có khoản nào ở mức nghỉ sớm này', 'none for retiring this early'))));
}
