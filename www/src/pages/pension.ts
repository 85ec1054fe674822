// The pension page: the person and their contribution history, then the retirement date, the monthly pension
// with the figures behind it, and how it grows if the worker keeps contributing.
import type { ContinuationInput, HistoryPeriod, Pension, Projection, RetirementOption, SupportGroup } from '../../../pkg/bhxh.js';
import { byId, h } from '../dom';
import { figure, legalBasis, notes, steps } from '../explain';
import { calculator, money, monthValue, type Detail } from '../form';
import { addMonths, age, decimal, dong, month, percent, perMonth, short, thisMonth } from '../format';
import { mountPersonAndHistory } from '../history';
import { tr } from '../i18n';
import { speak } from '../wording/page.ts';
import { startPage } from '../page';
import { mountPolicy } from '../policy';
import './pension.css';
import * as engine from '@engines/pension/bhxh.js';

startPage(engine, (api) =>
  // A worker of 20 years' contributions who keeps paying: the call the page makes, projection included.
  api.pension({ sex: 'female', birth: '1975-03', history: [{ from: '2005-01', to: '2024-12', kind: 'compulsory', salary: 10_000_000 }], continuation: { kind: 'compulsory', salary: 10_000_000 } }));

const form = byId<HTMLFormElement>('pension');
const history = mountPersonAndHistory(byId('p-person-history'), { lastMonthDefault: thisMonth(-1) });

// Keep contributing: the checkbox shows or hides the kind and the amount to continue on.
const continueBox = byId<HTMLInputElement>('p-continue');
const continueFields = byId('p-continue-fields');
const continueKind = byId<HTMLSelectElement>('p-cont-kind');
const continueAmount = byId<HTMLInputElement>('p-cont-amount');
const decision = byId<HTMLInputElement>('p-decision');
const policy = mountPolicy(byId('p-policy-fields'));
const showContinuation = () => (continueFields.hidden = !continueBox.checked);
continueBox.addEventListener('change', showContinuation);
showContinuation();

/**
 * What the worker continues on: the kind and amount chosen, or those of the last period (an empty amount
 * takes the last period's salary or income). Undefined when the box is unchecked.
 */
function continuation(last: HistoryPeriod | undefined): ContinuationInput | undefined {
  if (!continueBox.checked) return undefined;
  const lastAmount = last?.kind === 'voluntary' ? last.income : last?.kind === 'compulsory' ? last.salary : undefined;
  const amount = money(continueAmount) ?? lastAmount;
  const kind = continueKind.value === 'same' ? (last?.kind === 'voluntary' ? 'voluntary' : 'compulsory') : continueKind.value;
  if (kind === 'voluntary') {
    const group: SupportGroup = last?.kind === 'voluntary' ? (last.group ?? 'other') : 'other';
    return { kind: 'voluntary', income: amount as number, group };
  }
  return { kind: 'compulsory', salary: amount as number };
}

/** "16 năm (187 tháng)": the years the rate counts, and the months behind them. */
const yearsText = (years: number, months: number) => tr(`${decimal(years)} năm (${months} tháng đóng)`, `${decimal(years)} years (${months} months paid)`);

/** The monthly pension by retirement age, one point per whole year of age, from the projection. */
function growthChart(projection: Projection, { chart }: Detail): HTMLElement | null {
  const points = projection.byRetirementMonth.filter((o): o is RetirementOption & { monthlyPension: number } => o.age.months === 0 && o.monthlyPension !== null);
  if (points.length < 2) return null;
  const [first, last] = [points[0], points[points.length - 1]];
  return chart({
    title: tr('Lương hưu hằng tháng theo tuổi nghỉ hưu, nếu bạn đóng tiếp', 'Monthly pension by retirement age, if you keep contributing'),
    summary: tr(
      `Nghỉ hưu ở tuổi ${first.age.years}: ${perMonth(first.monthlyPension)} (tỷ lệ ${percent(first.rate)}). Nghỉ hưu ở tuổi ${last.age.years}: ${perMonth(last.monthlyPension)} (tỷ lệ ${percent(last.rate)}).`,
      `Retiring at ${first.age.years}: ${perMonth(first.monthlyPension)} (rate ${percent(first.rate)}). Retiring at ${last.age.years}: ${perMonth(last.monthlyPension)} (rate ${percent(last.rate)}).`,
    ),
    xLabel: tr('Tuổi nghỉ hưu', 'Retirement age'),
    x: points.map((o) => o.age.years),
    series: [{ label: tr('Lương hưu hằng tháng', 'Monthly pension'), values: points.map((o) => o.monthlyPension) }],
    format: dong,
  });
}

/** What contributing on gives: the pension at the first month it can start, and the chart by age. */
function growth(p: Pension, detail: Detail): (HTMLElement | null)[] {
  const heading = h('h2', {}, tr('Nếu bạn đóng tiếp', 'If you keep contributing'));
  if (!p.projection) {
    return [heading, h('p', {}, tr('Đánh dấu ô “Đóng tiếp” rồi bấm Tính để xem lương hưu tăng thế nào nếu bạn đóng tiếp.', 'Tick “Keep contributing” and calculate again to see how the pension grows if you keep paying.'))];
  }
  const first = p.projection.byRetirementMonth[0];
  const best = p.projection.byRetirementMonth.reduce<RetirementOption | undefined>((a, o) => (o.monthlyPension !== null && (!a || o.monthlyPension > (a.monthlyPension ?? 0)) ? o : a), undefined);
  if (!first || first.monthlyPension === null || !p.projection.earliest) {
    return [heading, h('p', {}, tr('Với mức đóng tiếp này, bạn vẫn chưa đủ điều kiện hưởng lương hưu trong thời gian dự tính.', 'Contributing on like this still does not give a pension within the years projected.'))];
  }
  const from = month(p.projection.from);
  // Already eligible: the first option is retiring now, so show a year more of contributions instead.
  const options = p.projection.byRetirementMonth;
  const shown = (p.eligible ? options.find((o) => o.decisionMonth >= addMonths(first.decisionMonth, 12) && o.monthlyPension !== null) : undefined) ?? first;
  const amount = shown.monthlyPension as number;
  const extra = shown.months - p.months.total;
  return [
    heading,
    h('p', { class: 'growth' },
      p.eligible
        ? tr(`Nếu đóng tiếp từ ${from}, thêm ${extra} tháng, lương hưu từ ${month(shown.decisionMonth)} (khi bạn ${age(shown.age)}): `,
          `If you keep paying from ${from}, ${extra} months more, the pension from ${month(shown.decisionMonth)} (aged ${age(shown.age)}): `)
        : tr(`Nếu đóng tiếp từ ${from}, bạn có lương hưu sớm nhất từ ${month(shown.decisionMonth)} (khi bạn ${age(shown.age)}): `,
          `If you keep paying from ${from}, your pension can start in ${month(shown.decisionMonth)} (aged ${age(shown.age)}): `),
      h('strong', {}, perMonth(amount)),
      tr(`, tỷ lệ ${percent(shown.rate)}.`, `, a rate of ${percent(shown.rate)}.`)),
    best && best !== shown && best.monthlyPension !== null
      ? h('p', {}, tr(`Nghỉ muộn hơn, đến ${age(best.age)} (lương hưu từ ${month(best.decisionMonth)}): khoảng ${short(best.monthlyPension)} mỗi tháng, tỷ lệ ${percent(best.rate)}.`,
        `Retiring later, at ${age(best.age)} (paid from ${month(best.decisionMonth)}): about ${short(best.monthlyPension)} a month, a rate of ${percent(best.rate)}.`))
      : null,
    growthChart(p.projection, detail),
    h('p', { class: 'hint' }, tr('Các số tiền tương lai tính theo tiền lương giả định tăng hằng năm, chưa trừ trượt giá.', 'Future amounts follow the salary assumed to rise each year; they are not adjusted for inflation.')),
  ];
}

/** The figures behind the pension (or behind the missing one). */
function figures(p: Pension, { policyName, windowFigure }: Detail): HTMLElement {
  const pensionMinimum = p.minimumPension !== null && p.computedPension !== null && p.monthlyPension !== null && p.monthlyPension > p.computedPension;
  const rate = p.rate;
  return h('ul', { class: 'figures' },
    figure(tr('Thời gian đóng được tính', 'Years counted'), yearsText(p.yearsCounted, p.months.total)),
    figure(tr('Tiền lương bình quân đã điều chỉnh', 'Average salary, revalued'), dong(p.average.value),
      tr(`theo hệ số năm ${p.average.tableYear}`, `with the ${p.average.tableYear} coefficients`)),
    rate
      ? figure(tr('Tỷ lệ hưởng', 'Pension rate'), percent(rate.rate),
        rate.reduction ? tr(`${percent(rate.beforeReduction)} trừ ${percent(rate.reduction)} vì nghỉ sớm ${rate.monthsEarly} tháng`, `${percent(rate.beforeReduction)} less ${percent(rate.reduction)} for retiring ${rate.monthsEarly} months early`)
          : p.route === 'specialPolicy' && p.retirement.policy ? tr(`không bị trừ dù nghỉ sớm ${rate.monthsEarly} tháng, theo ${policyName(p.retirement.policy.kind)}`, `not reduced for retiring ${rate.monthsEarly} months early, under ${policyName(p.retirement.policy.kind)}`) : undefined)
      : null,
    pensionMinimum ? figure(tr('Nâng lên mức lương hưu tối thiểu', 'Raised to the minimum pension'), dong(p.minimumPension as number), tr(`tính ra ${dong(p.computedPension as number)}`, `computed ${dong(p.computedPension as number)}`)) : null,
    p.healthInsurance !== null ? figure(tr('Bảo hiểm y tế quỹ đóng cho bạn', 'Health insurance paid by the fund'), perMonth(p.healthInsurance)) : null,
    p.allowance && p.allowance.amount > 0
      ? figure(tr('Trợ cấp một lần khi nghỉ hưu', 'One-time allowance on retiring'), dong(p.allowance.amount), tr(`cho ${p.allowance.excessMonths} tháng đóng vượt mức tối đa`, `for ${p.allowance.excessMonths} months above the highest rate`))
      : null,
    figure(tr('Tuổi nghỉ hưu theo luật', 'Your legal retirement age'), age(p.retirement.age),
      tr(`đủ tuổi vào ${month(p.retirement.monthReached)}`, `reached in ${month(p.retirement.monthReached)}`)),
    p.retirement.policy ? windowFigure(p.retirement.policy) : null);
}

/** Not eligible: what is missing, and the ways to fill it. */
function missing(p: Pension): (HTMLElement | null)[] {
  const next = p.nextSteps;
  const ways: HTMLElement[] = [];
  if (next.voluntary) {
    const v = next.voluntary;
    ways.push(h('li', {}, tr(
      `Đóng BHXH tự nguyện ${v.months} tháng còn thiếu, ở mức thu nhập thấp nhất ${dong(v.income)}: bạn đóng ${dong(v.perMonth)} mỗi tháng (sau hỗ trợ của Nhà nước), tổng cộng ${dong(v.total)}.`,
      `Pay voluntary insurance for the ${v.months} missing months, on the lowest income of ${dong(v.income)}: you pay ${dong(v.perMonth)} a month (after the State's support), ${dong(v.total)} in all.`)));
  }
  const lump = next.lumpSumAtRetirement;
  if (lump) {
    ways.push(h('li', {}, lump.allowed
      ? tr(`Hoặc, khi đủ tuổi nghỉ hưu, đóng một lần cho ${lump.months} tháng còn thiếu: khoảng ${dong(lump.amount)} (vào ${month(lump.payIn)}), rồi nhận lương hưu từ tháng sau.`,
        `Or, at the retirement age, pay the ${lump.months} missing months at once: about ${dong(lump.amount)} (in ${month(lump.payIn)}), then receive the pension from the month after.`)
      : tr(`Chỉ được đóng một lần khi thiếu không quá ${lump.maxMonths} tháng; bạn còn thiếu ${lump.months} tháng.`,
        `Paying the missing months at once is allowed for up to ${lump.maxMonths} months; you miss ${lump.months}.`)));
  }
  return [
    h('ul', { class: 'missing' }, ...p.missing.map((m) => h('li', {}, speak(m)))),
    next.monthsMissing > 0 && ways.length
      ? h('div', {}, h('h2', {}, tr('Cách đóng cho đủ', 'Ways to fill the missing time')), h('ul', {}, ...ways))
      : null,
  ];
}

function result(p: Pension) {
  const when = tr(`từ ${month(p.decisionMonth)} (${age(p.ageAtRetirement)})`, `from ${month(p.decisionMonth)} (aged ${age(p.ageAtRetirement)})`);
  const monthly = p.eligible && p.monthlyPension !== null ? p.monthlyPension : null;
  const headline = monthly !== null
    ? `${tr('Lương hưu của bạn', 'Your pension')}: ${perMonth(monthly)}, ${when}`
    : tr('Nếu ngừng đóng bây giờ, bạn chưa đủ điều kiện hưởng lương hưu. ', 'If you stop paying now, you do not qualify for a pension yet. ') + p.missing.map(speak).join(' ');
  const lead = monthly !== null
    ? h('div', { class: 'headline pension-headline' },
      h('span', { class: 'lead' }, tr('Lương hưu của bạn', 'Your pension')),
      h('span', { class: 'big', 'data-testid': 'monthly-pension' }, dong(monthly), h('span', { class: 'unit' }, tr('/tháng', ' a month'))),
      h('span', { class: 'when' }, when),
      h('span', { class: 'about' }, tr(`khoảng ${short(monthly)} mỗi tháng, cộng bảo hiểm y tế do quỹ đóng`, `about ${short(monthly)} a month, plus health insurance paid by the fund`)))
    : h('div', { class: 'headline pension-headline not-eligible' },
      h('span', { class: 'lead' }, tr('Chưa đủ điều kiện hưởng lương hưu', 'No pension yet')),
      h('span', { class: 'when' }, tr(`nếu ngừng đóng bây giờ (xét tại ${month(p.decisionMonth)})`, `if you stop paying now (as of ${month(p.decisionMonth)})`)));
  const answer = [lead, ...(monthly === null ? missing(p) : [])].filter((n) => n !== null);
  return {
    headline,
    nodes: answer,
    // The figures behind the answer, the growth, the steps: the rest, after the answer is on screen.
    rest: (detail: Detail) => answer.at(-1)!.after(...[
      h('h2', {}, tr('Các con số', 'The figures')),
      figures(p, detail),
      detail.allowancesBlock(p.policyAllowances),
      ...growth(p, detail),
      notes([...p.warnings, ...p.assumptions, ...(p.policyAllowances?.assumptions ?? [])], tr('Lưu ý và giả định', 'Warnings and assumptions')),
      steps(p.steps),
      legalBasis(p.steps),
    ].filter((n) => n !== null)),
  };
}

calculator(form, byId('pension-result'), (api) => {
  const person = history.read(api);
  return result(api.pension({
    ...person,
    decisionMonth: monthValue(decision),
    policy: policy(),
    continuation: continuation(person.history.at(-1)),
  }));
});
