// Draws the web app's PNG icons from www/public/icon.svg with Debian's Chromium. Run it once after changing
// the SVG (node scripts/icons.mjs); the PNGs are kept in the repository beside it, so a build needs no browser.
//   icon-192.png, icon-512.png      the icon as drawn, rounded corners transparent ("any" purpose)
//   icon-maskable-512.png           on a full square of the accent colour, for launchers that cut their own shape
//   apple-touch-icon.png (180 px)   the same full square: iOS shows transparency as black and rounds the corners itself
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumOptions } from '../tests/js/chromium.mjs';

const folder = new URL('../www/public/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', folder), 'utf8');
const accent = '#0b5394';
const icons = [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
];

const browser = await chromium.launch(chromiumOptions);
for (const [name, size, fullSquare] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const background = fullSquare ? accent : 'transparent';
  await page.setContent(`<body style="margin:0;background:${background}"><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${size}" height="${size}"></body>`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: new URL(name, folder).pathname, omitBackground: !fullSquare, clip: { x: 0, y: 0, width: size, height: size } });
  await page.close();
  console.log(`www/public/${name}: ${size} × ${size}`);
}
await browser.close();
