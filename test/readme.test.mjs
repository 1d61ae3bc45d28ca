// The README and the demo say what the built guide does: its topic slugs, and the embed snippet hosts copy.
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

it("the demo's embed snippet is the README's, with integrity, quick-exit and exit-url", async () => {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const snippet = /## Embed it\n\n```html\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(snippet, 'no html block under "Embed it" in the README');
  for (const part of ['integrity="', 'crossorigin="anonymous"', ' quick-exit', ' exit-url="'])
    assert.ok(snippet.includes(part), `the README's snippet has no ${part}`);
  const demo = await readFile(path.join(root, 'demo', 'index.html'), 'utf8');
  const shown = /<pre><code>(&lt;script[\s\S]*?)<\/code><\/pre>/.exec(demo)?.[1];
  const text = String(shown)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  assert.equal(text, snippet);
});
