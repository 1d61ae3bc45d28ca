// @ts-check
// npm run bench:scale: builds generated guides of growing size, each in a
// temporary copy of the project, and prints what the first view costs and
// how long the build takes. The entry and a topic's first view should stay
// flat, and the build should grow no faster than the guide.
//
// A generated guide is this one with more languages and more topics: each
// new language is a copy of the Polish, and each new topic a copy of an
// English topic (and of its translations) under a new slug and order, with
// its question ids renamed so that they stay unique.
//
//   node scripts/bench/scale.mjs [--sizes 11x21,15x28,30x28,30x60]   (locales x topics)
import {execFileSync} from 'node:child_process';
import {cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {formatTable} from '../lib/table.mjs';
import {textHash} from '../content/text-hash.mjs';

/** Left-to-right languages for the generated locales, after the guide's own. */
const MORE_LOCALES = [
  'bg',
  'cs',
  'cy',
  'da',
  'de',
  'el',
  'es',
  'et',
  'fi',
  'fr',
  'ga',
  'hr',
  'hu',
  'is',
  'it',
  'lt',
  'lv',
  'mt',
  'nl',
  'pt',
  'sk',
  'sl',
  'so',
  'sq',
  'sv',
  'uk',
];
/** The first view the benchmark measures: this topic, in English. */
const FIRST_VIEW = ['en/child-protection-conference.json', 'en/strings.json'];

const {values: options} = parseArgs({options: {sizes: {type: 'string', default: '11x21,15x28,30x28,30x60'}}});
const config = JSON.parse(await readFile('lit-localize.json', 'utf8'));
const ownLocales = 1 + config.targetLocales.length;
/** The generated languages: those the guide does not have yet. */
const extraLocales = MORE_LOCALES.filter((code) => !config.targetLocales.includes(code));
const ownTopics = (await readdir(path.join('content', 'en', 'topics'))).filter((f) => f.endsWith('.md')).length;
const sizes = options.sizes.split(',').map((size) => {
  const [locales, topics] = size.split('x').map(Number);
  if (!(locales >= ownLocales && locales <= ownLocales + extraLocales.length && topics >= ownTopics))
    throw new Error(
      `--sizes: "${size}" is not locales x topics, with ${ownLocales} to ${ownLocales + extraLocales.length} locales and ${ownTopics} topics or more`
    );
  return {locales, topics};
});

const root = process.cwd();
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {encoding: 'utf8'})
  .split('\n')
  .filter(Boolean);

/** @type {(string | number)[][]} */
const rows = [];
let base;
for (const size of sizes) {
  const project = await mkdtemp(path.join(os.tmpdir(), 'frg-scale-'));
  try {
    for (const file of tracked) {
      await mkdir(path.dirname(path.join(project, file)), {recursive: true});
      await cp(path.join(root, file), path.join(project, file)).catch(() => undefined);
    }
    await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    await grow(project, size);
    const start = performance.now();
    execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], {
      cwd: project,
      stdio: 'pipe',
    });
    const seconds = (performance.now() - start) / 1000;
    const dist = path.join(project, 'dist');
    const [folder] = await readdir(path.join(dist, 'content'));
    const gzip = async (/** @type {string} */ file) =>
      gzipSync(await readFile(path.join(dist, file)), {level: 9}).length;
    const entry = await gzip('family-rights-guide.js');
    const firstView =
      entry + (await Promise.all(FIRST_VIEW.map((file) => gzip(`content/${folder}/${file}`)))).reduce((a, b) => a + b);
    const files = (await readdir(path.join(dist, 'content', folder), {recursive: true})).filter((f) =>
      f.endsWith('.json')
    ).length;
    base ??= {entry, firstView, seconds, units: size.locales * size.topics};
    const factor = (size.locales * size.topics) / base.units;
    const change = (/** @type {number} */ now, /** @type {number} */ then) =>
      `${now >= then ? '+' : ''}${((now / then - 1) * 100).toFixed(1)}%`;
    rows.push([
      `${size.locales} x ${size.topics}`,
      `${factor.toFixed(1)}x`,
      files,
      entry,
      change(entry, base.entry),
      firstView,
      change(firstView, base.firstView),
      seconds.toFixed(1),
      (seconds / base.seconds / factor).toFixed(2),
    ]);
    process.stderr.write(`built ${size.locales} locales x ${size.topics} topics in ${seconds.toFixed(1)} s\n`);
  } finally {
    await rm(project, {recursive: true, force: true});
  }
}
console.log('\nGenerated guides (locales x topics), each built from a clean copy. Bytes are gzip.\n');
console.log(
  formatTable(
    ['guide', 'size', 'data files', 'entry', 'change', 'first view', 'change', 'build s', 'build / size'],
    rows,
    {numbers: true}
  )
);
console.log(
  '\nFirst view: the entry and the two files a topic asks for (its text and its strings). Build / size: the build time per unit of guide, against the first row; at or below 1.00 the build grows no faster than the guide.'
);

/**
 * Makes the project in `dir` a guide of `locales` locales and `topics` topics.
 * @param {string} dir @param {{locales: number, topics: number}} size
 */
async function grow(dir, {locales, topics}) {
  const configFile = path.join(dir, 'lit-localize.json');
  const config = JSON.parse(await readFile(configFile, 'utf8'));
  const added = extraLocales.slice(0, locales - 1 - config.targetLocales.length);
  for (const code of added) {
    await cp(path.join(dir, 'content', 'pl'), path.join(dir, 'content', code), {recursive: true});
    const xliff = await readFile(path.join(dir, 'locales', 'pl.xlf'), 'utf8');
    await writeFile(
      path.join(dir, 'locales', `${code}.xlf`),
      xliff.replace('target-language="pl"', `target-language="${code}"`)
    );
    await cp(path.join(dir, 'locales', 'terms', 'pl.yaml'), path.join(dir, 'locales', 'terms', `${code}.yaml`));
  }
  config.targetLocales = [...config.targetLocales, ...added];
  await writeFile(configFile, JSON.stringify(config, null, 2));

  const englishDir = path.join(dir, 'content', 'en', 'topics');
  const slugs = (await readdir(englishDir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
  for (let n = 0; slugs.length + n < topics; n++) {
    const slug = slugs[n % slugs.length];
    const copy = Math.floor(n / slugs.length) + 2;
    /** The copy's text: a new order, and question ids of its own. @param {string} text */
    const renamed = (text) =>
      text
        .replace(/^order: (\d+)$/m, (_, order) => `order: ${Number(order) + 100 * copy}`)
        .replace(/\{#(q-[a-z0-9-]+)\}/g, `{#$1-${copy}}`);
    const english = renamed(await readFile(path.join(englishDir, `${slug}.md`), 'utf8'));
    await writeFile(path.join(englishDir, `${slug}-${copy}.md`), english);
    for (const locale of config.targetLocales) {
      const file = path.join(dir, 'content', locale, 'topics', `${slug}.md`);
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      await writeFile(
        path.join(dir, 'content', locale, 'topics', `${slug}-${copy}.md`),
        renamed(text).replace(/^source-hash: [0-9a-f]+$/m, `source-hash: ${textHash(english)}`)
      );
    }
  }
}
