// Share links, the QR code, the share sheet, print, and links nobody should trust: a result's link opened in a
// fresh browser gives the same inputs and the same figures, in both languages; its QR code decodes to it; the
// share button hands it to the device; each calculator's result prints on one A4 page; and hostile parameters
// open the page with a message, never a script, a loop or an error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations, press, startSite, typeMoney } from './site.mjs';
import { CASES_TODAY, dong, engineCase } from './cases.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

/** The share link of the result shown by form `formId`, once its panel is there. */
async function shareLink(page, formId) {
  const field = page.locator(`#${formId}-share-link`);
  await field.waitFor();
  return field.inputValue();
}

/** The link's path and fragment, to open on the test server (the link itself names the page's origin). */
const pathOf = (link) => {
  const url = new URL(link);
  return `${url.pathname.slice(1)}${url.search}${url.hash}`;
};

/** What a calculator shows: its headline and every figure, as text. */
const resultText = (page, selector) => page.locator(selector).evaluate((el) => el.textContent);

// Each calculator's typical result: how to fill it, what it must show, and the form's values to compare.
const calculators = {
  compulsory: {
    path: 'contributions.html',
    async fill(page) {
      const { input } = engineCase('contribution/con-01-region-1-20m');
      await typeMoney(page, '#c-salary', input.salary);
      await page.selectOption('#c-region', String(input.region));
      await page.fill('#c-month', input.month);
      await page.check('#c-union');
      await press(page, '#compulsory button[type=submit]');
    },
    form: 'compulsory',
    result: '#compulsory-result',
    headline: '#compulsory-result .headline .big',
    expected: (lang) => dong(engineCase('contribution/con-01-region-1-20m').expect.employee.total, lang),
    fields: ['#c-salary', '#c-region', '#c-month'],
    checks: ['#c-union', '#c-reduced'],
  },
  voluntary: {
    path: 'contributions.html',
    async fill(page) {
      const { input } = engineCase('voluntary/vol-07-twelve-months');
      await typeMoney(page, '#v-income', input.income);
      await page.selectOption('#v-group', input.group);
      await page.selectOption('#v-mode', 'm12');
      await page.fill('#v-month', input.month);
      await press(page, '#voluntary button[type=submit]');
    },
    form: 'voluntary',
    result: '#voluntary-result',
    headline: '#voluntary-result .headline .big',
    expected: (lang) => dong(engineCase('voluntary/vol-07-twelve-months').expect.payment.participantPays, lang),
    fields: ['#v-income', '#v-group', '#v-mode', '#v-month'],
    checks: [],
  },
  pension: {
    path: 'pension.html',
    // The issue sketch, period by period (two rows, the first made wrong then corrected), with a decision month.
    async fill(page) {
      const { input } = engineCase('pension/issue-sketch-female-2011');
      await press(page, 'input[name="sex"][value="female"]');
      await page.fill('#p-birth', input.birth);
      await press(page, 'input[name="entry"][value="periods"]');
      const [p] = input.history;
      await page.fill('#p-0-from', p.from);
      await page.fill('#p-0-to', '2018-12');
      await typeMoney(page, '#p-0-amount', p.salary);
      await press(page, '.detailed button.secondary');
      await page.fill('#p-1-to', p.to);
      await typeMoney(page, '#p-1-amount', p.salary);
      await press(page, '#p-more > summary');
      await page.fill('#p-decision', input.decisionMonth);
      await press(page, '#pension button[type=submit]');
    },
    form: 'pension',
    result: '#pension-result',
    headline: '[data-testid="monthly-pension"]',
    expected: (lang) => dong(engineCase('pension/issue-sketch-female-2011').expect.monthlyPension, lang),
    fields: ['#p-birth', '#p-0-from', '#p-0-to', '#p-0-amount', '#p-1-from', '#p-1-to', '#p-1-amount', '#p-decision', '#p-cont-kind'],
    checks: ['input[name="sex"][value="female"]', 'input[name="entry"][value="periods"]', '#p-continue'],
  },
  withdrawal: {
    path: 'withdrawal.html',
    // law58-man-17-years-retirement-age's worker in the quick entry, with the assumptions changed.
    async fill(page) {
      const { input } = engineCase('one_time/law58-man-17-years-retirement-age');
      await page.check('input[name="sex"][value="male"]');
      await page.fill('#w-birth', input.birth);
      await page.fill('#w-years', '17');
      await page.fill('#w-months', '0');
      await typeMoney(page, '#w-amount', input.history[0].salary);
      await page.fill('#w-last', input.history[0].to);
      await page.fill('#w-discount', '4,5');
      await page.fill('#w-horizon', '80');
      await press(page, '#withdrawal button[type=submit]');
    },
    form: 'withdrawal',
    result: '#w-result',
    headline: '#w-result .w-withdraw .big',
    expected: null,
    fields: ['#w-birth', '#w-years', '#w-months', '#w-kind', '#w-amount', '#w-last', '#w-discount', '#w-indexation', '#w-horizon', '#w-circumstance'],
    checks: ['input[name="sex"][value="male"]'],
  },
};

/** Every value a calculator's controls hold, to compare a page with the one its link opens. */
async function values(page, c) {
  const out = {};
  for (const f of c.fields) out[f] = await page.inputValue(f);
  for (const f of c.checks) out[f] = await page.isChecked(f);
  return out;
}

for (const [name, c] of Object.entries(calculators)) {
  for (const lang of ['vi', 'en']) {
    test(`${name} (${lang}): the share link opens the same inputs and the same result in a fresh browser`, async () => {
      const query = lang === 'en' ? '?lang=en' : '';
      const page = await site.open(`${c.path}${query}`, { today: CASES_TODAY });
      await c.fill(page);
      await page.locator(c.headline).waitFor();
      const shown = await page.locator(c.headline).evaluate((el) => el.firstChild.textContent);
      if (c.expected) assert.equal(shown, c.expected(lang));
      const link = await shareLink(page, c.form);
      const url = new URL(link);
      assert.equal(url.search, query, 'the language is in the query, nothing else');
      assert.ok(url.hash.length > 1, 'the inputs are in the fragment');
      // The address bar carries the same state, marking this form's result to calculate on opening, for the
      // browser's own share.
      assert.equal(new URL(page.url()).hash, url.hash.replace('&r=1&', `&r=${c.form}&`), "the address bar carries the state for the browser's own share");
      const before = await values(page, c);
      const text = await resultText(page, c.headline);

      const fresh = await site.open(pathOf(link), { today: CASES_TODAY });
      await fresh.locator(c.headline).waitFor();
      assert.deepEqual(await values(fresh, c), before);
      assert.equal(await resultText(fresh, c.headline), text);
      assert.equal(await fresh.locator('.link-notice').count(), 0, 'nothing was left out');
      assert.equal(await fresh.getAttribute('html', 'lang'), lang);
    });
  }
}

test('the period-by-period link carries the row count and each row; it switches language with the result', async () => {
  const page = await site.open('pension.html', { today: CASES_TODAY });
  await calculators.pension.fill(page);
  const state = new URLSearchParams(new URL(await shareLink(page, 'pension')).hash.slice(1));
  assert.equal(state.get('sex'), 'female');
  assert.equal(state.get('entry'), 'periods');
  assert.equal(state.get('rows'), '2');
  assert.equal(state.get('from1'), '2019-01');
  assert.equal(state.get('amount1'), '10000000');
  assert.equal(state.get('decision'), '2026-08');
  assert.equal(state.has('years'), false, 'the hidden quick entry stays out of the link');
  // The language switch keeps the inputs: the same result in English.
  const english = await page.getAttribute('a[hreflang="en"]', 'href');
  const fresh = await site.open(pathOf(english), { today: CASES_TODAY });
  await fresh.locator('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]').waitFor();
  assert.equal(await fresh.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), '5,858,160 đ');
});

test('the QR code of each result decodes to its share link', async () => {
  for (const c of [calculators.voluntary, calculators.pension, calculators.withdrawal]) {
    const page = await site.open(c.path, { today: CASES_TODAY });
    await c.fill(page);
    const link = await shareLink(page, c.form);
    const qr = page.locator(`${c.result} svg.qr`);
    await qr.waitFor();
    const png = PNG.sync.read(await qr.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.ok(code, `a QR code is found (${c.form})`);
    assert.equal(code.data, link);
    // Big enough for a phone's camera: at least 2 CSS pixels a module, dark on white.
    const { width, modules } = await qr.evaluate((svg) => ({ width: svg.getBoundingClientRect().width, modules: svg.viewBox.baseVal.width }));
    assert.ok(width / modules >= 2, `${width / modules} px a module`);
  }
});

test('the Share button hands the link to the device; Copy puts it on the clipboard or selects it', async () => {
  const page = await site.open('contributions.html?lang=en', { today: CASES_TODAY });
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => void window.shared.push(data);
  });
  await page.reload();
  await calculators.compulsory.fill(page);
  const link = await shareLink(page, 'compulsory');
  await press(page, '#compulsory-result .share button:has-text("Share")');
  const shared = await page.evaluate(() => window.shared);
  assert.equal(shared.length, 1);
  assert.equal(shared[0].url, link);
  assert.match(shared[0].text, /You pay 2,100,000 đ a month/);
  await press(page, '#compulsory-result .share button:has-text("Copy link")');
  const status = page.locator('#compulsory-result .share [role="status"]');
  await status.waitFor();
  assert.match(await status.textContent(), /copied|selected/);
  if ((await status.textContent()).includes('selected')) {
    assert.equal(await page.evaluate(() => document.activeElement.value.slice(document.activeElement.selectionStart, document.activeElement.selectionEnd)), link);
  }
  // Without navigator.share (most desktops), there is no Share button.
  const plain = await site.open('contributions.html', { screen: 'desktop', today: CASES_TODAY });
  await calculators.compulsory.fill(plain);
  await shareLink(plain, 'compulsory');
  const hasShare = await plain.evaluate(() => 'share' in navigator);
  assert.equal(await plain.locator('#compulsory-result .share button:has-text("Chia sẻ")').count(), hasShare ? 1 : 0);
});

/** The number of pages of a PDF, from its page objects. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const name of ['compulsory', 'voluntary', 'pension', 'withdrawal']) {
  test(`print: the ${name} result fits one A4 page, with its inputs, headline and legal sources`, async () => {
    const c = calculators[name];
    const page = await site.open(c.path, { screen: 'desktop', today: CASES_TODAY });
    await c.fill(page);
    await page.locator(`${c.result} svg.qr`).waitFor();
    const headline = await page.locator(c.headline).evaluate((el) => el.firstChild.textContent);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.equal(pageCount(pdf), 1, `${name}: one page`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector) => page.locator(selector).first().isVisible();
    assert.equal(await visible(c.headline), true);
    assert.equal(await page.locator(c.headline).evaluate((el) => el.firstChild.textContent), headline);
    assert.equal(await visible(`${c.result} .inputs-summary`), true, 'the inputs are listed');
    assert.match(await page.locator(`${c.result} .inputs-summary`).textContent(), name === 'compulsory' ? /20\.000\.000/ : /\d/);
    assert.equal(await visible('.print-sources'), true, 'the legal sources print');
    assert.match(await page.locator('.print-sources').first().textContent(), /Điều|Luật|Nghị định/);
    for (const hidden of ['header.site nav', 'footer.site', `#${c.form} button[type=submit]`, `${c.result} .share button`, `${c.result} .share input`]) {
      assert.equal(await visible(hidden), false, `${hidden} does not print`);
    }
    if (name === 'pension' || name === 'withdrawal') assert.equal(await visible('svg.chart'), true, 'the chart prints');
    assert.equal(await visible(`${c.result} svg.qr`), true, 'the QR code prints, to open the result again from the paper');
  });
}

// Hostile links: each opens the page with a message naming what was left out, without an error, a dialog or
// an injected element, and the calculator still computes.
const hostile = [
  ['an unknown key', 'contributions.html#salary=20000000&region=1&month=2026-01&nonsense=1', 'nonsense'],
  ['markup in a value', 'contributions.html#salary=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&region=1&month=2026-01', 'salary'],
  ['markup in a key', 'contributions.html#%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&salary=20000000&region=1&month=2026-01', '"><script>'],
  ['a negative salary', 'contributions.html#salary=-5&region=1&month=2026-01', 'salary'],
  ['1e308', 'contributions.html#salary=1e308&region=1&month=2026-01', 'salary'],
  ['20 nines', 'contributions.html#salary=99999999999999999999&region=1&month=2026-01', 'salary'],
  ['a value of 100 000 characters', `contributions.html#salary=${'9'.repeat(100_000)}&region=1&month=2026-01`, 'salary'],
  ['a repeated key', 'contributions.html#salary=20000000&salary=30000000&region=1&month=2026-01', 'salary'],
  ['a bad month and a region not offered', 'contributions.html#salary=20000000&region=9&month=2026-13', 'region'],
  ['a bad select value in the query', 'contributions.html?embed=voluntary&group=%3Cb%3E&income=2000000', 'group'],
  ['too many rows', `pension.html#sex=female&birth=1969-01&entry=periods&rows=100000&${Array.from({ length: 200 }, (_, i) => `from${i}=2011-01`).join('&')}`, 'rows'],
  ['too many relatives', `withdrawal.html#sex=male&birth=1970-01&years=20&months=0&amount=10000000&last=2025-10&deps=11&${Array.from({ length: 11 }, (_, i) => `deprel${i}=child&depyear${i}=2010`).join('&')}`, 'deps'],
  ['a policy that does not exist', 'pension.html#sex=female&birth=1970-10&years=20&months=0&amount=10000000&last=2025-10&policy=decree29&policy-month=2025-03', 'policy'],
  ['absurd assumptions', 'withdrawal.html#sex=male&birth=1965-06&years=17&months=0&amount=12000000&last=2025-12&discount=1e308&horizon=99999999999999999999&raise=-5', 'discount'],
];

for (const [what, path, key] of hostile) {
  test(`a hostile link (${what}) opens with a message, no script, no error`, async () => {
    const errors = [];
    const dialogs = [];
    const page = await site.open('index.html', { today: CASES_TODAY });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.origin}/${path}`);
    const notice = page.locator('.link-notice').first();
    await notice.waitFor();
    assert.equal(await notice.getAttribute('role'), 'alert');
    assert.ok((await notice.textContent()).includes(`«${key.slice(0, 20)}`), await notice.textContent());
    assert.match(await notice.textContent(), /bỏ qua/);
    assert.equal(await page.evaluate(() => document.querySelector('img[src=x]') === null && document.querySelectorAll('script:not([src])').length === 0 && !document.querySelector('b')), true);
    assert.ok((await notice.textContent()).length < 600, 'the message stays short');
    // The calculator still computes: the first form, filled with sound values, gives its result.
    const form = await page.locator('form:visible').first().getAttribute('id');
    if (form === 'compulsory') {
      await typeMoney(page, '#c-salary', 20_000_000);
      await page.selectOption('#c-region', '1');
      await page.fill('#c-month', '2026-01');
      await press(page, '#compulsory button[type=submit]');
      assert.equal(await page.locator('#compulsory-result .headline .big').textContent(), '2.100.000 đ');
    } else {
      await press(page, `#${form} button[type=submit]`);
      // The result sits in the form's section (or in the form itself, on the withdrawal page).
      await page.waitForFunction((id) => {
        const f = document.getElementById(id);
        return f.parentElement.querySelector('.result')?.childElementCount || f.querySelector('.error:not([hidden])');
      }, form);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(dialogs, []);
  });
}

test('a negative assumption is not left out: the engine says what is wrong beside its field', async () => {
  const page = await site.open('withdrawal.html?lang=en#sex=male&birth=1965-06&years=17&months=0&amount=12000000&last=2025-12&raise=-5', { today: CASES_TODAY });
  const error = page.locator('#w-indexation-error');
  await error.waitFor();
  assert.match(await error.textContent(), /negative|below|at least|0/i);
  assert.equal(await page.getAttribute('#w-indexation', 'aria-invalid'), 'true');
  assert.equal(await page.locator('.link-notice').count(), 0);
});

test('a withdrawal link: changing an assumption updates the answer and the link; axe-core finds nothing with a notice shown', async () => {
  const page = await site.open('withdrawal.html#sex=male&birth=1965-06&years=17&months=0&amount=12000000&last=2025-12&horizon=80&extra=1', { today: CASES_TODAY });
  const link = await shareLink(page, 'withdrawal');
  assert.equal(new URLSearchParams(new URL(link).hash.slice(1)).get('discount'), '5');
  await page.fill('#w-discount', '7');
  await page.locator('#w-discount').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('#withdrawal-share-link')?.value.includes('discount=7'));
  assert.match(await page.locator('.link-notice').textContent(), /«extra» \(trang này không dùng\)/);
  assert.deepEqual(await axeViolations(page), []);
});

test('a preset in the query fills the form without calculating; the fragment wins over it', async () => {
  const page = await site.open('contributions.html?group=poorHousehold&mode=m3&income=2000000#income=3000000', { today: CASES_TODAY });
  await page.locator('#voluntary-result .headline').waitFor();
  assert.equal(await page.inputValue('#v-group'), 'poorHousehold');
  assert.equal(await page.inputValue('#v-income'), '3.000.000');
  const preset = await site.open('contributions.html?group=nearPoorHousehold&income=2000000', { today: CASES_TODAY });
  await preset.waitForFunction(() => document.querySelector('#v-income').value === '2.000.000');
  assert.equal(await preset.inputValue('#v-group'), 'nearPoorHousehold');
  await preset.waitForTimeout(300);
  assert.equal(await preset.locator('#voluntary-result').textContent(), '', 'a preset only fills');
});

test('the first result waits for no share panel: the panel joins it on arrival, unless the form changed since', async () => {
  const { compulsory } = calculators;
  // The share module held back until released, as on a slow network (no offline copy to serve it instead).
  const held = async (page) => {
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/share-[^/]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  };
  const page = await site.open('index.html', { today: CASES_TODAY, serviceWorker: false });
  let release = await held(page);
  await page.goto(`${site.origin}/${compulsory.path}`);
  await compulsory.fill(page);
  assert.equal(await page.locator(compulsory.headline).textContent(), compulsory.expected('vi'));
  assert.equal(await page.locator(`#${compulsory.form}-share-link`).count(), 0, 'no panel before its module');
  release();
  assert.match(await shareLink(page, compulsory.form), /#.*salary=20000000/);

  // Changed after the result and before the panel's module came: the panel would carry what the form holds now.
  const later = await site.open('index.html', { today: CASES_TODAY, serviceWorker: false });
  release = await held(later);
  await later.goto(`${site.origin}/${compulsory.path}`);
  await compulsory.fill(later);
  await later.locator(compulsory.headline).waitFor();
  await later.selectOption('#c-region', '4');
  const arrived = later.waitForResponse(/\/assets\/share-[^/]+\.js$/);
  release();
  await arrived;
  await later.waitForTimeout(300);
  assert.equal(await later.locator(`#${compulsory.form}-share-link`).count(), 0, 'no panel for another form');
  await press(later, '#compulsory button[type=submit]');
  assert.match(await shareLink(later, compulsory.form), /region=4/);
});

test('no console error, no page error, no request outside the origin', () => {
  assert.deepEqual(site.problems, []);
});
