// Small host apps built from the packed package with real bundlers, as a host team builds them, then opened
// in Chromium: the guide must show a topic from its data, served at / and from a subfolder. The apps are in
// test/fixtures/apps/ and follow the README's "Install with npm" recipes.
import assert from 'node:assert/strict';
import {cp, mkdir, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {after, before, describe, it} from 'node:test';
import {pathToFileURL} from 'node:url';
import {installPackedPackage, linkFromProject, root} from './packed-package.mjs';
import {launchChromium, serve, shownTopic as shownIn} from './served-pages.mjs';

/** @type {string[]} */
const projects = [];
/** @type {import('puppeteer-core').Browser} */
let browser;
/** The topic the apps open, and its title as the guide shows it. */
const title = /^title: (.+)$/m.exec(await readFile(path.join(root, 'content/en/topics/section-20.md'), 'utf8'))?.[1];

before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await Promise.all(projects.map((project) => rm(project, {recursive: true, force: true})));
});

/** A new host project with the packed package, the bundler, and the fixture app's files. */
async function hostApp(/** @type {string} */ name, /** @type {string[]} */ tools) {
  const {project} = await installPackedPackage();
  projects.push(project);
  await linkFromProject(project, tools);
  await cp(path.join(root, 'test/fixtures/apps', name), project, {recursive: true});
  return project;
}

const shownTopic = (/** @type {string} */ url) => shownIn(browser, url);
const headingAndProblems = async (/** @type {string} */ url) => {
  const {heading, problems} = await shownTopic(url);
  return {heading, problems};
};

/** Serves a built app at / and then at /sub/, and checks that each shows the topic with nothing in the console. */
async function showsTopicAtRootAndSubfolder(/** @type {string} */ built) {
  for (const prefix of ['/', '/sub/']) {
    const server = await serve(built, prefix);
    try {
      assert.deepEqual(await headingAndProblems(server.url), {heading: title, problems: []}, `served at ${prefix}`);
    } finally {
      await server.close();
    }
  }
}

/** Copies the package's data into the app's public/, as the README's Vite recipe says. */
async function copyDataToPublic(/** @type {string} */ project) {
  await mkdir(path.join(project, 'public/family-rights-guide'), {recursive: true});
  await cp(
    path.join(project, 'node_modules/family-rights-guide/dist/content'),
    path.join(project, 'public/family-rights-guide/content'),
    {recursive: true}
  );
}

const importVite = (/** @type {string} */ project) =>
  import(pathToFileURL(path.join(project, 'node_modules/vite/dist/node/index.js')).href);

describe('host apps built with real bundlers from the packed package', () => {
  it('Vite: a build served at / and one built for a subfolder, with the data copied into public/', async () => {
    const project = await hostApp('vite', ['vite']);
    // The README's recipe: copy the data into public/, which Vite serves at the app's base.
    await copyDataToPublic(project);
    const vite = await importVite(project);
    for (const base of ['/', '/sub/']) {
      const outDir = path.join(project, `dist${base.replace(/\//g, '-')}`);
      await vite.build({root: project, base, logLevel: 'silent', build: {outDir}});
      const server = await serve(outDir, base);
      try {
        assert.deepEqual(await headingAndProblems(server.url), {heading: title, problems: []}, `built for ${base}`);
      } finally {
        await server.close();
      }
    }
  });

  it('Vite: the development server', async () => {
    const project = await hostApp('vite', ['vite']);
    await copyDataToPublic(project);
    const vite = await importVite(project);
    const server = await vite.createServer({root: project, logLevel: 'silent', server: {port: 0, host: '127.0.0.1'}});
    await server.listen();
    try {
      assert.deepEqual(await headingAndProblems(server.resolvedUrls.local[0]), {heading: title, problems: []});
    } finally {
      await server.close();
    }
  });

  it('webpack 5: one build, with the data copied by copy-webpack-plugin, served at / and from a subfolder', async () => {
    const project = await hostApp('webpack', ['webpack', 'copy-webpack-plugin']);
    const {default: webpack} = await import(
      pathToFileURL(path.join(project, 'node_modules/webpack/lib/index.js')).href
    );
    const {default: config} = await import(pathToFileURL(path.join(project, 'webpack.config.mjs')).href);
    const stats = await new Promise((resolve, reject) =>
      webpack(config, (/** @type {Error | null} */ error, /** @type {any} */ result) =>
        error ? reject(error) : resolve(result)
      )
    );
    assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
    await showsTopicAtRootAndSubfolder(path.join(project, 'dist'));
  });

  it('Rollup 4: one build, with a copy step for the data, served at / and from a subfolder', async () => {
    const project = await hostApp('rollup', ['rollup', '@rollup/plugin-node-resolve']);
    const {rollup} = await import(pathToFileURL(path.join(project, 'node_modules/rollup/dist/es/rollup.js')).href);
    const {default: config} = await import(pathToFileURL(path.join(project, 'rollup.config.mjs')).href);
    const bundle = await rollup({...config, onwarn: (/** @type {any} */ warning) => assert.fail(String(warning))});
    await bundle.write(config.output);
    await bundle.close();
    await showsTopicAtRootAndSubfolder(path.join(project, 'dist'));
  });
});

describe('framework apps from the README’s recipes, built with Vite', () => {
  for (const [framework, tools] of /** @type {[string, string[]][]} */ ([
    ['react', ['react', 'react-dom']],
    ['vue', ['vue', '@vitejs/plugin-vue']],
    ['svelte', ['svelte', '@sveltejs/vite-plugin-svelte']],
  ]))
    it(`${framework}: shows the topic with quick exit off, with no console warning, and hears frg-view-change`, async () => {
      const project = await hostApp(framework, ['vite', ...tools]);
      await copyDataToPublic(project);
      const vite = await importVite(project);
      const outDir = path.join(project, 'dist');
      await vite.build({root: project, logLevel: 'silent', build: {outDir}});
      const server = await serve(outDir, '/');
      try {
        assert.deepEqual(await shownTopic(server.url), {
          heading: title,
          problems: [],
          quickExit: false,
          viewChanges: [{view: 'topic', topic: null, locale: 'en'}],
        });
      } finally {
        await server.close();
      }
    });
});
