// @ts-check
// `npm start` as a person uses it: a busy port, a rebuild, and a terminal it
// must not clear.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {utimes} from 'node:fs/promises';
import {createServer} from 'node:net';
import path from 'node:path';
import {after, describe, it} from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm start', () => {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let demo;
  after(() => demo?.kill());

  it(
    'takes the next free port and says so, shows the address after every build, and never clears the terminal',
    {timeout: 300000},
    async () => {
      const busy = createServer();
      await new Promise((resolve) => busy.listen(0, () => resolve(undefined)));
      const taken = /** @type {import('node:net').AddressInfo} */ (busy.address()).port;
      try {
        demo = spawn(process.execPath, ['scripts/start-demo.mjs'], {
          cwd: root,
          env: {...process.env, PORT: String(taken)},
        });
        let output = '';
        demo.stdout?.on('data', (chunk) => (output += chunk));
        demo.stderr?.on('data', (chunk) => (output += chunk));
        const addressLines = () => output.match(/Demo: http:\/\/localhost:(\d+)\/demo\//g) ?? [];
        /** Resolves when the output shows what `done` looks for; the deadline is not a sleep. */
        const until = (/** @type {() => boolean} */ done, /** @type {string} */ what) =>
          new Promise((resolve, reject) => {
            const check = () => {
              if (!done()) return;
              clearTimeout(deadline);
              demo?.stdout?.off('data', check);
              resolve(undefined);
            };
            const deadline = setTimeout(() => reject(new Error(`timed out waiting for ${what}:\n${output}`)), 280000);
            demo?.stdout?.on('data', check);
            check();
          });
        await until(() => addressLines().length >= 1, 'the first build');
        assert.match(output, new RegExp(`Port ${taken} is in use, so the demo uses port \\d+\\.`));
        const port = Number(/localhost:(\d+)\/demo/.exec(String(addressLines()[0]))?.[1]);
        assert.notEqual(port, taken);
        const page = await fetch(`http://localhost:${port}/demo/`);
        assert.equal(page.status, 200);
        // A change in src/ rebuilds, and the address is shown again.
        const now = new Date();
        await utimes(path.join(root, 'src/index.ts'), now, now);
        await until(() => addressLines().length >= 2, 'the rebuild');
        assert.equal(addressLines()[1], String(addressLines()[0]));
        assert.doesNotMatch(output, /\x1b\[2J|\x1b\[3J|\x1bc/, 'the terminal was cleared');
      } finally {
        busy.close();
      }
    }
  );
});
