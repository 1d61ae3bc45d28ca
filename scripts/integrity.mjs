// @ts-check
// Rollup plugin: after a build, writes the entry's Subresource Integrity hash to
// dist/integrity.txt, for a host's deploy script or a CDN page to read, and prints
// the script tag a host page pastes. The entry pins every data file it loads, so
// this one hash pins every byte the widget uses.
import {createHash} from 'node:crypto';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** The integrity value of a file's bytes, as a script tag's `integrity` attribute takes it. */
export const integrityOf = (/** @type {Buffer} */ bytes) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** @returns {import('rollup').Plugin} */
export function publishIntegrity() {
  return {
    name: 'family-rights-guide-integrity',
    async writeBundle(options) {
      if (!options.file) return;
      const integrity = integrityOf(await readFile(options.file));
      await writeFile(path.join(path.dirname(options.file), 'integrity.txt'), `${integrity}\n`);
      console.log(
        `\nPaste this into the host page (change the address to where you serve dist/):\n` +
          `<script type="module" src="https://your-site.example/family-rights-guide/family-rights-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>\n`
      );
    },
  };
}
