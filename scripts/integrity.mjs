// @ts-check
// Rollup plugins for the integrity values a host pins. After the entry's build, its Subresource Integrity
// hash goes to dist/integrity.txt, for a host's deploy script or a CDN page to read, and the script tag a
// host page pastes is printed. The entry pins every data file it loads, so this one hash pins every byte the
// widget uses. The classic-script loader (src/loader/loader.js) holds the entry's hash, and its own goes to
// dist/loader-integrity.txt.
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

/** Writes the entry's integrity value into the loader, in place of ENTRY_INTEGRITY. */
export function pinEntryInLoader(/** @type {string} */ entryFile) {
  return /** @type {import('rollup').Plugin} */ ({
    name: 'family-rights-guide-loader-pin',
    async renderChunk(code) {
      if (!code.includes("'ENTRY_INTEGRITY'")) throw new Error('the loader has no ENTRY_INTEGRITY to fill in');
      return code.replace("'ENTRY_INTEGRITY'", JSON.stringify(integrityOf(await readFile(entryFile))));
    },
  });
}

/** After the loader's build: its own integrity value, in dist/loader-integrity.txt, and its script tag. */
export function loaderIntegrity() {
  return /** @type {import('rollup').Plugin} */ ({
    name: 'family-rights-guide-loader-integrity',
    async writeBundle(options) {
      if (!options.file) return;
      const integrity = integrityOf(await readFile(options.file));
      await writeFile(path.join(path.dirname(options.file), 'loader-integrity.txt'), `${integrity}\n`);
      console.log(
        `\nOr, where type="module" cannot be written, this classic script loads the same pinned entry:\n` +
          `<script src="https://your-site.example/family-rights-guide/loader.js" integrity="${integrity}" crossorigin="anonymous"></script>\n`
      );
    },
  });
}
