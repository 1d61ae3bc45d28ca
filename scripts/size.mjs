// @ts-check
// Prints min+gzip and brotli bytes for every file in dist/, and fails when a
// file is over its budget in package.json ("sizeBudgets", gzip bytes).
// With --write-table it also writes the table into PERFORMANCE.md.
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {formatTable} from './lib/table.mjs';

const DIST = 'dist';
const {sizeBudgets} = JSON.parse(await readFile('package.json', 'utf8'));

/** @param {string} file path under dist/ */
function budgetFor(file) {
  if (file === 'family-rights-guide.js') return {name: 'entry', bytes: sizeBudgets.entry};
  if (file.startsWith('content/') && file.endsWith('.json'))
    return {name: 'content file', bytes: sizeBudgets.contentFile};
  return undefined;
}

const files = (await readdir(DIST, {recursive: true, withFileTypes: true}))
  // custom-elements.json describes the API for tools and editors; browsers never load it.
  .filter((entry) => entry.isFile() && entry.name !== 'custom-elements.json')
  .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort((a, b) => (a === 'family-rights-guide.js' ? -1 : b === 'family-rights-guide.js' ? 1 : a.localeCompare(b)));
if (!files.includes('family-rights-guide.js')) {
  console.error('dist/family-rights-guide.js is missing: run "npm run build" first.');
  process.exit(1);
}

/** @type {(string | number)[][]} */
const rows = [];
/** @type {string[]} */
const over = [];
let totalGzip = 0;
for (const file of files) {
  const source = await readFile(path.join(DIST, file));
  const gzip = gzipSync(source, {level: 9}).length;
  const brotli = brotliCompressSync(source, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  const budget = budgetFor(file);
  totalGzip += gzip;
  if (budget && gzip > budget.bytes)
    over.push(`${file}: ${gzip} bytes gzip is over the ${budget.name} budget of ${budget.bytes}`);
  rows.push([file, source.length, gzip, brotli, budget ? budget.bytes : '']);
}

const header = ['file', 'min bytes', 'gzip', 'brotli', 'gzip budget'];
console.log(formatTable(header, rows, {numbers: true}));
console.log(`${files.length} files, ${totalGzip} bytes gzip in all`);
if (process.argv.includes('--write-table')) {
  // The static pages, one per topic and locale, in one row: their total.
  const pages = rows.filter(([file]) => String(file).startsWith('pages/'));
  const sum = (/** @type {number} */ column) => pages.reduce((total, row) => total + Number(row[column]), 0);
  const tableRows = [
    ...rows.filter(([file]) => !String(file).startsWith('pages/')),
    ...(pages.length ? [[`pages/ (${pages.length} files, in all)`, sum(1), sum(2), sum(3), '']] : []),
  ];
  const table = [
    '| File | Minified bytes | gzip | brotli | gzip budget |',
    '|---|---:|---:|---:|---:|',
    ...tableRows.map(
      ([file, min, gzip, brotli, budget]) =>
        `| \`${String(file).replace(/^content\/[0-9a-f]{12}\//, 'content/<build>/')}\` | ${min} | ${gzip} | ${brotli} | ${budget} |`
    ),
  ].join('\n');
  const doc = await readFile('PERFORMANCE.md', 'utf8');
  const marked = /<!-- size-table -->[\s\S]*?<!-- \/size-table -->|<!-- size-table -->/;
  await writeFile('PERFORMANCE.md', doc.replace(marked, `<!-- size-table -->\n${table}\n<!-- /size-table -->`));
  console.log('Wrote the size table into PERFORMANCE.md.');
}
if (over.length) {
  for (const message of over) console.error(`over budget: ${message}`);
  process.exit(1);
}
console.log('All files are within budget.');
