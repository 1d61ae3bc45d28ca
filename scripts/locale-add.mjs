// @ts-check
// `npm run locale:add -- <code>`: starts a new language. It adds the code to
// lit-localize.json, writes locales/<code>.xlf for the interface strings, and
// copies every English content file to content/<code>/, marked
// `translation: untranslated`, so the widget shows English until each file is
// translated. After `npm run build` the language works end to end.
import {spawnSync} from 'node:child_process';
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {CONFIG_FILE, nativeName, readLocaleConfig} from './locales.mjs';
import {sourceHash} from './translations.mjs';
import {CONTENT_DIR} from './lib/paths.mjs';

const code = process.argv[2];
const fail = (/** @type {string} */ message) => {
  console.error(message);
  process.exit(1);
};
if (!code) fail('Usage: npm run locale:add -- <language code>, for example: npm run locale:add -- gu');
let canonical = '';
try {
  canonical = Intl.getCanonicalLocales(code)[0];
} catch {
  fail(`"${code}" is not a language code. Use a BCP 47 code such as "gu", "ta" or "zh-Hant".`);
}
if (canonical !== code) fail(`Write the code as "${canonical}".`);
const config = await readLocaleConfig();
if (code === config.sourceLocale || config.targetLocales.includes(code))
  fail(`"${code}" is already a language of the guide.`);

// 1. The config entry.
const raw = JSON.parse(await readFile(CONFIG_FILE, 'utf8'));
raw.targetLocales = [...config.targetLocales, code].sort();
await writeFile(CONFIG_FILE, JSON.stringify(raw, null, 2) + '\n');
// In the project's own style, so that `npm run lint` passes after a new language.
spawnSync(path.join('node_modules', '.bin', 'prettier'), ['--write', CONFIG_FILE], {stdio: 'ignore'});

// 2. The interface strings, ready for translation.
const extract = spawnSync(path.join('node_modules', '.bin', 'lit-localize'), ['extract'], {stdio: 'inherit'});
if (extract.status !== 0) fail('lit-localize extract failed.');

// 3. The content, copied from English and marked untranslated.
const contentDir = CONTENT_DIR;
const source = path.join(contentDir, config.sourceLocale);
const files = [
  'glossary.md',
  ...(await readdir(path.join(source, 'topics'))).filter((f) => f.endsWith('.md')).map((f) => `topics/${f}`),
];
await mkdir(path.join(contentDir, code, 'topics'), {recursive: true});
for (const file of files) {
  const english = await readFile(path.join(source, file), 'utf8');
  const hash = await sourceHash(path.join(source, file));
  // A translation shows the English sources and is never reviewed itself: drop those fields,
  // then add the two translation fields before the closing "---" of the front matter.
  const marked = english
    .replace(/^(---\r?\n[\s\S]*?\r?\n)---/, (front) =>
      front.replace(/^(sources|help|reviewed):.*\r?\n(?:[ -].*\r?\n)*/gm, '')
    )
    .replace(/^(---\r?\n[\s\S]*?\r?\n)---/, `$1translation: untranslated\nsource-hash: ${hash}\n---`);
  await writeFile(path.join(contentDir, code, file), marked);
}

console.log(`
Added ${nativeName(code)} (${code}):
- ${CONFIG_FILE}: "${code}" is in targetLocales
- locales/${code}.xlf: the interface strings to translate
- ${contentDir}/${code}/: ${files.length} files copied from English, marked "translation: untranslated"

Next: translate the files (see TRANSLATING.md), then run npm run build and npm start.`);
