// dist/custom-elements.json, as the analyzer writes it with the project's config (npm run build, and
// npm run docs, which npm test runs before these tests): the public API only, declared in the file that ships.
import assert from 'node:assert/strict';
import {access, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(await readFile(path.join(root, 'dist', 'custom-elements.json'), 'utf8'));

const element = (/** @type {string} */ tag) =>
  manifest.modules[0].declarations.find((/** @type {any} */ d) => d.tagName === tag);

describe('custom-elements.json', () => {
  it('declares everything in the one shipped file, and defines both tags', async () => {
    assert.deepEqual(
      manifest.modules.map((/** @type {any} */ m) => m.path),
      ['dist/family-rights-guide.js']
    );
    await access(path.join(root, manifest.modules[0].path));
    const {files} = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    assert.ok(files.includes('dist/'));
    assert.deepEqual(
      manifest.modules[0].exports.map((/** @type {any} */ e) => `${e.kind} ${e.name} ${e.declaration.module}`),
      [
        'js FamilyRightsGuide dist/family-rights-guide.js',
        'js RightsChecklist dist/family-rights-guide.js',
        'js setDataPath dist/family-rights-guide.js',
        'custom-element-definition family-rights-guide dist/family-rights-guide.js',
        'custom-element-definition rights-checklist dist/family-rights-guide.js',
      ]
    );
    assert.ok(!JSON.stringify(manifest).includes('src/'), 'the manifest names a file in src/');
  });

  it('lists only public attributes, each with the property a framework sets', () => {
    const attributes = (/** @type {string} */ tag) =>
      element(tag).attributes.map((/** @type {any} */ a) => `${a.name}=${a.fieldName}`);
    const shared = ['lang=lang', 'heading-level=headingLevel', 'quick-exit=quickExit', 'exit-url=exitUrl'];
    assert.deepEqual(attributes('family-rights-guide'), ['topic=topic', 'report-topic=reportTopic', ...shared]);
    assert.deepEqual(attributes('rights-checklist'), ['topic=topic', ...shared]);
    assert.deepEqual(
      element('family-rights-guide').members.map((/** @type {any} */ m) => m.name),
      ['topic', 'reportTopic', 'version', 'lang', 'headingLevel', 'quickExit', 'exitUrl']
    );
    for (const internal of ['chosenLocale', 'showEnglish', 'openTerms', 'requestedLang', 'confirmingClear', '"own"'])
      assert.ok(!JSON.stringify(manifest).includes(internal), `the manifest lists ${internal}`);
  });

  it('types each event with its detail', () => {
    const events = (/** @type {string} */ tag) =>
      element(tag).events.map((/** @type {any} */ e) => `${e.name}: ${e.type?.text}`);
    assert.deepEqual(events('family-rights-guide'), [
      'frg-view-change: CustomEvent<ViewChangeDetail>',
      'frg-checklist-change: CustomEvent<ChecklistChangeDetail>',
    ]);
    assert.deepEqual(events('rights-checklist'), ['frg-checklist-change: CustomEvent<ChecklistChangeDetail>']);
  });
});
