// The two contribution calculators on one page: reads the forms, calls the wasm engine, shows the result.
// Numbers are formatted the Vietnamese way (1.234.567 đ); errors appear under the field they name.
import init, { contribution, voluntaryContribution } from '../pkg/bhxh.js';

const money = new Intl.NumberFormat('vi-VN');
const dong = (n) => `${money.format(n)} đ`;
const percent = (n) => `${String(n).replace('.', ',')}%`;
const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const digits = (s) => Number(String(s).replace(/[^\d]/g, '') || NaN);

function showErrors(form, prefix, error) {
  for (const p of form.querySelectorAll('.error')) p.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  if (!error) return;
  const field = error.field.split('.')[0];
  const slot = form.querySelector(`#${prefix}-${field}-error`) ?? form.querySelector('.error:last-of-type');
  slot.textContent = error.messageVi ?? String(error);
  form.querySelector(`#${prefix}-${field}`)?.setAttribute('aria-invalid', 'true');
}

function steps(result) {
  const items = result.steps
    .map((s) => `<li>${escape(s.vi)}<br><span class="source">${s.sources.map((src) => escape(`${src.instrument}, ${src.article}`)).join(' · ')}</span></li>`)
    .join('');
  return `<details><summary>Cách tính, từng bước, và căn cứ pháp lý</summary><ol>${items}</ol></details>`;
}

const warnings = (result) => result.warnings.map((w) => `<p class="warning">${escape(w.vi)}</p>`).join('');

function renderCompulsory(r) {
  const rows = [
    ['Hưu trí, tử tuất', 'retirement'], ['Ốm đau, thai sản', 'sickness'], ['TNLĐ-BNN', 'occupational'],
    ['Bảo hiểm y tế', 'health'], ['Bảo hiểm thất nghiệp', 'unemployment'], ['Kinh phí công đoàn', 'unionFee'],
  ]
    .filter(([, k]) => r.employeeRates[k] || r.employerRates[k])
    .map(([label, k]) => `<tr><th scope="row">${label}</th><td class="n">${dong(r.employee[k])}</td><td class="n">${dong(r.employer[k])}</td></tr>`)
    .join('');
  return `<p class="headline">Người lao động đóng ${dong(r.employee.total)} một tháng</p>
    <p>Doanh nghiệp đóng thêm ${dong(r.employer.total)}; tổng chi phí của doanh nghiệp ${dong(r.employerCost)}.</p>
    ${warnings(r)}
    <table><caption class="source">Căn cứ đóng BHXH, BHYT: ${dong(r.base.socialInsurance)}${r.base.unemployment === null ? '' : `; BHTN: ${dong(r.base.unemployment)}`}</caption>
      <thead><tr><th scope="col">Quỹ</th><th scope="col" class="n">Người lao động</th><th scope="col" class="n">Doanh nghiệp</th></tr></thead>
      <tbody>${rows}<tr><th scope="row">Tổng</th><td class="n">${dong(r.employee.total)}</td><td class="n">${dong(r.employer.total)}</td></tr></tbody></table>
    ${steps(r)}`;
}

function renderVoluntary(r) {
  const each = r.monthsCovered === 1 ? 'mỗi tháng' : `mỗi lần (cho ${r.monthsCovered} tháng)`;
  return `<p class="headline">Bạn đóng ${dong(r.payment.participantPays)} ${each}</p>
    <p>Mức đóng ${percent(r.rate)} × ${dong(r.income)} = ${dong(r.perMonth.gross)} một tháng; Nhà nước hỗ trợ ${dong(r.perMonth.stateSupport)} một tháng.</p>
    ${r.payBy ? `<p>Hạn đóng: chậm nhất trong tháng ${r.payBy}.</p>` : ''}
    ${warnings(r)}${steps(r)}`;
}

function wire(formId, prefix, read, calculate, render) {
  const form = document.getElementById(formId);
  const out = document.getElementById(`${formId}-result`);
  const run = () => {
    try {
      const result = calculate(read(new FormData(form)));
      showErrors(form, prefix, null);
      out.innerHTML = render(result);
    } catch (e) {
      showErrors(form, prefix, e);
      out.innerHTML = '';
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  for (const input of form.querySelectorAll('[inputmode="numeric"]')) {
    input.addEventListener('input', () => {
      const n = digits(input.value);
      if (Number.isFinite(n)) input.value = money.format(n);
    });
    input.value = money.format(digits(input.value));
  }
  run();
}

try {
  await init();
  wire('compulsory', 'c', (d) => ({
    month: d.get('month'),
    salary: digits(d.get('salary')),
    region: Number(d.get('region')),
    unionFee: d.has('unionFee'),
    reducedOccupationalRate: d.has('reducedOccupationalRate'),
    foreignEmployee: d.has('foreignEmployee'),
  }), contribution, renderCompulsory);
  wire('voluntary', 'v', (d) => {
    const mode = d.get('mode');
    return {
      month: d.get('month'),
      income: digits(d.get('income')),
      group: d.get('group'),
      mode: mode.startsWith('y') ? { years: Number(mode.slice(1)) } : { months: Number(mode.slice(1)) },
    };
  }, voluntaryContribution, renderVoluntary);
} catch (e) {
  document.querySelector('main').insertAdjacentHTML('afterbegin', '<p class="error" role="alert">Trình duyệt này không chạy được bộ tính (cần WebAssembly).</p>');
  console.error(e);
}
