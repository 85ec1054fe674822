// The site as a whole in Chromium: the home page leads to the three questions, the language switch keeps
// the choice in the URL, the legal-basis page lists every parameter of the engine, a browser without
// WebAssembly is told so, and axe-core finds no violation on these pages in either language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compareWithdrawal, initSync, parameters, pension, say } from '../../pkg/index.js';
import { startSite, axeViolations, screenshot, typeMoney } from './site.mjs';
import { CASES_TODAY, carriedBack, dong } from './cases.mjs';

initSync({ module: readFileSync(new URL('../../pkg/bhxh_bg.wasm', import.meta.url)) });

let site;
before(async () => (site = await startSite()));
after(() => site?.close());

test('the home page leads straight to the three calculators', async () => {
  const page = await site.open('');
  assert.equal(await page.textContent('h1'), 'Bảo hiểm xã hội của bạn, qua ba câu hỏi');
  const questions = page.locator('.questions a');
  assert.deepEqual(await questions.evaluateAll((links) => links.map((a) => new URL(a.href).pathname.split('/').pop())), ['contributions.html', 'pension.html', 'withdrawal.html']);
  for (const box of await questions.all()) assert.ok((await box.boundingBox()).height >= 44);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'home-phone');
  await questions.nth(2).tap();
  await page.waitForURL(/withdrawal\.html$/);
  assert.equal(await page.getAttribute('header.site nav a[aria-current=page]', 'href'), 'withdrawal.html');
});

test('the language switch puts English in the URL, keeps it on every link, and switches back', async () => {
  const page = await site.open('index.html');
  await page.tap('a[hreflang=en]');
  await page.waitForURL(/\?lang=en$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Your social insurance, in three questions');
  assert.equal(await page.title(), 'BHXH calculators: contributions, pension, one-time withdrawal');
  for (const href of await page.locator('main a, header.site nav a').evaluateAll((links) => links.map((a) => a.href))) assert.match(href, /[?&]lang=en/, href);
  assert.deepEqual(await axeViolations(page), []);
  await page.tap('.questions a >> nth=0');
  await page.waitForURL(/contributions\.html\?lang=en$/);
  assert.equal(await page.textContent('h1'), 'How much do I pay?');
  assert.equal(await page.isVisible('a[hreflang=en]'), false);
  await page.tap('a[hreflang=vi]');
  await page.waitForURL(/contributions\.html$/);
  assert.equal(await page.textContent('h1'), 'Tôi đóng bao nhiêu?');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  // No cookie and nothing stored: the choice lives in the URL only.
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
});

test("the legal-basis page lists every parameter of the engine's catalogue, with value, date and source", async () => {
  const catalogue = parameters();
  for (const lang of ['vi', 'en']) {
    const page = await site.open(`legal.html${lang === 'en' ? '?lang=en' : ''}`);
    await page.locator('#parameters').waitFor();
    const shown = await page.locator('[data-parameter]').evaluateAll((sections) => sections.map((s) => s.dataset.parameter));
    assert.deepEqual(shown, catalogue.parameters.map((p) => p.id));
    for (const p of catalogue.parameters) {
      const section = page.locator(`[data-parameter="${p.id}"]`);
      assert.equal(await section.locator('h3').textContent(), say({ id: `parameter.${p.id}`, figures: {} }, lang));
      assert.equal(await section.locator('li').count(), p.values.length, p.id);
      const last = p.values.at(-1);
      const lastShown = await section.locator('li').last().textContent();
      assert.ok(lastShown.includes(last.source.article), `${p.id}: ${last.source.article}`);
      // A value's note (in the catalogue, not in results) is beside its source.
      if (last.note) assert.ok(lastShown.includes(last.note), `${p.id}: ${last.note}`);
    }
    // The reference level (mức tham chiếu), value by value, formatted in the page's language.
    const reference = catalogue.parameters.find((p) => p.id === 'referenceLevel');
    const items = await page.locator('[data-parameter="referenceLevel"] li').allTextContents();
    reference.values.forEach((v, i) => {
      const [year, month] = v.from.split('-').map(Number);
      const expected = lang === 'vi'
        ? `Từ tháng ${month}/${year}: ${new Intl.NumberFormat('vi-VN').format(v.value)} đ`
        : `From ${new Date(Date.UTC(year, month - 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}: ${new Intl.NumberFormat('en-GB').format(v.value)} đ`;
      assert.ok(items[i].startsWith(expected), `${items[i]} starts with ${expected}`);
    });
    assert.equal(await page.locator('details summary', { hasText: /20\d\d/ }).count(), catalogue.revaluationTables.length);
    const noted = catalogue.revaluationTables.find((t) => t.note);
    assert.ok(noted, 'a coefficient table with a note');
    assert.ok((await page.locator('details').filter({ has: page.locator('summary', { hasText: new RegExp(`${noted.decisionYear}$`) }) }).locator('p.source').textContent()).includes(noted.note));
    assert.ok((await page.textContent('#life-table')).includes(String(catalogue.lifeTable.year)));
    assert.deepEqual(await axeViolations(page), [], lang);
    if (lang === 'vi') await screenshot(page, 'legal-phone');
  }
});

test('a browser without WebAssembly is told so, instead of breaking silently', async () => {
  const page = await site.open('index.html');
  await page.addInitScript(() => delete window.WebAssembly);
  await page.goto(`${site.origin}/contributions.html`);
  const notice = page.locator('#unsupported');
  await notice.waitFor();
  assert.match(await notice.textContent(), /WebAssembly/);
  await typeMoney(page, '#c-salary', 20_000_000);
  await page.tap('#compulsory button[type=submit]');
  assert.equal(await page.textContent('#compulsory-result'), '');
  // The legal basis needs no engine: its catalogue comes with the page.
  await page.goto(`${site.origin}/legal.html?lang=en`);
  await page.waitForFunction(() => !document.querySelector('#catalogue').hasAttribute('aria-busy'));
  assert.equal(await page.locator('[data-parameter]').count(), parameters().parameters.length);
  assert.equal(await page.isVisible('#unsupported'), false);
});

test('a calculator page asks for its wasm with its HTML, once (the engine takes that same response), for its words as its scripts run, and for what only a result draws with the result', async () => {
  for (const path of ['contributions.html', 'pension.html', 'withdrawal.html']) {
    const page = await site.open('index.html');
    const wasm = [];
    page.on('request', (r) => r.url().endsWith('.wasm') && wasm.push(r));
    await page.goto(`${site.origin}/${path}`);
    await page.waitForLoadState('networkidle');
    assert.equal(wasm.length, 1, `${path}: one request for the wasm`);
    // Asked for by the HTML: before the page's own scripts have run (they run before DOMContentLoaded).
    const [asked, scriptsDone] = await page.evaluate(() => [
      performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).startTime,
      performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
    ]);
    assert.ok(asked < scriptsDone, `${path}: the wasm asked for at ${asked} ms, before DOMContentLoaded at ${scriptsDone} ms`);
    // The words every result uses (www/src/wording/vi/common.ts, built with the other parts every page loads into
    // words-vi-common: vite.config.ts), asked for as the page's scripts run, not once the page has painted: a first
    // result waits for no later download of them.
    const words = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => /\/assets\/words-vi-common-[^/]+\.js$/.test(e.name))?.startTime);
    assert.ok(words < scriptsDone, `${path}: the words asked for at ${words} ms, before DOMContentLoaded at ${scriptsDone} ms`);
    // The chart and a policy's allowances (www/src/detail.ts) are no part of the first view: they come with a result.
    const detail = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/assets\/detail-[^/]+\.js$/.test(e.name)).length);
    assert.equal(detail, 0, `${path}: the result's detail asked for with no result`);
  }
});

test('without JavaScript, every calculator page says what it needs', async () => {
  for (const path of ['contributions.html', 'pension.html', 'withdrawal.html', 'legal.html']) {
    const page = await site.open(path, { javaScript: false });
    const notice = page.locator('p.notice').first();
    assert.ok(await notice.isVisible(), path);
    assert.match(await notice.textContent(), /Trang này cần JavaScript và WebAssembly để tính\. This page needs JavaScript/);
  }
});

test('the pension and withdrawal forms come painted in the HTML: without JavaScript the person and the history are there, labelled; with it they calculate', async () => {
  const pages = [
    ['pension.html', 'p', 'Bạn đã đóng đến tháng', 'Paid up to'],
    ['withdrawal.html', 'w', 'Tháng bạn ngừng đóng', 'Month you stopped paying'],
  ];
  for (const [path, p, last, lastEn] of pages) {
    const page = await site.open(path, { javaScript: false });
    assert.equal(await page.locator('main form').count(), 1, `${path}: a form`);
    // Sex: a radio group named by its label, the man's box ticked as the script used to tick it.
    const sex = page.getByRole('radiogroup', { name: 'Giới tính', exact: true });
    assert.ok(await sex.isVisible(), `${path}: sex`);
    assert.ok(await sex.getByRole('radio', { name: 'Nam', exact: true }).isChecked());
    assert.ok(!(await sex.getByRole('radio', { name: 'Nữ', exact: true }).isChecked()));
    // Each control found by its accessible name (its label) alone, with its English beside it, its key and the
    // engine field it feeds.
    const controls = [
      ['birth', 'Tháng năm sinh', 'Month and year of birth', 'birth'],
      ['years', 'Số năm đã đóng', 'Years paid', 'history history[0] history[0].from'],
      ['months', 'và số tháng', 'and months', null],
      ['amount', 'Tiền lương đóng BHXH hiện nay, mỗi tháng (đồng)', 'Monthly salary you contribute on now (đồng)', 'history[0].salary history[0].income'],
      ['last', last, lastEn, 'history[0].to'],
    ];
    for (const [name, label, en, field] of controls) {
      const control = page.getByRole('textbox', { name: label, exact: true });
      assert.ok(await control.isVisible() && await control.isEditable(), `${path}: ${label}`);
      assert.equal(await control.getAttribute('id'), `${p}-${name}`);
      assert.equal(await control.getAttribute('name'), name);
      assert.equal(await control.getAttribute('data-field'), field);
      assert.equal(await page.locator(`label[for="${p}-${name}"] [data-en]:visible, label[for="${p}-${name}"][data-en]`).getAttribute('data-en'), en);
    }
    assert.equal(await page.getAttribute(`#${p}-amount`, 'inputmode'), 'numeric');
    // The voluntary income's label waits, hidden, for its kind; the period by period entry and the record reader too.
    assert.equal(await page.getByRole('textbox', { name: 'Thu nhập chọn đóng hiện nay, mỗi tháng (đồng)' }).count(), 0);
    assert.equal(await page.locator('.detailed template').count(), 1);
    assert.ok(!(await page.locator('.detailed').isVisible()));
    assert.ok(!(await page.locator('.record-import').isVisible()));
    // The policy's choice, in its fold, is in the HTML too.
    assert.equal(await page.locator(`#${p}-policy option`).count(), 4);
    // No parameter of the partials was left unfilled.
    assert.doesNotMatch(await page.content(), /\{(prefix|last|last-en)\}/);
    await screenshot(page, `${path.replace('.html', '')}-no-script`);
  }

  // With JavaScript, the same controls, filled through their labels, calculate as the engine does.
  const now = { kind: 'compulsory', amount: 10_000_000, from: '2011-01', to: '2026-07' };
  const history = carriedBack(parameters(), 2026, now);
  const expected = pension({ sex: 'female', birth: '1969-01', history, today: CASES_TODAY });
  const withdrawal = compareWithdrawal({ sex: 'female', birth: '1969-01', history, today: CASES_TODAY });
  assert.ok(expected.monthlyPension > 0 && withdrawal.withdraw.lumpSum > 0);
  for (const [path, , last] of pages) {
    const page = await site.open(path, { today: CASES_TODAY });
    await page.getByRole('radio', { name: 'Nữ', exact: true }).check();
    const box = (name) => page.getByRole('textbox', { name, exact: true });
    await box('Tháng năm sinh').fill('1969-01');
    await box('Số năm đã đóng').fill('15');
    await box('và số tháng').fill('7');
    await box('Tiền lương đóng BHXH hiện nay, mỗi tháng (đồng)').pressSequentially(String(now.amount));
    await box(last).fill(now.to);
    await page.click('form button[type="submit"]');
    if (path === 'pension.html') {
      await page.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
      assert.equal(await page.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), dong(expected.monthlyPension));
    } else {
      await page.waitForSelector('#w-result:not([aria-busy]) .verdict');
      assert.ok((await page.textContent('#w-result .answer')).includes(dong(withdrawal.withdraw.lumpSum)), 'the lump sum');
    }
  }
});

test('every page fits a 320 px screen without sideways scrolling, and its controls are at least 44 px tall', async () => {
  for (const path of ['index.html', 'contributions.html', 'pension.html', 'withdrawal.html', 'legal.html']) {
    const page = await site.open(path, { screen: 'narrow' });
    await page.waitForLoadState('networkidle');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `${path} is wider than 320 px`);
    const small = await page.locator('main input:visible:not([type=checkbox]):not([type=radio]), main select:visible, main button:visible, main summary:visible')
      .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.id || el.textContent));
    assert.deepEqual(small, [], path);
    // Money opens the numeric keyboard.
    const money = await page.locator('input[data-money]').evaluateAll((els) => els.map((el) => el.getAttribute('inputmode')));
    assert.ok(money.every((mode) => mode === 'numeric'), `${path}: ${money}`);
  }
});

test('every chart keeps its lines between its lowest and highest gridlines, and has its figures as a table', async () => {
  // A worker of 40 with 12 years 4 months: the "keep contributing" path climbs well above the lump sum.
  for (const [path, p] of [['withdrawal.html', 'w'], ['pension.html', 'p']]) {
    const page = await site.open(path, { today: '2026-11' });
    await page.fill(`#${p}-birth`, '1986-03');
    await page.fill(`#${p}-years`, '12');
    await page.fill(`#${p}-months`, '4');
    await typeMoney(page, `#${p}-amount`, 9_000_000);
    await page.fill(`#${p}-last`, '2025-10');
    await page.click('main form button[type=submit]');
    const svg = page.locator('svg.chart').first();
    await svg.waitFor();
    const outside = await svg.evaluate((chart) => {
      const lines = [...chart.querySelectorAll('line.grid, line.axis')].map((l) => Number(l.getAttribute('y1')));
      const [top, bottom] = [Math.min(...lines), Math.max(...lines)];
      return [...chart.querySelectorAll('path')].flatMap((d) => d.getAttribute('d').match(/-?[\d.]+,-?[\d.]+/g).map((xy) => Number(xy.split(',')[1])))
        .filter((y) => y < top - 0.5 || y > bottom + 0.5);
    });
    assert.deepEqual(outside, [], path);
    const rows = await page.locator('figure.figure table tbody tr').count();
    assert.ok(rows > 1, `${path}: the chart's table has ${rows} rows`);
  }
});

test('the keyboard alone reaches every control, each shows a visible focus, and Enter calculates', async () => {
  const page = await site.open('contributions.html', { screen: 'desktop' });
  const reached = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { id: el.id || el.className || el.tagName, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    if (focused.id === 'BODY') break; // past the last control of the page
    reached.push(focused.id);
    assert.equal(focused.outline, 'solid 3px', `the focus on ${focused.id} is visible`);
  }
  assert.equal(reached[0], 'skip', 'the first Tab reaches the skip link');
  for (const id of ['c-salary', 'c-region', 'c-month', 'c-union', 'c-reduced', 'v-income', 'v-group', 'v-mode', 'v-month']) assert.ok(reached.includes(id), id);

  await page.reload();
  while ((await page.evaluate(() => document.activeElement.id)) !== 'c-salary') await page.keyboard.press('Tab');
  await page.keyboard.type('20000000');
  assert.equal(await page.inputValue('#c-salary'), '20.000.000');
  await page.keyboard.press('Enter');
  await page.locator('#compulsory-result .headline').waitFor();
  assert.match(await page.textContent('#compulsory [role=status]'), /Bạn đóng 2\.100\.000 đ mỗi tháng/);
});

test('in English, no Vietnamese is left on any page but names and legal citations', async () => {
  for (const path of ['index.html', 'contributions.html', 'pension.html', 'withdrawal.html', 'legal.html']) {
    const page = await site.open(`${path}?lang=en`);
    await page.waitForLoadState('networkidle');
    if (path === 'contributions.html') {
      await typeMoney(page, '#c-salary', 20_000_000);
      await page.tap('#compulsory button[type=submit]');
      await page.locator('#compulsory-result .headline').waitFor();
    }
    const left = await page.evaluate(() => {
      const vietnamese = /[ăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýõãĩũ]/i;
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // The switch back to Vietnamese, the no-script notice, and legal citations stay as written.
        if (node.parentElement.closest('[lang=vi], noscript, .source')) continue;
        const text = node.textContent.replace(/đồng|\bđ\b|Hà Nội/g, '');
        if (vietnamese.test(text)) found.push(text.trim());
      }
      for (const el of document.querySelectorAll('[aria-label], [placeholder], title')) {
        for (const value of [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.tagName === 'TITLE' ? el.textContent : null]) {
          if (value && vietnamese.test(value)) found.push(value);
        }
      }
      return found;
    });
    assert.deepEqual(left, [], path);
  }
});

test('nothing on any page jumps while it loads (layout shift under 0.001 on a phone)', async () => {
  for (const path of ['index.html', 'contributions.html', 'pension.html', 'withdrawal.html', 'legal.html']) {
    // Scripts arrive 400 ms after the page, as on a slow network, so the page paints before they run.
    const page = await site.open('index.html');
    await page.route('**/*.js', (route) => setTimeout(() => route.continue(), 400));
    await page.goto(`${site.origin}/${path}`);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => new Promise((done) => {
      let total = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += entry.value; // no input is given: every shift counts
      }).observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => done(total), 300);
    }));
    assert.ok(shift < 0.001, `${path}: layout shift ${shift}`);
  }
});

test('no console error, no page error, no request outside the origin', () => {
  assert.deepEqual(site.problems, []);
});
