// @ts-check
// The names the minifier may shorten are private members that nothing reaches
// through a string; a name that stops being one would break the bundle.
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {PRIVATE_MEMBERS, privateMembersPattern} from '../../scripts/private-members.mjs';

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

describe('private member names shortened in the bundle', () => {
  it('are each declared private or protected in src/, and never written in quotes there', async () => {
    const sources = await Promise.all((await sourceFiles()).map((file) => readFile(file, 'utf8')));
    const all = sources.join('\n');
    for (const name of PRIVATE_MEMBERS) {
      assert.ok(new RegExp(`\\b(private|protected)\\b[\\w ]*\\b${name}\\b`).test(all), `${name} is declared private`);
      assert.ok(!new RegExp(`['"\`]${name}['"\`]`).test(all), `${name} is written as a string`);
    }
  });

  it('match whole names only', () => {
    assert.ok(privateMembersPattern().test('openTerms'));
    assert.ok(!privateMembersPattern().test('openTermsLater'));
    assert.ok(!privateMembersPattern().test('requestedLang'));
  });
});
