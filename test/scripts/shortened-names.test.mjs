// @ts-check
// The names the minifier may shorten are members that only src/ uses and
// nothing reaches through a string; a name that stops being one would break
// the bundle.
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {SHORTENED_NAMES, shortenedNamesPattern} from '../../scripts/shortened-names.mjs';

async function sourceFiles(dir = 'src') {
  /** @type {string[]} */
  const files = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(file)));
    else if (file.endsWith('.ts')) files.push(file);
  }
  return files;
}

describe('member names shortened in the bundle', () => {
  it('are members declared in src/, never written in quotes there, and no key of the data or the saved list', async () => {
    const sources = await Promise.all((await sourceFiles()).map((file) => readFile(file, 'utf8')));
    const all = sources.join('\n');
    const withoutComments = (/** @type {string} */ code) => code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const dataTypes = withoutComments(await readFile('src/content/types.ts', 'utf8'));
    const store = withoutComments(await readFile('src/my-list/my-list-store.ts', 'utf8'));
    const savedList = store.slice(
      store.indexOf('export interface ChecklistData'),
      store.indexOf('}', store.indexOf('export interface ChecklistData'))
    );
    assert.ok(savedList.includes('meetingWith'), 'the saved list is found');
    for (const name of SHORTENED_NAMES) {
      assert.ok(new RegExp(`(^|[\\s.{,])${name}\\??(\\(|:|\\s*=|<)`, 'm').test(all), `${name} is declared in src/`);
      assert.ok(!new RegExp(`['"\`]${name}['"\`]`).test(all), `${name} is written as a string`);
      const key = new RegExp(`\\b${name}\\??:`);
      assert.ok(!key.test(dataTypes), `${name} is a key of the data files`);
      assert.ok(!key.test(savedList), `${name} is a key of the saved list`);
    }
  });

  it('match whole names only', () => {
    assert.ok(shortenedNamesPattern().test('openTerms'));
    assert.ok(!shortenedNamesPattern().test('openTermsLater'));
    assert.ok(!shortenedNamesPattern().test('requestedLang'));
  });
});
