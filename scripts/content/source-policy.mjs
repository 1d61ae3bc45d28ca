// @ts-check
// The source policy: which hosts each kind of source, and each help page, may
// come from. The rules themselves live in content/source-policy.yaml.
import {readFile} from 'node:fs/promises';
import {parseYaml} from './yaml.mjs';

/**
 * @typedef {{kinds: Record<string, {about: string, hosts: string[]}>, help: {hosts: string[]},
 *   never: {hosts: Record<string, string>, paths: Record<string, string>}, 'old-versions': string[],
 *   'phone-numbers'?: Record<string, string>}} SourcePolicy
 */

export const POLICY_FILE = 'source-policy.yaml';

/**
 * Throws an error with the `line` it points at when the file is not a policy.
 * @param {string} file @returns {Promise<SourcePolicy>}
 */
export async function readSourcePolicy(file) {
  // An alias (*name) may repeat a list, but not expand into millions of values.
  const {data, errors} = parseYaml(await readFile(file, 'utf8'), {what: 'the source policy', maxAliasCount: 100});
  if (errors.length) throw Object.assign(new Error(errors[0].message), {line: errors[0].line});
  const policy = /** @type {SourcePolicy} */ (data);
  const lists = [...Object.values(policy?.kinds ?? {}).map((k) => k?.hosts), policy?.help?.hosts];
  if (!lists.length || lists.some((hosts) => !Array.isArray(hosts)) || !policy.never || !policy['old-versions']) {
    throw new Error(`${file} must have "kinds" (each with "hosts"), "help.hosts", "never" and "old-versions"`);
  }
  return policy;
}

/** "www.gov.uk" and "gov.uk" are the same site. @param {string} host */
const bareHost = (host) => host.toLowerCase().replace(/^www\./, '');

/**
 * What is wrong with an address under the "never" rules and the allowed hosts, or undefined.
 * @param {SourcePolicy} policy
 * @param {string} url
 * @param {string[]} allowed
 * @param {string} what such as 'a "law" source'
 */
function checkAddress(policy, url, allowed, what) {
  const {hostname, pathname} = new URL(url);
  const host = bareHost(hostname);
  const never = Object.entries(policy.never.hosts).find(
    ([bad]) => host === bareHost(bad) || host.endsWith(`.${bareHost(bad)}`)
  );
  if (never) return `${url} cannot be used: ${never[1]}`;
  const path = pathname.toLowerCase();
  const badPath = Object.entries(policy.never.paths).find(([part]) => path.includes(part));
  if (badPath) return `${url} cannot be used: ${badPath[1]}`;
  if (!allowed.some((ok) => host === bareHost(ok))) {
    return `${hostname} is not an allowed host for ${what} (allowed: ${allowed.join(', ')}; see content/${POLICY_FILE})`;
  }
  return undefined;
}

/**
 * @param {SourcePolicy} policy
 * @param {{kind: string, url: string, 'why-this-version'?: string}} source
 * @returns {string | undefined} what breaks the policy
 */
export function checkSource(policy, source) {
  const kind = policy.kinds[source.kind];
  if (!kind) return `"kind" must be one of: ${Object.keys(policy.kinds).join(', ')}`;
  const problem = checkAddress(policy, source.url, kind.hosts, `a "${source.kind}" source`);
  if (problem) return problem;
  const oldVersion = policy['old-versions'].find((end) =>
    new URL(source.url).pathname.replace(/\/$/, '').endsWith(end)
  );
  if (oldVersion && source.kind === 'law' && !source['why-this-version']) {
    return `${source.url} is the law as first passed (${oldVersion}), not as it is now: cite the current version, or say why in "why-this-version"`;
  }
  return undefined;
}

/** @param {SourcePolicy} policy @param {string} url */
export const checkHelpPage = (policy, url) => checkAddress(policy, url, policy.help.hosts, 'a help page');

/**
 * Checks sources and help pages against the source policy.
 * @param {SourcePolicy | undefined} policy
 * @param {{id: string, kind: string, url: string, 'why-this-version'?: string}[]} sources
 * @param {{title: string, url: string}[]} help
 * @param {(key: string) => number} lineOf
 */
export function checkSourceList(policy, sources, help, lineOf) {
  if (!policy) return [];
  return [
    ...sources.flatMap((source) => {
      const problem = checkSource(policy, source);
      return problem ? [{line: lineOf('sources'), message: `source "${source.id}": ${problem}`}] : [];
    }),
    ...help.flatMap((page) => {
      const problem = checkHelpPage(policy, page.url);
      return problem ? [{line: lineOf('help'), message: `help page "${page.title}": ${problem}`}] : [];
    }),
  ];
}
