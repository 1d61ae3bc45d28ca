// @ts-check
// `npm run translations`: what each language has, for translators.
// One row per locale: interface strings translated, topics present, missing
// and outdated (translated from an older English file), the size of its term
// base, its problems (the content check's, such as a forbidden term or "must"
// for "should"), and whether the work is a draft or reviewed. `--json`
// prints the same data.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {compileContent, formatError} from './content/compile-content.mjs';
import {splitFrontMatter} from './content/front-matter.mjs';
import {textHash} from './content/text-hash.mjs';
import {CONTENT_DIR as CONTENT} from './lib/paths.mjs';
import {formatTable} from './lib/table.mjs';
import {readLocaleConfig} from './locales.mjs';
import {compileStrings} from './strings/compile-strings.mjs';

/** The English file's text hash: what a translation's `source-hash` records. @param {string} file */
export async function sourceHash(file) {
  return textHash(await readFile(file, 'utf8'));
}

/** @param {string} file */
async function frontMatterOf(file) {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text === undefined ? undefined : splitFrontMatter(text.replace(/\r\n?/g, '\n')).data;
}

export async function translationReport() {
  const config = await readLocaleConfig();
  const strings = await compileStrings(config);
  const content = await compileContent({
    contentDir: CONTENT,
    sourceLocale: config.sourceLocale,
    knownLocales: [config.sourceLocale, ...config.targetLocales],
  });
  const englishFiles = [
    'glossary.md',
    ...(await readdir(path.join(CONTENT, config.sourceLocale, 'topics')))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `topics/${f}`),
  ].sort();
  const rows = [];
  for (const locale of config.targetLocales) {
    /** @type {string[]} */
    const missing = [];
    /** @type {string[]} */
    const outdated = [];
    /** @type {Record<string, string>} the English file's source-hash, for files to translate or update */
    const hashes = {};
    /** @type {Set<string>} */
    const states = new Set();
    for (const file of englishFiles) {
      const data = await frontMatterOf(path.join(CONTENT, locale, file));
      const hash = await sourceHash(path.join(CONTENT, config.sourceLocale, file));
      if (!data || data.translation === 'untranslated') {
        missing.push(file);
        hashes[file] = hash;
        continue;
      }
      states.add(String(data.translation));
      if (data['source-hash'] !== hash) {
        outdated.push(file);
        hashes[file] = hash;
      }
    }
    const s = strings.locales[locale];
    if (s?.drafts) states.add('draft');
    if (s && s.translated > s.drafts) states.add('reviewed');
    const ofLocale = (/** @type {{file: string}} */ e) =>
      e.file.split(path.sep).includes(locale) || e.file.endsWith(`${path.sep}${locale}.yaml`);
    rows.push({
      locale,
      terms: content.locales[locale]?.termBase?.terms.length ?? 0,
      problems: content.errors.filter(ofLocale).map(formatError),
      strings: {
        translated: s?.translated ?? 0,
        total: s?.total ?? 0,
        percent: s?.total ? Math.floor((100 * s.translated) / s.total) : 0,
      },
      files: {total: englishFiles.length, present: englishFiles.length - missing.length, missing, outdated, hashes},
      status:
        states.size === 0
          ? 'untranslated'
          : states.size === 1
            ? [...states][0]
            : states.has('draft')
              ? 'draft'
              : 'reviewed',
    });
  }
  return {rows, errors: strings.errors};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const {rows, errors} = await translationReport();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const header = [
      'locale',
      'interface strings',
      'topics and glossary present',
      'missing',
      'outdated',
      'term base',
      'problems',
      'status',
    ];
    const table = rows.map((r) => [
      r.locale,
      `${r.strings.percent}% (${r.strings.translated}/${r.strings.total})`,
      `${r.files.present}/${r.files.total}`,
      r.files.missing.length,
      r.files.outdated.length,
      r.terms ? `${r.terms} terms` : 'none',
      r.problems.length,
      r.status,
    ]);
    console.log(formatTable(header, table));
    for (const r of rows) {
      for (const file of r.files.missing)
        console.log(
          `${r.locale}: missing ${file} (English is shown instead; source-hash when done: ${r.files.hashes[file]})`
        );
      for (const file of r.files.outdated)
        console.log(
          `${r.locale}: outdated ${file} (the English file has changed since it was translated; new source-hash: ${r.files.hashes[file]})`
        );
    }
    for (const r of rows) for (const problem of r.problems) console.error(problem);
    for (const e of errors) console.error(`${e.file}:${e.line}: ${e.message}`);
  }
  process.exit(errors.length ? 1 : 0);
}
