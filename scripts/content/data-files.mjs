// @ts-check
// Turns compiled content and interface strings into the JSON data files the
// widget fetches, each named and pinned by its SHA-384.
//
// The chain of trust: the entry holds the hash of the manifest; the manifest
// holds the hash of each locale index and strings file; each index holds the
// hash of each topic file. The entry's size therefore stays the same however
// many topics or locales there are.
import {createHash} from 'node:crypto';
import {directionOf, nativeName} from '../locales.mjs';
import {STAGES} from './front-matter.mjs';
import {markedText} from './markdown-tree.mjs';

/**
 * @typedef {import('../../src/content/types.js').DataRef} DataRef
 * @typedef {import('../../src/content/types.js').TopicSummary} TopicSummary
 * @typedef {import('../../src/content/types.js').LocaleEntry} LocaleEntry
 * @typedef {import('./compile-content.mjs').LocaleContent} LocaleContent
 * @typedef {{fileName: string, source: string}} Asset  fileName: the path under the data folder
 */

/**
 * @param {{sourceLocale: string, targetLocales: string[]}} config
 * @param {Record<string, LocaleContent>} content
 * @param {Record<string, {messages: Record<string, unknown>, drafts?: number} | undefined>} strings each target
 *   locale's interface strings, keyed by English text, and how many are drafts
 * @param {import('../strings/compile-strings.mjs').EnglishMessages} [englishMessages] every English message, in the order the
 *   bundle numbers them: each locale's strings file is a list in this order (0 where a translation is missing)
 * @returns {{assets: Asset[], manifest: DataRef}}
 */
export function buildDataFiles({sourceLocale, targetLocales}, content, strings, englishMessages) {
  /** @type {Asset[]} */
  const assets = [];
  /** @param {string} name path without extension @param {unknown} data @returns {DataRef} */
  const addAsset = (name, data) => {
    const source = JSON.stringify(data);
    const digest = createHash('sha384').update(source).digest();
    const file = `${name}.${digest.toString('hex').slice(0, 12)}.json`;
    assets.push({fileName: file, source});
    return {file, integrity: `sha384-${digest.toString('base64')}`};
  };

  const english = content[sourceLocale];
  /** @type {Map<string, {file: string, integrity: string, questions: DataRef}>} */
  const englishFiles = new Map();
  /** @type {Record<string, LocaleEntry>} */
  const manifestLocales = {};
  for (const locale of [sourceLocale, ...targetLocales]) {
    const translated = content[locale]?.topics ?? [];
    /** @type {TopicSummary[]} */
    // Grouped by stage, as the list of topics shows them; in order within each.
    const summaries = [...english.topics]
      .sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order)
      .map((source) => {
        // A topic missing or untranslated in a locale is shown in English, marked as such.
        const own = translated.find((t) => t.slug === source.slug && t.translation !== 'untranslated');
        const {order, glossary, stage, ...topic} = own ?? source;
        const shownInEnglish = !own && locale !== sourceLocale;
        // Each topic is three small files: its text, which pins the definitions of the glossary
        // terms it uses, and its questions as plain text for the checklist.
        const refs = (shownInEnglish && englishFiles.get(topic.slug)) || {
          ...addAsset(`${locale}/${topic.slug}`, {
            ...topic,
            ...(Object.keys(glossary).length && {terms: addAsset(`${locale}/${topic.slug}.terms`, glossary)}),
          }),
          questions: addAsset(`${locale}/${topic.slug}.questions`, questionsOf(topic.body)),
        };
        if (locale === sourceLocale) englishFiles.set(topic.slug, refs);
        return {
          slug: topic.slug,
          title: topic.title,
          summary: topic.summary,
          stage: source.stage,
          ...refs,
          ...(shownInEnglish && {lang: sourceLocale}),
          ...(topic.translation && {translation: topic.translation}),
        };
      });
    const localeStrings = strings[locale];
    // Text on every page of the locale, its interface strings and glossary, is a draft.
    const draftShared = Boolean(localeStrings?.drafts) || content[locale]?.glossaryTranslation === 'draft';
    const index = addAsset(`${locale}/index`, {locale, topics: summaries, ...(draftShared && {draftShared})});
    manifestLocales[locale] = {
      name: nativeName(locale),
      dir: directionOf(locale),
      index: index.file,
      integrity: index.integrity,
      ...(englishMessages && {
        strings: addAsset(
          `${locale}/strings`,
          locale === sourceLocale
            ? englishMessages.messages
            : englishMessages.keys.map((key) => localeStrings?.messages[key] ?? 0)
        ),
      }),
    };
  }
  const manifest = addAsset('manifest', {sourceLocale, locales: manifestLocales});
  return {assets, manifest};
}

/** @param {import('../../src/content/types.js').Block[]} body @returns {import('../../src/content/types.js').PlainQuestion[]} */
function questionsOf(body) {
  return body.flatMap((block) =>
    block.type === 'questions'
      ? block.items.map((item) => ({id: item.id, text: markedText(/** @type {any} */ (item.children))}))
      : []
  );
}
