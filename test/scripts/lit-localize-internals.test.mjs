// @ts-check
// The build stops, with a clear message, if @lit/localize drops an internal we use.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {INTERNALS, missingInternals} from '../../scripts/lit-localize-internals.mjs';

const root = path.resolve(import.meta.dirname, '../..');

describe('@lit/localize internals guard', () => {
  it('finds every internal we use in the installed @lit/localize', async () => {
    for (const file of Object.keys(INTERNALS)) {
      const id = path.join(root, 'node_modules/@lit/localize', file);
      assert.equal(missingInternals(id, await readFile(id, 'utf8')), undefined, file);
    }
  });

  it('names what is missing when a version drops it', () => {
    const id = '/x/node_modules/@lit/localize/init/install.js';
    assert.match(
      String(missingInternals(id, 'export const somethingElse = 1;')),
      /no longer exports _installMsgImplementation/
    );
    assert.equal(missingInternals('/x/node_modules/lit/index.js', ''), undefined);
  });
});
