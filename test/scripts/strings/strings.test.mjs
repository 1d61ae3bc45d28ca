// @ts-check
// Interface strings (XLIFF) and the translator tools.
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {execFile} from 'node:child_process';
import {cp, mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {promisify} from 'node:util';
import {compileStrings} from '../../../scripts/strings/compile-strings.mjs';
import {bodyOf} from '../../../scripts/content/hash-tree.mjs';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');
const scratch = await mkdtemp(path.join(tmpdir(), 'frg-strings-'));
after(() => rm(scratch, {recursive: true, force: true}));

const xliff = (/** @type {string} */ units, language = 'pl') => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${language}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${units}
</body>
</file>
</xliff>
`;
const UNIT = `<trans-unit id="s1">
  <source>My list: <x id="0" equiv-text="\${count}"/> questions</source>
  <target state="needs-review-translation">Moja lista: <x id="0" equiv-text="\${count}"/> pytań</target>
  <note from="lit-localize">Button.</note>
</trans-unit>`;

let n = 0;
/** @param {Record<string, string>} files */
async function compile(files, targetLocales = ['pl']) {
  const xliffDir = path.join(scratch, `case-${++n}`);
  await mkdir(xliffDir, {recursive: true});
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(xliffDir, name), text);
  const result = await compileStrings({xliffDir, targetLocales});
  return {...result, messages: result.errors.map((e) => `${path.basename(e.file)}:${e.line}: ${e.message}`)};
}

describe('interface strings', () => {
  it('turns a translated message with a placeholder into text parts and placeholder numbers', async () => {
    const {errors, locales} = await compile({'pl.xlf': xliff(UNIT)});
    assert.deepEqual(errors, []);
    assert.deepEqual(locales.pl.messages, {'My list: \u0001 questions': ['Moja lista: ', 0, ' pytań']});
    assert.deepEqual([locales.pl.translated, locales.pl.total, locales.pl.drafts], [1, 1, 1]);
  });

  it('rejects broken XLIFF with file:line', async () => {
    const {messages} = await compile({'pl.xlf': xliff(UNIT.replace('</target>', '</targt>'))});
    assert.ok(
      messages.some((m) => /^pl\.xlf:7: the file is not valid XML/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a translation that drops or adds a placeholder', async () => {
    const dropped = await compile({
      'pl.xlf': xliff(UNIT.replace('Moja lista: <x id="0" equiv-text="${count}"/> pytań', 'Moja lista pytań')),
    });
    assert.ok(
      dropped.messages.some((m) =>
        /^pl\.xlf:5: message s1: the translation must keep the placeholders of the English text \(<x id="0"\/>\)/.test(
          m
        )
      ),
      dropped.messages.join('\n')
    );
    const added = await compile({'pl.xlf': xliff(UNIT.replace('pytań</target>', 'pytań <x id="1"/></target>'))});
    assert.ok(
      added.messages.some((m) => /message s1: the translation must keep the placeholders/.test(m)),
      added.messages.join('\n')
    );
  });

  it('treats a message with nothing visible (a zero-width space) as untranslated, and says so', async () => {
    const {messages, locales} = await compile({
      'pl.xlf': xliff(UNIT.replace('Moja lista: <x id="0" equiv-text="${count}"/> pytań', '\u200B<x id="0"/>')),
    });
    assert.ok(
      messages.some((m) => /^pl\.xlf:7: U\+200B \(an invisible character\) is not allowed/.test(m)),
      messages.join('\n')
    );
    assert.deepEqual(locales.pl.messages, {}, 'English is shown instead');
    const blank = await compile({
      'pl.xlf': xliff(UNIT.replace('Moja lista: <x id="0" equiv-text="${count}"/> pytań', '\u2062\u00A0<x id="0"/>')),
    });
    assert.ok(
      blank.messages.some((m) => /^pl\.xlf:5: message s1: the translation has no visible text/.test(m)),
      blank.messages.join('\n')
    );
  });

  it('rejects direction controls, which can show digits in another order', async () => {
    const {messages} = await compile({'pl.xlf': xliff(UNIT.replace('pytań', '\u202E0808 801\u202C'))});
    assert.ok(
      messages.some((m) => /^pl\.xlf:7: U\+202E \(a direction control\) is not allowed/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a <source> whose placeholders have been renumbered, which the code would not fill', async () => {
    const edited = UNIT.replace('<source>My list: <x id="0"', '<source>My list: <x id="1"').replace(
      'Moja lista: <x id="0"',
      'Moja lista: <x id="1"'
    );
    const {messages, locales} = await compile({'pl.xlf': xliff(edited)});
    assert.ok(
      messages.some((m) =>
        /^pl\.xlf:5: message s1: its <source> has been changed; run npm run strings:extract/.test(m)
      ),
      messages.join('\n')
    );
    assert.deepEqual(locales.pl.messages, {});
  });

  it('rejects HTML inside a message', async () => {
    const {messages} = await compile({'pl.xlf': xliff(UNIT.replace('Moja lista', '<b>Moja</b> lista'))});
    assert.ok(
      messages.some((m) => /<b> is not allowed in a message/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects an XLIFF file for a locale that is not configured, and a missing one', async () => {
    const {messages} = await compile({'pl.xlf': xliff(UNIT), 'xx.xlf': xliff(UNIT, 'xx')}, ['pl', 'ro']);
    assert.ok(
      messages.some((m) => /^xx\.xlf:1: "xx" is not a locale in lit-localize\.json/.test(m)),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /^ro\.xlf:1: the interface strings for "ro" are missing/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a file whose target-language does not match its name', async () => {
    const {messages} = await compile({'pl.xlf': xliff(UNIT, 'ro')});
    assert.ok(
      messages.some((m) => /^pl\.xlf:1: target-language is "ro", but the file is for "pl"/.test(m)),
      messages.join('\n')
    );
  });
});

describe('translator tools', () => {
  it('npm run translations reports every language as draft, complete and up to date with English', async () => {
    const {stdout} = await run(process.execPath, ['scripts/translations.mjs', '--json'], {cwd: root});
    const rows = JSON.parse(stdout);
    assert.deepEqual(
      rows.map((/** @type {any} */ r) => r.locale),
      ['ar', 'bn', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'uk', 'ur']
    );
    for (const row of rows) {
      assert.equal(row.strings.percent, 100, `${row.locale} interface strings`);
      assert.deepEqual(row.files.missing, [], `${row.locale} missing`);
      assert.deepEqual(row.files.outdated, [], `${row.locale} outdated`);
      assert.equal(row.files.present, row.files.total, `${row.locale} files`);
      assert.equal(row.status, 'draft', row.locale);
    }
  });

  it('npm run locale:add scaffolds a language that builds and falls back to English', {timeout: 300000}, async () => {
    const project = path.join(scratch, 'project');
    const {stdout: tracked} = await run('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {cwd: root});
    // The working tree as it is: files deleted but not yet committed are left out.
    for (const file of tracked.split('\n').filter((name) => name && existsSync(path.join(root, name)))) {
      await mkdir(path.dirname(path.join(project, file)), {recursive: true});
      await cp(path.join(root, file), path.join(project, file));
    }
    await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'));
    await run(process.execPath, ['scripts/locale-add.mjs', 'gu'], {cwd: project});
    const config = JSON.parse(await readFile(path.join(project, 'lit-localize.json'), 'utf8'));
    assert.ok(config.targetLocales.includes('gu'));
    assert.match(await readFile(path.join(project, 'locales', 'gu.xlf'), 'utf8'), /target-language="gu"/);
    const section20 = await readFile(path.join(project, 'content', 'gu', 'topics', 'section-20.md'), 'utf8');
    assert.match(section20, /\ntranslation: untranslated\nsource-hash: [0-9a-f]{12}\n---\n/);
    await run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c'], {cwd: project});
    const [folder] = await readdir(path.join(project, 'dist', 'content'));
    const data = async (/** @type {string} */ file) => {
      return JSON.parse(bodyOf(await readFile(path.join(project, 'dist', 'content', folder, file))).toString());
    };
    const strings = await data('gu/strings.json');
    assert.equal(strings.languages[['en', ...[...config.targetLocales].sort()].indexOf('gu')], 'ગુજરાતી');
    const index = await data('gu/index.json');
    assert.equal((await data('gu/section-20.json')).lang, 'en', 'an untranslated topic is written in English, marked');
    assert.ok(
      index.topics.every((/** @type {any} */ t) => t.lang === 'en'),
      'untranslated topics are shown in English'
    );
    const {stdout} = await run(process.execPath, ['scripts/translations.mjs', '--json'], {cwd: project});
    const gu = JSON.parse(stdout).find((/** @type {any} */ r) => r.locale === 'gu');
    assert.equal(gu.status, 'untranslated');
    assert.equal(gu.files.present, 0);

    // A missing file and one made from older English are listed, each with the source-hash to copy in.
    await rm(path.join(project, 'content', 'pl', 'topics', 'emergency.md'));
    const polish = path.join(project, 'content', 'pl', 'topics', 'section-20.md');
    await writeFile(polish, (await readFile(polish, 'utf8')).replace(/source-hash: \w+/, 'source-hash: 000000000000'));
    const {stdout: after} = await run(process.execPath, ['scripts/translations.mjs', '--json'], {cwd: project});
    const pl = JSON.parse(after).find((/** @type {any} */ r) => r.locale === 'pl');
    assert.deepEqual(pl.files.missing, ['topics/emergency.md']);
    assert.deepEqual(pl.files.outdated, ['topics/section-20.md']);
    for (const file of ['topics/emergency.md', 'topics/section-20.md'])
      assert.match(pl.files.hashes[file], /^[0-9a-f]{12}$/);
  });
});
