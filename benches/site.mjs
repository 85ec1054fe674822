// The built site as a phone gets it, each figure against its budget: the bytes of each page's first view, the
// time to the first result on a throttled phone (by the form and by a shared link, beside a blank page as the
// floor), the time to read a worker's record and how many of its rows come out right, and Lighthouse's mobile
// scores. It is a measurement, not a test: a missed budget is reported
// and the exit status stays 0; it is non-zero only when something breaks.
// Usage: node benches/site.mjs [folder] [section…]   (folder: default target/site, served by scripts/serve.mjs;
// sections: bytes, times, record, lighthouse; default all four)
import { readdirSync, readFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { chromiumOptions } from '../tests/js/chromium.mjs';
import { screens } from '../tests/e2e/site.mjs';
import { CASES_TODAY, dong, engineCase } from '../tests/e2e/cases.mjs';
import { readFiles, reviewed, showReader } from '../tests/e2e/record.mjs';
import { makeFixtures } from '../scripts/fixtures.mjs';
import { stateToEmployer, totalDisagrees, TODAY as RECORD_TODAY, vssidList } from '../tests/fixtures/records.mjs';

const [folder = 'target/site', ...chosen] = process.argv.slice(2);
const pages = ['index.html', 'contributions.html', 'pension.html', 'withdrawal.html', 'legal.html'];
const calculatorPages = ['contributions.html', 'pension.html', 'withdrawal.html'];
const budgets = {
  homeKB: 40, // the first view of a page without an engine (the home page, the legal basis), brotli
  engineKB: 128, // a calculator page's, its engine's wasm included, brotli
  coldMs: 1500, // by the form, a first visit
  warmMs: 600, // by the form, a second visit
  linkColdMs: 1500, // by a shared link, a first visit
  lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100 },
  pdfMs: 2000, // a three-page PDF statement read and reviewed
  screenshotMs: 15_000, // one phone screenshot OCR'd and reviewed
  exact: { pdf: 100, xlsx: 100, text: 100, screenshots: 95 }, // rows read exactly right, percent
};
const missed = [];

/** "ok", or "OVER by X" (recorded for the summary) when `value` passes `limit` in the wrong direction. */
function verdict(what, value, limit, { atLeast = false, unit = '' } = {}) {
  const over = atLeast ? limit - value : value - limit;
  if (over <= 0) return 'ok';
  missed.push(what);
  return `OVER by ${Number(over.toFixed(unit === ' s' ? 2 : 1))}${unit}`;
}

/** Rows of cells as columns, the first left-aligned and the others right-aligned. */
function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows) console.log(row.map((cell, i) => (i ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('   ').trimEnd());
}

// The stricter reading of a budget's "KB": 1,000 bytes.
const kb = (bytes) => (bytes / 1000).toFixed(1);
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/**
 * Follows the requests of a browser context, its pages' and its service workers'. `idle()` resolves once none
 * has been in flight for 2 s (from the call on), and throws if one failed.
 */
function network(context) {
  const finished = [];
  const failed = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const settle = () => {
    inFlight--;
    lastChange = Date.now();
  };
  context.on('request', () => inFlight++);
  context.on('requestfinished', (r) => (finished.push(r), settle()));
  context.on('requestfailed', (r) => (failed.push(`${r.url()}: ${r.failure()?.errorText}`), settle()));
  return {
    finished,
    async idle() {
      const start = (lastChange = Date.now());
      while (inFlight > 0 || Date.now() - lastChange < 2000) {
        if (Date.now() - start > 60_000) throw new Error('the network is still busy after a minute');
        await new Promise((wait) => setTimeout(wait, 100));
      }
      if (failed.length) throw new Error(`failed requests: ${failed.join(', ')}`);
    },
  };
}

// 1. Bytes: every request of a page's first view until the network is idle, the engine's wasm included.

async function firstViews() {
  const kinds = { '.html': 'HTML', '.css': 'CSS', '.js': 'JavaScript', '.wasm': 'wasm' };
  const columns = ['HTML', 'CSS', 'JavaScript', 'wasm', 'other'];
  console.log('\nFirst view of each page (phone screen, no throttling): what the page requests until the network has been idle');
  console.log("for 2 s, the engine's wasm included. KB = 1,000 bytes. raw, gzip -9 and brotli 11: the files; sent: the bodies");
  console.log('Chromium received (the server compresses as a CDN does). Budgets, brotli: the home and the legal page (no');
  console.log('engine) ≤ 40 KB, a calculator page ≤ 128 KB. "offline copy": what the service worker downloads besides, after');
  console.log('load (not in the budget).\n');
  const rows = [['page', 'requests', 'size', ...columns, 'total', 'budget']];
  for (const page of pages) {
    const { requests, offline } = await firstView(page);
    const sums = Object.fromEntries(['raw', 'gzip -9', 'brotli 11', 'sent'].map((m) => [m, Object.fromEntries(columns.map((c) => [c, 0]))]));
    for (const { path, sent } of requests) {
      const raw = readFileSync(join(folder, path));
      const kind = kinds[path.slice(path.lastIndexOf('.'))] ?? 'other';
      sums.raw[kind] += raw.length;
      sums['gzip -9'][kind] += gzipSync(raw, { level: 9 }).length;
      sums['brotli 11'][kind] += brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      sums.sent[kind] += sent;
    }
    // The calculators load their engine; the home and the legal page (its catalogue comes with its script) none.
    const calculates = calculatorPages.includes(page);
    if (calculates !== Boolean(sums.raw.wasm)) throw new Error(`${page} ${calculates ? 'did not load' : 'loaded'} an engine's wasm`);
    const limit = calculates ? budgets.engineKB : budgets.homeKB;
    const total = (sum) => Object.values(sum).reduce((a, b) => a + b, 0);
    for (const [measure, sum] of Object.entries(sums)) {
      const first = measure === 'raw';
      const budget = measure === 'brotli 11' ? `≤ ${limit} KB: ${verdict(`${page} ${kb(total(sum))} KB brotli`, total(sum) / 1000, limit, { unit: ' KB' })}` : '';
      rows.push([first ? page : '', first ? requests.length : '', measure, ...columns.map((c) => (sum[c] ? kb(sum[c]) : '-')), kb(total(sum)), budget]);
    }
    rows.push(['', offline.requests, 'offline copy', ...columns.map(() => ''), kb(offline.sent), '']);
  }
  table(rows);
}

/**
 * A page's first view in a fresh browser: the files it requests (paths in the built folder) with the body
 * bytes Chromium received for each; and the requests of the service worker's offline copy (Playwright reports
 * them on the context), with the bytes received for them (none for a file the HTTP cache already holds).
 */
async function firstView(page) {
  const context = await browser.newContext(screens.phone);
  const { finished, idle } = network(context);
  const tab = await context.newPage();
  await tab.goto(`${origin}/${page}`, { waitUntil: 'load' });
  // A calculator starts loading the engine a second after `load`.
  await idle();
  const received = async (r) => Math.max(0, (await r.sizes()).responseBodySize);
  const offline = { requests: 0, sent: 0 };
  for (const r of finished.filter((r) => r.serviceWorker())) {
    offline.requests++;
    offline.sent += await received(r);
  }
  const requests = [];
  for (const r of finished.filter((r) => !r.serviceWorker() && !r.url().startsWith('data:'))) {
    const url = new URL(r.url());
    const status = (await r.response())?.status();
    if (url.origin !== origin || status !== 200) throw new Error(`${page}: unexpected request ${r.url()} (${status})`);
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    requests.push({ path, sent: await received(r) });
  }
  await context.close();
  return { requests, offline };
}

// 2. Time to the first result on a mid-range phone over slow 4G.

/**
 * Each calculator with a real case: the steps a worker takes (a selector and the value typed or chosen, or no
 * value for a tap), the result the clock waits for, and a figure it must show.
 */
const calculators = {
  'contributions.html': {
    form: 'compulsory',
    steps: [['#c-salary', '10000000'], ['#c-region', '1'], ['#c-month', '2026-01'], ['#compulsory button[type=submit]']],
    result: '#compulsory-result .headline',
    shows: dong(1_050_000), // 8 % + 1.5 % + 1 % of 10,000,000
  },
  'pension.html': (({ input, expect }) => ({
    form: 'pension',
    steps: [
      [`input[name="sex"][value="${input.sex}"]`], ['#p-birth', input.birth],
      ['input[name="entry"][value="periods"]'], ...period('p', input.history[0]),
      ['#p-more > summary'], ['#p-decision', input.decisionMonth], ['#pension button[type="submit"]'],
    ],
    result: '[data-testid="monthly-pension"]',
    shows: dong(expect.monthlyPension),
  }))(engineCase('pension/issue-sketch-female-2011')),
  'withdrawal.html': (({ input, expect }) => ({
    form: 'withdrawal',
    steps: [
      [`input[name="sex"][value="${input.sex}"]`], ['#w-birth', input.birth],
      ['input[name="entry"][value="periods"]'], ...period('w', input.history[0]),
      ['#w-more > summary'], ['#w-request', input.requestMonth], ['#withdrawal button[type="submit"]'],
    ],
    result: '#w-result .verdict',
    shows: dong(expect.amount),
  }))(engineCase('one_time/law58-man-17-years-retirement-age')),
};

/** The steps that fill the first row of a period-by-period history. */
function period(prefix, { from, to, kind, salary }) {
  return [[`#${prefix}-0-from`, from], [`#${prefix}-0-to`, to], [`#${prefix}-0-kind`, kind], [`#${prefix}-0-amount`, String(salary)]];
}

/** A new tab on a mid-range phone (CPU 4 × slower) over slow 4G (150 ms, 1.6 Mbit/s down, 0.75 Mbit/s up). */
async function throttledTab(context) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });
  return tab;
}

/** How long a worker reads a page before filling its form, in the third visit of the first results. */
const READING_MS = 2000;

/** An empty page, served by the same server: the floor under every time below (the navigation, the round trips,
 * the throttled browser's own work), measured in the same run so that a noisy machine shows as noise. */
const BLANK = '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Trang trống</title><p>.</p>';

/**
 * Fills `steps` in the page at once and waits for `result` on screen (the frame that paints it); its text, and the
 * milliseconds from the filling to that frame. Inside the page, all at once: Playwright's actions, one round trip
 * each, would be timed too.
 */
async function fillAndWait(tab, { steps = [], result }) {
  return tab.evaluate(async ({ steps, result }) => {
    const start = performance.now();
    for (const [selector, value] of steps) {
      const control = document.querySelector(selector);
      if (!control) throw new Error(`${selector} is not on the page`);
      control.focus();
      if (value === undefined) control.click();
      else {
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }
    await new Promise((shown) => {
      const check = () => document.querySelector(result) && (observer.disconnect(), shown());
      const observer = new MutationObserver(check);
      observer.observe(document.body, { childList: true, subtree: true });
      check();
    });
    // On screen: the frame that paints it.
    await new Promise(requestAnimationFrame);
    return { text: document.querySelector(result).textContent, ms: performance.now() - start };
  }, { steps, result });
}

/**
 * Milliseconds from the navigation to `url` to the result on screen: the form is filled with `steps` as soon as
 * the page's script has run (the engine may still be on its way, and the page waits for it); a shared link
 * calculates by itself, and the blank page's "result" is its body. The figure shown is checked. With `pause`, the
 * worker reads the page that long before filling the form, and the milliseconds are from the filling on.
 */
async function timeToResult(context, { url, steps, result, shows = '' }, { idle, pause } = {}) {
  const tab = await throttledTab(context);
  const start = performance.now();
  await tab.goto(url, { waitUntil: 'domcontentloaded' });
  if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
  const { text, ms } = await fillAndWait(tab, { steps, result });
  const elapsed = pause ? ms : performance.now() - start;
  if (!text.includes(shows)) throw new Error(`${url}: expected ${shows} in "${text}"`);
  // A second visit comes later, when what the first one started (the service worker's offline copy) is done.
  if (idle) await idle();
  await tab.close();
  return elapsed;
}

/** A browser context as a phone in Vietnam, its clock fixed to the cases' month (results depend on the date). */
async function phoneContext() {
  const context = await browser.newContext({ ...screens.phone, locale: 'vi-VN' });
  await context.clock.setFixedTime(new Date(`${CASES_TODAY}-15T12:00:00`));
  return context;
}

/** Each calculator's share link for its case, as the page gives it after the result (unthrottled). */
async function shareLinks() {
  const links = {};
  for (const [page, c] of Object.entries(calculators)) {
    const context = await phoneContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/${page}`);
    await fillAndWait(tab, c);
    const field = tab.locator(`#${c.form}-share-link`);
    await field.waitFor();
    links[page] = await field.inputValue();
    if (!new URL(links[page]).hash.includes('&r=1&')) throw new Error(`${page}: the share link does not calculate on opening: ${links[page]}`);
    await context.close();
  }
  return links;
}

async function firstResults() {
  const runs = 5;
  const links = await shareLinks();
  console.log(`\nTime to the first result: navigate, fill a real case, calculate, until the result's answer is on screen; CPU 4 × slower,`);
  console.log(`slow 4G (150 ms, 1.6 Mbit/s down, 0.75 up); median of ${runs} runs. Cold: a fresh browser context (empty cache);`);
  console.log('warm: a second visit in the same context. By a shared link: the result\'s link (its inputs in the fragment,');
  console.log('calculated on opening) opened cold. First, the floor: a blank page from the same server, on the same run.');
  console.log(`Budgets: by the form, cold ≤ ${budgets.coldMs / 1000} s and warm ≤ ${budgets.warmMs / 1000} s; by a shared link, cold ≤ ${budgets.linkColdMs / 1000} s.\n`);
  const blank = { cold: [], warm: [] };
  const times = Object.fromEntries(Object.keys(calculators).map((page) => [page, { cold: [], warm: [], read: [], link: [] }]));
  // Round by round, the floor first in each, so that a slow spell of the machine falls on every figure alike.
  for (let i = 0; i < runs; i++) {
    let context = await phoneContext();
    blank.cold.push(await timeToResult(context, { url: `${origin}/blank.html`, result: 'body' }));
    blank.warm.push(await timeToResult(context, { url: `${origin}/blank.html`, result: 'body' }));
    await context.close();
    for (const [page, c] of Object.entries(calculators)) {
      context = await phoneContext();
      const requests = network(context);
      times[page].cold.push(await timeToResult(context, { url: `${origin}/${page}`, ...c }, requests));
      times[page].warm.push(await timeToResult(context, { url: `${origin}/${page}`, ...c }, requests));
      times[page].read.push(await timeToResult(context, { url: `${origin}/${page}`, ...c }, { pause: READING_MS }));
      await context.close();
      context = await phoneContext();
      times[page].link.push(await timeToResult(context, { url: links[page], result: c.result, shows: c.shows }));
      await context.close();
    }
  }
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const list = (values) => values.map((ms) => (ms / 1000).toFixed(2)).join(' ');
  const judged = (what, values, limit) => `≤ ${s(limit)}: ${verdict(`${what} ${s(median(values))}`, median(values) / 1000, limit / 1000, { unit: ' s' })}`;
  console.log('By the form:');
  const form = [['page', 'cold (median)', 'runs', 'budget', 'warm (median)', 'runs', 'budget']];
  form.push(['blank page (floor)', s(median(blank.cold)), list(blank.cold), '', s(median(blank.warm)), list(blank.warm), '']);
  for (const [page, { cold, warm }] of Object.entries(times)) {
    form.push([
      page,
      s(median(cold)), list(cold), judged(`${page} cold`, cold, budgets.coldMs),
      s(median(warm)), list(warm), judged(`${page} warm`, warm, budgets.warmMs),
    ]);
  }
  table(form);
  console.log(`\nA worker who reads the page for ${READING_MS / 1000} s before filling the form (a third visit): from the filling to the result on screen`);
  console.log('(the engine is there, and has rehearsed the calculation: www/src/page.ts):');
  table([['page', 'median', 'runs'], ...Object.entries(times).map(([page, { read }]) => [page, s(median(read)), list(read)])]);
  console.log('\nBy a shared link (the same case, its result calculated on opening):');
  const link = [['page', 'cold (median)', 'runs', 'budget']];
  link.push(['blank page (floor)', s(median(blank.cold)), list(blank.cold), '']);
  for (const [page, { link: runs }] of Object.entries(times)) {
    link.push([page, s(median(runs)), list(runs), judged(`${page} by a shared link, cold`, runs, budgets.linkColdMs)]);
  }
  table(link);
}

// 3. Lighthouse, mobile preset (a simulated mid-range phone on slow 4G), Debian's Chromium.

async function lighthouseScores() {
  const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
  const flags = ['--headless=new', ...chromiumOptions.args].join(' ');
  const categories = Object.keys(budgets.lighthouse);
  console.log(`\nLighthouse ${createRequire(import.meta.url)('lighthouse/package.json').version}, mobile preset (simulated throttling). Budgets: ${categories.map((c) => `${c} ≥ ${budgets.lighthouse[c]}`).join(', ')}.\n`);
  const rows = [['page', ...categories]];
  for (const page of pages) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [cli, `${origin}/${page}`, '--quiet', '--output=json', '--output-path=stdout', `--only-categories=${categories.join(',')}`, `--chrome-flags=${flags}`],
      { env: { ...process.env, CHROME_PATH: chromiumOptions.executablePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout);
    if (report.runtimeError) throw new Error(`Lighthouse on ${page}: ${report.runtimeError.message}`);
    rows.push([page, ...categories.map((c) => {
      const score = Math.round(report.categories[c].score * 100);
      return `${score} ${verdict(`${page} ${c} ${score}`, score, budgets.lighthouse[c], { atLeast: true })}`;
    })]);
  }
  table(rows);
}

// 4. Reading a record: each kind of file a worker has, the time to the review, and the rows read right.

/** The test records as files, each with the periods it must give. */
function recordFiles(fixtures) {
  const at = (name) => join(fixtures, name);
  return [
    { kind: 'pdf', what: 'statement, PDF, 3 pages', files: [at(`${stateToEmployer.id}.pdf`)], expected: stateToEmployer.expected.periods },
    { kind: 'xlsx', what: 'statement, Excel', files: [at(`${stateToEmployer.id}.xlsx`)], expected: stateToEmployer.expected.periods },
    { kind: 'text', what: 'statement, pasted text', text: readFileSync(at(`${stateToEmployer.id}.txt`), 'utf8'), expected: stateToEmployer.expected.periods },
    { kind: 'screenshots', what: 'VssID, 1 screenshot', files: [at(`${vssidList.id}.1.png`)], expected: vssidList.expected.periods },
    { kind: 'photo', what: 'statement, photo', files: [at(`${totalDisagrees.id}.photo.png`)], expected: totalDisagrees.expected.periods },
  ];
}

/** Milliseconds from choosing the file (or pressing "Read") to the review on screen, and the review's periods. */
async function readRecord(tab, record) {
  const start = performance.now();
  if (record.text) {
    await tab.fill('[data-testid="record-text"]', record.text);
    await tab.click('.record-import .field button.secondary');
    await tab.waitForSelector('[data-testid="record-accept"]');
  } else {
    await readFiles(tab, ...record.files);
  }
  const elapsed = performance.now() - start;
  return { elapsed, periods: (await reviewed(tab)).map((r) => r.period) };
}

async function recordReading() {
  const fixtures = await makeFixtures('target/fixtures');
  // The server compresses a file the first time it is asked for it (some seconds for the OCR engine): once, here,
  // as a CDN's copies are ready before a phone asks.
  for (const file of readdirSync(join(folder, 'readers'), { recursive: true })) {
    if (file.includes('.')) await fetch(`${origin}/readers/${file}`, { headers: { 'accept-encoding': 'br' } }).then((r) => r.arrayBuffer());
  }
  console.log(`\nReading a record (phone screen, this machine's CPU, no throttling): from the file chosen (or "Read" pressed) to the`);
  console.log('review on screen. First use: a fresh browser, the reader and its engine downloaded from the local server; again: the');
  console.log('same page, a second time. Rows read right: the expected periods the review shows exactly (months, kind, amounts)');
  console.log(`before any correction. Budgets: a 3-page PDF ≤ ${budgets.pdfMs / 1000} s, a screenshot ≤ ${budgets.screenshotMs / 1000} s; rows right: ${Object.entries(budgets.exact).map(([k, v]) => `${k} ${k === 'screenshots' ? '≥' : ''}${v} %`).join(', ')}.\n`);
  const rows = [['record', 'first use', 'again', 'budget', 'rows right', 'goal']];
  for (const record of recordFiles(fixtures)) {
    const context = await browser.newContext({ ...screens.phone, locale: 'vi-VN' });
    await context.clock.setFixedTime(new Date(`${RECORD_TODAY}-15T12:00:00`));
    const tab = await context.newPage();
    await tab.goto(`${origin}/pension.html`);
    await showReader(tab);
    const first = await readRecord(tab, record);
    const again = await readRecord(tab, record);
    await context.close();
    const right = record.expected.filter((p, i) => JSON.stringify(first.periods[i]) === JSON.stringify(p)).length;
    const share = Math.round((1000 * right) / record.expected.length) / 10;
    const limit = record.kind === 'pdf' ? budgets.pdfMs : record.kind === 'screenshots' ? budgets.screenshotMs : null;
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
    const goal = budgets.exact[record.kind];
    rows.push([
      record.what, s(first.elapsed), s(again.elapsed),
      limit ? `≤ ${s(limit)}: ${verdict(`${record.what} ${s(first.elapsed)}`, first.elapsed / 1000, limit / 1000, { unit: ' s' })}` : '',
      `${right}/${record.expected.length} (${share} %)`,
      goal ? `${goal} %: ${verdict(`${record.what} rows ${share} %`, share, goal, { atLeast: true, unit: ' %' })}` : 'none set',
    ]);
  }
  table(rows);
}

// The run: the site served locally, one browser for the first two sections (Lighthouse starts its own).

// Times on a busy machine come out slower than a phone's: say how busy this one is.
console.log(`Site: ${folder}. Machine: ${availableParallelism()} CPUs, load average ${loadavg()[0].toFixed(1)}.`);
const server = await serve(0, folder, { pages: { '/blank.html': BLANK } });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch(chromiumOptions);
try {
  const sections = { bytes: firstViews, times: firstResults, record: recordReading, lighthouse: lighthouseScores };
  const unknown = chosen.filter((name) => !(name in sections));
  if (unknown.length) throw new Error(`No section ${unknown.join(', ')}: choose among ${Object.keys(sections).join(', ')}`);
  for (const [name, run] of Object.entries(sections)) if (!chosen.length || chosen.includes(name)) await run();
} finally {
  await browser.close();
  server.close();
}
console.log(missed.length ? `\n${missed.length} budget(s) missed: ${missed.join('; ')}.` : '\nEvery budget is met.');
