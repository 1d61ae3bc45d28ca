// test/ mirrors the code it tests, so a maintainer finds a module's tests by
// its path: test/<folder>/ for src/<folder>/, test/scripts/<folder>/ for
// scripts/<folder>/. Two folders are the exception: host-page/ (whole host
// pages, testing the built entry) and fixtures/ (the pages they load).
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';

const root = path.resolve(import.meta.dirname, '..');
const OWN_FOLDERS = new Set(['host-page', 'fixtures']);

/** @param {string} dir @returns {Promise<string[]>} the folders under dir, relative to it */
async function foldersUnder(dir) {
  const entries = await readdir(path.join(root, dir), {recursive: true, withFileTypes: true});
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.relative(path.join(root, dir), path.join(entry.parentPath, entry.name)));
}

describe('the layout of test/', () => {
  it('has a folder only where src/ or scripts/ has the same folder', async () => {
    const code = new Set([
      ...(await foldersUnder('src')),
      'scripts',
      ...(await foldersUnder('scripts')).map((f) => `scripts/${f}`),
    ]);
    const strays = (await foldersUnder('test')).filter(
      (folder) => !code.has(folder) && !OWN_FOLDERS.has(folder.split(path.sep)[0])
    );
    assert.deepEqual(strays, [], 'folders in test/ with no folder of the same name in src/ or scripts/');
  });

  it('runs every browser test that imports src/ with Lit warnings as failures', async () => {
    const files = (await readdir(path.join(root, 'test'), {recursive: true})).filter((file) =>
      file.endsWith('.test.ts')
    );
    const missing = [];
    for (const file of files) {
      const text = await readFile(path.join(root, 'test', file), 'utf8');
      // A value import from src/ (not `import type`) runs the source in the test page.
      if (!/^import (?!type )[^;]*'(\.\.\/)+src\//m.test(text)) continue;
      const first = /^import [^;]*;/m.exec(text)?.[0];
      if (!first?.includes("lit-dev-mode.js'")) missing.push(file);
    }
    assert.deepEqual(missing, [], "these must import '../lit-dev-mode.js' first");
  });
});
