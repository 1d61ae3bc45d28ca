// The size budgets hold for `npm run build` as well as `npm test`.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

describe('size budgets', () => {
  it('npm run build ends with the size check', async () => {
    const {scripts} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    assert.match(scripts.build, /&& node scripts\/size\.mjs$/);
  });

  it('fails, naming the file and its budget, when a file is over budget', async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'frg-size-'));
    try {
      await mkdir(path.join(scratch, 'dist', 'content'), {recursive: true});
      await writeFile(path.join(scratch, 'package.json'), JSON.stringify({sizeBudgets: {entry: 100, contentFile: 50}}));
      await writeFile(path.join(scratch, 'dist', 'family-rights-guide.js'), 'export {};\n');
      // Random text compresses badly: well over 50 bytes gzip.
      const noise = Array.from({length: 400}, (_, i) => ((i * 7919) % 997).toString(36)).join('');
      await writeFile(path.join(scratch, 'dist', 'content', 'topic.0123456789ab.json'), JSON.stringify({noise}));
      const failed = await run(process.execPath, [path.join(root, 'scripts', 'size.mjs')], {cwd: scratch}).then(
        () => undefined,
        (error) => error
      );
      assert.ok(failed, 'the size check passed');
      assert.match(
        failed.stderr,
        /over budget: content\/topic\.0123456789ab\.json: \d+ bytes gzip is over the content file budget of 50/
      );
    } finally {
      await rm(scratch, {recursive: true, force: true});
    }
  });
});
