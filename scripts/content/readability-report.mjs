// @ts-check
// `npm run readability`: plain-English figures for every English topic and the
// glossary. Exits 1 when a topic breaks a limit in readability.mjs.
// `--json` prints the same data as JSON.
import {formatTable} from '../lib/table.mjs';
import {CONTENT_DIR as contentDir} from '../lib/paths.mjs';
import {readLocaleConfig} from '../locales.mjs';
import {compileContent, formatError} from './compile-content.mjs';
import {limitProblems, measure, proseOfBody, visibleText} from './readability.mjs';

const {sourceLocale} = await readLocaleConfig();
const {errors, locales} = await compileContent({contentDir, sourceLocale});
// Content errors are shown, but the topics that compiled are still measured.
for (const error of errors) console.error(formatError(error));
const {topics, glossary} = locales[sourceLocale];
const rows = [
  ...topics.map((topic) => ({
    file: `${contentDir}/${sourceLocale}/topics/${topic.slug}.md`,
    checked: true,
    ...measure(proseOfBody(topic.body)),
  })),
  {
    file: `${contentDir}/${sourceLocale}/glossary.md`,
    checked: false,
    ...measure(Object.values(glossary).map((entry) => visibleText(entry.definition))),
  },
];
const failures = rows
  .filter((row) => row.checked)
  .map((row) => ({file: row.file, problems: limitProblems(row)}))
  .filter((f) => f.problems.length);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({rows, failures}, null, 2));
} else {
  const header = ['file', 'words', 'sentences', 'avg words', 'longest', 'reading ease', 'FK grade'];
  const table = rows.map((r) => [
    r.file,
    r.words,
    r.sentences,
    r.averageSentenceLength.toFixed(1),
    r.longestSentence.words,
    r.readingEase.toFixed(1),
    r.grade.toFixed(1),
  ]);
  console.log(formatTable(header, table, {numbers: true}));
  console.log(
    'Limits for each topic: FK grade at most 6.0, reading ease at least 65, no sentence over 25 words. The glossary is shown, not checked.'
  );
  for (const {file, problems} of failures) for (const problem of problems) console.error(`${file}: ${problem}`);
  console.log(failures.length ? `${failures.length} topic(s) break the limits.` : 'Every topic is within the limits.');
}
process.exit(failures.length || errors.length ? 1 : 0);
