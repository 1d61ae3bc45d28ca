// @ts-check
// `npm run content:status`: the review state of each English file.
//   checked      a qualified review of exactly this text is recorded; the widget says "Checked by …"
//   out of date  a review is recorded, but the text has changed since: the widget says "Last updated"
//   not checked  no review is recorded: the widget says "Last updated"
// The text hash is what a reviewer copies into the `reviewed` record.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {CONTENT_DIR} from '../lib/paths.mjs';
import {formatTable} from '../lib/table.mjs';
import {readLocaleConfig} from '../locales.mjs';
import {reviewState} from './text-hash.mjs';

const dir = path.join(CONTENT_DIR, (await readLocaleConfig()).sourceLocale);

const files = [
  'glossary.md',
  ...(await readdir(path.join(dir, 'topics')))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `topics/${f}`),
];
/** @type {string[][]} */
const rows = [];
for (const file of files) {
  const {state, hash, review, lastUpdated} = reviewState(await readFile(path.join(dir, file), 'utf8'));
  const detail =
    state === 'checked'
      ? `by a ${review?.role?.replace(/-/g, ' ')} on ${review?.date}`
      : state === 'out of date'
        ? `the text changed after the review of ${review?.date}`
        : '';
  rows.push([file.replace(/^topics\//, '').replace(/\.md$/, ''), state, hash, lastUpdated ?? '', detail]);
}
const header = ['file', 'state', 'text hash', 'last updated', ''];
console.log(formatTable(header, rows));
const counts = ['checked', 'out of date', 'not checked'].map(
  (state) => `${rows.filter((r) => r[1] === state).length} ${state}`
);
console.log(`\n${counts.join(', ')}. Only "checked" files show "Checked by" in the widget.`);
