// @ts-check
// Lit and @lit/localize are bundled into the entry. Their BSD-3-Clause
// licences ask that their notices travel with every copy: this plugin writes
// dist/THIRD-PARTY-LICENSES.txt from the packages the bundle really contains,
// and the entry's first comment points to it.
import {readFile} from 'node:fs/promises';
import path from 'node:path';

/**
 * The package folder a bundled module comes from, such as `/…/node_modules/@lit/localize`.
 * @param {string} id
 */
function packageDirOf(id) {
  const match = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id);
  return match?.[1];
}

/** @returns {import('rollup').Plugin} */
export function thirdPartyLicences() {
  return {
    name: 'third-party-licences',
    async generateBundle() {
      const dirs = new Set([...this.getModuleIds()].map(packageDirOf).filter((dir) => dir !== undefined));
      const notices = [];
      for (const dir of [...dirs].sort()) {
        const {name, version, license} = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
        const text = await readFile(path.join(dir, 'LICENSE'), 'utf8').catch(() => {
          throw new Error(`${name} is bundled but has no LICENSE file to ship with it.`);
        });
        notices.push(`${name} ${version} (${license})\n\n${text.trim()}\n`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `family-rights-guide bundles the following packages.\n\n${notices.join('\n---\n\n')}`,
      });
    },
  };
}
