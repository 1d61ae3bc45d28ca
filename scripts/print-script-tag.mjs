// @ts-check
// Rollup plugin: after a build, prints the script tag a host page pastes,
// with the entry's Subresource Integrity hash. The entry pins every data file
// it loads, so this one hash pins every byte the widget uses.
import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';

/** @returns {import('rollup').Plugin} */
export function printScriptTag() {
  return {
    name: 'family-rights-guide-script-tag',
    async writeBundle(options) {
      if (!options.file) return;
      const integrity = `sha384-${createHash('sha384')
        .update(await readFile(options.file))
        .digest('base64')}`;
      console.log(
        `\nPaste this into the host page (change the address to where you serve dist/):\n` +
          `<script type="module" src="https://your-site.example/family-rights-guide/family-rights-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>\n`
      );
    },
  };
}
