// Completes the npm package wasm-pack wrote in pkg/: the engine returns notes (ids and figures), so the
// package also carries their wording (pkg/wording/, compiled from www/src/wording/) and an entry point,
// index.js, whose calculators throw errors with `messageVi` and `messageEn` and which exports
// `describe(result, lang)` and `say(note, lang)`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = new URL('../pkg/', import.meta.url);
const tsc = new URL('../node_modules/.bin/tsc', import.meta.url).pathname;
execFileSync(tsc, [
  new URL('../www/src/wording/describe.ts', import.meta.url).pathname,
  // Which parts of a catalogue each calculator speaks with: the site loads only those (its test reads them here).
  new URL('../www/src/wording/parts.ts', import.meta.url).pathname,
  '--outDir', new URL('wording', pkg).pathname,
  '--declaration', '--rewriteRelativeImportExtensions', '--strict', '--skipLibCheck',
  '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler',
], { stdio: 'inherit' });

// The calculators are the functions of bhxh.js but its init functions.
const engine = readFileSync(new URL('bhxh.js', pkg), 'utf8');
const calculators = [...engine.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((name) => name !== 'initSync');

writeFileSync(new URL('index.js', pkg), `// The package's entry point: the engine of bhxh.js, whose errors carry their messages, and the wording.
import * as engine from './bhxh.js';
import { withMessages } from './wording/describe.js';
export * from './bhxh.js';
export { default } from './bhxh.js';
export { describe, say } from './wording/describe.js';
const api = withMessages(engine);
export const { ${calculators.join(', ')} } = api;
`);
writeFileSync(new URL('index.d.ts', pkg), `export * from './bhxh.js';
export { default } from './bhxh.js';
export { describe, say, type Lang, type Said } from './wording/describe.js';
`);

const manifest = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8'));
manifest.files = [...new Set([...manifest.files, 'index.js', 'index.d.ts', 'wording/'])];
manifest.main = 'index.js';
manifest.types = 'index.d.ts';
writeFileSync(new URL('package.json', pkg), `${JSON.stringify(manifest, null, 2)}\n`);
