// @ts-check
// The package as a host app gets it from npm: packed from the build (npm test has just built dist/) and
// installed, offline, into a new project in a temporary folder.
import {execFile} from 'node:child_process';
import {mkdir, mkdtemp, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';

export const root = path.resolve(import.meta.dirname, '..');
export const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Packs the package as `npm publish` would, without running the build again, and installs it into a new project.
 * @returns {Promise<{project: string, packed: {path: string}[]}>}
 */
export async function installPackedPackage() {
  const project = await mkdtemp(path.join(tmpdir(), 'frg-host-app-'));
  const {stdout} = await run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', project], {cwd: root});
  const [{filename, files}] = JSON.parse(stdout);
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
  return {project, packed: files};
}

/** Links packages from this project's node_modules into the host project's, as if the host had installed them. */
export async function linkFromProject(/** @type {string} */ project, /** @type {string[]} */ names) {
  for (const name of names) {
    await mkdir(path.dirname(path.join(project, 'node_modules', name)), {recursive: true});
    await symlink(path.join(root, 'node_modules', name), path.join(project, 'node_modules', name), 'dir');
  }
}
