// @ts-check
// Rollup plugin: compiles content/ into JSON data files under
// dist/content/<folder>/ (see data-files.mjs), and static pages under dist/pages/ (static-pages.mjs), and gives the entry what it
// needs to find and check them, via `virtual:build-info`: the folder, the
// root of the hash tree that pins them, and the locales.
import {readdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {compileContent, formatError} from './compile-content.mjs';
import {buildDataFiles, buildInfoModule} from './data-files.mjs';
import {buildStaticPages} from './static-pages.mjs';
import {CONFIG_FILE, readLocaleConfig} from '../locales.mjs';
import {compileStrings} from '../strings/compile-strings.mjs';
import {minifyCss} from '../minify-template-literals.mjs';

export const BUILD_INFO_ID = 'virtual:build-info';
const RESOLVED_ID = '\0' + BUILD_INFO_ID;
const DATA_DIR = 'content';
/** The static pages' style sheet (static-pages.mjs). */
export const PAGES_CSS = 'src/styles/pages.css';

/** Each element's styles for its views, which come with its data (src/styles/view-styles.ts). */
export const VIEW_STYLES = {
  shared: 'src/styles/views.css',
  guide: 'src/family-rights-guide/family-rights-guide.css',
  checklist: 'src/rights-checklist/rights-checklist.css',
};

/** @returns {Promise<import('../../src/content/types.js').ViewStyles>} */
export async function readViewStyles() {
  const [shared, guide, checklist] = await Promise.all(
    [VIEW_STYLES.shared, VIEW_STYLES.guide, VIEW_STYLES.checklist].map(async (file) =>
      minifyCss(await readFile(file, 'utf8'))
    )
  );
  return {guide: shared + guide, checklist: shared + checklist};
}

/**
 * @param {{contentDir: string, version: string}} options
 * @returns {import('rollup').Plugin}
 */
export function contentPlugin({contentDir, version}) {
  /** @type {{fileName: string, source: Uint8Array}[]} */
  let assets = [];
  /** @type {import('./data-files.mjs').BuildInfo | undefined} */
  let buildInfo;

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
      const styles = await readViewStyles();
      for (const file of Object.values(VIEW_STYLES)) this.addWatchFile(file);
      const built = buildDataFiles(config, content.locales, strings.locales, strings.english, styles);
      assets = built.assets.map(({fileName, source}) => ({fileName: `${DATA_DIR}/${fileName}`, source}));
      // The same data as static pages, for readers without JavaScript.
      this.addWatchFile(PAGES_CSS);
      const pages = buildStaticPages({
        locales: built.buildInfo.locales,
        views: built.views,
        strings: strings.locales,
        css: minifyCss(await readFile(PAGES_CSS, 'utf8')),
      });
      assets.push(...pages.map(({fileName, source}) => ({fileName, source: Buffer.from(source)})));
      buildInfo = built.buildInfo;
    },

    resolveId(id) {
      return id === BUILD_INFO_ID ? RESOLVED_ID : null;
    },

    load(id) {
      if (id !== RESOLVED_ID || !buildInfo) return null;
      return buildInfoModule(version, buildInfo);
    },

    generateBundle() {
      for (const {fileName, source} of assets) this.emitFile({type: 'asset', fileName, source});
    },

    async writeBundle(options) {
      // The folder's name changes with every edit: remove the data of earlier builds.
      const outDir = options.dir ?? path.dirname(options.file ?? '');
      const dataDir = path.join(outDir, DATA_DIR);
      for (const name of await readdir(dataDir).catch(() => [])) {
        if (name !== buildInfo?.folder) await rm(path.join(dataDir, name), {recursive: true, force: true});
      }
    },
  };
}
