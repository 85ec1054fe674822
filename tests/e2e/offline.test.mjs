// The site as an installable web app: after one visit every page works with no network at all, the calculators
// included; a new release replaces the cached one whole, once the worker asks for it; the manifest and its
// icons are what a phone needs to install the site.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { axeViolations, press, screenshot, startSite } from './site.mjs';
import { useContributions, usePension, useWithdrawal } from './calculators.mjs';
import { CASES_TODAY } from './cases.mjs';

const built = resolve(process.env.SITE_DIR ?? 'target/site');

/** The precache list, the record readers' list and the version that the build wrote into sw.js. */
function worker(folder) {
  const text = readFileSync(join(folder, 'sw.js'), 'utf8');
  const list = (name) => JSON.parse(text.match(new RegExp(`^const ${name} = (\\[[^\\]]*\\]);$`, 'm'))[1]);
  return { version: text.match(/^const VERSION = "(\w+)";$/m)[1], files: list('FILES'), readers: list('READERS'), text };
}

/** Waits until the page is under the service worker, and returns the caches and the files in them. */
async function offlineReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30_000 });
  return page.evaluate(async () => {
    const found = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      found[name] = (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    }
    return found;
  });
}

let site;
before(async () => (site = await startSite()));
after(() => site?.close());

test('the build precaches every file it made but the record readers, which it lists apart, in a cache named by a hash of them all', () => {
  const { version, files, readers } = worker(built);
  assert.match(version, /^[0-9a-f]{16}$/);
  const everyFile = readdirSync(built, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => relative(built, join(e.parentPath, e.name)).split(sep).join('/'));
  assert.deepEqual(files, everyFile.filter((f) => f !== 'sw.js' && !f.startsWith('readers/')).sort());
  assert.deepEqual(readers, everyFile.filter((f) => f.startsWith('readers/')).sort());
  for (const reader of [/^readers\/pdf\.worker.*\.mjs$/, /^readers\/tesseract-[0-9a-f]+\/worker\.min\.js$/, /^readers\/vie-[0-9a-f]+\/vie\.traineddata\.gz$/, /^readers\/.+\.wasm$/]) {
    assert.ok(readers.some((f) => reader.test(f)), String(reader));
  }
  for (const page of ['index.html', 'contributions.html', 'pension.html', 'withdrawal.html', 'legal.html', 'manifest.webmanifest', 'icon-192.png']) {
    assert.ok(files.includes(page), page);
  }
  assert.ok(files.some((f) => /^assets\/.+\.wasm$/.test(f)), 'the engine');
  assert.ok(files.some((f) => /^assets\/.+\.css$/.test(f)), 'the styles');
  assert.ok(!files.includes('sw.js'), 'the worker is not in its own cache');
});

/** A PNG's width and height, from its header (the IHDR chunk that opens every PNG). */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the manifest is valid, its icons exist at their sizes, and Chromium finds the site installable', async () => {
  const page = await site.open('index.html');
  const base = `${site.origin}/index.html`;
  const get = async (href, type) => {
    const response = await fetch(new URL(href, base));
    assert.equal(response.status, 200, href);
    assert.equal(response.headers.get('content-type'), type, href);
    return Buffer.from(await response.arrayBuffer());
  };
  const manifestUrl = new URL(await page.getAttribute('link[rel=manifest]', 'href'), base);
  const manifest = JSON.parse(await get(manifestUrl, 'application/manifest+json'));
  assert.equal(manifest.short_name, 'Tính BHXH');
  assert.equal(manifest.lang, 'vi');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, manifestUrl).href, `${site.origin}/`);
  assert.equal(new URL(manifest.scope, manifestUrl).href, `${site.origin}/`);
  assert.equal(manifest.theme_color, await page.getAttribute('meta[name=theme-color]', 'content'));
  assert.match(await get(new URL(manifest.start_url, manifestUrl), 'text/html; charset=utf-8').then(String), /<title[^>]*>Tính BHXH/);

  const sizes = {};
  for (const icon of manifest.icons) {
    const bytes = await get(new URL(icon.src, manifestUrl), icon.type);
    if (icon.type === 'image/png') sizes[`${icon.sizes} ${icon.purpose ?? 'any'}`] = pngSize(bytes);
  }
  assert.deepEqual(sizes, { '192x192 any': '192x192', '512x512 any': '512x512', '512x512 maskable': '512x512' });
  assert.equal(pngSize(await get(await page.getAttribute('link[rel=apple-touch-icon]', 'href'), 'image/png')), '180x180');

  // Chromium's own reading: no error in the manifest, and nothing that keeps the site from being installed.
  await offlineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  // A test's browser context is a private one, where Chromium never installs anything: that reason aside.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
});

test('after one visit of the home page, every page works offline, the calculators included', async () => {
  const page = await site.open('index.html', { today: CASES_TODAY });
  const { version, files } = worker(built);
  assert.deepEqual(await offlineReady(page), { [`bhxh-${version}`]: files });

  // No network at all: the browser is offline and the server is gone.
  await page.context().setOffline(true);
  site.server.close();
  site.server.closeAllConnections();

  // Every page of the build opens whole: its main content, its styles applied.
  for (const name of readdirSync(built).filter((f) => f.endsWith('.html'))) {
    await page.goto(`${site.origin}/${name}`);
    await page.locator('main').waitFor();
    assert.equal(await page.locator('body').evaluate((b) => getComputedStyle(b).margin), '0px', name);
  }

  await page.goto(`${site.origin}/contributions.html`);
  const contributions = await useContributions(page);
  assert.equal(contributions.shown, contributions.expected);
  assert.equal(contributions.shown, '2.100.000 đ');

  // The pension page embedded in another site, in English: the query is not part of the cached page's name.
  await page.goto(`${site.origin}/pension.html?embed=1&lang=en`);
  const pension = await usePension(page);
  assert.equal(pension.shown, pension.expected);
  assert.equal(pension.shown, '5,858,160 đ');

  await page.goto(`${site.origin}/withdrawal.html`);
  const withdrawal = await useWithdrawal(page);
  assert.equal(withdrawal.shown, withdrawal.expected);
  assert.equal(withdrawal.shown, '339.989.990 đ');

  // A page with a fragment, and the site's root address, which is its home page.
  await page.goto(`${site.origin}/legal.html#life-table`);
  await page.locator('#life-table').waitFor();
  assert.ok((await page.locator('[data-parameter]').count()) > 10);
  assert.equal(new URL(page.url()).hash, '#life-table');
  await page.goto(`${site.origin}/`);
  assert.equal(await page.locator('.questions a').count(), 3);
  await page.goto(`${site.origin}/index.html?lang=en`);
  assert.equal(await page.textContent('h1'), 'Your social insurance, in three questions');

  // Nothing on the way failed to load, and no address outside the cache was asked for.
  assert.deepEqual(site.problems, []);
});

test('a new release replaces the cached one whole, when the worker presses "Reload"', async (t) => {
  // A copy of the site, served on its own, that the test changes as a release would.
  const folder = mkdtempSync(join(tmpdir(), 'bhxh-release-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  cpSync(built, folder, { recursive: true });
  const release = await startSite(folder);
  t.after(() => release.close());

  const page = await release.open('index.html');
  const old = worker(folder);
  assert.deepEqual(Object.keys(await offlineReady(page)), [`bhxh-${old.version}`]);
  const embedded = await page.context().newPage();
  await embedded.goto(`${release.origin}/pension.html?embed=1&lang=en`);

  // The release: a new home page, and the worker of its new version.
  const oldTitle = 'Bảo hiểm xã hội của bạn, qua ba câu hỏi';
  const newTitle = 'Bảo hiểm xã hội của bạn, bản mới';
  const next = 'feedfacefeedface';
  writeFileSync(join(folder, 'index.html'), readFileSync(join(folder, 'index.html'), 'utf8').replace(`>${oldTitle}<`, `>${newTitle}<`));
  writeFileSync(join(folder, 'sw.js'), old.text.replace(`const VERSION = "${old.version}";`, `const VERSION = "${next}";`));

  // A visit finds the new worker, which installs and waits: the old release still serves every file.
  await page.reload();
  assert.equal(await page.textContent('h1'), oldTitle);
  const notice = page.locator('.update');
  await notice.locator('button').waitFor({ timeout: 30_000 });
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.equal(await notice.locator('p').textContent(), 'Có phiên bản mới.');
  assert.equal(await notice.locator('button').textContent(), 'Tải lại');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'update-notice-phone');
  assert.equal(await page.evaluate(() => fetch('index.html').then((r) => r.text()).then((t) => t.includes('bản mới'))), false, 'the old page, from the old cache');
  assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`bhxh-${next}`, `bhxh-${old.version}`].sort());
  // Every open page offers it, an embedded one too, in its language.
  await embedded.reload();
  await embedded.locator('.update button').waitFor();
  assert.equal(await embedded.textContent('.update'), 'A new version is ready.Reload');

  // "Reload": the new worker takes over and the page comes back in the new release, from the new cache alone.
  await Promise.all([page.waitForEvent('load'), press(page, '.update button')]);
  assert.equal(await page.textContent('h1'), newTitle);
  assert.deepEqual(Object.keys(await offlineReady(page)), [`bhxh-${next}`]);
  assert.equal(await page.locator('.update').count(), 0);
  assert.deepEqual(release.problems, []);
});
