// @ts-check
import {writeFileSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import {sep} from 'node:path';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {buildInfoModule} from './scripts/content/data-files.mjs';
import {bodyOf, hashTree, rootOf, withProof} from './scripts/content/hash-tree.mjs';
import {directionOf, readLocaleConfig} from './scripts/locales.mjs';
import {topLevelPagePlugin} from './test/top-level-page.mjs';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/**
 * Writes the pass and fail counts to a file, so the test script can print one
 * clean summary line for CI: in all, and for each browser. A failure's name
 * starts with its browser's, as "Firefox: suite > test".
 * @param {string | undefined} file
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      if (!file) return;
      let passed = 0;
      let failed = 0;
      /** @type {string[]} */
      const failures = [];
      /** @type {Record<string, {passed: number, failed: number, skipped: number}>} */
      const browsers = {};
      /** @param {string} browser @param {any} suite @param {string[]} names the suites around it */
      const count = (browser, suite, names) => {
        const counts = (browsers[browser] ??= {passed: 0, failed: 0, skipped: 0});
        for (const test of suite.tests) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else {
            counts.failed++;
            failures.push(`${browser}: ${[...names, test.name].join(' > ')}`);
          }
        }
        for (const child of suite.suites) count(browser, child, [...names, child.name]);
      };
      for (const session of sessions) {
        const browser = session.browser.name;
        count(browser, session.testResults ?? {tests: [], suites: []}, []);
        // A file that failed to load or threw outside a test counts as one failure.
        if (
          session.errors.length ||
          (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        ) {
          browsers[browser].failed++;
          failures.push(`${browser}: ${session.testFile}: could not run`);
        }
      }
      for (const counts of Object.values(browsers)) {
        passed += counts.passed;
        failed += counts.failed;
      }
      writeFileSync(file, JSON.stringify({passed, failed, failures, browsers}));
    },
  };
}

/**
 * Data changed by source tests (test/source-helpers.ts rewriteData), by the
 * token each test page sends with its requests: each token's own hash tree
 * over the built data with its changes, so the changed files pass the real
 * check, and no other page sees them.
 * @type {Map<string, {changes: Map<string, Buffer>, files: Map<string, Buffer>}>}
 */
const dataOverrides = new Map();

/** Rebuilds one token's tree: every built data file, with its changes. @param {string} token */
async function rebuildOverride(token) {
  const entry = /** @type {NonNullable<ReturnType<typeof dataOverrides.get>>} */ (dataOverrides.get(token));
  const [folder] = await readdir('dist/content');
  /** @type {Map<string, Uint8Array>} */
  const bodies = new Map();
  for (const name of await readdir(`dist/content/${folder}`, {recursive: true})) {
    if (!name.endsWith('.json')) continue;
    const path = name.split(sep).join('/');
    const file = await readFile(`dist/content/${folder}/${path}`);
    bodies.set(path, entry.changes.get(path) ?? bodyOf(file));
  }
  const {root, proofs} = hashTree(bodies);
  entry.files = new Map(
    [...bodies].map(([path, body]) => [path, withProof(/** @type {Buffer[]} */ (proofs.get(path)), body)])
  );
  return root.toString('base64');
}

/** @param {import('node:stream').Readable} stream */
async function readBody(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** What the widget's data requests carried, for the privacy tests. */
const dataRequests = [];
/** The Referer each arrival at the exit page carried, for the quick-exit tests. */
const exitArrivals = [];

/**
 * Test server routes:
 * - /__data-requests: the Referer and Cookie headers of every data request so far
 *   (?clear forgets them, so a test sees only its own).
 * - /__exit-arrivals: the Referer of every arrival at test/fixtures/exited.html.
 * - /failing/<mode>/dist/…: the real entry, whose data requests fail as <mode> says:
 *   missing (404), slow (strings and lists of topics take 6 s), tampered (changed bytes) or swapped (each
 *   English file is the Polish one at the same place, and the other way round), or delayed (every data file
 *   takes a second). tampered-topics and swapped-topics do the same to the topics' own text files only;
 *   tampered-entry changes the entry itself, for the loader's pin.
 * @type {import('@web/test-runner').TestRunnerConfig['middleware']}
 */
const testRoutes = [
  async (ctx, next) => {
    if (ctx.path === '/__exit-arrivals') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(exitArrivals);
      return;
    }
    if (ctx.path === '/test/fixtures/exited.html') {
      exitArrivals.push({query: ctx.querystring, referer: ctx.get('referer') || null});
    }
    if (ctx.path === '/__data-override' && ctx.method === 'POST') {
      const {token, path, body} = JSON.parse(await readBody(ctx.req));
      if (!dataOverrides.has(token)) dataOverrides.set(token, {changes: new Map(), files: new Map()});
      if (path) dataOverrides.get(token)?.changes.set(path, Buffer.from(body));
      else dataOverrides.delete(token);
      ctx.type = 'json';
      ctx.body = JSON.stringify({root: path ? await rebuildOverride(token) : null});
      return;
    }
    const override = dataOverrides.get(String(ctx.query['frg-override'] ?? ''));
    const overridden = override && /^\/(?:src|dist)\/content\/(?:content\/)?[0-9a-f]+\/(.+)$/.exec(ctx.path);
    if (override && overridden) {
      ctx.type = 'json';
      ctx.body = override.files.get(overridden[1]);
      if (!ctx.body) ctx.status = 404;
      return;
    }
    if (ctx.path === '/__data-requests') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(dataRequests);
      if (ctx.query.clear !== undefined) dataRequests.length = 0;
      return;
    }
    // Elements imported from src/ look for their data beside content-store.ts.
    if (ctx.path.startsWith('/src/content/content/'))
      ctx.url = ctx.url.replace('/src/content/content/', '/dist/content/');
    const failing = /^\/failing\/([\w-]+)(\/dist\/.*)$/.exec(ctx.path);
    const path = failing ? failing[2] : ctx.path;
    if (path.startsWith('/dist/content/')) {
      dataRequests.push({path, referer: ctx.get('referer') || null, cookie: ctx.get('cookie') || null});
    }
    if (!failing) {
      await next();
      // Every data request reaches the server, so the tests that read them see them all,
      // whichever test files ran before in the same browser.
      if (path.startsWith('/dist/content/')) ctx.set('Cache-Control', 'no-store');
      return;
    }
    // "-topics" keeps a mode to the topics' own text files: the list of topics and the strings arrive whole.
    const [, mode, only] = /^(.*?)(-topics)?$/.exec(failing[1]) ?? [];
    ctx.url = path;
    if (mode === 'tampered-entry' && path === '/dist/family-rights-guide.js') {
      ctx.type = 'js';
      ctx.body = `${await readFile(`.${path}`, 'utf8')}\n// one changed byte is enough\n`;
      return;
    }
    if (!path.startsWith('/dist/content/')) return next();
    if (only && /\/(strings|index)\.json$|\.questions\.json$/.test(path)) return next();
    if (mode === 'missing') return void (ctx.status = 404);
    if (mode === 'delayed') await new Promise((resolve) => setTimeout(resolve, 1000));
    if (mode === 'slow' && /\/(strings|index)\.json$/.test(path))
      await new Promise((resolve) => setTimeout(resolve, 6000));
    if (mode === 'swapped') {
      // A real file of the same build, from another language: its proof is good, for another path.
      ctx.url = path.replace(/\/(en|pl)\//, (_, locale) => `/${locale === 'en' ? 'pl' : 'en'}/`);
      return next();
    }
    if (mode === 'tampered') {
      ctx.type = 'json';
      ctx.body = (await readFile(`.${path}`, 'utf8')).replace(/e/g, 'E');
      return;
    }
    return next();
  },
];

/**
 * Lets tests import modules from src/ directly: `virtual:build-info`, which
 * the build makes, is served from the built dist/ (npm test builds first).
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
const buildInfo = {
  name: 'build-info',
  resolveImport: ({source}) => (source === 'virtual:build-info' ? '/__build-info.js' : undefined),
  async serve(context) {
    if (context.path !== '/__build-info.js') return undefined;
    const [folder] = await readdir('dist/content');
    // Any data file's proof climbs to the root: here, the English strings'.
    const root = rootOf('en/strings.json', await readFile(`dist/content/${folder}/en/strings.json`));
    if (!root) throw new Error('dist/content has no data: run npm run build');
    const {sourceLocale, targetLocales} = await readLocaleConfig();
    const all = [sourceLocale, ...targetLocales];
    const {version} = JSON.parse(await readFile('package.json', 'utf8'));
    return {
      type: 'js',
      // Source tests that change data move the root to their own tree's (test/source-helpers.ts).
      body:
        buildInfoModule(version, {
          folder,
          root: root.toString('base64'),
          locales: all,
          rtl: all.filter((code) => directionOf(code) === 'rtl'),
        }).replace('export const dataRoot', 'export let dataRoot') +
        'export const builtRoot = dataRoot;\nexport function setDataRoot(root) { dataRoot = root; }\n',
    };
  },
};

/**
 * `forced-colors`, as Windows High Contrast sets it, which the emulate-media
 * command does not offer: `executeServerCommand('forced-colors', {active})`.
 * @type {import('@web/test-runner').TestRunnerPlugin}
 */
/** @type {Record<string, any>} */
const forcedColorsSessions = {};
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'forced-colors') return undefined;
    const page = /** @type {any} */ (session.browser).getPage(session.id);
    const {active} = /** @type {{active: boolean}} */ (payload);
    // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures does not list forced-colors.
    // The session stays open, because emulation ends with the session that set it.
    const client = (forcedColorsSessions[session.id] ??= await page.createCDPSession());
    await client.send('Emulation.setEmulatedMedia', {
      features: [{name: 'forced-colors', value: active ? 'active' : 'none'}],
    });
    return true;
  },
};

/**
 * The browsers the tests run in: Chromium, and Firefox ESR over WebDriver BiDi.
 * FRG_BROWSERS=firefox (or chromium) runs just one of them, e.g. while fixing a test.
 */
const launchers = {
  chromium: () =>
    Object.assign(chromeLauncher({launchOptions: {headless: true, args: chromiumArgs}}), {name: 'Chromium'}),
  firefox: () =>
    Object.assign(
      chromeLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FRG_FIREFOX ?? '/usr/bin/firefox-esr',
          headless: true,
        },
      }),
      {name: 'Firefox'}
    ),
};
const wanted = (process.env.FRG_BROWSERS ?? 'chromium,firefox').split(',').map((name) => name.trim().toLowerCase());
for (const name of wanted)
  if (!(name in launchers))
    throw new Error(`FRG_BROWSERS: no browser called ${name}; there are ${Object.keys(launchers).join(', ')}`);
const browsers = wanted.map((name) => launchers[/** @type {keyof typeof launchers} */ (name)]());

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  // Lit's development build, so its warnings reach the tests that import src/ (test/lit-dev-mode.ts fails them).
  nodeResolve: {exportConditions: ['development']},
  // Lit's one-line "dev mode" banner on every test page says nothing.
  filterBrowserLogs: ({args}) => !String(args[0]).includes('lit.dev/msg/dev-mode'),
  plugins: [
    buildInfo,
    topLevelPagePlugin(),
    // The accessibility tree, as a screen reader gets it.
    a11ySnapshotPlugin(),
    forcedColors,
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}),
  ],
  browsers,
  // One test file at a time in each browser: enough for a 2-core machine, with both browsers running.
  concurrency: 1,
  middleware: testRoutes,
  // Coverage of src/ by the tests that import it directly (the scenario tests run the built dist/).
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/__build-info.js', 'node_modules/**'],
    reportDir: '.test-results/coverage',
    reporters: ['lcovonly', 'text-summary'],
  },
  // Generous limits: the tests wait for conditions, so a passing test never waits this long,
  // and a machine at load 10 or more still finishes.
  testFramework: {config: {timeout: 60000}},
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 900000,
  reporters: [defaultReporter(), countsReporter(process.env.FRG_BROWSER_COUNTS)],
};
