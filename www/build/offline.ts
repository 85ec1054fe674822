// The build's service worker (sw.js at the site's root): the worker in sw.js beside this file, preceded by
// the list of every file of the build, the list of the record reader's files (readers/, kept once used rather
// than for every visitor), and a version that changes whenever any of them does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

const WORKER = 'sw.js';
/** The folder of the record reader's files (www/vite.config.ts puts them there). */
export const READERS = 'readers/';

/** Every file under `folder`, as paths from it with `/` between folders, in a stable order. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes sw.js once the whole site is in the output folder (the pages, Vite's assets, the wasm and the copied
 * public files), so that its precache list is every file a page may ask for, and its version, a hash of their
 * names and contents and of the worker itself, changes with any of them: a release installs as a whole, in a
 * cache of its own.
 */
export function offline(): Plugin {
  const worker = readFileSync(join(import.meta.dirname, WORKER), 'utf8');
  return {
    name: 'offline',
    apply: 'build',
    writeBundle: {
      order: 'post',
      handler({ dir }) {
        if (!dir) throw new Error('the offline plugin needs an output folder');
        const all = filesUnder(dir).filter((file) => file !== WORKER);
        const files = all.filter((file) => !file.startsWith(READERS));
        const readers = all.filter((file) => file.startsWith(READERS));
        const hash = createHash('sha256').update(worker);
        for (const file of files) {
          const content = readFileSync(join(dir, file));
          hash.update(`${file}\0${content.length}\0`).update(content);
        }
        // A reader file's name carries a hash of its content: its name alone versions it.
        for (const file of readers) hash.update(`${file}\0`);
        const version = hash.digest('hex').slice(0, 16);
        writeFileSync(
          join(dir, WORKER),
          `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files, null, 1)};\nconst READERS = ${JSON.stringify(readers, null, 1)};\n\n${worker}`,
        );
      },
    },
  };
}
