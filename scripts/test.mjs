// @ts-check
// `npm test`: builds, type-checks, checks readability, runs the Node tests,
// checks size budgets, runs the browser tests, then prints one summary line: "N passed, N failed".
// Each build step counts as one check; each test counts as one, in each browser.
// The browser tests run in Chromium and Firefox ESR, one test file at a time in each
// (web-test-runner.config.mjs); the counts for each browser are printed, and a failed
// browser test is named with its browser first ("browser: Firefox: suite > test").
// FRG_BROWSERS=chromium or FRG_BROWSERS=firefox runs just one browser, e.g. while fixing a test;
// FRG_FIREFOX names another Firefox binary than /usr/bin/firefox-esr. Coverage of src/ is
// measured in Chromium only, so a Firefox-only run fails the coverage gate.
import {spawn} from 'node:child_process';
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

const RESULTS = '.test-results';
/** The least share of src/ lines, in per cent, that the tests importing src/ must run. */
const COVERAGE_GATE = 90;
const bin = (/** @type {string} */ name) => path.join('node_modules', '.bin', name);
await rm(RESULTS, {recursive: true, force: true});
await mkdir(RESULTS, {recursive: true});

let passed = 0;
let failed = 0;
/** @type {string[]} the names of whatever failed, printed again at the end */
const failures = [];
const started = performance.now();

/**
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<number>} exit code
 */
function run(command, args, env = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, {stdio: 'inherit', env: {...process.env, ...env}});
    child.on('close', (code) => resolve(code ?? 1));
    child.on('error', () => resolve(1));
  });
}

/**
 * Runs lit-localize extract and checks that no XLIFF file changed; a changed
 * file is put back and named, so a translator's work is never overwritten.
 */
async function extractChangesNothing() {
  const dir = 'locales';
  const before = new Map();
  for (const file of await readdir(dir))
    if (file.endsWith('.xlf')) before.set(file, await readFile(path.join(dir, file), 'utf8'));
  const code = await run(bin('lit-localize'), ['extract']);
  let changed = 0;
  for (const [file, text] of before) {
    if ((await readFile(path.join(dir, file), 'utf8')) !== text) {
      changed++;
      await writeFile(path.join(dir, file), text);
      console.error(`locales/${file} is out of date with the code: run npm run strings:extract and commit the result.`);
    }
  }
  return code || changed;
}

/** @param {string} name @param {number} code */
function step(name, code) {
  if (code === 0) passed++;
  else {
    failed++;
    failures.push(name);
    console.error(`\n✗ ${name} failed`);
  }
  return code === 0;
}

const built = step('build', await run(bin('rollup'), ['-c']));
step('type check (src, test)', await run(bin('tsc'), ['-p', 'tsconfig.json']));
step('type check (scripts)', await run(bin('tsc'), ['-p', 'tsconfig.scripts.json']));
const eslintCode = await run(bin('eslint'), ['--max-warnings', '0', '.']);
const prettierCode = await run(bin('prettier'), ['--check', '.']);
step('lint (ESLint, Prettier)', eslintCode || prettierCode);
step('interface strings are extracted (lit-localize extract changes nothing)', await extractChangesNothing());
step('API tables in README match the JSDoc', await run(process.execPath, ['scripts/api-docs.mjs', '--check']));
step('readability of every English topic', await run(process.execPath, ['scripts/content/readability-report.mjs']));

// Node 20 has no glob for --test, and would run every .js file under test/.
const nodeTests = (await readdir('test', {recursive: true}))
  .filter((file) => file.endsWith('.test.mjs'))
  .map((file) => path.join('test', file));
const tap = path.join(RESULTS, 'node.tap');
const nodeCode = await run(process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  ...nodeTests,
]);
const tapText = await readFile(tap, 'utf8').catch(() => '');
const count = (/** @type {string} */ label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(tapText)?.[1] ?? 0);
passed += count('pass');
failed += count('fail') + (nodeCode !== 0 && count('fail') === 0 ? 1 : 0);
failures.push(...failedTapTests(tapText).map((name) => `node: ${name}`));
if (nodeCode !== 0 && count('fail') === 0) failures.push('node: the Node tests stopped without a result');

if (built) {
  step('size budgets', await run(process.execPath, ['scripts/size.mjs']));
  const counts = path.join(RESULTS, 'browser.json');
  const browserCode = await run(bin('web-test-runner'), [], {FRG_BROWSER_COUNTS: counts});
  const browser = JSON.parse(
    await readFile(counts, 'utf8').catch(() => '{"passed":0,"failed":0,"failures":[],"browsers":{}}')
  );
  for (const [name, counts] of Object.entries(browser.browsers ?? {}))
    console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  passed += browser.passed;
  failed += browser.failed + (browserCode !== 0 && browser.failed === 0 ? 1 : 0);
  failures.push(...browser.failures.map((/** @type {string} */ name) => `browser: ${name}`));
  if (browserCode !== 0 && browser.failed === 0) failures.push('browser: the browser tests stopped without a result');
  step(`coverage of src/ is at least ${COVERAGE_GATE}% of lines`, await coverageOfSource());
} else {
  console.error('Skipped the size check, the browser tests and coverage: the build failed.');
  failed += 3;
}

console.log(`\nFinished in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failures.length) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * Prints the share of src/ lines run by the tests that import src/, from the
 * browser runner's lcov report, and checks it against the gate. A module with
 * code that no test loads is not in the report: it is named and counts against the gate.
 * @returns {Promise<number>} exit code
 */
async function coverageOfSource() {
  const lcov = await readFile(path.join(RESULTS, 'coverage', 'lcov.info'), 'utf8').catch(() => '');
  const sum = (/** @type {string} */ key) =>
    [...lcov.matchAll(new RegExp(`^${key}:(\\d+)$`, 'gm'))].reduce((total, m) => total + Number(m[1]), 0);
  const measured = new Set([...lcov.matchAll(/^SF:(.+)$/gm)].map((m) => path.relative('.', m[1])));
  /** @type {string[]} */
  const unloaded = [];
  for (const file of await readdir('src', {recursive: true})) {
    const name = path.join('src', file);
    if (!name.endsWith('.ts') || name.endsWith('.d.ts') || measured.has(name)) continue;
    // Type-only modules have no code to run.
    if (/^(export )?(async )?(const|let|function|class|enum) /m.test(await readFile(name, 'utf8'))) unloaded.push(name);
  }
  const percent = sum('LF') ? (100 * sum('LH')) / sum('LF') : 0;
  console.log(
    `Coverage of src/ by the tests that import it: ${percent.toFixed(1)}% of lines (${sum('LH')} of ${sum('LF')}), in ${measured.size} files; the gate is ${COVERAGE_GATE}%`
  );
  if (unloaded.length) console.log(`Modules with code that no test loads: ${unloaded.join(', ')}`);
  return percent >= COVERAGE_GATE && !unloaded.length ? 0 : 1;
}

/**
 * The names of the failed tests in a TAP report: each "not ok" whose
 * details say the test itself failed, not a suite around failed tests.
 * @param {string} tap
 */
function failedTapTests(tap) {
  const lines = tap.split('\n');
  /** @type {string[]} */
  const names = [];
  lines.forEach((line, i) => {
    const match = /^\s*not ok \d+ - (.+)$/.exec(line);
    if (!match) return;
    const details = lines.slice(i + 1, i + 12).join('\n');
    if (/failureType: '(testCodeFailure|hookFailure|testTimeoutFailure)'/.test(details)) names.push(match[1]);
  });
  return names;
}
