// @ts-check
// The content build against files made to break it: huge, deeply nested, or
// built to make a parser loop. Each must end as `file:line: message`, quickly,
// never as a stack trace or a hang.
import assert from 'node:assert/strict';
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {compileContent, formatError} from '../../../scripts/content/compile-content.mjs';
import {GLOSSARY, TODAY, compile, contentFolder, rejects, topic} from './content-fixtures.mjs';

const MB = 1024 * 1024;

/** A topic whose "What this means" section is `text`. @param {string} text */
const withBody = (text) =>
  topic({
    body: `## What this means {#what-this-means}

${text}

## Questions you could ask {#questions}

- Is this section 20? {#q-is-it}
- What happens if I say no? {#q-say-no}
- Can I take my child home? {#q-take-home}
- How long will it last? {#q-how-long}
- What contact will I have? {#q-contact}`,
  });

/** Short paragraphs with a term, a citation, a list and bold text, to about `bytes`. @param {number} bytes */
function paragraphs(bytes) {
  const block = `The council looks after your child under [section 20](glossary:section-20) [@ca1989-s20]. You can **ask** why.

- You can ask for a meeting.
- You can bring someone with you.

`;
  return block.repeat(Math.ceil(bytes / block.length)).trimEnd();
}

/** Front matter with `yaml` added before the closing line. @param {string} yaml */
const withFront = (yaml) => topic().replace(/\n---\n/, `\n${yaml}\n---\n`);

/** An alias bomb: nine aliases of nine aliases of … a list, a billion strings once expanded. */
const ALIAS_BOMB = [
  'bomb-a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((name, i) => {
    const previous = 'abcdefghi'[i];
    return `bomb-${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`;
  }),
].join('\n');

describe('content build: hostile and huge files', () => {
  it('builds a generated 2 MB topic, in time that grows in line with its size', async (t) => {
    /** @type {Record<number, number>} */
    const took = {};
    for (const size of [1, 2]) {
      const text = withBody(paragraphs(size * MB));
      const started = performance.now();
      const {messages, locales} = await compile({'section-20.md': text});
      took[size] = performance.now() - started;
      assert.deepEqual(messages, []);
      assert.ok(locales.en.topics[0].body.length > size * 10_000, 'every paragraph is in the built topic');
    }
    t.diagnostic(
      `2 MB topic built in ${Math.round(took[2])} ms; 1 MB in ${Math.round(took[1])} ms ` +
        `(ratio ${(took[2] / took[1]).toFixed(2)}; linear is 2)`
    );
  });

  it('reports a mistake at the end of a 2 MB topic at its own line', async () => {
    const text = withBody(`${paragraphs(2 * MB)}\n\nThe end <b>here</b>.`);
    const line = text.split('\n').findIndex((l) => l.includes('<b>')) + 1;
    await rejects({'a.md': text}, new RegExp(`^en/topics/a\\.md:${line}: raw HTML is not allowed`));
  });

  it('lists the first 200 of the problems in a file and counts the rest', async () => {
    const {messages} = await compile({'a.md': withBody('<b>x</b> '.repeat(100_000))});
    assert.equal(messages.length, 201);
    assert.match(messages[0], /^en\/topics\/a\.md:1: and \d+ more problems in this file$/);
    assert.match(messages[200], /^en\/topics\/a\.md:13: raw HTML is not allowed/);
  });

  it('refuses a file over 5 MB before parsing it', () =>
    rejects(
      {'a.md': withBody('x'.repeat(5 * MB + 1))},
      /^en\/topics\/a\.md:1: this file is 5\.0 MB; a content file may be at most 5 MB/
    ));

  it('refuses a YAML alias bomb in a topic and in a glossary', async () => {
    await rejects({'a.md': withFront(ALIAS_BOMB)}, /^en\/topics\/a\.md:10: front matter cannot use YAML aliases/);
    const glossary = GLOSSARY.replace(/\n---\n/, `\n${ALIAS_BOMB}\n---\n`);
    await rejects({'a.md': topic()}, /^en\/glossary\.md:8: front matter cannot use YAML aliases/, glossary);
  });

  it('refuses deeply nested front matter before YAML parses it', async () => {
    await rejects(
      {'a.md': withFront(`deep: ${'['.repeat(5000)}${']'.repeat(5000)}`)},
      /^en\/topics\/a\.md:9: front matter nests brackets 5000 deep; at most 8 are allowed/
    );
    const indented = Array.from({length: 3000}, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    await rejects(
      {'a.md': withFront(indented)},
      /^en\/topics\/a\.md:26: this line of front matter is indented 17 spaces; at most 16 are allowed/
    );
  });

  it('counts brackets inside quoted strings as text, not nesting', async () => {
    const {messages} = await compile({'a.md': withFront(`why: "${'['.repeat(50)}" # ${'{'.repeat(50)}`)});
    assert.ok(!messages.some((m) => /nests brackets/.test(m)), messages.join('\n'));
  });

  for (const [name, markers] of [
    ['list markers', '- '],
    ['quote markers', '> '],
    ['numbered list markers', '1. '],
  ]) {
    it(`refuses 10 KB of nested ${name} on one line before Markdown parses it`, () =>
      rejects(
        {'a.md': withBody(`${markers.repeat(10_000 / markers.length)}x`)},
        /^en\/topics\/a\.md:13: this line starts \d+ lists or quotes inside each other; at most 3 are allowed/
      ));
  }

  it('refuses lines indented ever deeper before Markdown parses them', () =>
    rejects(
      {'a.md': withBody(Array.from({length: 2000}, (_, i) => `${' '.repeat(2 * i)}- x`).join('\n'))},
      /^en\/topics\/a\.md:22: this line is indented 18 spaces; at most 16 are allowed/
    ));

  it('refuses long runs of emphasis marks, and emphasis nested thousands deep', async () => {
    await rejects(
      {'a.md': withBody(`${'*'.repeat(50_000)}x${'*'.repeat(50_000)}`)},
      /^en\/topics\/a\.md:13: a run of 50000 "\*" marks; at most 3 are allowed/
    );
    await rejects(
      {'a.md': withBody(`${'*a _b '.repeat(1500)}x${' b_ a*'.repeat(1500)}`)},
      /^en\/topics\/a\.md:13: this paragraph has 6000 \* and _ marks; at most 500 are allowed/
    );
  });

  it('refuses direction controls and invisible characters, but keeps the joiners some scripts need', async () => {
    await rejects(
      {'a.md': withBody('Call \u202E6630 108 8080\u202C today.')},
      /^en\/topics\/a\.md:13: U\+202E \(a direction control\) is not allowed/
    );
    await rejects({'a.md': withBody('Free\u200Badvice.')}, /^en\/topics\/a\.md:13: U\+200B \(an invisible character\)/);
    await rejects(
      {'a.md': topic()},
      /^en\/glossary\.md:11: U\+2066 \(a direction control\)/,
      GLOSSARY.replace('by agreement', 'by \u2066agreement\u2069')
    );
    const {messages} = await compile({'a.md': withBody('A word with a joiner: می\u200Cخواهم, and a mark: \u200F.')});
    assert.ok(!messages.some((m) => /is not allowed: it can change/.test(m)), messages.join('\n'));
  });

  for (const [what, href] of [
    ['a Cyrillic look-alike letter', 'https://frg.\u043Erg.uk/'],
    ['punycode', 'https://frg.xn--rg-emc.uk/'],
    ['a look-alike email domain', 'mailto:advice@frg.\u043Erg.uk'],
  ]) {
    it(`refuses a web address with ${what}`, () =>
      rejects(
        {'a.md': withBody(`See [the site](${href}) [@ca1989-s20].`)},
        /^en\/topics\/a\.md:13: link ".*" has a web address with letters outside plain English ones/
      ));
  }

  it('refuses a phone link that shows one number and dials another', async () => {
    await rejects(
      {'a.md': withBody('Call [0808 801 0366](tel:09095550100) [@ca1989-s20].')},
      /^en\/topics\/a\.md:13: link "tel:09095550100" shows other digits than it dials/
    );
    const {messages} = await compile({'a.md': withBody('Call [the helpline](tel:08088010366) [@ca1989-s20].')});
    assert.ok(!messages.some((m) => /shows other digits/.test(m)), messages.join('\n'));
  });

  it('reports a topic that cannot be read at its file, and goes on with the others', async () => {
    const dir = await contentFolder();
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
    await mkdir(path.join(dir, 'en', 'topics', 'b.md'));
    const {errors, locales} = await compileContent({contentDir: dir, today: TODAY});
    const messages = errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))}));
    assert.deepEqual(messages, ['en/topics/b.md:1: this file could not be read (EISDIR)']);
    assert.deepEqual(
      locales.en.topics.map((topic) => topic.slug),
      ['a']
    );
  });

  it('reports a source policy that is an alias bomb at its file', async () => {
    const dir = await contentFolder();
    await writeFile(path.join(dir, 'source-policy.yaml'), ALIAS_BOMB);
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
    const {errors} = await compileContent({contentDir: dir, today: TODAY});
    const messages = errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))}));
    assert.ok(
      messages.some((m) => /^source-policy\.yaml:2: the source policy expands YAML aliases \(\*name\) too far/.test(m)),
      messages.join('\n')
    );
  });
});
