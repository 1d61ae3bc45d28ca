// The README's list of topic slugs, which hosts copy into the `topic` attribute, is the built guide's list.
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {it} from 'node:test';

const root = path.resolve(import.meta.dirname, '..');

it("the README lists every topic's slug, in the guide's order (needs a build)", async () => {
  const [folder] = await readdir(path.join(root, 'dist', 'content'));
  const file = await readFile(path.join(root, 'dist', 'content', folder, 'en', 'index.json'), 'utf8');
  // A data file starts with the digests that check it, then the JSON.
  const {topics} = JSON.parse(file.slice(file.indexOf('{')));
  const line = (await readFile(path.join(root, 'README.md'), 'utf8'))
    .split('\n')
    .find((text) => text.startsWith('Topic slugs are'));
  assert.ok(line, 'no "Topic slugs are" line in the README');
  const listed = [...line.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
  assert.deepEqual(
    listed,
    topics.map((/** @type {{slug: string}} */ topic) => topic.slug)
  );
});
