// The withdrawal page: "withdraw now, or wait for the pension?". The same person and history as the pension
// page, then the engine's comparison of the three paths (withdraw, keep the time, keep contributing): the
// answer first in plain words, then the paths side by side, what withdrawing gives up, a chart of the money
// over the years, the steps and the assumptions, which the worker can change next to the comparison.
import type { Choice, Circumstance, Comparison, CompareWithdrawalInput, DeathBenefits, OneTimeWithdrawal, OneTimeWithdrawalInput, Scenario, Sex } from '../../../pkg/bhxh.js';
import { byId, h } from '../dom';
import { figure, legalBasis, notes, sources, steps } from '../explain';
import { mountDependants } from '../dependants';
import { calculator, monthValue, numberValue, pageError, type Detail } from '../form';
import { age, ageFromYears, decimal, dong, month, perMonth, short } from '../format';
import { mountPersonAndHistory } from '../history';
import { tr } from '../i18n';
import { speak } from '../wording/page.ts';
import { startPage } from '../page';
import { mountPolicy } from '../policy';
import './withdrawal.css';
import * as engine from '@engines/withdrawal/bhxh.js';

startPage(engine, (api) => {
  // A worker of 17 years' contributions asking in the case month: both calls the page makes.
  const input: OneTimeWithdrawalInput = { sex: 'male', birth: '1985-03', history: [{ from: '2008-06', to: '2025-05', kind: 'compulsory', salary: 8_000_000 }], requestMonth: '2025-06' };
  api.oneTimeWithdrawal(input);
  api.compareWithdrawal({ ...input, dependants: [{ relation: 'child', birth: '2015' }] });
});

const form = byId<HTMLFormElement>('withdrawal');
const output = byId('w-result');
const detail = byId('w-detail');
const circumstance = byId<HTMLSelectElement>('w-circumstance');
const request = byId<HTMLInputElement>('w-request');
const discount = byId<HTMLInputElement>('w-discount');
const indexation = byId<HTMLInputElement>('w-indexation');
const horizon = byId<HTMLInputElement>('w-horizon');
const horizonHint = byId('w-horizon-hint');

discount.value = decimal(5);
indexation.value = decimal(3.5);

const person = mountPersonAndHistory(byId('w-person-history'));
const policy = mountPolicy(byId('w-policy-fields'));
const dependants = mountDependants(byId('w-family'), () => (form.querySelector<HTMLInputElement>('input[name="sex"]:checked')?.value ?? 'male') as Sex);

/** A number field: its value, undefined when empty, or an error naming it when it is not a number. */
function numberField(input: HTMLInputElement, field: string): number | undefined {
  const value = numberValue(input);
  if (value !== undefined && !Number.isFinite(value)) {
    throw pageError(field, 'Hãy nhập một con số, ví dụ 5 hoặc 3,5.', 'Enter a number, for example 5 or 3.5.');
  }
  return value;
}

/** The path the worker "waits" on: keeping the time if it gives a pension, else contributing on to one. */
function waitPath(c: Comparison): Scenario | null {
  if (c.keep.outcome === 'pension') return c.keep;
  if (c.contribute.outcome === 'pension') return c.contribute;
  return null;
}

/** When the pension path overtakes the withdrawal, in plain words. */
function breakEvenText(p: Scenario, c: Comparison): string {
  const be = p.breakEven;
  if (!be) {
    return tr(
      'tính theo giá trị hiện tại, lương hưu không vượt được khoản rút một lần trong phép so sánh này',
      'in present value, the pension never overtakes the withdrawal in this comparison',
    );
  }
  if (be.withinHorizon) return tr(`lương hưu vượt khoản rút một lần khi bạn ${age(be.age)}`, `the pension overtakes the lump sum when you are ${age(be.age)} old`);
  return tr(
    `lương hưu chỉ vượt khoản rút một lần khi bạn ${age(be.age)}, sau mốc so sánh (${ageFromYears(c.horizon.age)})`,
    `the pension only overtakes the lump sum when you are ${age(be.age)} old, after the age the comparison runs to (${ageFromYears(c.horizon.age)})`,
  );
}

/** The first part of the answer: the withdrawal, now, later, or not at all. */
function withdrawText(one: OneTimeWithdrawal, c: Comparison): { text: string; big: string | null; lead: string } {
  const w = c.withdraw;
  if (one.allowed && w.lumpSum !== null) {
    return { lead: tr('Rút ngay', 'Withdraw now'), big: dong(w.lumpSum), text: tr(`Rút ngay: ${dong(w.lumpSum)}.`, `Withdraw now: ${dong(w.lumpSum)}.`) };
  }
  if (w.lumpSum !== null && w.lumpSumMonth) {
    return {
      lead: tr(`Chưa rút được ngay; sớm nhất từ ${month(w.lumpSumMonth)}`, `Not yet; at the earliest in ${month(w.lumpSumMonth)}`),
      big: dong(w.lumpSum),
      text: tr(
        `Chưa rút được ngay: sớm nhất từ ${month(w.lumpSumMonth)}, khi đó nhận ${dong(w.lumpSum)}.`,
        `You cannot withdraw yet: at the earliest in ${month(w.lumpSumMonth)}, for ${dong(w.lumpSum)}.`,
      ),
    };
  }
  return { lead: tr('Không được rút một lần', 'No withdrawal'), big: null, text: tr('Bạn không được rút BHXH một lần.', 'You cannot withdraw your contributions.') };
}

/** The second part: the pension by waiting, with its break-even. */
function waitText(c: Comparison): { text: string; big: string | null; lead: string } {
  const p = waitPath(c);
  if (p && p.monthlyPension !== null && p.pensionStart) {
    const now = p.pensionStart <= c.requestMonth;
    const lead = now
      ? tr(`Lương hưu ngay, từ ${month(p.pensionStart)}`, `A pension now, from ${month(p.pensionStart)}`)
      : tr(`Chờ: lương hưu suốt đời từ ${month(p.pensionStart)}`, `Wait: a pension for life from ${month(p.pensionStart)}`);
    let how = '';
    if (p.missingMonthsPaid) {
      how = tr(
        `, sau khi đóng một lần ${p.missingMonthsPaid.months} tháng còn thiếu (${dong(p.missingMonthsPaid.amount)})`,
        `, after paying the ${p.missingMonthsPaid.months} missing months at once (${dong(p.missingMonthsPaid.amount)})`,
      );
    } else if (p === c.contribute && p.monthsContributed > 0) {
      how = tr(
        `, nếu đóng tiếp ${p.monthsContributed} tháng nữa (${short(p.contributionsPaid)})`,
        `, if you pay ${p.monthsContributed} more months (${short(p.contributionsPaid)})`,
      );
    }
    const text = now
      ? tr(`Không rút: lương hưu ${perMonth(p.monthlyPension)} suốt đời từ ${month(p.pensionStart)}${how}`, `Without withdrawing: a pension of ${perMonth(p.monthlyPension)} for life from ${month(p.pensionStart)}${how}`)
      : tr(`Chờ: ${perMonth(p.monthlyPension)} suốt đời từ ${month(p.pensionStart)}${how}`, `Wait: ${perMonth(p.monthlyPension)} for life from ${month(p.pensionStart)}${how}`);
    return { lead, big: perMonth(p.monthlyPension), text: `${text}; ${breakEvenText(p, c)}.` };
  }
  return { lead: tr('Chờ: không có lương hưu', 'Wait: no pension'), big: null, text: keepText(c) };
}

/** The keep path when it gives no pension: the lump sum later, or the monthly allowance. */
function keepText(c: Comparison): string {
  const k = c.keep;
  const none = tr('Nếu chỉ giữ thời gian đóng, bạn không đủ năm để có lương hưu', 'If you just keep the time, you will not have the years for a pension');
  if (k.outcome === 'monthlyAllowance' && k.monthlyAllowance) {
    const a = k.monthlyAllowance;
    return tr(
      `${none}: từ ${month(a.from)}, bạn nhận trợ cấp ${perMonth(a.monthly)} trong ${a.months} tháng, rồi trợ cấp hưu trí xã hội từ ${month(a.socialPensionFrom)}.`,
      `${none}: from ${month(a.from)}, you get an allowance of ${perMonth(a.monthly)} for ${a.months} months, then the social pension from ${month(a.socialPensionFrom)}.`,
    );
  }
  if (k.outcome === 'lumpSum' && k.lumpSum !== null && k.lumpSumMonth) {
    return tr(
      `${none}: đến ${month(k.lumpSumMonth)} bạn nhận một lần ${dong(k.lumpSum)}.`,
      `${none}: in ${month(k.lumpSumMonth)} you get ${dong(k.lumpSum)} at once.`,
    );
  }
  return `${none}.`;
}

const choiceName: Record<Choice['kind'], [string, string]> = {
  lumpSum: ['Nhận một lần', 'A lump sum'],
  monthlyAllowance: ['Trợ cấp hằng tháng', 'A monthly allowance'],
  payMissingMonths: ['Đóng một lần số tháng còn thiếu, rồi hưởng lương hưu', 'Pay the missing months at once, then a pension'],
};

const chosen = (s: Scenario): Choice['kind'] | null =>
  s.outcome === 'pension' ? (s.missingMonthsPaid ? 'payMissingMonths' : null) : s.outcome === 'lumpSum' ? 'lumpSum' : s.outcome === 'monthlyAllowance' ? 'monthlyAllowance' : null;

/** One path's figures, as a card of the side-by-side comparison. */
function card(title: string, s: Scenario, c: Comparison, id: string, { allowancesBlock }: Detail): HTMLElement {
  const until = tr(`đến ${ageFromYears(c.horizon.age)}`, `to ${ageFromYears(c.horizon.age)} of age`);
  const items: (HTMLElement | null)[] = [
    s.lumpSum !== null && s.lumpSumMonth ? figure(tr('Nhận một lần', 'Lump sum'), dong(s.lumpSum), tr(`vào ${month(s.lumpSumMonth)}`, `in ${month(s.lumpSumMonth)}`)) : null,
    s.monthlyPension !== null && s.pensionStart
      ? figure(
          tr('Lương hưu hằng tháng', 'Monthly pension'),
          dong(s.monthlyPension),
          tr(`từ ${month(s.pensionStart)}` + (s.monthlyPensionToday !== null ? `; bằng ${dong(s.monthlyPensionToday)} theo giá hôm nay` : ''),
            `from ${month(s.pensionStart)}` + (s.monthlyPensionToday !== null ? `; ${dong(s.monthlyPensionToday)} in today's money` : '')),
        )
      : null,
    s.monthlyAllowance
      ? figure(tr('Trợ cấp hằng tháng', 'Monthly allowance'), dong(s.monthlyAllowance.monthly),
          tr(`${s.monthlyAllowance.months} tháng từ ${month(s.monthlyAllowance.from)}`, `${s.monthlyAllowance.months} months from ${month(s.monthlyAllowance.from)}`))
      : null,
    s.retirementAllowance ? figure(tr('Trợ cấp một lần khi nghỉ hưu', 'Retirement allowance, once'), dong(s.retirementAllowance)) : null,
    s.healthInsurance ? figure(tr('Bảo hiểm y tế quỹ đóng cho bạn', 'Health insurance the fund pays for you'), perMonth(s.healthInsurance)) : null,
    s.missingMonthsPaid
      ? figure(tr('Đóng một lần số tháng còn thiếu', 'Missing months paid at once'), dong(s.missingMonthsPaid.amount),
          tr(`${s.missingMonthsPaid.months} tháng, vào ${month(s.missingMonthsPaid.payIn)}`, `${s.missingMonthsPaid.months} months, in ${month(s.missingMonthsPaid.payIn)}`))
      : s.monthsContributed > 0
        ? figure(tr('Bạn đóng thêm', 'You pay in'), dong(s.contributionsPaid), tr(`${s.monthsContributed} tháng`, `${s.monthsContributed} months`))
        : null,
    s.socialPensionFrom ? figure(tr('Trợ cấp hưu trí xã hội', 'Social pension'), tr(`từ ${month(s.socialPensionFrom)}`, `from ${month(s.socialPensionFrom)}`)) : null,
    s.lumpSumInPensionMonths !== null
      ? figure(tr('Khoản rút một lần bằng', 'The lump sum equals'), tr(`${decimal(s.lumpSumInPensionMonths)} tháng lương hưu`, `${decimal(s.lumpSumInPensionMonths)} months of pension`))
      : null,
    s.breakEven
      ? figure(tr('Vượt khoản rút một lần', 'Overtakes the lump sum'), age(s.breakEven.age),
          tr(`${month(s.breakEven.month)}${s.breakEven.withinHorizon ? '' : ', sau mốc so sánh'}`, `${month(s.breakEven.month)}${s.breakEven.withinHorizon ? '' : ', after the horizon'}`))
      : null,
    figure(tr(`Tổng nhận ${until}`, `Received ${until}`), short(s.totals.received), s.totals.paid ? tr(`đã trừ đóng thêm: ${short(s.totals.net)}`, `less what you pay in: ${short(s.totals.net)}`) : null),
    figure(tr('Giá trị hiện tại', 'Present value'), short(s.totals.presentValue), until),
    figure(tr('Giá trị kỳ vọng', 'Expected value'), short(s.totals.expectedValue), tr('theo xác suất còn sống, đến 110 tuổi', 'by the chance of being alive, to 110')),
    // The family's part, and the value with it; on paper, only the value (marked: the page has no room for more).
    ...(s.totals.familyValue > 0
      ? [figure(tr('Phần của gia đình', "Your family's part"), dong(s.totals.familyValue),
          tr(`trợ cấp mai táng ${dong(s.family.funeral)}, trợ cấp tuất ${dong(s.family.survivors)}; theo xác suất mất mỗi năm`,
            `funeral allowance ${dong(s.family.funeral)}, survivors' benefits ${dong(s.family.survivors)}; by the chance of dying each year`)),
        figure(tr('Giá trị kỳ vọng, cả phần của gia đình', "Expected value with your family's part"), short(s.totals.expectedValueWithFamily)),
        onDeath(s.family.onDeath)].map((li, i) => (i !== 1 && li?.classList.add('screen-only'), li))
      : []),
  ];
  const pick1 = chosen(s);
  const choices = s.choices.length
    ? h('div', { class: 'choices' },
        h('p', {}, tr('Khi đủ tuổi nghỉ hưu mà chưa đủ năm, luật cho chọn (giá trị kỳ vọng):', 'At the retirement age without the years, the law offers (expected value):')),
        h('ul', {}, ...s.choices.map((ch) =>
          h('li', {}, `${tr(...choiceName[ch.kind])}: ${dong(ch.amount)}${ch.kind === 'monthlyAllowance' ? tr('/tháng', ' a month') : ''} → ${short(ch.expectedValue)}`,
            ch.kind === pick1 ? h('strong', {}, tr(' (có lợi nhất, đã chọn)', ' (worth most, chosen)')) : null))))
    : null;
  const missing = s.missing.length ? h('ul', { class: 'missing' }, ...s.missing.map((m) => h('li', {}, speak(m)))) : null;
  return h('section', { class: 'path', 'aria-labelledby': id },
    h('h3', { id }, title),
    missing,
    h('ul', { class: 'figures' }, ...items),
    choices,
    allowancesBlock(s.policyAllowances, 'h4'));
}

/** What the family would receive on a death at the end of the request year: the benefit counted, the other one. */
function onDeath(d: DeathBenefits | null): HTMLElement | null {
  if (!d || (d.funeralAllowance === null && d.counted === 'none')) return null;
  const label = tr(`Nếu bạn mất cuối ${month(d.month)}, gia đình nhận`, `If you died at the end of ${month(d.month)}, your family would get`);
  const monthly = d.monthlyAllowance !== null
    ? tr(`trợ cấp tuất hằng tháng ${perMonth(d.monthlyAllowance)} cho ${d.recipients} người`, `a monthly survivors' allowance of ${perMonth(d.monthlyAllowance)} for ${d.recipients} ${d.recipients > 1 ? 'relatives' : 'relative'}`)
    : null;
  const lump = d.lumpSum !== null ? tr(`trợ cấp tuất một lần ${dong(d.lumpSum)}`, `the lump-sum survivors' allowance of ${dong(d.lumpSum)}`) : null;
  const funeral = d.funeralAllowance !== null ? tr(`trợ cấp mai táng ${dong(d.funeralAllowance)}`, `a funeral allowance of ${dong(d.funeralAllowance)}`) : null;
  const [value, first, other] = d.counted === 'monthly' && d.monthlyAllowance !== null ? [perMonth(d.monthlyAllowance), monthly, lump]
    : d.counted === 'lumpSum' && d.lumpSum !== null ? [dong(d.lumpSum), lump, monthly]
      : [dong(d.funeralAllowance ?? 0), null, null];
  return figure(label, value, [first, other && tr(`hoặc ${other}`, `or ${other}`), funeral].filter(Boolean).join('; '));
}

const pathNames = (): [string, string, string] => [tr('Rút một lần', 'Withdraw'), tr('Giữ thời gian đóng', 'Keep the time'), tr('Đóng tiếp', 'Keep contributing')];
const paths = (c: Comparison) => [c.withdraw, c.keep, c.contribute];
const hasFamily = (c: Comparison) => paths(c).some((s) => s.totals.familyValue > 0);

/** Each path's expected value, for the worker alone and with the family's part, when a family's part there is. */
function worth(c: Comparison, relatives: number): HTMLElement | null {
  if (!hasFamily(c)) return null;
  const names = pathNames();
  return h('div', { class: 'worth' },
    h('table', {},
      h('caption', {}, tr('Mỗi cách đáng giá bao nhiêu, theo giá trị kỳ vọng', 'What each path is worth, in expected value')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, tr('Cách', 'Path')),
        h('th', { scope: 'col', class: 'n' }, tr('Cho bạn', 'To you')),
        h('th', { scope: 'col', class: 'n' }, tr('Cả phần của gia đình', "With your family's part")))),
      h('tbody', {}, ...paths(c).map((s, i) => h('tr', {},
        h('th', { scope: 'row' }, names[i]),
        h('td', { class: 'n' }, short(s.totals.expectedValue)),
        h('td', { class: 'n' }, short(s.totals.expectedValueWithFamily)))))),
    h('p', { class: 'hint' }, tr(
      `Cho bạn: tiền bạn nhận, trừ tiền đóng thêm, tính theo xác suất còn sống mỗi năm và quy về giá trị hôm nay. Phần của gia đình: trợ cấp mai táng và trợ cấp tuất bảo hiểm xã hội trả cho gia đình nếu bạn mất, tính theo xác suất mất mỗi năm${relatives ? `, cho ${relatives} người thân bạn đã khai` : '; chưa khai người thân nên chỉ gồm trợ cấp mai táng và trợ cấp tuất một lần'}.`,
      `To you: the money you receive, less what you pay in, weighed by the chance of being alive each year, in today's value. Your family's part: the funeral allowance and the survivors' benefits social insurance pays your family if you die, weighed by the chance of dying each year${relatives ? `, for the ${relatives} ${relatives > 1 ? 'relatives' : 'relative'} you listed` : "; with no relative listed, only the funeral allowance and the lump-sum survivors' allowance"}.`)));
}

/** The cumulative present value of the three paths, year by year, by age. */
function valueChart(c: Comparison, { chart }: Detail): HTMLElement {
  const years = c.withdraw.series.map((p) => p.year);
  const byYear = (s: Scenario) => years.map((y) => s.series.find((p) => p.year === y)?.presentValue ?? null);
  const labels = pathNames();
  // Each path's family part, as a lighter line of its own colour, where it has one.
  const family = paths(c).flatMap((s, i) => s.totals.familyValue > 0
    ? [{ label: tr(`${labels[i]}: phần của gia đình`, `${labels[i]}: your family's part`), values: years.map((y) => s.series.find((p) => p.year === y)?.familyValue ?? null), partOf: i }]
    : []);
  const familySummary = family.length
    ? tr(` Đường mảnh, nhạt: phần của gia đình, trợ cấp mai táng và tuất nếu bạn mất, cộng dồn theo xác suất mất mỗi năm: ${paths(c).map((s, i) => `${labels[i].toLowerCase()} ${short(s.totals.familyValue)}`).join(', ')} (đến 110 tuổi).`,
      ` Thin, light lines: your family's part, the funeral allowance and survivors' benefits if you die, added up by the chance of dying each year: ${paths(c).map((s, i) => `${labels[i].toLowerCase()} ${short(s.totals.familyValue)}`).join(', ')} (to 110).`)
    : '';
  return chart({
    title: family.length
      ? tr('Tiền nhận cộng dồn, theo giá trị hiện tại, và phần của gia đình', "Money received, added up, in present value, and your family's part")
      : tr('Tiền nhận cộng dồn, tính theo giá trị hiện tại', 'Money received, added up, in present value'),
    summary: tr(
      `Cộng dồn đến ${ageFromYears(c.horizon.age)} (${month(c.horizon.month)}), đã trừ tiền đóng thêm và quy về giá trị hiện tại với lãi ${decimal(c.discountRate)}% một năm: rút một lần ${short(c.withdraw.totals.presentValue)}, giữ thời gian đóng ${short(c.keep.totals.presentValue)}, đóng tiếp ${short(c.contribute.totals.presentValue)}.`,
      `Added up to ${ageFromYears(c.horizon.age)} of age (${month(c.horizon.month)}), less what is paid in, in present value at ${decimal(c.discountRate)}% a year: withdraw ${short(c.withdraw.totals.presentValue)}, keep the time ${short(c.keep.totals.presentValue)}, keep contributing ${short(c.contribute.totals.presentValue)}.`,
    ) + familySummary,
    xLabel: tr('Tuổi (cuối năm)', 'Age (end of year)'),
    x: c.withdraw.series.map((p) => p.age),
    series: [...paths(c).map((s, i) => ({ label: labels[i], values: byYear(s) })), ...family],
    format: dong,
  });
}

/** What withdrawing gives up, each with its legal source. */
function lossList(one: OneTimeWithdrawal): HTMLElement | null {
  if (!one.losses.length) return null;
  return h('div', { class: 'losses' },
    h('h3', {}, tr('Rút một lần thì bạn mất', 'What you give up by withdrawing')),
    h('ul', {}, ...one.losses.map((l) => h('li', {}, speak(l), l.sources.length ? h('span', { class: 'source' }, sources(l.sources)) : null))));
}

let ran = false;

const run = calculator(form, output, (api) => {
  detail.replaceChildren();
  const circ = circumstance.value as Circumstance | '';
  const requestMonth = monthValue(request);
  const worker = person.read(api);
  const base: OneTimeWithdrawalInput = {
    sex: worker.sex,
    birth: worker.birth,
    condition: worker.condition,
    history: worker.history,
    ...(circ ? { circumstance: circ } : {}),
    ...(requestMonth ? { requestMonth } : {}),
    policy: policy(),
  };
  const relatives = dependants();
  const assumptions: Partial<CompareWithdrawalInput> = {};
  const d = numberField(discount, 'discountRate');
  const ix = numberField(indexation, 'indexation');
  const hz = numberField(horizon, 'horizonAge');
  if (d !== undefined) assumptions.discountRate = d;
  if (ix !== undefined) assumptions.indexation = ix;
  if (hz !== undefined) assumptions.horizonAge = hz;
  const one = api.oneTimeWithdrawal(base);
  const c = api.compareWithdrawal({ ...base, ...assumptions, ...(relatives.length ? { dependants: relatives } : {}) });

  horizonHint.textContent = c.horizon.fromLifeTable
    ? tr(
        `Để trống thì lấy ${ageFromYears(c.horizon.age)}: tuổi nghỉ hưu cộng tuổi thọ còn lại ${ageFromYears(c.horizon.lifeExpectancy, 'duration')} (bảng sống của Liên Hợp Quốc, năm ${c.horizon.lifeTableYear}).`,
        `Empty: ${ageFromYears(c.horizon.age)} of age, the retirement age plus a remaining life expectancy of ${ageFromYears(c.horizon.lifeExpectancy, 'duration')} (UN life table, ${c.horizon.lifeTableYear}).`,
      )
    : tr(`Đang so sánh đến ${ageFromYears(c.horizon.age)} (${month(c.horizon.month)}).`, `Comparing up to ${ageFromYears(c.horizon.age)} of age (${month(c.horizon.month)}).`);

  const w = withdrawText(one, c);
  const wait = waitText(c);
  const p = waitPath(c);
  const headline = `${w.text} ${wait.text}`;

  const reasons = !one.allowed && one.missing.length
    ? h('div', { class: 'notes' },
        h('p', {}, tr('Vì sao chưa được rút:', 'Why not yet:')),
        h('ul', {}, ...one.missing.map((m) => h('li', {}, speak(m)))),
        one.firstAllowedMonth
          ? h('p', {}, tr(`Nếu không đóng thêm, bạn được rút từ ${month(one.firstAllowedMonth)}.`, `If you pay no more, the withdrawal opens in ${month(one.firstAllowedMonth)}.`))
          : null)
    : null;

  const keepNote = c.keep.outcome !== 'pension' && p === c.contribute ? h('p', {}, keepText(c)) : null;
  const inMonths = p?.lumpSumInPensionMonths != null && c.withdraw.lumpSum !== null
    ? h('p', { class: 'in-months' }, tr(
        `Khoản rút một lần bằng ${decimal(p.lumpSumInPensionMonths)} tháng lương hưu (cả hai tính theo giá hôm nay).`,
        `The lump sum equals ${decimal(p.lumpSumInPensionMonths)} months of pension (both in today's money).`))
    : null;

  const nodes = [
    h('h2', { class: 'visually-hidden' }, tr('Kết quả', 'The answer')),
    h('div', { class: 'verdict' },
      h('p', { class: 'headline w-withdraw' }, w.lead, w.big ? h('span', { class: 'big' }, w.big) : null),
      h('p', { class: 'headline w-wait' }, wait.lead, wait.big ? h('span', { class: 'big' }, wait.big) : null)),
    h('p', { class: 'answer' }, headline),
    reasons,
    keepNote,
    inMonths,
    worth(c, relatives.length),
    lossList(one),
  ];

  // The paths side by side, the chart and the steps: the rest, after the answer is on screen.
  const rest = (parts: Detail) => detail.replaceChildren(...[
    h('h2', {}, tr('Ba cách, đặt cạnh nhau', 'The three paths, side by side')),
    h('div', { class: 'compare' },
      card(tr('Rút một lần', 'Withdraw'), c.withdraw, c, 'w-path-withdraw', parts),
      card(tr('Giữ thời gian đóng, không đóng thêm', 'Keep the time, pay no more'), c.keep, c, 'w-path-keep', parts),
      card(tr('Đóng tiếp đến khi có lương hưu', 'Keep contributing to a pension'), c.contribute, c, 'w-path-contribute', parts)),
    valueChart(c, parts),
    notes([...c.assumptions, ...[c.keep, c.contribute].flatMap((s) => s.policyAllowances?.assumptions ?? [])], tr('Giả định', 'Assumptions')),
    notes([...one.warnings, ...c.warnings], tr('Lưu ý', 'Please note')),
    steps(one.steps, tr('Cách tính khoản rút một lần, từng bước, và căn cứ pháp lý', 'How the withdrawal is calculated, step by step, with the legal basis')),
    steps(c.steps, tr('Cách so sánh ba cách, từng bước', 'How the three paths are compared, step by step')),
    legalBasis(one.steps, c.steps),
  ].filter((n): n is HTMLElement => n !== null));

  return { headline, nodes, rest };
});

form.addEventListener('submit', () => {
  ran = true;
});
for (const input of [discount, indexation, horizon]) {
  input.addEventListener('change', () => {
    if (ran) void run();
  });
}
