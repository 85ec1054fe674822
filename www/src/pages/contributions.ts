// The contributions page: the compulsory split between worker and employer, fund by fund, and what a
// voluntary participant pays after the State's support.
import type { Contribution, SupportGroup, VoluntaryContribution, VoluntaryInput } from '../../../pkg/bhxh.js';
import { byId, h } from '../dom';
import { figure, legalBasis, notes, steps } from '../explain';
import { calculator, money, monthValue, shownMonth } from '../form';
import { dong, percent, thisMonth } from '../format';
import { tr } from '../i18n';
import { startPage } from '../page';
import * as engine from '@engines/contributions/bhxh.js';

startPage(engine, (api) => {
  // Both calls the page makes.
  api.contribution({ month: '2026-01', salary: 10_000_000, region: 1 });
  api.voluntaryContribution({ month: '2026-01', income: 2_000_000, group: 'other', mode: { months: 1 } });
});

/** The table's rows: social insurance and its three funds, then health and unemployment insurance. */
const funds: [keyof Contribution['employee'], string, string][] = [
  ['socialInsurance', 'Bảo hiểm xã hội', 'Social insurance'],
  ['retirement', '· hưu trí, tử tuất', '· retirement and survivors'],
  ['sickness', '· ốm đau, thai sản', '· sickness and maternity'],
  ['occupational', '· tai nạn lao động, bệnh nghề nghiệp', '· work accidents and diseases'],
  ['health', 'Bảo hiểm y tế', 'Health insurance'],
  ['unemployment', 'Bảo hiểm thất nghiệp', 'Unemployment insurance'],
  ['unionFee', 'Kinh phí công đoàn', 'Trade-union fee'],
];

function compulsoryResult(r: Contribution) {
  const headline = tr(`Bạn đóng ${dong(r.employee.total)} mỗi tháng`, `You pay ${dong(r.employee.total)} a month`);
  const rows = funds
    .filter(([key]) => r.employee[key] || r.employer[key])
    .map(([key, vi, en]) => h('tr', { class: vi.startsWith('·') ? 'part' : null }, h('th', { scope: 'row' }, tr(vi, en)), h('td', { class: 'n' }, dong(r.employee[key])), h('td', { class: 'n' }, dong(r.employer[key]))));
  const base = [
    tr(`Căn cứ đóng BHXH: ${dong(r.base.socialInsurance)}`, `Base for social insurance: ${dong(r.base.socialInsurance)}`),
    tr(`BHYT: ${dong(r.base.healthInsurance)}`, `health insurance: ${dong(r.base.healthInsurance)}`),
    r.base.unemployment === null ? null : tr(`BHTN: ${dong(r.base.unemployment)}`, `unemployment insurance: ${dong(r.base.unemployment)}`),
  ].filter(Boolean).join('; ');
  return {
    headline,
    nodes: [
      h('p', { class: 'headline' }, h('span', { class: 'big' }, dong(r.employee.total)), tr('bạn đóng mỗi tháng (trừ vào lương)', 'you pay each month (taken from your pay)')),
      h('ul', { class: 'figures' },
        figure(tr('Doanh nghiệp đóng thêm', 'Your employer adds'), dong(r.employer.total)),
        figure(tr('Lương bạn nhận, trước thuế', 'Your pay, before tax'), dong(r.netBeforeTax)),
        figure(tr('Tổng chi phí của doanh nghiệp', "The employer's total cost"), dong(r.employerCost))),
      notes(r.warnings),
      h('div', { class: 'scroll' }, h('table', {},
        h('caption', {}, base),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('Quỹ', 'Fund')), h('th', { scope: 'col', class: 'n' }, tr('Bạn', 'You')), h('th', { scope: 'col', class: 'n' }, tr('Doanh nghiệp', 'Employer')))),
        h('tbody', {}, ...rows, h('tr', {}, h('th', { scope: 'row' }, tr('Tổng', 'Total')), h('td', { class: 'n' }, dong(r.employee.total)), h('td', { class: 'n' }, dong(r.employer.total)))))),
      steps(r.steps),
      legalBasis(r.steps),
    ],
  };
}

function voluntaryResult(r: VoluntaryContribution) {
  const each = r.monthsCovered === 1 ? tr('mỗi tháng', 'each month') : tr(`mỗi lần, cho ${r.monthsCovered} tháng`, `each time, for ${r.monthsCovered} months`);
  return {
    headline: tr(`Bạn đóng ${dong(r.payment.participantPays)} ${each}`, `You pay ${dong(r.payment.participantPays)} ${each}`),
    nodes: [
      h('p', { class: 'headline' }, h('span', { class: 'big' }, dong(r.payment.participantPays)), tr(`bạn đóng ${each}`, `you pay ${each}`)),
      h('ul', { class: 'figures' },
        figure(tr(`Mức đóng ${percent(r.rate)} thu nhập`, `${percent(r.rate)} of the income`), dong(r.perMonth.gross)),
        figure(tr('Nhà nước hỗ trợ mỗi tháng', "The State's support a month"), dong(r.perMonth.stateSupport)),
        figure(tr('Bạn đóng mỗi tháng', 'You pay a month'), dong(r.perMonth.participantPays)),
        r.payBy ? figure(tr('Hạn đóng', 'Pay by'), r.payBy) : null),
      notes(r.warnings),
      steps(r.steps),
      legalBasis(r.steps),
    ],
  };
}

const compulsory = byId<HTMLFormElement>('compulsory');
const voluntary = byId<HTMLFormElement>('voluntary');
for (const id of ['c-month', 'v-month']) byId<HTMLInputElement>(id).value ||= shownMonth(thisMonth());

calculator(compulsory, byId('compulsory-result'), (api) =>
  compulsoryResult(api.contribution({
    month: monthValue(byId<HTMLInputElement>('c-month')),
    salary: money(byId<HTMLInputElement>('c-salary')),
    region: Number(byId<HTMLSelectElement>('c-region').value) as 1 | 2 | 3 | 4,
    unionFee: byId<HTMLInputElement>('c-union').checked,
    reducedOccupationalRate: byId<HTMLInputElement>('c-reduced').checked,
  })));

calculator(voluntary, byId('voluntary-result'), (api) => {
  const mode = byId<HTMLSelectElement>('v-mode').value;
  return voluntaryResult(api.voluntaryContribution({
    month: monthValue(byId<HTMLInputElement>('v-month')),
    income: money(byId<HTMLInputElement>('v-income')),
    group: byId<HTMLSelectElement>('v-group').value as SupportGroup,
    mode: (mode.startsWith('y') ? { years: Number(mode.slice(1)) } : { months: Number(mode.slice(1)) }) as VoluntaryInput['mode'],
  }));
});
