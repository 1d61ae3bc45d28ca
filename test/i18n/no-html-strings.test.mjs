// @ts-check
// Source rules that keep the widget safe and portable. HTML-string sinks would let
// HTML strings through (and bypass Trusted Types in the case of unsafeHTML).
import assert from 'node:assert/strict';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {it} from 'node:test';

const SRC = path.resolve(import.meta.dirname, '../../src');
const FORBIDDEN =
  /\b(innerHTML|outerHTML|insertAdjacentHTML|unsafeHTML|unsafeSVG|unsafeStatic|document\.write)\b|\bstyle=|styleMap/;

it('src/ never uses HTML-string sinks, unsafeHTML or style attributes', async () => {
  const files = (await readdir(SRC, {recursive: true})).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const lines = (await readFile(path.join(SRC, file), 'utf8')).split('\n');
    lines.forEach((line, i) => assert.doesNotMatch(line, FORBIDDEN, `src/${file}:${i + 1}`));
  }
});

it('the built entry does not contain the Markdown parser', async () => {
  const entry = await readFile(path.resolve(import.meta.dirname, '../../dist/family-rights-guide.js'), 'utf8').catch(
    () => ''
  );
  assert.ok(entry.length > 0, 'build first: dist/family-rights-guide.js is missing');
  assert.doesNotMatch(entry, /marked|blockquote|codespan/);
});

it('src/ CSS uses logical properties only (no left or right), so layouts mirror in right-to-left languages', async () => {
  const files = (await readdir(SRC, {recursive: true})).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const text = await readFile(path.join(SRC, file), 'utf8');
    for (const [, css] of text.matchAll(/css`([\s\S]*?)`/g)) {
      assert.doesNotMatch(css, /\b(left|right)\b/, `src/${file}`);
    }
    for (const [, css] of text.matchAll(/replaceSync\(`([\s\S]*?)`\)/g)) {
      assert.doesNotMatch(css, /\b(left|right)\b/, `src/${file}`);
    }
  }
});
