// @ts-check
// The hash tree that pins every data file to the entry.
//
// Each data file is a leaf: the SHA-256 of its path under the data folder and
// its bytes. Pairs of hashes are hashed together, level by level, up to one
// root, which the entry holds. Each file starts with one line, its proof: the
// hashes beside it on the way up. The widget hashes what it fetched, climbs
// with the proof, and uses the file only if it reaches the root
// (src/content/content-store.ts does the same steps).
//
// So the entry holds one hash however many files there are, each file is
// checked on its own, in one request, and a proof grows by one hash each time
// the number of files doubles.
import {createHash} from 'node:crypto';

/** @param {(Uint8Array | string)[]} parts */
function sha256(...parts) {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/**
 * A file's leaf: 0, its path, 0, its bytes. The path makes a file served in
 * another's place fail, and the leading 0 keeps a leaf from passing for a pair.
 * @param {string} path @param {Uint8Array} body
 */
export const leafHash = (path, body) => sha256(Uint8Array.of(0), path, Uint8Array.of(0), body);

/** A pair: 1, then the two hashes, the smaller first, so a proof needs no left or right. @param {Buffer} a @param {Buffer} b */
export const pairHash = (a, b) =>
  Buffer.compare(a, b) <= 0 ? sha256(Uint8Array.of(1), a, b) : sha256(Uint8Array.of(1), b, a);

/**
 * Builds the tree over `files` and returns its root and each file's proof.
 * A hash with no partner at its level goes up unchanged.
 *
 * The strings files, which every first view asks for, have a tree of their
 * own, paired with the rest's at the root: their proofs stay short however
 * many topics there are, and climbing them takes fewer steps.
 * @param {Map<string, Uint8Array>} files each file's bytes, by its path under the data folder
 * @returns {{root: Buffer, proofs: Map<string, Buffer[]>}}
 */
export function hashTree(files) {
  const paths = [...files.keys()].sort();
  const groups = [paths.filter(isStrings), paths.filter((path) => !isStrings(path))].filter((group) => group.length);
  if (!groups.length) throw new Error('there are no data files to pin');
  /** @type {Map<string, Buffer[]>} */
  const proofs = new Map(paths.map((path) => [path, []]));
  const roots = groups.map((group) => treeOf(group, files, proofs));
  if (roots.length === 1) return {root: roots[0], proofs};
  for (const [i, group] of groups.entries()) for (const path of group) proofs.get(path)?.push(roots[1 - i]);
  return {root: pairHash(roots[0], roots[1]), proofs};
}

const isStrings = (/** @type {string} */ path) => path.endsWith('/strings.json');

/**
 * One tree over `paths`: its root, with each path's proof added to `proofs`.
 * @param {string[]} paths @param {Map<string, Uint8Array>} files @param {Map<string, Buffer[]>} proofs
 */
function treeOf(paths, files, proofs) {
  let level = paths.map((path) => ({hash: leafHash(path, /** @type {Uint8Array} */ (files.get(path))), paths: [path]}));
  while (level.length > 1) {
    const next = [];
    for (let i = 0; i < level.length; i += 2) {
      const [a, b] = [level[i], level[i + 1]];
      if (!b) {
        next.push(a);
        continue;
      }
      for (const path of a.paths) proofs.get(path)?.push(b.hash);
      for (const path of b.paths) proofs.get(path)?.push(a.hash);
      next.push({hash: pairHash(a.hash, b.hash), paths: [...a.paths, ...b.paths]});
    }
    level = next;
  }
  return level[0].hash;
}

/**
 * A data file as it is written: its proof on the first line, the hashes in base64 with spaces between, then its
 * bytes. Text, not bytes, so that nothing on the way that takes JSON for text can change it; base64 costs no more
 * than bytes once compressed.
 * @param {Buffer[]} proof @param {Uint8Array} body
 */
export const withProof = (proof, body) =>
  Buffer.concat([Buffer.from(`${proof.map((hash) => hash.toString('base64')).join(' ')}\n`), body]);

/** A written data file's JSON bytes, after its proof line. @param {Uint8Array} file */
export const bodyOf = (file) => file.subarray(file.indexOf(10) + 1);

/**
 * The root a written data file climbs to, or undefined if it has no proof line.
 * @param {string} path @param {Uint8Array} file
 */
export function rootOf(path, file) {
  const newline = file.indexOf(10);
  if (newline < 0) return undefined;
  const proof = Buffer.from(file.subarray(0, newline)).toString('ascii').split(' ').filter(Boolean);
  return proof.reduce(
    (hash, sibling) => pairHash(hash, Buffer.from(sibling, 'base64')),
    leafHash(path, file.subarray(newline + 1))
  );
}
