// Embedding the calculators in another site: embed mode (`?embed`), the frame sized by embed.js, the
// <bhxh-calculator> element, and the "put a calculator on your website" page. Host pages are served from a
// second origin (http://localhost:…, the site being on http://127.0.0.1:…) with a strict Content-Security-Policy,
// as a union's or a campaign's site might send.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { axeViolations, screenshot, startSite, typeMoney } from './site.mjs';
import { CASES_TODAY, dong, engineCase, shownMonth } from './cases.mjs';

let site;
let host;
/** The host pages, by path: `{ html, csp }`. */
const hostPages = new Map();

before(async () => {
  site = await startSite();
  const server = createServer((req, res) => {
    const page = hostPages.get(new URL(req.url, 'http://localhost').pathname);
    if (!page) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.csp }).end(page.html);
  });
  // Every loopback address, so that `localhost` answers whichever of 127.0.0.1 and ::1 the browser tries.
  await new Promise((ok) => server.listen(0, 'localhost', ok));
  host = { server, origin: `http://localhost:${server.address().port}` };
});
after(async () => {
  host?.server.close();
  await site?.close();
});

/** The strictest policy that lets the site's scripts and frames in: no inline script, no style at all. */
const strictCsp = () => `default-src 'none'; script-src ${site.origin}; frame-src ${site.origin}; style-src 'none'`;

/** Serves a host page on the other origin and opens it (desktop screen). */
async function openHost(path, body, { csp = strictCsp(), today = CASES_TODAY } = {}) {
  hostPages.set(`/${path}`, { csp, html: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Host</title></head><body>${body}</body></html>` });
  return site.open(path, { host: host.origin, screen: 'desktop', today });
}

/** The frame showing a page of the site, once it is there. */
async function calculatorFrame(page, pageName) {
  await page.waitForFunction((name) => {
    const frames = [...document.querySelectorAll('iframe'), ...[...document.querySelectorAll('bhxh-calculator')].map((e) => e.shadowRoot?.querySelector('iframe'))];
    return frames.some((f) => f?.src.includes(name));
  }, pageName);
  // The frame's new address shows in page.frames() once its navigation has committed.
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((f) => f.url().includes(pageName));
    if (frame) {
      await frame.waitForSelector('main');
      return frame;
    }
    await page.waitForTimeout(100);
  }
  assert.fail(`no frame shows ${pageName}`);
}

/** Waits until the frame's inner height on the host page matches its content's height, within 2 px; returns it. */
async function sizedHeight(page, frameHandle, frame) {
  let heights;
  for (let tries = 0; tries < 50; tries++) {
    heights = [await frameHandle.evaluate((f) => f.clientHeight), await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)];
    if (Math.abs(heights[0] - heights[1]) <= 2) return heights[0];
    await page.waitForTimeout(100);
  }
  assert.fail(`the frame (${heights[0]} px) never took its content's height (${heights[1]} px)`);
}

/** The pension of the issue sketch, entered period by period in a frame: 5.858.160 đ. */
async function pensionInFrame(frame) {
  const { input, expect } = engineCase('pension/issue-sketch-female-2011');
  const [period] = input.history;
  await frame.click(`input[name="sex"][value="${input.sex}"]`);
  await frame.fill('#p-birth', input.birth);
  await frame.click('input[name="entry"][value="periods"]');
  await frame.fill('#p-0-from', period.from);
  await frame.fill('#p-0-to', period.to);
  await frame.selectOption('#p-0-kind', period.kind);
  await typeMoney(frame, '#p-0-amount', period.salary);
  await frame.click('#p-more > summary');
  await frame.fill('#p-decision', input.decisionMonth);
  await frame.click('#pension button[type="submit"]');
  await frame.waitForSelector('#pension-result:not([aria-busy]) [data-testid="monthly-pension"]');
  assert.equal(await frame.locator('[data-testid="monthly-pension"]').evaluate((el) => el.firstChild.textContent), dong(expect.monthlyPension));
  assert.equal(dong(expect.monthlyPension), '5.858.160 đ');
}

/** The compulsory contributions of CON-01 in a frame (20,000,000 đ in region I): the worker pays 2.100.000 đ. */
async function compulsoryInFrame(frame, lang = 'vi') {
  const { input, expect } = engineCase('contribution/con-01-region-1-20m');
  await typeMoney(frame, '#c-salary', input.salary);
  await frame.selectOption('#c-region', String(input.region));
  await frame.fill('#c-month', input.month);
  await frame.click('#compulsory button[type=submit]');
  await frame.waitForSelector('#compulsory-result .headline');
  assert.ok((await frame.textContent('#compulsory-result .headline')).includes(dong(expect.employee.total, lang)));
  assert.equal(expect.employee.total, 2_100_000);
}

test('embed mode: the calculator alone, links to the full site in a new tab, the accent colour, in English', async () => {
  const page = await site.open('contributions.html?embed=voluntary&lang=en&accent=0b6e4f', { screen: 'phone' });
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('embed')));
  for (const hidden of ['header.site', 'footer.site', '.intro', '#compulsory']) assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is hidden`);
  assert.equal(await page.locator('#voluntary').isVisible(), true);
  assert.equal(await page.textContent('h1'), 'How much do I pay?');
  assert.equal(await page.textContent('#voluntary button[type=submit]'), 'Calculate');
  // The accent: buttons, links and the result's rule.
  assert.equal(await page.locator('#voluntary button.primary').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 110, 79)');
  const full = page.locator('.embed-full a');
  assert.equal(await full.textContent(), 'Open the full site');
  assert.equal(await full.evaluate((a) => getComputedStyle(a).color), 'rgb(11, 110, 79)');
  assert.deepEqual(await full.evaluate((a) => [a.target, a.rel, a.href]), ['_blank', 'noopener', `${site.origin}/contributions.html?lang=en`]);
  // Every other link leaves the frame for a new tab too; the page's own anchors stay.
  const links = await page.$$eval('a[href]', (as) => as.map((a) => [a.getAttribute('href'), a.target]));
  assert.ok(links.length > 3);
  for (const [href, target] of links) assert.equal(target, href.startsWith('#') ? '' : '_blank', href);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'embed-mode-phone');
});

test('embed mode: an invalid or too light accent is ignored; a dark 3-digit one applies; without ?embed nothing changes', async () => {
  const page = await site.open('contributions.html', { screen: 'desktop' });
  const background = async (query) => {
    await page.goto(`${site.origin}/contributions.html${query}`);
    return page.locator('#compulsory button.primary').evaluate((b) => getComputedStyle(b).backgroundColor);
  };
  const blue = 'rgb(11, 83, 148)';
  assert.equal(await background('?embed'), blue);
  assert.equal(await background('?embed&accent=036'), 'rgb(0, 51, 102)');
  for (const accent of ['zzzzzz', '0b6e4f0', '#0b6e4f', 'red', '0b6e4', 'ffff00', 'aabbcc', '777']) {
    assert.equal(await background(`?embed&accent=${encodeURIComponent(accent)}`), blue, accent);
  }
  // Not embedded: the accent parameter means nothing, and the site's header and footer are there.
  assert.equal(await background('?accent=0b6e4f'), blue);
  assert.equal(await page.locator('header.site').isVisible(), true);
  assert.equal(await page.locator('.embed-full').count(), 0);
});

test('a frame and embed.js on a host with a strict CSP: sized to its content, works, grows with the result', async () => {
  const page = await openHost('frame.html', `<h1>Host</h1>
    <script src="${site.origin}/embed.js" async></script>
    <iframe src="${site.origin}/pension.html?embed" title="Tính lương hưu" width="100%" height="150" frameborder="0"></iframe>
    <p>After the calculator.</p>`);
  const frameHandle = await page.$('iframe');
  const frame = await calculatorFrame(page, 'pension.html');
  const before = await sizedHeight(page, frameHandle, frame);
  assert.ok(before > 600, `the form is taller than the frame's 150 px (${before} px)`);
  await pensionInFrame(frame);
  const afterResult = await sizedHeight(page, frameHandle, frame);
  assert.ok(afterResult > before + 300, `the frame grows with the result (${before} → ${afterResult} px)`);
  // No scrollbar inside the frame: it is as tall as its page.
  assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1), true);
  await screenshot(page, 'embed-host-frame');
});

test('embed.js sizes a frame far down the host page, and ignores height messages from other sites', async () => {
  // A page of the host's own origin pretending to be the calculator: its messages must not size anything.
  // The real calculator comes after a long text, out of sight: browsers paint nothing in such a frame.
  hostPages.set('/fake.html', { csp: "default-src 'none'; script-src 'unsafe-inline'", html: `<!doctype html><title>Fake</title><script>parent.postMessage({ type: 'bhxh:height', height: 1234 }, '*'); setInterval(() => parent.postMessage({ type: 'bhxh:height', height: 1234 }, '*'), 50);</script>` });
  const page = await openHost('spoof.html', `<script src="${site.origin}/embed.js" async></script>
    <iframe id="fake" data-bhxh src="${host.origin}/fake.html" title="Fake" height="150"></iframe>
    <pre>${'Một đoạn văn dài.\n'.repeat(200)}</pre>
    <iframe id="real" src="${site.origin}/withdrawal.html?embed" title="Rút BHXH một lần hay chờ lương hưu" height="150"></iframe>`,
  { csp: strictCsp().replace('frame-src', `frame-src ${host.origin}`) });
  await page.frames().find((f) => f.url().endsWith('/fake.html')).waitForFunction(() => document.readyState === 'complete');
  const frame = await calculatorFrame(page, 'withdrawal.html');
  assert.ok(await page.$eval('#real', (f) => f.getBoundingClientRect().top > innerHeight * 2), 'the frame is out of sight');
  await sizedHeight(page, await page.$('#real'), frame);
  await page.waitForTimeout(300);
  assert.equal(await page.$eval('#fake', (f) => f.clientHeight), 150);
});

const hostileCss = `
  * { display: inline !important; font-size: 3px !important; color: red !important; all: unset; }
  iframe { display: none !important; height: 0 !important; width: 0 !important; }
  bhxh-calculator { width: 10px !important; height: 0 !important; overflow: hidden !important; visibility: hidden !important; opacity: 0 !important; }
  .result, form, input, button, main { display: none !important; }
  p { font-family: serif; margin: 3em; letter-spacing: 2px; }`;
/** Lets the hostile style in by nonce, so the policy stays strict: no inline style otherwise. */
const hostileCsp = () => strictCsp().replace("style-src 'none'", "style-src 'nonce-hostile'");

/** Every computed property of the host's probe paragraph. */
const probeStyle = (page) => page.$eval('#probe', (p) => Object.fromEntries([...getComputedStyle(p)].map((name) => [name, getComputedStyle(p).getPropertyValue(name)])));

test('<bhxh-calculator> among hostile CSS: visible, sized and working; its styles stay inside; attributes reload it', async () => {
  const body = (element) => `<style nonce="hostile">${hostileCss}</style>
    <p id="probe">A paragraph of the host.</p>
    ${element ? `<script src="${site.origin}/bhxh-calculator.js" async></script><bhxh-calculator type="compulsory"></bhxh-calculator>` : ''}`;
  const plain = await openHost('plain.html', body(false), { csp: hostileCsp() });
  const page = await openHost('element.html', body(true), { csp: hostileCsp() });
  const frame = await calculatorFrame(page, 'contributions.html');
  const frameHandle = await page.$('bhxh-calculator >> iframe');
  assert.equal(await frameHandle.getAttribute('title'), 'Tính tiền đóng BHXH bắt buộc');
  assert.equal(await frameHandle.getAttribute('loading'), 'lazy');
  assert.equal(await frameHandle.getAttribute('allow'), 'clipboard-write; web-share');
  assert.equal(new URL(frame.url()).search, '?embed=compulsory');
  const box = await frameHandle.boundingBox();
  assert.ok(box.width >= 1200, `the frame takes the page's width (${box.width} px)`);
  await sizedHeight(page, frameHandle, frame);
  assert.equal(await frame.locator('#voluntary').isVisible(), false);
  await compulsoryInFrame(frame);
  await sizedHeight(page, frameHandle, frame);
  assert.ok(await frame.locator('#compulsory-result .headline').isVisible());
  // The host's paragraph is styled exactly as on the same page without the element.
  assert.deepEqual(await probeStyle(page), await probeStyle(plain));
  await screenshot(page, 'embed-host-element');
  // A changed attribute reloads the calculator: now in English, with the host's colour.
  await page.$eval('bhxh-calculator', (el) => {
    el.setAttribute('lang', 'en');
    el.setAttribute('accent', '0b6e4f');
  });
  await page.waitForFunction(() => document.querySelector('bhxh-calculator').shadowRoot.querySelector('iframe').src.includes('lang=en'));
  assert.equal(await frameHandle.getAttribute('title'), 'Compulsory insurance contributions');
  const english = await calculatorFrame(page, 'lang=en');
  assert.equal(new URL(english.url()).search, '?embed=compulsory&lang=en&accent=0b6e4f');
  assert.equal(await english.textContent('#compulsory button[type=submit]'), 'Calculate');
  assert.equal(await english.locator('#compulsory button.primary').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 110, 79)');
});

test('the embed page: the choices make the snippet and the preview; the copied snippet works on a host', async () => {
  const page = await site.open('embed.html', { screen: 'desktop' });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const snippet = () => page.inputValue('#e-snippet');
  // The default: the withdrawal calculator in a frame, in Vietnamese, the site's colour.
  assert.equal(await snippet(), [
    `<script src="${site.origin}/embed.js" async></script>`,
    `<iframe src="${site.origin}/withdrawal.html?embed" title="Rút BHXH một lần hay chờ lương hưu" width="100%" height="900" frameborder="0" loading="lazy" allow="clipboard-write; web-share"></iframe>`,
  ].join('\n'));
  assert.equal(await page.getAttribute('#e-preview iframe', 'src'), `${site.origin}/withdrawal.html?embed`);
  const preview = await calculatorFrame(page, 'withdrawal.html');
  await sizedHeight(page, await page.$('#e-preview iframe'), preview);
  // Voluntary insurance for poor households, in English, green.
  await page.selectOption('#e-calculator', 'voluntary');
  assert.equal(await page.locator('#e-salary').isVisible(), false);
  await page.selectOption('#e-group', 'poorHousehold');
  await page.check('input[name="e-lang"][value="en"]');
  await page.fill('#e-accent', '#0b6e4f');
  const src = `${site.origin}/contributions.html?embed=voluntary&lang=en&accent=0b6e4f&group=poorHousehold`;
  assert.ok((await snippet()).includes(`<iframe src="${src.replace(/&/g, '&amp;')}" title="Voluntary insurance contributions"`), await snippet());
  assert.equal(await page.getAttribute('#e-preview iframe', 'src'), src);
  // A colour too light for white text is refused, and the page says so.
  await page.fill('#e-accent', '#ffff66');
  assert.equal(await page.locator('#e-accent-error').isVisible(), true);
  assert.ok(!(await snippet()).includes('accent='));
  await page.fill('#e-accent', '#0b6e4f');
  assert.equal(await page.locator('#e-accent-error').isVisible(), false);
  // The custom element instead.
  await page.check('input[name="e-way"][value="element"]');
  assert.equal(await snippet(), [
    `<script src="${site.origin}/bhxh-calculator.js" async></script>`,
    '<bhxh-calculator type="voluntary" lang="en" accent="0b6e4f" preset="group=poorHousehold"></bhxh-calculator>',
  ].join('\n'));
  assert.equal(await page.locator('#e-preview bhxh-calculator').count(), 1);
  await calculatorFrame(page, 'embed=voluntary&lang=en&accent=0b6e4f&group=poorHousehold');
  // Copy, and paste it into a host page on another site: it works there.
  await page.click('#e-copy');
  await page.waitForFunction(() => document.querySelector('#e-copied').textContent !== '');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet());
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'embed-page-desktop');

  await page.check('input[name="e-way"][value="iframe"]');
  await page.selectOption('#e-calculator', 'compulsory');
  await page.check('input[name="e-lang"][value="vi"]');
  for (const code of [await snippet(), copied.replace('type="voluntary"', 'type="compulsory"').replace(' preset="group=poorHousehold"', '')]) {
    const hostPage = await openHost(`pasted-${code.includes('iframe') ? 'frame' : 'element'}.html`, `<h1>Our union</h1>${code}`);
    const frame = await calculatorFrame(hostPage, 'embed=compulsory');
    const handle = await hostPage.$(code.includes('<iframe') ? 'iframe' : 'bhxh-calculator >> iframe');
    await sizedHeight(hostPage, handle, frame);
    await compulsoryInFrame(frame, code.includes('lang="en"') ? 'en' : 'vi');
    await sizedHeight(hostPage, handle, frame);
  }
});

test('presets: from the fields and a pasted share link, into the snippet, and filled in the frame', async () => {
  const page = await site.open('embed.html', { screen: 'desktop' });
  const snippet = () => page.inputValue('#e-snippet');
  await page.selectOption('#e-calculator', 'voluntary');
  // A share link of the voluntary calculator: its keys become presets; the fields shown here win over it.
  await page.fill('#e-link', `${site.origin}/contributions.html?lang=en&embed=compulsory#income=2000000&mode=m12&start=2026-11&group=other`);
  await page.selectOption('#e-group', 'poorHousehold');
  await typeMoney(page, '#e-income', 1_500_000);
  await page.locator('#e-income').blur();
  assert.equal(await page.inputValue('#e-income'), '1.500.000');
  const src = `${site.origin}/contributions.html?embed=voluntary&income=1500000&mode=m12&start=2026-11&group=poorHousehold`;
  assert.ok((await snippet()).includes(`src="${src.replace(/&/g, '&amp;')}"`), await snippet());
  assert.equal(await page.locator('#e-link-error').isVisible(), false);
  // A link to another calculator is refused, and said so beside the field.
  await page.fill('#e-link', `${site.origin}/pension.html#sex=female`);
  await page.locator('#e-link').blur();
  assert.equal(await page.locator('#e-link-error').isVisible(), true);
  assert.equal(await page.getAttribute('#e-link', 'aria-invalid'), 'true');
  assert.ok(!(await snippet()).includes('sex='));
  await page.fill('#e-link', '');
  await page.locator('#e-link').blur();
  // VOL-02: a poor household on the floor income pays 165.000 đ of 330.000 đ, the State the rest.
  const { input, expect } = engineCase('voluntary/vol-02-poor-household');
  await page.check('input[name="e-way"][value="element"]');
  assert.ok((await snippet()).includes('preset="income=1500000&amp;group=poorHousehold"'), await snippet());
  const hostPage = await openHost('preset.html', (await snippet()).replace('preset="', `preset="start=${input.month}&amp;`));
  const frame = await calculatorFrame(hostPage, 'embed=voluntary');
  // The code that reads presets loads only when the address has some: wait for it to fill the form.
  await frame.waitForFunction(() => document.querySelector('#v-income').value !== '');
  assert.equal(await frame.inputValue('#v-income'), '1.500.000');
  assert.equal(await frame.inputValue('#v-group'), input.group);
  assert.equal(await frame.inputValue('#v-month'), shownMonth(input.month));
  await frame.click('#voluntary button[type=submit]');
  await frame.waitForSelector('#voluntary-result .headline');
  const result = await frame.textContent('#voluntary-result');
  for (const amount of [expect.perMonth.participantPays, expect.perMonth.stateSupport]) assert.ok(result.includes(dong(amount)), `${dong(amount)} in ${result}`);
  assert.equal(dong(expect.perMonth.participantPays), '165.000 đ');
});

test('the embed page in English, on the phone: axe-clean, reachable from every page', async () => {
  const page = await site.open('embed.html?lang=en', { screen: 'phone' });
  assert.equal(await page.textContent('h1'), 'Put a calculator on your website');
  assert.ok((await page.inputValue('#e-snippet')).includes('withdrawal.html?embed"'), 'the calculator is in Vietnamese unless chosen');
  assert.deepEqual(await axeViolations(page), []);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (${width}px)`);
  await screenshot(page, 'embed-page-phone');
  const home = await site.open('index.html?lang=en', { screen: 'phone' });
  assert.equal(await home.$eval('footer.site a[href*="embed.html"]', (a) => a.href), `${site.origin}/embed.html?lang=en`);
});

test('no console error, page error or request to a third site', () => {
  assert.deepEqual(site.problems, []);
});
