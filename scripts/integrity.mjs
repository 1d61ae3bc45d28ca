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

/**
 * After a build of `file`: its integrity value, written beside it to `valueFile` for a deploy script or a CDN page
 * to read, and the script tag a host pastes, printed.
 * @param {{valueFile: string, intro: string, tag: (integrity: string) => string}} options
 * @returns {import('rollup').Plugin}
 */
function publish({valueFile, intro, tag}) {
  return {
    name: `family-rights-guide-integrity-${valueFile}`,
    async writeBundle(options) {
      if (!options.file) return;
      const integrity = integrityOf(await readFile(options.file));
      await writeFile(path.join(path.dirname(options.file), valueFile), `${integrity}\n`);
      console.log(`\n${intro}\n${tag(integrity)}\n`);
    },
  };
}

/** After the entry's build: dist/integrity.txt, and the module script tag. */
export const publishIntegrity = () =>
  publish({
    valueFile: 'integrity.txt',
    intro: 'Paste this into the host page (change the address to where you serve dist/):',
    tag: (integrity) =>
      `<script type="module" src="https://your-site.example/family-rights-guide/family-rights-guide.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  });

/** After the loader's build: dist/loader-integrity.txt, and its classic script tag. */
export const loaderIntegrity = () =>
  publish({
    valueFile: 'loader-integrity.txt',
    intro: 'Or, where type="module" cannot be written, this classic script loads the same pinned entry:',
    tag: (integrity) =>
      `<script src="https://your-site.example/family-rights-guide/loader.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
  });

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
