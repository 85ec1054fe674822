// What every end-to-end test of the site shares: the built site (target/site) served locally, Debian's
// Chromium on a phone screen (360 × 740, touch) or a desktop screen, a record of every console error, page
// error and request that leaves the origin, axe-core, and screenshots a person can look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { chromiumOptions } from '../js/chromium.mjs';

export const screens = {
  phone: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
  narrow: { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 900 } },
};

// What the OCR engine's wasm (tesseract) prints on its error stream while it works: notes, not errors.
const ocrChatter = /^(Warning: Parameter not found: \w+|Estimating resolution as \d+|Detected \d+ diacritics)$/;

// Evaluated in the page rather than added as a <script>: the site's Content-Security-Policy blocks inline scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = new URL('../../target/screenshots/', import.meta.url);

/**
 * Starts the server and the browser. `open(path, { screen, today, javaScript })` gives a page on that screen
 * with the clock set to `today` ("YYYY-MM", the 15th at noon), JavaScript on unless `javaScript: false`, and
 * its problems recorded in `site.problems`. `host: 'http://localhost:1234'` opens the path on that other
 * origin instead (a page embedding the site), whose own requests are then expected too; `serviceWorker: false`
 * opens it as a browser without service workers, so that no offline copy answers a request before `page.route`
 * sees it. The site served is
 * `folder` (SITE_DIR, else target/site); `server` lets a test stop serving it, to see what works offline.
 */
export async function startSite(folder = process.env.SITE_DIR ?? 'target/site') {
  const server = await serve(0, folder);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(chromiumOptions);
  const problems = [];
  const contexts = [];
  return {
    origin,
    server,
    problems,
    async open(path, { screen = 'phone', today, javaScript = true, host = origin, serviceWorker = true } = {}) {
      const context = await browser.newContext({ ...screens[screen], locale: 'vi-VN', javaScriptEnabled: javaScript });
      // As a browser without service workers: the site then keeps no offline copy.
      if (!serviceWorker) await context.addInitScript(() => delete Navigator.prototype.serviceWorker);
      contexts.push(context);
      if (today) await context.clock.setFixedTime(new Date(`${today}-15T12:00:00`));
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && !ocrChatter.test(m.text()) && problems.push(`${path}: console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
      page.on('request', (r) => ![origin, host, 'data:'].some((o) => r.url().startsWith(o)) && problems.push(`${path}: request: ${r.url()}`));
      await page.goto(`${host}/${path}`);
      return page;
    },
    async close() {
      for (const c of contexts) await c.close();
      await browser.close();
      server.close();
    },
  };
}

/** axe-core's WCAG 2.x A/AA violations on the page as it is now, as short readable lines. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves a full-page screenshot to target/screenshots/<name>.png. */
export async function screenshot(page, name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, shots).pathname, fullPage: true });
}

/** A tap on a phone-sized screen (touch), a click on the desktop. */
export const press = (page, selector) => (page.viewportSize().width < 600 ? page.tap(selector) : page.click(selector));

/** Types into a money input as a worker does, key by key (the input groups the digits as it goes). */
export async function typeMoney(page, selector, amount) {
  await page.fill(selector, '');
  await page.locator(selector).pressSequentially(String(amount));
}
