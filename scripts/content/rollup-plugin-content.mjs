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
import {CONFIG_FILE, directionOf, nativeName, readLocaleConfig} from '../locales.mjs';
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
      const content = await compileContent({contentDir, knownLocales: [config.sourceLocale, ...config.targetLocales]});
      const strings = await compileStrings(config);
      for (const file of [...content.files, ...strings.files, CONFIG_FILE]) this.addWatchFile(file);
      this.addWatchFile(contentDir);
      const errors = [...content.errors, ...strings.errors];
      if (errors.length) {
        for (const e of errors) console.error(formatError(e));
        this.error(`content or strings have ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written`);
      }
      assets = [];
      const english = content.locales[SOURCE_LOCALE];
      /** @type {Map<string, object>} */
      const englishFiles = new Map();
      /** @type {Record<string, object>} */
      const manifestLocales = {};
      for (const locale of [SOURCE_LOCALE, ...config.targetLocales]) {
        const translated = content.locales[locale]?.topics ?? [];
        // A topic missing or untranslated in a locale is shown in English, marked as such.
        const topics = english.topics.map((source) => {
          const topic = translated.find((t) => t.slug === source.slug && t.translation !== 'untranslated');
          return topic ? {topic, lang: undefined} : {topic: source, lang: locale === SOURCE_LOCALE ? undefined : SOURCE_LOCALE};
        });
        const topicRefs = topics.map(({topic: {order, glossary, ...topic}, lang}) => {
          // Each topic is three small files: its text, which pins the definitions of the
          // glossary terms it uses, and its questions as plain text for the checklist.
          const refs = lang
            ? englishFiles.get(topic.slug)
            : {
                ...addAsset(`${locale}/${topic.slug}`, {
                  ...topic,
                  ...(Object.keys(glossary).length && {terms: addAsset(`${locale}/${topic.slug}.terms`, glossary)}),
                }),
                questions: addAsset(`${locale}/${topic.slug}.questions`, questionsOf(topic.body)),
              };
          if (locale === SOURCE_LOCALE && refs) englishFiles.set(topic.slug, refs);
          return {
            slug: topic.slug,
            title: topic.title,
            summary: topic.summary,
            ...refs,
            ...(lang && {lang}),
            ...(topic.translation && {translation: topic.translation}),
          };
        });
        const index = addAsset(`${locale}/index`, {locale, topics: topicRefs});
        const localeStrings = strings.locales[locale];
        manifestLocales[locale] = {
          name: nativeName(locale),
          dir: directionOf(locale),
          index: index.file,
          integrity: index.integrity,
          ...(localeStrings && {strings: addAsset(`${locale}/strings`, localeStrings.messages)}),
        };
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
