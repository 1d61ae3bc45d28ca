// @ts-check
// `npm run content:check`: checks every content file without building,
// printing `file:line: message` for each problem. Exits 1 if there are any.
import {compileContent, formatError} from './compile-content.mjs';

const {errors, locales} = await compileContent({contentDir: process.env.FRG_CONTENT_DIR ?? 'content'});
for (const error of errors) console.error(formatError(error));
const summary = Object.entries(locales)
  .map(([locale, {topics, glossary}]) => `${locale}: ${topics.length} topics, ${Object.keys(glossary).length} glossary terms`)
  .join('; ');
console.log(`${summary}. ${errors.length} problem${errors.length === 1 ? '' : 's'}.`);
process.exit(errors.length ? 1 : 0);
