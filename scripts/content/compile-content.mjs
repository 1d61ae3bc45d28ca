// @ts-check
// Reads content/<locale>/{glossary.md,topics/*.md}, checks every rule, and
// returns plain data for the widget plus a list of `file:line: message` errors.
// Each file kind has its own module: topic.mjs, glossary.mjs, and
// translation-parity.mjs for what a translation must keep.
import {readdir, readFile, stat} from 'node:fs/promises';
import path from 'node:path';
import {directionOf, readLocaleConfig, writtenInLatin} from '../locales.mjs';
import {compileGlossary, withEnglishFallback} from './glossary.mjs';
import {hiddenCharacterErrors} from './hidden-characters.mjs';
import {fileSizeProblem} from './limits.mjs';
import {englishNamesOf, englishWordsOf, markEnglish, markText} from './mark-english.mjs';
import {POLICY_FILE, readSourcePolicy} from './source-policy.mjs';
import {readTermBase, visibleTexts} from './term-base.mjs';
import {textHash} from './text-hash.mjs';
import {addAll, inlineText} from './markdown-tree.mjs';
import {compileTopic} from './topic.mjs';

/**
 * @typedef {{file: string, line: number, message: string}} ContentError
 * @typedef {import('../../src/content/types.js').GlossaryEntry} GlossaryEntry
 * @typedef {Omit<import('../../src/content/types.js').Topic, 'dateText'> & {order: number, stage: string}} CompiledTopic
 *   a topic as the widget reads it, plus its place in the list
 * @typedef {{topics: CompiledTopic[], glossary: Record<string, GlossaryEntry>, hashes: Map<string, string>,
 *   glossaryTranslation?: string, termBase?: import('./term-base.mjs').TermBase}} LocaleContent
 *   hashes: each file's text hash, by "glossary" or topic slug; glossaryTranslation: a translated glossary's state;
 *   termBase: a translation's term base
 */

/** More problems than this in one file are counted, not listed. */
const MAX_ERRORS_PER_FILE = 200;

/**
 * @param {{contentDir: string, termsDir?: string, today?: string, knownLocales?: string[], sourceLocale?: string}} options
 *   termsDir: where each translated language's term base is, as <locale>.yaml; locales/terms beside the content folder by default.
 *   knownLocales: the locales in lit-localize.json; a content folder for any other is an error.
 *   sourceLocale: the language translations are made from; lit-localize.json's by default
 * @returns {Promise<{errors: ContentError[], locales: Record<string, LocaleContent>, files: string[]}>}
 */
export async function compileContent({
  contentDir,
  termsDir = path.join(contentDir, '..', 'locales', 'terms'),
  today = new Date().toISOString().slice(0, 10),
  knownLocales,
  sourceLocale,
}) {
  sourceLocale ??= (await readLocaleConfig()).sourceLocale;
  /** @type {ContentError[]} */
  const errors = [];
  /** @type {string[]} */
  const files = [];
  /** @type {Record<string, LocaleContent>} */
  const locales = {};
  /** @type {Set<string> | undefined} every word of the English guide */
  let englishWords;
  /** @type {Set<string> | undefined} */
  let englishNames;
  const relative = (/** @type {string} */ file) => path.relative(process.cwd(), file) || file;
  const policyFile = path.join(contentDir, POLICY_FILE);
  const policy = await readSourcePolicy(policyFile).catch((/** @type {Error} */ e) => {
    errors.push({file: relative(policyFile), line: lineOf(e), message: e.message});
    return undefined;
  });

  const localeDirs = (await readdir(contentDir, {withFileTypes: true}))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    // The source locale first: translations are checked against it.
    .sort((a, b) => Number(b === sourceLocale) - Number(a === sourceLocale) || a.localeCompare(b));
  if (!localeDirs.includes(sourceLocale)) {
    errors.push({
      file: relative(contentDir),
      line: 1,
      message: `the source locale folder "${sourceLocale}" is missing`,
    });
  }
  for (const locale of localeDirs) {
    if (!isWellFormedLocale(locale)) {
      errors.push({
        file: relative(path.join(contentDir, locale)),
        line: 1,
        message: `"${locale}" is not a BCP 47 language code`,
      });
      continue;
    }
    if (knownLocales && !knownLocales.includes(locale)) {
      errors.push({
        file: relative(path.join(contentDir, locale)),
        line: 1,
        message: `"${locale}" is not a locale in lit-localize.json; add it with npm run locale:add -- ${locale}`,
      });
      continue;
    }
    const dir = path.join(contentDir, locale);
    const source = locale === sourceLocale ? undefined : locales[sourceLocale];
    /** @param {string} file @param {{line: number, message: string}[]} list */
    const report = (file, list) => {
      for (const e of list.slice(0, MAX_ERRORS_PER_FILE)) errors.push({file: relative(file), ...e});
      const more = list.length - MAX_ERRORS_PER_FILE;
      if (more > 0) errors.push({file: relative(file), line: 1, message: `and ${more} more problems in this file`});
    };

    const termBaseFile = path.join(termsDir, `${locale}.yaml`);
    const {termBase, errors: termBaseErrors} = source
      ? await readTermBase(termBaseFile, new Set(Object.keys(source.glossary)))
      : {termBase: undefined, errors: []};
    report(termBaseFile, termBaseErrors);
    /** Whether any file of this locale is translated, so needs the term base. */
    let translates = false;

    /** @type {Map<string, string>} */
    const hashes = new Map();
    const glossaryFile = path.join(dir, 'glossary.md');
    files.push(glossaryFile);
    const glossaryText = await readText(glossaryFile).catch((/** @type {Error} */ e) => {
      const missing = /** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT';
      report(glossaryFile, [{line: lineOf(e), message: missing ? 'glossary.md is missing' : e.message}]);
      return undefined;
    });
    /** @type {Record<string, GlossaryEntry>} */
    let ownGlossary = {};
    /** @type {string | undefined} */
    let glossaryTranslation;
    if (glossaryText !== undefined) {
      report(glossaryFile, hiddenCharacterErrors(glossaryText));
      hashes.set('glossary', textHash(glossaryText));
      const context = {
        today,
        policy,
        termBase,
        english: source && {glossary: source.glossary, hash: source.hashes.get('glossary')},
      };
      const reportGlossary = (/** @type {{line: number, message: string}[]} */ list) => report(glossaryFile, list);
      const compiled = guarded(() => compileGlossary(glossaryText, context, reportGlossary), reportGlossary);
      ownGlossary = compiled?.glossary ?? {};
      glossaryTranslation = compiled?.translation;
    }
    // A translation's English runs are marked as English, once every check has read the text.
    const marking = source && {
      rtl: directionOf(locale) === 'rtl',
      latin: writtenInLatin(locale),
      englishWords: (englishWords ??= englishWordsOf([source.topics, source.glossary])),
      englishNames: (englishNames ??= englishNamesOf(everyText(source))),
    };
    if (marking) {
      for (const entry of Object.values(ownGlossary)) {
        entry.definition = markEnglish(entry.definition, marking);
        entry.term = markText(/** @type {string} */ (entry.term), marking);
      }
    }
    const glossary = withEnglishFallback(ownGlossary, source?.glossary, sourceLocale);
    const glossaryIds = new Set(Object.keys(glossary));

    const topicsDir = path.join(dir, 'topics');
    const topicFiles = (await readdir(topicsDir).catch(() => []))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => path.join(topicsDir, name));
    for (const item of topicFiles) files.push(item);

    /** @type {CompiledTopic[]} */
    const topics = [];
    /** @type {Map<number, string>} */
    const orders = new Map();
    /** @type {Map<string, string>} */
    const questionIds = new Map();
    for (const file of topicFiles) {
      const slug = path.basename(file, '.md');
      const fileErrors = /** @type {{line: number, message: string}[]} */ ([]);
      const english = source?.topics.find((t) => t.slug === slug);
      if (source && !english) fileErrors.push({line: 1, message: `there is no English topic "${slug}" to translate`});
      const text = await readText(file).catch((/** @type {Error} */ e) => {
        fileErrors.push({line: lineOf(e), message: e.message});
        return undefined;
      });
      if (text === undefined) {
        report(file, fileErrors);
        continue;
      }
      addAll(fileErrors, hiddenCharacterErrors(text));
      const hash = textHash(text);
      hashes.set(slug, hash);
      const context = {
        today,
        policy,
        glossary,
        glossaryIds,
        hash,
        english,
        englishHash: source?.hashes.get(slug),
        translated: Boolean(source),
        termBase,
      };
      const topic = guarded(
        () => compileTopic(slug, text, context, fileErrors),
        (list) => fileErrors.push(...list)
      );
      if (topic) {
        const {order} = topic.data;
        const other = orders.get(order);
        if (other)
          fileErrors.push({line: topic.orderLine, message: `order ${order} is already used by ${relative(other)}`});
        else orders.set(order, file);
        for (const {id, line} of topic.questionIds) {
          const owner = questionIds.get(id);
          if (owner) fileErrors.push({line, message: `question id "${id}" is already used in ${relative(owner)}`});
          else questionIds.set(id, file);
        }
        topics.push(
          marking
            ? {
                ...topic.data,
                title: markText(topic.data.title, marking),
                summary: markText(topic.data.summary, marking),
                body: markEnglish(topic.data.body, marking),
              }
            : topic.data
        );
        if (topic.data.translation && topic.data.translation !== 'untranslated') translates = true;
      }
      report(file, fileErrors);
    }
    if (topicFiles.length === 0) report(topicsDir, [{line: 1, message: 'there are no topics'}]);
    if (translates && !termBase && !termBaseErrors.length) {
      report(termBaseFile, [
        {line: 1, message: `${locale} has translated topics, so it needs a term base here; TRANSLATING.md explains it`},
      ]);
    }
    topics.sort((a, b) => a.order - b.order);
    locales[locale] = {
      topics,
      glossary,
      hashes,
      ...(glossaryTranslation && {glossaryTranslation}),
      ...(termBase && {termBase}),
    };
  }
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {errors, locales, files};
}

/**
 * A content file's text, refused before it is read if it is too big.
 * Throws an error with a `line` and a message fit to show, never a stack trace.
 * @param {string} file
 */
async function readText(file) {
  try {
    const tooBig = fileSizeProblem((await stat(file)).size);
    if (tooBig) throw Object.assign(new Error(tooBig), {line: 1});
    return (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n');
  } catch (e) {
    const {code} = /** @type {NodeJS.ErrnoException} */ (e);
    if (!code) throw e;
    throw Object.assign(new Error(`this file could not be read (${code})`), {code, line: 1});
  }
}

/** The line an error points at, or 1. @param {unknown} e */
const lineOf = (e) => /** @type {{line?: number}} */ (e).line ?? 1;

/**
 * Runs one file's checks. A fault in the checks themselves stops that file
 * only, and is reported at its first line rather than as a stack trace.
 * @template T
 * @param {() => T} check
 * @param {(errors: {line: number, message: string}[]) => void} report
 * @returns {T | undefined}
 */
function guarded(check, report) {
  try {
    return check();
  } catch (e) {
    report([{line: 1, message: `this file could not be checked: ${e instanceof Error ? e.message : e}`}]);
    return undefined;
  }
}
/** @param {string} code */
function isWellFormedLocale(code) {
  try {
    return Intl.getCanonicalLocales(code)[0] === code;
  } catch {
    return false;
  }
}

/** @param {ContentError} e */
export const formatError = (e) => `${e.file}:${e.line}: ${e.message}`;

/**
 * Each title, summary, heading, paragraph, list item, question, term and
 * definition of the compiled English guide, as text.
 * @param {{topics: CompiledTopic[], glossary: Record<string, any>}} compiled
 * @returns {string[]}
 */
function everyText({topics, glossary}) {
  return [
    ...topics.flatMap((topic) => [
      String(topic.title),
      String(topic.summary),
      ...visibleTexts(topic.body).map(({text}) => text),
    ]),
    ...Object.values(glossary).flatMap((entry) => [String(entry.term), inlineText(entry.definition)]),
  ];
}
