// @ts-check
// Rollup plugin: compiles content/ into JSON data files under dist/content/
// and gives the entry one pinned reference to them via `virtual:build-info`.
//
// The chain of trust: the entry holds the SHA-384 of the manifest; the
// manifest holds the hash of each locale index; each index holds the hash of
// each topic file. The entry's size therefore stays the same however many
// topics or locales there are.
import {createHash} from 'node:crypto';
import {readdir, rm} from 'node:fs/promises';
import path from 'node:path';
import {compileContent, formatError, SOURCE_LOCALE} from './compile-content.mjs';
import {visibleText} from './readability.mjs';

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
      const {errors, locales, files} = await compileContent({contentDir});
      for (const file of files) this.addWatchFile(file);
      this.addWatchFile(contentDir);
      if (errors.length) {
        for (const e of errors) console.error(formatError(e));
        this.error(`content has ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written`);
      }
      assets = [];
      /** @type {Record<string, {index: string, integrity: string}>} */
      const manifestLocales = {};
      for (const [locale, {topics}] of Object.entries(locales)) {
        // The index lists topics already sorted, so `order` is not needed in the output.
        const topicRefs = topics.map(({order, ...topic}) => ({
          slug: topic.slug,
          title: topic.title,
          summary: topic.summary,
          ...addAsset(`${locale}/${topic.slug}`, topic),
        }));
        // Every topic's questions as plain text, for the checklist.
        const questions = addAsset(`${locale}/questions`, {
          topics: topics.map((topic) => ({slug: topic.slug, title: topic.title, questions: questionsOf(topic.body)})),
        });
        const index = addAsset(`${locale}/index`, {locale, topics: topicRefs, questions});
        manifestLocales[locale] = {index: index.file, integrity: index.integrity};
      }
      manifestRef = addAsset('manifest', {sourceLocale: SOURCE_LOCALE, locales: manifestLocales});
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

  /**
   * @param {string} name path under content/, without extension
   * @param {unknown} data
   */
  function addAsset(name, data) {
    const source = JSON.stringify(data);
    const digest = createHash('sha384').update(source).digest();
    const file = `${name}.${digest.toString('hex').slice(0, 12)}.json`;
    assets.push({fileName: `${DATA_DIR}/${file}`, source});
    return {file, integrity: `sha384-${digest.toString('base64')}`};
  }
}

/** @param {any[]} body @returns {{id: string, text: string}[]} */
function questionsOf(body) {
  return body
    .filter((block) => block.type === 'questions')
    .flatMap((block) => block.items.map((/** @type {any} */ item) => ({id: item.id, text: visibleText(item.children)})));
}
