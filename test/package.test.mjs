// The package as npm installs it: packed from the build, installed into a new project, and imported in
// Node as a server-rendering framework imports it. Needs a build (npm test builds first).
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {cp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {installPackedPackage, linkFromProject, root, run} from './packed-package.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** @type {string} */
let project;
/** @type {{path: string}[]} */
let packed;

before(async () => ({project, packed} = await installPackedPackage()));
after(() => rm(project, {recursive: true, force: true}));

/** Runs a module in the installed project, in a Node of its own, and returns what it printed as JSON. */
async function inProject(/** @type {string} */ source) {
  const file = path.join(project, `check-${Math.random().toString(36).slice(2)}.mjs`);
  await writeFile(file, source);
  const {stdout} = await run(process.execPath, [file], {cwd: project});
  return JSON.parse(stdout);
}

describe('the npm package', () => {
  it('ships the entry, its data, the server module, types, the manifest, the integrity value and the documents, and no source', () => {
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
      'dist/loader.js',
      'dist/loader-integrity.txt',
      'dist/family-rights-guide.d.ts',
      'dist/react.d.ts',
      'dist/vue.d.ts',
      'dist/svelte.d.ts',
      'dist/custom-elements.json',
      'dist/THIRD-PARTY-LICENSES.txt',
    ])
      assert.ok(paths.includes(wanted), `${wanted} is not in the package`);
    assert.ok(
      paths.some((file) => /^dist\/content\/[0-9a-f]+\/en\/strings\.json$/.test(file)),
      'no data files'
    );
    const extra = paths.filter((file) => /^(src|test|scripts|demo|content|locales)\/|\.map$|(?<!\.d)\.ts$/.test(file));
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

  it('types both elements for TypeScript, React 19, Vue 3 and Svelte 5, and the expected errors are errors', async () => {
    // The host project's own copies of the frameworks' types: here, links to this project's.
    await linkFromProject(project, ['react', '@types/react', 'vue', 'svelte']);
    const fixtures = path.join(root, 'test/fixtures/types');
    const src = path.join(project, 'src');
    await cp(fixtures, src, {recursive: true});
    const compilerOptions = {
      strict: true,
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      noEmit: true,
    };
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify({compilerOptions, include: ['src']}));
    const tsc = (/** @type {string} */ config) =>
      run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', config, '--pretty', 'false'], {
        cwd: project,
      }).then(
        () => '',
        (/** @type {{stdout: string}} */ error) => error.stdout
      );
    // An unused @ts-expect-error is itself an error, so this passing means every marked line fails.
    assert.equal(await tsc('tsconfig.json'), '');

    // And each marked line fails for the reason given, the directive taken away: nothing else fails.
    const directive = /^\s*(\/\/|\{\/\*) @ts-expect-error/;
    /** @type {string[]} */
    const expected = [];
    for (const file of await readdir(fixtures)) {
      const lines = (await readFile(path.join(fixtures, file), 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (directive.test(line)) expected.push(`src/${file}(${i + 2})`);
      });
      await writeFile(path.join(src, file), lines.map((line) => (directive.test(line) ? '' : line)).join('\n'));
    }
    const failures = (await tsc('tsconfig.json'))
      .split('\n')
      .filter((line) => /: error TS/.test(line))
      .map((line) => /^(src\/[^(]+\(\d+)/.exec(line)?.[1] + ')');
    assert.deepEqual([...new Set(failures)].sort(), expected.sort());
    assert.equal(expected.length, 12);
  });
});
