// @ts-check
// `npm run content:check`: checks every content file and interface-strings file without building,
// printing `file:line: message` for each problem. Exits 1 if there are any.
import {CONTENT_DIR} from '../lib/paths.mjs';
import {readLocaleConfig} from '../locales.mjs';
import {compileStrings} from '../strings/compile-strings.mjs';
import {compileContent, formatError} from './compile-content.mjs';

const config = await readLocaleConfig();
const content = await compileContent({
  contentDir: CONTENT_DIR,
  sourceLocale: config.sourceLocale,
  knownLocales: [config.sourceLocale, ...config.targetLocales],
});
const strings = await compileStrings(config);
const errors = [...content.errors, ...strings.errors];
const {locales} = content;
for (const error of errors) console.error(formatError(error));
const summary = Object.entries(locales)
  .map(
    ([locale, {topics, glossary}]) =>
      `${locale}: ${topics.length} topics, ${Object.keys(glossary).length} glossary terms`
  )
  .join('; ');
console.log(`${summary}. ${errors.length} problem${errors.length === 1 ? '' : 's'}.`);
process.exit(errors.length ? 1 : 0);
