// @ts-check
import {writeFileSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {defaultReporter} from '@web/test-runner';
import {chromeLauncher} from '@web/test-runner-chrome';

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
 * clean summary line for CI.
 * @param {string | undefined} file
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      if (!file) return;
      let passed = 0;
      let failed = 0;
      /** @param {any} suite */
      const count = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) continue;
          if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(count);
      };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (
          session.errors.length ||
          (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
        )
          failed++;
      }
      writeFileSync(file, JSON.stringify({passed, failed}));
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  browsers: [chromeLauncher({launchOptions: {headless: true, args: chromiumArgs}})],
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 180000,
  reporters: [defaultReporter(), countsReporter(process.env.FRG_BROWSER_COUNTS)],
};
