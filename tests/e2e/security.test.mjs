// The Content-Security-Policy that every page carries, kept by the site itself: no inline script or style in
// the built pages, no violation while each calculator is used (a style attribute set from a script would be
// one), and nothing left in the browser: no cookie, no localStorage, no sessionStorage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startSite } from './site.mjs';
import { useContributions, usePension, useWithdrawal } from './calculators.mjs';

const built = resolve(process.env.SITE_DIR ?? 'target/site');
const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "worker-src 'self'; manifest-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

let site;
before(async () => (site = await startSite()));
after(() => site?.close());

test('every built page carries the policy first in its head, and no inline script, style or handler', () => {
  const pages = readdirSync(built).filter((f) => f.endsWith('.html'));
  assert.ok(pages.length >= 5, pages.join());
  for (const name of pages) {
    const html = readFileSync(join(built, name), 'utf8');
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    assert.equal(head.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1], policy, name);
    // Before any script or stylesheet, or those would load under no policy.
    assert.ok(head.indexOf('Content-Security-Policy') < Math.min(...['<script', '<link rel="stylesheet"'].map((t) => head.indexOf(t)).filter((i) => i >= 0)), name);
    assert.deepEqual(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], [], `${name}: inline scripts`);
    assert.deepEqual(html.match(/<style\b|\sstyle=|\son[a-z]+=/g) ?? [], [], `${name}: inline styles or handlers`);
  }
});

/** Records, from before the page's first script, every violation of its policy. */
const recordViolations = () => {
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test('each page and each calculator in use: no policy violation, no cookie, nothing stored', async () => {
  const page = await site.open('index.html');
  const context = page.context();
  await context.addInitScript(recordViolations);
  const visits = [
    ['index.html', null],
    ['contributions.html', useContributions],
    ['pension.html', usePension],
    ['withdrawal.html', useWithdrawal],
    ['legal.html?lang=en', null],
    ['pension.html?embed=1&lang=en', usePension],
  ];
  for (const [path, use] of visits) {
    await page.goto(`${site.origin}/${path}`);
    if (use) {
      const { shown, expected } = await use(page);
      assert.equal(shown, expected, path);
    } else {
      await page.waitForLoadState('load');
    }
    assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), policy, path);
    assert.deepEqual(await page.evaluate(() => window.violations), [], path);
    assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0], path);
  }
  assert.deepEqual(await context.cookies(), []);

  // The record works: a style attribute set from a script is refused, and reported.
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await page.waitForFunction(() => window.violations.length > 0);
  assert.match((await page.evaluate(() => window.violations))[0], /^style-src-attr inline$/);
  assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(255, 0, 0)');
  // Chromium also logs that refusal as a console error; any other error is a fault of the site.
  const refusal = (p) => p.includes('Applying inline style violates');
  assert.equal(site.problems.filter(refusal).length, 1);
  assert.deepEqual(site.problems.filter((p) => !refusal(p)), []);
});
