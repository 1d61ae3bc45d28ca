// @ts-check
// `npm run docs`: reads the public API from the JSDoc in src/ (through
// dist/custom-elements.json, written by the Custom Elements Manifest
// analyzer) and writes the README's API tables between markers such as
// <!-- api:family-rights-guide:attributes --> … <!-- /api -->.
// With --check it changes nothing and fails if the README is out of date.
import {spawnSync} from 'node:child_process';
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

const analyze = spawnSync(path.join('node_modules', '.bin', 'custom-elements-manifest'), ['analyze', '--quiet'], {
  stdio: 'inherit',
});
if (analyze.status !== 0) process.exit(1);
const manifest = JSON.parse(await readFile('dist/custom-elements.json', 'utf8'));

/** @type {Map<string, any>} */
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? [])
    if (declaration.customElement) elements.set(declaration.tagName, declaration);
}

const cell = (/** @type {string | undefined} */ text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (/** @type {string} */ text) => (text ? `\`${text}\`` : '(default)');

/**
 * A two-column Markdown table of names and descriptions.
 * @param {string} header the two column headings, such as "| Event | What it means |"
 * @param {{name: string, description?: string}[]} rows
 */
const table = (header, rows) =>
  [header, '|---|---|', ...rows.map((row) => `| ${code(row.name)} | ${cell(row.description)} |`)].join('\n');

/** @type {Record<string, (element: any) => string>} */
const tables = {
  // The manifest holds the public API only (scripts/custom-elements-public.mjs): each attribute with the property
  // a framework sets instead.
  attributes: (element) =>
    [
      '| Attribute | Property | What it does |',
      '|---|---|---|',
      ...(element.attributes ?? []).map(
        (/** @type {{name: string, fieldName: string, description?: string}} */ a) =>
          `| ${code(a.name)} | ${code(a.fieldName)} | ${cell(a.description)} |`
      ),
    ].join('\n'),
  events: (element) => table('| Event | What it means |', element.events ?? []),
  slots: (element) => table('| Slot | What it is for |', element.slots ?? []),
  'css-properties': (element) => table('| Custom property | Used for |', element.cssProperties ?? []),
  parts: (element) => table('| Part | What it is |', element.cssParts ?? []),
};

const readme = await readFile('README.md', 'utf8');
const marker = /<!-- api:([\w-]+):([\w-]+) -->[\s\S]*?<!-- \/api -->/g;
let missing = '';
const updated = readme.replace(marker, (_, tag, kind) => {
  const element = elements.get(tag);
  if (!element || !tables[kind]) {
    missing = `README.md asks for ${kind} of <${tag}>, which the manifest does not have`;
    return _;
  }
  return `<!-- api:${tag}:${kind} -->\n${tables[kind](element)}\n<!-- /api -->`;
});
if (missing) {
  console.error(missing);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('The API tables in README.md are out of date with the JSDoc in src/: run npm run docs.');
    process.exit(1);
  }
  console.log('The API tables in README.md match the JSDoc in src/.');
} else {
  await writeFile('README.md', updated);
  console.log('Wrote the API tables in README.md from dist/custom-elements.json.');
}
