// The package as npm installs it: packed from the build, installed into a new project, and imported in
// Node as a server-rendering framework imports it. Needs a build (npm test builds first).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {promisify} from 'node:util';

const root = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {string} */
let project;
/** @type {{path: string}[]} */
let packed;

before(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'frg-package-'));
  // As `npm publish` packs it, without running the build again (npm test has just built dist/).
  const {stdout} = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {cwd: root});
  const [{filename, files}] = JSON.parse(stdout);
  packed = files;
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({name: 'host-app', private: true, type: 'module'})
  );
  await run(
    npm,
    ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', path.join(project, filename)],
    {
      cwd: project,
    }
  );
});

after(() => rm(project, {recursive: true, force: true}));

/** Runs a module in the installed project, in a Node of its own, and returns what it printed as JSON. */
async function inProject(/** @type {string} */ source) {
  const file = path.join(project, `check-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, source);
  const {stdout} = await run(process.execPath, [file], {cwd: project});
  return JSON.parse(stdout);
}

describe('the npm package', () => {
  it('ships the entry, its data, the server module, the integrity value and the documents, and no source', () => {
    const paths = packed.map((file) => file.path);
    for (const wanted of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'SECURITY.md',
      'TRANSLATING.md',
      'dist/family-rights-guide.js',
      'dist/server.js',
      'dist/integrity.txt',
      'dist/THIRD-PARTY-LICENSES.txt',
    ])
      assert.ok(paths.includes(wanted), `${wanted} is not in the package`);
    assert.ok(
      paths.some((file) => /^dist\/content\/[0-9a-f]+\/en\/strings\.json$/.test(file)),
      'no data files'
    );
    const extra = paths.filter((file) => /^(src|test|scripts|demo|content|locales)\/|\.map$|\.ts$/.test(file));
    assert.deepEqual(extra, []);
  });

  it('needs nothing else installed: Lit is inside the entry', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(project, 'node_modules/family-rights-guide/package.json'), 'utf8')
    );
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(
      (await run(npm, ['ls', '--all', '--parseable'], {cwd: project})).stdout
        .trim()
        .split('\n')
        .map((line) => path.relative(project, line))
        .filter(Boolean),
      ['node_modules/family-rights-guide']
    );
  });

  it("publishes the entry's integrity value in dist/integrity.txt", async () => {
    const installed = path.join(project, 'node_modules/family-rights-guide');
    const entry = await readFile(path.join(installed, 'dist/family-rights-guide.js'));
    assert.equal(
      await readFile(path.join(installed, 'dist/integrity.txt'), 'utf8'),
      `sha384-${createHash('sha384').update(entry).digest('base64')}\n`
    );
  });

  it('in Node, resolves to the server module, and importing it throws nothing and changes no global', async () => {
    const result = await inProject(`
      const before = Object.getOwnPropertyNames(globalThis);
      const guide = await import('family-rights-guide');
      guide.setDataPath('/family-rights-guide/content/');
      new guide.FamilyRightsGuide();
      console.log(JSON.stringify({
        resolved: import.meta.resolve('family-rights-guide'),
        exports: Object.keys(guide).sort(),
        added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.includes(name)),
      }));
    `);
    assert.match(result.resolved, /\/node_modules\/family-rights-guide\/dist\/server\.js$/);
    assert.deepEqual(result.exports, ['FamilyRightsGuide', 'RightsChecklist', 'setDataPath']);
    assert.deepEqual(result.added, []);
  });

  it('has the same named exports in Node as in the browser entry', async () => {
    const entry = await readFile(path.join(root, 'dist/family-rights-guide.js'), 'utf8');
    const names = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(entry)?.[1];
    assert.ok(names, 'the entry ends without an export list');
    const exported = names
      .split(',')
      .map((part) =>
        part
          .trim()
          .split(/\s+as\s+/)
          .pop()
      )
      .sort();
    assert.deepEqual(exported, ['FamilyRightsGuide', 'RightsChecklist', 'setDataPath']);
  });

  it('React renderToString writes the tags, their attributes and the fallback, after the package is imported', async () => {
    const fromRoot = createRequire(path.join(root, 'package.json'));
    const react = pathToFileURL(fromRoot.resolve('react')).href;
    const server = pathToFileURL(fromRoot.resolve('react-dom/server')).href;
    const {html} = await inProject(`
      import 'family-rights-guide';
      const {createElement} = (await import(${JSON.stringify(react)})).default;
      const {renderToString} = (await import(${JSON.stringify(server)})).default;
      const fallback = createElement('p', null, createElement('a', {href: 'https://frg.org.uk/'}, 'Read advice from Family Rights Group'));
      const page = createElement('main', null,
        createElement('family-rights-guide', {topic: 'section-20', 'heading-level': 2, 'quick-exit': true}, fallback),
        createElement('family-rights-guide', {'quick-exit': false}),
        createElement('rights-checklist', {topic: 'section-20'}));
      console.log(JSON.stringify({html: renderToString(page)}));
    `);
    assert.equal(
      html,
      '<main><family-rights-guide topic="section-20" heading-level="2" quick-exit="">' +
        '<p><a href="https://frg.org.uk/">Read advice from Family Rights Group</a></p></family-rights-guide>' +
        '<family-rights-guide></family-rights-guide><rights-checklist topic="section-20"></rights-checklist></main>'
    );
  });
});
