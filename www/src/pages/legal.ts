// The legal basis: every parameter the engine uses, drawn from its own catalogue (`parameters()`, read when
// the site is built: www/vite.config.ts), never copied by hand, so the page cannot disagree with the figures
// the calculators compute with. The page needs no engine: the catalogue comes with its script.
import type { Catalogue, DatedValueInfo, ParameterInfo, RoadmapInfo, Source } from '../../../pkg/bhxh.js';
import catalogue from 'virtual:parameters';
import { byId, h } from '../dom';
import { sources } from '../explain';
import { decimal, dong, month, percent } from '../format';
import { tr } from '../i18n';
import { startPage } from '../page';
import { loadWording, speak } from '../wording/page.ts';

startPage();

const groupNames: Record<string, [string, string]> = {
  poorHousehold: ['hộ nghèo', 'poor household'],
  nearPoorHousehold: ['hộ cận nghèo', 'near-poor household'],
  ethnicMinority: ['dân tộc thiểu số', 'ethnic minority'],
  other: ['khác', 'other'],
};

/** A parameter's value as a worker reads it, by its unit. */
function value(unit: string, v: DatedValueInfo['value']): string {
  if (typeof v === 'number') {
    switch (unit) {
      case 'vnd': return dong(v);
      case 'percent': return percent(v);
      case 'months': return tr(`${decimal(v)} tháng`, `${decimal(v)} months`);
      case 'years': return tr(`${decimal(v)} năm`, `${decimal(v)} years`);
      case 'times': return `× ${decimal(v)}`;
      default: return decimal(v);
    }
  }
  if ('I' in v) return `I: ${dong(v.I)} · II: ${dong(v.II)} · III: ${dong(v.III)} · IV: ${dong(v.IV)}`;
  return Object.entries(v).map(([group, rate]) => `${tr(...(groupNames[group] ?? [group, group]))}: ${percent(rate)}`).join(' · ');
}

const assumed = (s: Source) => s.confidence === 'unverified' || s.confidence === 'singleSource';

/** One parameter: its name, then each dated value with the month it applies from and its source. */
function parameter(p: ParameterInfo): HTMLElement {
  return h('section', { class: 'parameter', id: `p-${p.id}`, 'data-parameter': p.id },
    h('h3', {}, speak({ id: `parameter.${p.id}`, figures: {} })),
    h('ul', {}, ...p.values.map((v) =>
      h('li', {},
        h('span', { class: 'from' }, tr(`Từ ${month(v.from)}: `, `From ${month(v.from)}: `)),
        h('strong', {}, value(p.unit, v.value)),
        assumed(v.source) ? h('span', { class: 'assumed' }, tr(' giả định', ' assumption')) : null,
        h('span', { class: 'source' }, sources([v.source]), v.note ? ` — ${v.note}` : '')))));
}

const roadmap = (r: RoadmapInfo) =>
  tr(`${r.before.replace('y', ' tuổi ').replace('m', ' tháng')} trước ${r.firstYear}, rồi mỗi năm thêm ${r.stepMonths} tháng đến ${r.final.replace('y', ' tuổi ').replace('m', ' tháng')}`,
    `${r.before.replace('y', ' years ').replace('m', ' months')} before ${r.firstYear}, then ${r.stepMonths} months more each year up to ${r.final.replace('y', ' years ').replace('m', ' months')}`);

function render(c: Catalogue): HTMLElement[] {
  return [
    h('h2', {}, tr(`Thông số (${c.parameters.length})`, `Parameters (${c.parameters.length})`)),
    h('div', { id: 'parameters' }, ...c.parameters.map(parameter)),
    h('h2', {}, tr('Tuổi nghỉ hưu', 'Retirement age')),
    h('ul', {},
      h('li', {}, tr('Nam: ', 'Men: '), roadmap(c.retirementAge.male)),
      h('li', {}, tr('Nữ: ', 'Women: '), roadmap(c.retirementAge.female)),
      h('li', {}, tr(`Nghề nặng nhọc, độc hại: thấp hơn tối đa ${c.retirementAge.hardshipYearsLower} tuổi; khai thác than trong hầm lò: ${c.retirementAge.coalMiningYearsLower} tuổi.`,
        `Heavy or hazardous work: up to ${c.retirementAge.hardshipYearsLower} years earlier; underground coal mining: ${c.retirementAge.coalMiningYearsLower} years.`))),
    h('p', { class: 'source' }, sources([c.retirementAge.source, c.retirementAge.lowerSource])),
    h('h2', {}, tr('Bảng sống', 'Life table')),
    h('p', { id: 'life-table' }, tr(
      `So sánh rút một lần với lương hưu tính giá trị kỳ vọng theo xác suất còn sống mỗi năm, và lấy tuổi so sánh mặc định bằng tuổi nghỉ hưu cộng tuổi thọ còn lại, từ bảng sống của Việt Nam năm ${c.lifeTable.year}.`,
      `The comparison of withdrawing with the pension weighs each year by the chance of being alive, and takes its default horizon as the retirement age plus the remaining life expectancy, from Viet Nam's life table for ${c.lifeTable.year}.`)),
    h('p', { class: 'source' }, sources([c.lifeTable.source])),
    h('h2', {}, tr('Hệ số điều chỉnh tiền lương, thu nhập', 'Revaluation coefficients of salaries and incomes')),
    h('p', {}, tr('Tiền lương, thu nhập của các năm trước được nhân với hệ số của năm hưởng, để tính mức bình quân.', "Past salaries and incomes are multiplied by the coefficients of the year the benefit is decided, to compute the average.")),
    ...c.revaluationTables.map((t) =>
      h('details', {},
        h('summary', {}, tr(`Bảng áp dụng năm ${t.decisionYear}`, `The table for ${t.decisionYear}`)),
        h('p', { class: 'source' }, sources([t.source]), t.note ? ` — ${t.note}` : ''),
        h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': tr(`Hệ số năm ${t.decisionYear}`, `Coefficients for ${t.decisionYear}`) },
          h('table', {},
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, tr('Năm đóng', 'Year paid')), h('th', { scope: 'col', class: 'n' }, tr('Tiền lương', 'Salary')), h('th', { scope: 'col', class: 'n' }, tr('Thu nhập tự nguyện', 'Voluntary income')))),
            h('tbody', {}, ...t.salary.map((row) => {
              const income = t.income.find((r) => r.year === row.year);
              return h('tr', {}, h('th', { scope: 'row' }, String(row.year)), h('td', { class: 'n' }, decimal(row.coefficient)), h('td', { class: 'n' }, income ? decimal(income.coefficient) : '–'));
            })))))),
  ];
}

// The parameters' names are words of the page's language, which load apart.
const box = byId('catalogue');
void loadWording().then(() => {
  box.replaceChildren(...render(catalogue));
  box.removeAttribute('aria-busy');
});
