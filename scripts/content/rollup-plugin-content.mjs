// @ts-check
// Rollup plugin: compiles content/ into JSON data files under dist/content/
// (see data-files.mjs) and gives the entry one pinned reference to them, the
// manifest's, via `virtual:build-info`.
import {readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {compileContent, formatError} from './compile-content.mjs';
import {buildDataFiles} from './data-files.mjs';
import {CONFIG_FILE, readLocaleConfig} from '../locales.mjs';
import {compileStrings} from '../strings/compile-strings.mjs';

export const BUILD_INFO_ID = 'virtual:build-info';
const RESOLVED_ID = '\0' + BUILD_INFO_ID;
const DATA_DIR = 'content';

/**
 * @param {{contentDir: string, version: string}} options
 * @returns {import('rollup').Plugin}
 */
export function contentPlugin({contentDir, version}) {
  /** @type {{fileName: string, source: string}[]} */
  let assets = [];
  let manifestRef = {file: '', integrity: ''};

  return {
    name: 'family-rights-guide-content',

    async buildStart() {
      const config = await readLocaleConfig();
      const content = await compileContent({
        contentDir,
        sourceLocale: config.sourceLocale,
        knownLocales: [config.sourceLocale, ...config.targetLocales],
      });
      const strings = await compileStrings(config);
      for (const file of [...content.files, ...strings.files, CONFIG_FILE]) this.addWatchFile(file);
      this.addWatchFile(contentDir);
      const errors = [...content.errors, ...strings.errors];
      if (errors.length) {
        for (const e of errors) console.error(formatError(e));
        this.error(
          `content or strings have ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written`
        );
      }
      const built = buildDataFiles(config, content.locales, strings.locales, strings.english);
      assets = built.assets.map(({fileName, source}) => ({fileName: `${DATA_DIR}/${fileName}`, source}));
      manifestRef = built.manifest;
    },

    resolveId(id) {
      return id === BUILD_INFO_ID ? RESOLVED_ID : null;
    },

    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export const version = ${JSON.stringify(version)};\nexport const contentManifest = ${JSON.stringify(manifestRef)};\n`;
    },

    generateBundle() {
      for (const {fileName, source} of assets) this.emitFile({type: 'asset', fileName, source});
    },

    async writeBundle(options, bundle) {
      // Hashed names change with every edit: remove data files this build did not write.
      const outDir = options.dir ?? path.dirname(options.file ?? '');
      const dataDir = path.join(outDir, DATA_DIR);
      const entries = await readdir(dataDir, {recursive: true, withFileTypes: true}).catch(() => []);
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const full = path.join(entry.parentPath ?? entry.path, entry.name);
        const fileName = path.relative(outDir, full).split(path.sep).join('/');
        if (!(fileName in bundle)) await rm(full);
      }
    },
  };
}
