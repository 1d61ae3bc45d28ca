// @ts-check
// Turns compiled content and interface strings into the JSON data files the
// widget fetches, all in one folder named for this build, and pins them with
// a hash tree (hash-tree.mjs) whose root the entry holds.
//
// Every path is one the widget can work out by itself, so it asks for what a
// view needs at once, in parallel. For each locale:
// - strings.json: the interface strings, each language's own name, and the
//   elements' styles for their views (src/styles/view-styles.ts);
// - index.json: the list of topics, with the strings, for the list view;
// - <slug>.json: a topic, with the definitions of the terms it uses, its date
//   written out, and the titles of the topics before and after it;
// - <slug>.questions.json: its questions as plain text, for the checklist.
// A topic a locale has no translation of is written there in English, marked as such.
import {directionOf, nativeName} from '../locales.mjs';
import {STAGES} from './front-matter.mjs';
import {hashTree, withProof} from './hash-tree.mjs';
import {markedText} from './markdown-tree.mjs';

/**
 * @typedef {import('../../src/content/types.js').TopicSummary} TopicSummary
 * @typedef {import('../../src/content/types.js').LocaleStrings} LocaleStrings
 * @typedef {import('./compile-content.mjs').LocaleContent} LocaleContent
 * @typedef {{summaries: TopicSummary[], topics: import('../../src/content/types.js').Topic[], draftShared: boolean}} LocaleView the list of topics and each
 *   topic's data as a locale's files hold them; draftShared: its interface strings or glossary are a draft
 * @typedef {{fileName: string, source: Buffer}} Asset  fileName: the path under the data folder
 * @typedef {{folder: string, root: string, locales: string[], rtl: string[]}} BuildInfo what the entry needs to
 *   find and check the data: the folder's name, the tree's root (base64), and the locales, right-to-left ones apart
 */

/**
 * @param {{sourceLocale: string, targetLocales: string[]}} config
 * @param {Record<string, LocaleContent>} content
 * @param {Record<string, {messages: Record<string, unknown>, drafts?: number} | undefined>} strings each target
 *   locale's interface strings, keyed by English text, and how many are drafts
 * @param {import('../strings/compile-strings.mjs').EnglishMessages} [englishMessages] every English message, in the order the
 *   bundle numbers them: each locale's strings are a list in this order (0 where a translation is missing)
 * @param {import('../../src/content/types.js').ViewStyles} [styles] each element's styles for its views, minified:
 *   every strings file carries them
 * @returns {{assets: Asset[], buildInfo: BuildInfo, views: Record<string, LocaleView>}}
 */
export function buildDataFiles({sourceLocale, targetLocales}, content, strings, englishMessages, styles) {
  /** @type {Map<string, Uint8Array>} */
  const files = new Map();
  const add = (/** @type {string} */ path, /** @type {unknown} */ data) =>
    files.set(path, Buffer.from(JSON.stringify(data)));

  const locales = [sourceLocale, ...targetLocales];
  /** @type {Record<string, LocaleView>} what each locale's files hold, for the static pages (static-pages.mjs) */
  const views = {};
  // In the order of the entry's locales, which give their codes.
  const languages = locales.map(nativeName);
  // Grouped by stage, as the list of topics shows them; in order within each.
  const english = [...content[sourceLocale].topics].sort(
    (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order
  );
  for (const locale of locales) {
    const translated = content[locale]?.topics ?? [];
    const localeStrings = strings[locale];
    // Text on every page of the locale, its interface strings and glossary, is a draft.
    const draftShared = Boolean(localeStrings?.drafts) || content[locale]?.glossaryTranslation === 'draft';
    /** @type {LocaleStrings} */
    const stringsData = {
      languages,
      ...(englishMessages && {en: englishMessages.messages}),
      ...(englishMessages &&
        locale !== sourceLocale && {
          own: englishMessages.keys.map(
            (key) =>
              /** @type {import('../../src/content/types.js').Message | undefined} */ (localeStrings?.messages[key]) ??
              0
          ),
        }),
      ...(draftShared && {draftShared}),
      ...(styles && {styles}),
    };
    add(`${locale}/strings.json`, stringsData);

    const shown = english.map((source) => {
      // A topic missing or untranslated in a locale is shown in English, marked as such.
      const own = translated.find((t) => t.slug === source.slug && t.translation !== 'untranslated');
      return {topic: own ?? source, lang: !own && locale !== sourceLocale ? sourceLocale : undefined};
    });
    /** @type {TopicSummary[]} */
    const summaries = shown.map(({topic, lang}, i) => ({
      slug: topic.slug,
      title: topic.title,
      summary: topic.summary,
      stage: english[i].stage,
      ...(lang && {lang}),
      ...(topic.translation && {translation: topic.translation}),
    }));
    const date = longDate(locale);
    views[locale] = {summaries, topics: [], draftShared};
    shown.forEach(({topic: {order, stage, ...topic}, lang}, i) => {
      const neighbour = (/** @type {TopicSummary | undefined} */ summary) =>
        summary && {slug: summary.slug, title: summary.title, ...(summary.lang && {lang: summary.lang})};
      const shownDate = topic.reviewed?.date ?? topic.englishLastUpdated ?? topic.lastUpdated;
      const data = {
        ...topic,
        dateText: date.format(new Date(shownDate)),
        ...(lang && {lang}),
        ...(i > 0 && {previous: neighbour(summaries[i - 1])}),
        ...(i < summaries.length - 1 && {next: neighbour(summaries[i + 1])}),
      };
      add(`${locale}/${topic.slug}.json`, data);
      views[locale].topics.push(data);
      add(`${locale}/${topic.slug}.questions.json`, questionsOf(topic.body));
    });
    add(`${locale}/index.json`, {locale, topics: summaries, strings: stringsData});
  }

  const {root, proofs} = hashTree(files);
  const folder = root.toString('hex').slice(0, 12);
  return {
    assets: [...files].map(([path, body]) => ({
      fileName: `${folder}/${path}`,
      source: withProof(/** @type {Buffer[]} */ (proofs.get(path)), body),
    })),
    views,
    buildInfo: {
      folder,
      root: root.toString('base64'),
      locales,
      rtl: locales.filter((code) => directionOf(code) === 'rtl'),
    },
  };
}

/**
 * Long dates, written out at build time. The guide is about England, so
 * English dates are written the British way; digits are Western in every
 * language, as in the content.
 * @param {string} locale
 */
const longDate = (locale) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  });

/** @param {import('../../src/content/types.js').Block[]} body @returns {import('../../src/content/types.js').PlainQuestion[]} */
function questionsOf(body) {
  return body.flatMap((block) =>
    block.type === 'questions'
      ? block.items.map((item) => ({id: item.id, text: markedText(/** @type {any} */ (item.children))}))
      : []
  );
}

/**
 * The module `virtual:build-info` that the entry imports.
 * @param {string} version @param {BuildInfo} info
 */
export const buildInfoModule = (version, {folder, root, locales, rtl}) =>
  [
    `export const version = ${JSON.stringify(version)};`,
    `export const dataFolder = ${JSON.stringify(folder)};`,
    `export const dataRoot = ${JSON.stringify(root)};`,
    `export const locales = ${JSON.stringify(locales)};`,
    `export const rtlLocales = ${JSON.stringify(rtl)};`,
    '',
  ].join('\n');
