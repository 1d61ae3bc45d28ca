// @ts-check
// `npm run audit`: npm's advisory counts for the runtime dependencies (what
// ships) and for everything installed. Fails on a high or critical advisory
// in a runtime dependency. When no advisory service answers, it says so
// plainly and does not pretend there are none.
import {execFile} from 'node:child_process';
import {pathToFileURL} from 'node:url';

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];

/**
 * What one `npm audit --json` report says, as a line, and whether it blocks.
 * @param {string} label
 * @param {string} json npm audit's output
 * @param {boolean} blocking whether high or critical advisories fail the run
 * @returns {{line: string, fails: boolean}}
 */
export function summarise(label, json, blocking) {
  /** @type {any} */
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    report = {};
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const why = report?.message ?? report?.error?.summary ?? 'no report';
    return {
      line: `${label}: the advisory service could not be reached (${why}), so there are no counts.`,
      fails: false,
    };
  }
  const line = `${label}: ${SEVERITIES.map((severity) => `${counts[severity] ?? 0} ${severity}`).join(', ')}`;
  const fails = blocking && (counts.high ?? 0) + (counts.critical ?? 0) > 0;
  return {line: fails ? `${line}: high or critical advisories in what ships` : line, fails};
}

/** @param {string[]} args @returns {Promise<string>} */
const npmAudit = (args) =>
  new Promise((resolve) =>
    execFile('npm', ['audit', '--json', ...args], {timeout: 120000}, (_, stdout) => resolve(stdout))
  );

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = [
    summarise('npm audit, runtime dependencies', await npmAudit(['--omit=dev']), true),
    summarise('npm audit, all dependencies', await npmAudit([]), false),
  ];
  for (const {line} of results) console.log(line);
  if (results.some((result) => result.fails)) process.exit(1);
}
