// The licences of what the entry bundles travel with it (npm test builds dist/ first).
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';

const dist = path.resolve(import.meta.dirname, '../../dist');

describe('third-party licences', () => {
  it('the entry names what it bundles, and THIRD-PARTY-LICENSES.txt holds each licence in full', async () => {
    const entry = await readFile(path.join(dist, 'family-rights-guide.js'), 'utf8');
    assert.match(
      entry,
      /^\/\*! family-rights-guide \S+ \(MIT\)\. Bundles Lit and @lit\/localize.*THIRD-PARTY-LICENSES\.txt \*\//
    );
    const notices = await readFile(path.join(dist, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['@lit/localize', '@lit/reactive-element', 'lit', 'lit-element', 'lit-html']) {
      assert.match(
        notices,
        new RegExp(
          `^${name} \\S+ \\(BSD-3-Clause\\)\\n\\nBSD 3-Clause License\\n\\nCopyright \\(c\\) \\d{4} Google LLC`,
          'm'
        )
      );
    }
    assert.match(notices, /Redistributions in binary form must reproduce the above copyright notice/);
  });
});
