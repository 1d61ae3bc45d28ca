// @ts-check
// The content build: every rule it enforces has a failing input here.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {promisify} from 'node:util';
import {compileContent, formatError} from '../../../scripts/content/compile-content.mjs';
import {buildDataFiles} from '../../../scripts/content/data-files.mjs';
import {bodyOf, rootOf} from '../../../scripts/content/hash-tree.mjs';
import {STAGES} from '../../../scripts/content/front-matter.mjs';
import {textHash} from '../../../scripts/content/text-hash.mjs';
import {
  GLOSSARY,
  TODAY,
  compile,
  compileTranslation,
  contentFolder,
  rejects,
  topic,
  translated,
} from './content-fixtures.mjs';

describe('content build: valid input', () => {
  it('compiles a topic into a data tree with its glossary terms, questions and sources', async () => {
    const {errors, locales} = await compile({'section-20.md': topic()});
    assert.deepEqual(errors, []);
    const [compiled] = locales.en.topics;
    assert.equal(compiled.slug, 'section-20');
    assert.equal(compiled.lastUpdated, '2026-11-01');
    assert.equal(compiled.reviewed, undefined);
    assert.deepEqual(compiled.body[1], {
      type: 'paragraph',
      children: [
        'The council looks after your child under ',
        {type: 'term', id: 'section-20', children: ['section 20']},
        {type: 'cite', sources: [1]},
        '.',
      ],
    });
    assert.deepEqual(compiled.sources, [
      {
        id: 'ca1989-s20',
        kind: 'law',
        title: 'Children Act 1989, section 20',
        url: 'https://www.legislation.gov.uk/ukpga/1989/41/section/20',
      },
    ]);
    assert.deepEqual(/** @type {any} */ (compiled.body[3]).items[0], {
      id: 'q-is-it',
      children: ['Is this section 20?'],
    });
    assert.deepEqual(Object.keys(compiled.glossary), ['section-20']);
  });

  it('sorts topics by order and allows strong, emphasis and tel:, mailto: and https: links', async () => {
    const body = `## What this means {#what-this-means}

**Call** _now_: [999](tel:999) or [email](mailto:a@example.org) or [site](https://frg.org.uk/) [@ca1989-s20].

## Questions you could ask {#questions}

- One? {#q-b-1}
- Two? {#q-b-2}
- Three? {#q-b-3}
- Four? {#q-b-4}
- Five? {#q-b-5}`;
    const help = 'help:\n  - {title: Family Rights Group, url: "https://frg.org.uk/"}\n---';
    const withHelp = topic({order: 1, body}).replace(/\n---\n/, `\n${help}\n`);
    const {errors, locales} = await compile({'b.md': withHelp, 'a.md': topic({order: 2})});
    assert.deepEqual(errors, []);
    assert.deepEqual(
      locales.en.topics.map((t) => t.slug),
      ['b', 'a']
    );
  });
});

describe('content build: rejected input, reported as file:line: message', () => {
  const body = (/** @type {string} */ extra) => topic({body: `## What this means {#what-this-means}\n\n${extra}\n`});

  it('rejects raw block HTML', () =>
    rejects({'a.md': body('<div>hello</div>')}, /^en\/topics\/a\.md:13: raw HTML is not allowed/));
  it('rejects inline HTML', () => rejects({'a.md': body('Hello <b>there</b>.')}, /^en\/topics\/a\.md:13: raw HTML/));
  it('rejects scripts', () =>
    rejects({'a.md': body('Text.\n\n<script>alert(1)</script>')}, /^en\/topics\/a\.md:15: raw HTML/));
  it('rejects images', () =>
    rejects({'a.md': body('![x](https://example.org/x.png)')}, /^en\/topics\/a\.md:13: images are not allowed/));
  for (const entity of ['&amp;', '&#60;', '&#x3C;']) {
    it(`rejects the HTML entity ${entity}, named or numeric`, () =>
      rejects({'a.md': body(`Tom ${entity} Jerry`)}, new RegExp(`^en/topics/a\\.md:13: HTML entity "${entity}"`)));
  }
  for (const href of ['http://example.org', 'javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://x.org']) {
    it(`rejects a link to ${href}`, () =>
      rejects(
        {'a.md': body(`A [link](${href}).`)},
        /^en\/topics\/a\.md:13: link ".*" is not allowed; links must start with https:, tel:, mailto: or glossary:/
      ));
  }
  it('rejects unknown glossary ids', () =>
    rejects(
      {'a.md': body('See [care order](glossary:care-order).')},
      /^en\/topics\/a\.md:13: unknown glossary id "care-order"/
    ));

  for (const field of ['title', 'summary', 'order', 'last-updated', 'sources']) {
    it(`rejects a topic without "${field}"`, () => {
      const front = topic()
        .split('---')[1]
        .split('\n')
        .filter((_, i, lines) => {
          const start = lines.findIndex((l) => l.startsWith(`${field}:`));
          if (field === 'sources') return i < start;
          return i !== start;
        });
      return rejects(
        {'a.md': `---${front.join('\n')}\n---\n\n## What this means {#what-this-means}\n\nHi.\n`},
        new RegExp(`^en/topics/a\\.md:1: front matter is missing "${field}"`)
      );
    });
  }
  /** @type {Record<string, [string, RegExp]>} */
  const invalid = {
    title: ['title: ""', /:2: "title" must be one line/],
    summary: ['summary: [a, b]', /:3: "summary" must be one line/],
    order: ['order: 1.5', /:4: "order" must be a whole number/],
    'last-updated': ['last-updated: 23/11/2026', /:5: "last-updated" must be a date written as YYYY-MM-DD/],
    future: ['last-updated: 2026-12-01', /:5: "last-updated" \(2026-12-01\) is in the future/],
    impossible: ['last-updated: 2026-02-30', /:5: "last-updated" must be a date/],
    sources: [
      'sources:\n  - {id: act, kind: law, title: Act,\n     url: "http://www.legislation.gov.uk/"}',
      /:6: source "act" needs a "url" starting with https:\/\//,
    ],
    'source id': [
      'sources:\n  - {kind: law, title: Act,\n     url: "https://www.legislation.gov.uk/"}',
      /:6: source 1 needs an "id"/,
    ],
    'source kind': [
      'sources:\n  - {id: act, kind: blog, title: Act,\n     url: "https://www.legislation.gov.uk/"}',
      /:6: source "act" needs a "kind": one of law, statutory-guidance, guidance, case-law, advice/,
    ],
  };
  for (const [name, [line, expected]] of Object.entries(invalid)) {
    it(`rejects an invalid "${name}"`, () => {
      const key = line.split(':')[0];
      const lines = topic().split('\n');
      const start = lines.findIndex((l) => l.startsWith(`${key}:`));
      const end = key === 'sources' ? start + 3 : start + 1;
      lines.splice(start, end - start, line);
      return rejects({'a.md': lines.join('\n')}, new RegExp(`^en/topics/a\\.md${expected.source}`));
    });
  }
  it('rejects unknown front-matter fields', () =>
    rejects(
      {'a.md': topic().replace('order: 1', 'order: 1\nlast-reviewed: 2026-01-01')},
      /^en\/topics\/a\.md:5: unknown front-matter field "last-reviewed" .*"last-reviewed" is now "last-updated"/
    ));
  it('rejects broken YAML', () =>
    rejects(
      {'a.md': topic().replace('order: 1', 'order: [1')},
      /^en\/topics\/a\.md:\d+: front matter is not valid YAML/
    ));
  it('rejects a file without front matter', () =>
    rejects({'a.md': '# Hello\n'}, /^en\/topics\/a\.md:1: the file must start with front matter/));

  it('rejects a duplicate order, naming the other file', () =>
    rejects(
      {'a.md': topic({order: 3}), 'b.md': topic({order: 3}).replaceAll('{#q-', '{#q-b-')},
      /^en\/topics\/b\.md:4: order 3 is already used by .*a\.md/
    ));

  it('rejects sections out of order and unknown section ids', async () => {
    const swapped = topic({
      body: '## Your rights {#your-rights}\n\nA.\n\n## What this means {#what-this-means}\n\nB.\n',
    });
    await rejects({'a.md': swapped}, /^en\/topics\/a\.md:15: section \{#what-this-means\} is out of order/);
    await rejects(
      {'a.md': topic({body: '## Extra {#extra}\n\nA.\n'})},
      /^en\/topics\/a\.md:11: section heading needs one of these ids/
    );
  });

  it('rejects questions without ids, with bad ids, or with duplicate ids across topics', async () => {
    const noId = topic().replace(' {#q-say-no}', '');
    await rejects({'a.md': noId}, /^en\/topics\/a\.md:18: each question must end with an id/);
    await rejects(
      {'a.md': topic().replace('{#q-say-no}', '{#say-no}')},
      /^en\/topics\/a\.md:18: question id "say-no" must start with "q-"/
    );
    await rejects(
      {'a.md': topic({order: 1}), 'b.md': topic({order: 2})},
      /^en\/topics\/b\.md:17: question id "q-is-it" is already used in .*a\.md/
    );
  });

  it('rejects a questions section with too few questions', () =>
    rejects(
      {'a.md': topic({body: '## Questions you could ask {#questions}\n\n- Why? {#q-why}\n'})},
      /^en\/topics\/a\.md:13: a topic needs 5 to 10 questions, not 1/
    ));

  it('rejects "#" headings, tables, code and nested lists', async () => {
    await rejects({'a.md': body('# Big')}, /:13: do not use "#" headings/);
    await rejects({'a.md': body('| a | b |\n|---|---|\n| 1 | 2 |')}, /:13: tables are not allowed/);
    await rejects({'a.md': body('Use `code`.')}, /:13: code spans/);
    await rejects({'a.md': body('- one\n  - two')}, /:13: lists inside lists are not allowed/);
  });

  it('rejects glossary terms without ids or definitions, and links inside definitions', async () => {
    await rejects(
      {'a.md': topic()},
      /^en\/glossary\.md:9: term "Section 20" needs an id/,
      GLOSSARY.replace(' {#section-20}', '')
    );
    await rejects(
      {'a.md': topic()},
      /^en\/glossary\.md:13: term "Care order" has no definition/,
      `${GLOSSARY}\n## Care order {#care-order}\n`
    );
    await rejects(
      {'a.md': topic()},
      /^en\/glossary\.md:11: definitions cannot link to other glossary terms/,
      GLOSSARY.replace('by agreement', 'by [agreement](glossary:agreement)')
    );
  });

  it('rejects a topic that uses a glossary term without linking it once', async () => {
    const unlinked = topic().replace('[section 20](glossary:section-20)', 'Section 20');
    await rejects(
      {'a.md': unlinked},
      /^en\/topics\/a\.md:13: "Section 20" is a glossary term: link it where it is first used, as \[Section 20\]\(glossary:section-20\)/
    );
    const linkedLater = topic().replace('The council looks', 'Section 20 means the council looks');
    await rejects(
      {'a.md': linkedLater},
      /^en\/topics\/a\.md:13: "Section 20" is a glossary term: link it where it is first used/
    );
    const plo = GLOSSARY + '\n## PLO (Public Law Outline) {#plo}\n\nThe rules for court cases about care.\n';
    await rejects(
      {'a.md': topic().replace('The council looks', 'Under the PLO, the council looks')},
      /:13: "PLO" is a glossary term/,
      plo
    );
  });

  it('accepts a glossary term linked once and then used again, or used only in questions', async () => {
    const again = topic().replace(
      '[section 20](glossary:section-20).',
      '[section 20](glossary:section-20). Section 20 is voluntary.'
    );
    assert.deepEqual((await compile({'a.md': again})).errors, []);
    const onlyInQuestions = topic().replace('under [section 20](glossary:section-20)', 'by agreement');
    assert.deepEqual((await compile({'a.md': onlyInQuestions})).errors, []);
  });

  it('reports every error, not just the first', async () => {
    const {messages} = await compile({'a.md': body('<b>x</b> and ![i](https://e.org/i.png) and [l](http://e.org)')});
    // Four problems in the text, and its one source is no longer cited.
    assert.equal(messages.length, 5, messages.join('\n'));
  });
});

describe('content build: every claim names its source', () => {
  /**
   * A topic whose sources are given in YAML lines and whose "Your rights" section holds `rights`.
   * @param {string} rights
   * @param {string} [sources]
   */
  const withRights = (rights, sources = SOURCES) =>
    topic({
      front: `title: Section 20\nsummary: By agreement.\norder: 1\nlast-updated: 2026-11-01\nsources:\n${sources}\nstage: living-elsewhere`,
      body: `## What this means {#what-this-means}\n\nBy [section 20](glossary:section-20) [@ca1989-s20].\n\n## Your rights {#your-rights}\n\n${rights}\n`,
    });
  const SOURCES = [
    '  - {id: ca1989-s20, kind: law, title: "Children Act 1989, section 20", url: "https://www.legislation.gov.uk/ukpga/1989/41/section/20"}',
    '  - {id: wt2023, kind: statutory-guidance, title: Working Together 2023, url: "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"}',
    '  - {id: williams, kind: case-law, title: Williams v Hackney, url: "https://www.bailii.org/uk/cases/UKSC/2018/37.html"}',
    '  - {id: frg, kind: advice, title: Family Rights Group, url: "https://frg.org.uk/get-help-and-advice/"}',
  ].join('\n');
  const allCited = '\n\nAsk [@wt2023; @williams; @frg].';
  /** @param {string} rights */
  const errorsFor = async (rights) => (await compile({'a.md': withRights(rights + allCited)})).messages;

  it('accepts cited rights, numbers and "must", and numbers the citations by source', async () => {
    const rights =
      '- You can take your child home [@ca1989-s20].\n- A social worker should visit within one week [@wt2023].\n- The council must listen to you [@ca1989-s20; @wt2023]. Call [0808 801 0366](tel:08088010366) [@frg].';
    const {errors, locales} = await compile({'a.md': withRights(rights + allCited)});
    assert.deepEqual(errors, []);
    const list = /** @type {any} */ (locales.en.topics[0].body[3]);
    assert.deepEqual(
      list.items[2].filter((/** @type {any} */ n) => n.type === 'cite'),
      [
        {type: 'cite', sources: [1, 2]},
        {type: 'cite', sources: [4]},
      ]
    );
  });

  it('rejects a point under "Your rights" that cites nothing', async () => {
    const messages = await errorsFor('- You can take your child home.');
    assert.ok(
      messages.some((m) => /^en\/topics\/a\.md:\d+: every point under "Your rights" cites a source/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a time limit, age or phone number with no citation in its sentence', async () => {
    for (const claim of [
      'within 15 working days',
      'within one week',
      'if they are 16 or 17',
      'on [0808 801 0366](tel:08088010366)',
    ]) {
      const messages = await errorsFor(`Ask for a meeting [@wt2023]. They should reply ${claim}.`);
      assert.ok(
        messages.some((m) => /is a time limit or number: cite its source in the same sentence/.test(m)),
        `${claim}:\n${messages.join('\n')}`
      );
    }
  });

  it('does not count the numbers in the name of a law or in a glossary link as claims', async () => {
    const messages = await errorsFor(
      'Read section 47 of the Children Act 1989 and Part 25 of the rules [@ca1989-s20]. Then read about [section 20](glossary:section-20) again.'
    );
    assert.deepEqual(messages, []);
  });

  it('rejects "must", "has to" or "the law says" backed only by guidance or advice', async () => {
    for (const claim of ['The council must tell you', 'The council has to tell you', 'The law says they tell you']) {
      const messages = await errorsFor(`${claim} [@wt2023; @frg].`);
      assert.ok(
        messages.some((m) => /needs a law or case-law source in the same sentence; guidance says "should"/.test(m)),
        `${claim}:\n${messages.join('\n')}`
      );
    }
    assert.deepEqual(await errorsFor('Your agreement must be real [@williams].'), []);
  });

  it('rejects a citation of a source the file does not list, and a source never cited', async () => {
    const unknown = await errorsFor('- You can say no [@ca1989-s21].');
    assert.ok(
      unknown.some((m) => /citation \[@ca1989-s21\] is not one of this file's sources/.test(m)),
      unknown.join('\n')
    );
    const {messages} = await compile({'a.md': withRights('- You can say no [@ca1989-s20].')});
    assert.ok(
      messages.some((m) => /^en\/topics\/a\.md:1: source "wt2023" is never cited/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a badly written citation', async () => {
    const messages = await errorsFor('- You can say no [@CA 1989].');
    assert.ok(
      messages.some((m) => /citation "\[@CA 1989\]" must list source ids/.test(m)),
      messages.join('\n')
    );
  });

  /** @type {Record<string, [string, RegExp]>} */
  const outsidePolicy = {
    'a user upload': [
      'kind: law, title: s34, url: "https://it.scribd.com/document/420448659/Uk-law-parental"',
      /scribd\.com\/document\/420448659\/Uk-law-parental cannot be used: a copy uploaded by a user/,
    ],
    'a paywalled page': [
      'kind: law, title: DPA, url: "https://www.lexisnexis.co.uk/legal/legislation/dpa"',
      /cannot be used: behind a paywall/,
    ],
    'a privacy policy': [
      'kind: advice, title: FRG, url: "https://frg.org.uk/telephony-advice-service-privacy-policy/"',
      /cannot be used: a privacy policy is not a help page or a source/,
    ],
    'a press release': [
      'kind: advice, title: Refuge, url: "https://refuge.org.uk/news/refuge-response/"',
      /cannot be used: a news item/,
    ],
    'law that is not on legislation.gov.uk': [
      'kind: law, title: s31, url: "https://www.stoppa.org.uk/section-31"',
      /stoppa\.org\.uk is not an allowed host for a "law" source/,
    ],
    'a blog as case law': [
      'kind: case-law, title: Williams, url: "https://ukscblog.com/new-judgment"',
      /ukscblog\.com is not an allowed host for a "case-law" source/,
    ],
    'law as first enacted': [
      'kind: law, title: s2, url: "https://legislation.gov.uk/ukpga/1989/41/section/2/enacted"',
      /is the law as first passed \(\/enacted\), not as it is now/,
    ],
  };
  for (const [name, [fields, expected]] of Object.entries(outsidePolicy)) {
    it(`rejects a source outside the source policy: ${name}`, async () => {
      const {messages} = await compile({
        'a.md': withRights(`- You can say no [@ca1989-s20; @x].`, `${SOURCES.split('\n')[0]}\n  - {id: x, ${fields}}`),
      });
      assert.ok(
        messages.some((m) => /^en\/topics\/a\.md:6: source "x": /.test(m) && expected.test(m)),
        messages.join('\n')
      );
    });
  }

  it('accepts law as first enacted when the source says why', async () => {
    const old =
      '  - {id: x, kind: law, title: s2, url: "https://legislation.gov.uk/ukpga/1989/41/section/2/enacted", why-this-version: the wording before 2003}';
    const {messages} = await compile({
      'a.md': withRights('- You can say no [@ca1989-s20; @x].', `${SOURCES.split('\n')[0]}\n${old}`),
    });
    assert.deepEqual(messages, []);
  });

  it('sends readers only to the help pages listed, each checked against the policy', async () => {
    const help = (/** @type {string} */ url) => `help:\n  - {title: Their website, url: "${url}"}\n---`;
    const page = 'Check their [website](https://frg.org.uk/get-help-and-advice/).';
    const notListed = await errorsFor(page);
    assert.ok(
      notListed.some((m) => /https:\/\/frg\.org\.uk\/get-help-and-advice\/ is not in this file's "help" pages/.test(m)),
      notListed.join('\n')
    );
    const listed = withRights(page + allCited).replace(
      /\n---\n/,
      `\n${help('https://frg.org.uk/get-help-and-advice/')}\n`
    );
    assert.deepEqual((await compile({'a.md': listed})).messages, []);
    const privacy = withRights(allCited).replace(
      /\n---\n/,
      `\n${help('https://frg.org.uk/telephony-advice-service-privacy-policy/')}\n`
    );
    const messages = (await compile({'a.md': privacy})).messages;
    assert.ok(
      messages.some((m) => /help page "Their website": .* a privacy policy is not a help page/.test(m)),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) =>
        /help page https:\/\/frg\.org\.uk\/telephony-advice-service-privacy-policy\/ is never linked/.test(m)
      ),
      messages.join('\n')
    );
  });

  it('checks definitions in the glossary too, but shows no citations inside them', async () => {
    const uncited = GLOSSARY.replace(
      'by agreement [@ca1989].',
      'for up to 8 days. It must end [@ca1989]. Then [@ca1989].'
    ).replace('for up to 8 days.', 'for up to 8 days.');
    const messages = (await compile({'a.md': topic()}, uncited)).messages;
    assert.ok(
      messages.some((m) => /^en\/glossary\.md:11: "8" is a time limit or number/.test(m)),
      messages.join('\n')
    );
    const {locales} = await compile({'a.md': topic()});
    assert.deepEqual(locales.en.glossary['section-20'].definition, [
      'When the council looks after your child by agreement.',
    ]);
  });

  it('rejects a glossary that is not in alphabetical order', async () => {
    const unordered = `${GLOSSARY}\n## Adoption order {#adoption-order}\n\nA court order that makes adopters the legal parents [@ca1989].\n`;
    await rejects(
      {'a.md': topic()},
      /^en\/glossary\.md:13: "Adoption order" is out of alphabetical order: it comes before "Section 20" \(line 9\)/,
      unordered
    );
  });
});

describe('content build: review records', () => {
  /** @param {string} text @param {string} hash */
  const withReview = (text, hash, role = 'family-law-solicitor') =>
    text.replace(/\n---\n/, `\nreviewed:\n  role: ${role}\n  date: 2026-11-20\n  text-hash: ${hash}\n---\n`);

  it('shows a review only for the exact text reviewed: any edit ends it', async () => {
    const original = topic();
    const reviewed = withReview(original, textHash(original));
    assert.equal(textHash(reviewed), textHash(original), 'recording a review does not change the text hash');
    const before = await compile({'a.md': reviewed});
    assert.deepEqual(before.errors, []);
    assert.deepEqual(before.locales.en.topics[0].reviewed, {role: 'family-law-solicitor', date: '2026-11-20'});

    const edited = reviewed.replace('looks after your child', 'cares for your child');
    const after = await compile({'a.md': edited});
    assert.deepEqual(after.errors, []);
    assert.equal(after.locales.en.topics[0].reviewed, undefined);
    const newSource = await compile({
      'a.md': reviewed.replace('Children Act 1989, section 20"', 'Children Act 1989, s20"'),
    });
    assert.equal(newSource.locales.en.topics[0].reviewed, undefined, 'a changed source also ends the review');
  });

  it('rejects a review record with an unknown role, a bad date or a bad hash', async () => {
    await rejects(
      {'a.md': withReview(topic(), 'abcdef012345', 'friend')},
      /"reviewed\.role" must be one of: family-law-solicitor, family-law-barrister, family-law-adviser/
    );
    await rejects({'a.md': withReview(topic(), 'abc')}, /"reviewed\.text-hash" must be the 12-character text hash/);
    await rejects(
      {'a.md': withReview(topic(), 'abcdef012345').replace('date: 2026-11-20', 'date: 2027-01-01')},
      /"reviewed\.date" \(2027-01-01\) is in the future/
    );
  });

  it('npm run content:status lists each topic as checked, out of date or not checked, with its text hash', async () => {
    const dir = await contentFolder();
    const checked = topic();
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'checked.md'), withReview(checked, textHash(checked)));
    await writeFile(
      path.join(dir, 'en', 'topics', 'edited.md'),
      withReview(checked, textHash(checked)).replace('looks after', 'cares for')
    );
    await writeFile(path.join(dir, 'en', 'topics', 'new.md'), topic());
    const {stdout} = await promisify(execFile)(process.execPath, ['scripts/content/status.mjs'], {
      cwd: path.resolve(import.meta.dirname, '../../..'),
      env: {...process.env, FRG_CONTENT_DIR: dir},
    });
    const row = (/** @type {string} */ name) => stdout.split('\n').find((line) => line.startsWith(`${name} `)) ?? '';
    assert.match(
      row('checked'),
      new RegExp(`checked +${textHash(checked)} +2026-11-01 +by a family law solicitor on 2026-11-20`)
    );
    assert.match(
      row('edited'),
      /out of date +[0-9a-f]{12} +2026-11-01 +the text changed after the review of 2026-11-20/
    );
    assert.match(row('new'), new RegExp(`not checked +${textHash(checked)}`));
    assert.match(stdout, /1 checked, 1 out of date, 2 not checked/);
  });

  it('never lets a translation carry a review', async () => {
    const messages = await compileTranslation({'a.md': withReview(translated(topic()), 'abcdef012345')});
    assert.ok(
      messages.some((m) => /^pl\/topics\/a\.md:\d+: unknown front-matter field "reviewed"/.test(m)),
      messages.join('\n')
    );
  });
});

describe('content build: translations', () => {
  it('accepts a translation with the same ids and its translation fields', async () => {
    assert.deepEqual(
      await compileTranslation({'a.md': translated(topic().replace('What this means', 'Co to znaczy'))}),
      []
    );
  });

  it('rejects a translation without its translation fields, or with bad values', async () => {
    const messages = await compileTranslation({'a.md': topic()});
    assert.ok(
      messages.some((m) => /^pl\/topics\/a\.md:1: front matter is missing "translation"/.test(m)),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /^pl\/topics\/a\.md:6: unknown front-matter field "sources"/.test(m)),
      messages.join('\n')
    );
    const bad = await compileTranslation({
      'a.md': translated(topic(), {fields: 'translation: finished\nsource-hash: xyz'}),
    });
    assert.ok(
      bad.some((m) => /"translation" must be one of: untranslated, draft, reviewed/.test(m)),
      bad.join('\n')
    );
    assert.ok(
      bad.some((m) => /"source-hash" must be the first 12 characters/.test(m)),
      bad.join('\n')
    );
  });

  it('rejects a translation whose question ids or glossary links do not match English', async () => {
    const messages = await compileTranslation({
      'a.md': translated(
        topic().replace('{#q-say-no}', '{#q-nie}').replace('under [section 20](glossary:section-20)', 'by agreement')
      ),
    });
    assert.ok(
      messages.some((m) =>
        /^pl\/topics\/a\.md:\d+: question ids must match English: missing q-say-no; not in English q-nie/.test(m)
      ),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /glossary links must match English: missing section-20/.test(m)),
      messages.join('\n')
    );
  });

  it('rejects a translation that loses a number or a link', async () => {
    const english = topic().replace(
      'The council looks after',
      'Call [0808 801 0366](tel:08088010366) within 15 days. The council looks after'
    );
    const dir = await contentFolder(['en', 'pl']);
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), english);
    await writeFile(path.join(dir, 'pl', 'glossary.md'), translated(GLOSSARY, {english: GLOSSARY}));
    const polish = english
      .replace('within 15 days', 'within 14 days')
      .replace('(tel:08088010366)', '(tel:08088010367)')
      .replace(' [@ca1989-s20]', '');
    await writeFile(path.join(dir, 'pl', 'topics', 'a.md'), translated(polish, {english}));
    const {errors} = await compileContent({contentDir: dir, today: TODAY});
    const messages = errors.map((e) => e.message);
    assert.ok(
      messages.some((m) => /links to tel:08088010366 are in English but not here/.test(m)),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /the numbers 15 are in English but not here/.test(m)),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /the citations of source 1 are in English but not here/.test(m)),
      messages.join('\n')
    );
  });

  it('compares times by value: 9.30am to 3pm may be 9:30 do 15:00, but not 9:30 do 16:00', async () => {
    const english = topic().replace(
      'The council looks after',
      'Call between 9.30am and 3pm [@ca1989-s20]. The council looks after'
    );
    for (const [polishTimes, expected] of [
      ['9:30 i 15:00', undefined],
      ['9.30 i 15.00', undefined],
      ['9:30 i 16:00', /the numbers 15:00 are in English but not here/],
    ]) {
      const dir = await contentFolder(['en', 'pl']);
      await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
      await writeFile(path.join(dir, 'en', 'topics', 'a.md'), english);
      await writeFile(path.join(dir, 'pl', 'glossary.md'), translated(GLOSSARY, {english: GLOSSARY}));
      const polish = english.replace('9.30am and 3pm', String(polishTimes));
      await writeFile(path.join(dir, 'pl', 'topics', 'a.md'), translated(polish, {english}));
      const messages = (await compileContent({contentDir: dir, today: TODAY})).errors.map((e) => e.message);
      if (expected instanceof RegExp)
        assert.ok(
          messages.some((m) => expected.test(m)),
          messages.join('\n')
        );
      else assert.deepEqual(messages, [], String(polishTimes));
    }
  });

  it('still shows an outdated translation, with the English sources, until it is brought up to date', async () => {
    const older = translated(topic().replace('{#q-say-no}', '{#q-old}').replace(' [@ca1989-s20]', ''), {
      english: 'an older English text',
    });
    const dir = await contentFolder(['en', 'pl']);
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
    await writeFile(path.join(dir, 'pl', 'glossary.md'), translated(GLOSSARY, {english: GLOSSARY}));
    await writeFile(path.join(dir, 'pl', 'topics', 'a.md'), older);
    const {errors, locales} = await compileContent({contentDir: dir, today: TODAY});
    assert.deepEqual(errors, []);
    const [polish] = locales.pl.topics;
    assert.equal(polish.outdated, true);
    assert.deepEqual(polish.sources, locales.en.topics[0].sources);
  });

  it('shows the English definition, marked as English, for a term an outdated glossary lacks', async () => {
    const english = `${GLOSSARY}
## Special guardian {#special-guardian}

A person the court names to raise a child [@ca1989].
`;
    const dir = await contentFolder(['en', 'pl']);
    await writeFile(path.join(dir, 'en', 'glossary.md'), english);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
    await writeFile(path.join(dir, 'pl', 'glossary.md'), translated(GLOSSARY, {english: GLOSSARY}));
    await writeFile(path.join(dir, 'pl', 'topics', 'a.md'), translated(topic()));
    const {errors, locales} = await compileContent({contentDir: dir, today: TODAY});
    assert.deepEqual(errors, []);
    assert.equal(locales.pl.glossary['special-guardian'].lang, 'en');
    assert.equal(locales.pl.glossary['section-20'].lang, undefined);
    await writeFile(path.join(dir, 'pl', 'glossary.md'), translated(GLOSSARY, {english}));
    const current = await compileContent({contentDir: dir, today: TODAY});
    assert.ok(current.errors.some((e) => /glossary ids must match English: missing special-guardian/.test(e.message)));
  });

  it('rejects a content folder for a locale that is not configured', async () => {
    const dir = await contentFolder(['en', 'xx']);
    await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
    const {errors} = await compileContent({contentDir: dir, today: TODAY, knownLocales: ['en', 'pl']});
    const messages = errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))}));
    assert.ok(
      messages.some((m) =>
        /^xx:1: "xx" is not a locale in lit-localize\.json; add it with npm run locale:add -- xx/.test(m)
      ),
      messages.join('\n')
    );
  });

  it('rejects a translated glossary whose ids do not match English, and a topic English does not have', async () => {
    const glossary = translated(GLOSSARY.replace('{#section-20}', '{#section-twenty}'), {english: GLOSSARY});
    const messages = await compileTranslation({'zz.md': translated(topic())}, glossary);
    assert.ok(
      messages.some((m) =>
        /^pl\/glossary\.md:\d+: glossary ids must match English: missing section-20; not in English section-twenty/.test(
          m
        )
      ),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /^pl\/topics\/zz\.md:1: there is no English topic "zz" to translate/.test(m)),
      messages.join('\n')
    );
  });
});

describe('content build: the real build command', () => {
  const execFileAsync = promisify(execFile);
  const root = path.resolve(import.meta.dirname, '../../..');

  it(
    "prints the ready-to-paste script tag and writes dist/integrity.txt, both with the built entry's SHA-384",
    {timeout: 300000},
    async () => {
      // The same build as npm run build, so dist/ is rebuilt exactly as it was.
      const out = path.join(root, 'dist', 'family-rights-guide.js');
      const {stdout} = await execFileAsync(
        process.execPath,
        [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c'],
        {cwd: root}
      );
      const integrity =
        /<script type="module" src="[^"]+\/family-rights-guide\.js" integrity="(sha384-[A-Za-z0-9+/=]+)" crossorigin="anonymous"><\/script>/.exec(
          stdout
        )?.[1];
      const {createHash} = await import('node:crypto');
      const {readFile} = await import('node:fs/promises');
      const entryHash = `sha384-${createHash('sha384')
        .update(await readFile(out))
        .digest('base64')}`;
      assert.equal(integrity, entryHash);
      // Published with the build, for a deploy script or a CDN page to read.
      assert.equal(await readFile(path.join(root, 'dist', 'integrity.txt'), 'utf8'), `${entryHash}\n`);
    }
  );

  it('exits non-zero, prints file:line: message and writes nothing when content is bad', async () => {
    const bad = await contentFolder();
    await writeFile(path.join(bad, 'en', 'glossary.md'), GLOSSARY);
    await writeFile(
      path.join(bad, 'en', 'topics', 'a.md'),
      topic({body: '## What this means {#what-this-means}\n\n<script>alert(1)</script>\n'})
    );
    const outDir = `${bad}-out`;
    const result = await execFileAsync(
      process.execPath,
      [
        path.join(root, 'node_modules/rollup/dist/bin/rollup'),
        '-c',
        '--file',
        path.join(outDir, 'family-rights-guide.js'),
      ],
      {
        cwd: root,
        env: {...process.env, FRG_CONTENT_DIR: bad},
      }
    ).then(
      () => ({code: 0, stderr: ''}),
      (/** @type {any} */ error) => ({code: error.code, stderr: String(error.stderr)})
    );
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /^.*en\/topics\/a\.md:13: raw HTML is not allowed; write plain Markdown$/m);
    assert.deepEqual(await readdir(outDir).catch(() => []), []);
  });
});

describe('content build: phone numbers and stages', () => {
  const withBody = (/** @type {string} */ extra) =>
    topic({body: `## What this means {#what-this-means}\n\n${extra}\n`});

  it('names each phone number by its service, from the source policy', async () => {
    const {errors, locales} = await compile({'a.md': withBody('Call [0808 801 0366](tel:08088010366) [@ca1989-s20].')});
    assert.deepEqual(errors, []);
    const links = JSON.stringify(locales.en.topics[0].body);
    assert.ok(links.includes('"name":"Family Rights Group advice line"'), links);
  });

  it('refuses a phone number the source policy does not list', () =>
    rejects(
      {'a.md': withBody('Call [0808 801 0367](tel:08088010367) [@ca1989-s20].')},
      /^en\/topics\/a\.md:13: phone number 08088010367 is not in content\/source-policy\.yaml "phone-numbers"/
    ));

  it('refuses a stage that is not one of the list’s groups', () =>
    rejects(
      {'a.md': topic().replace('stage: living-elsewhere', 'stage: later')},
      /^en\/topics\/a\.md:\d+: "stage" must be one of: getting-help, worried, court, living-elsewhere, rights-and-advice/
    ));

  it('has a heading in the widget for every stage, in the same order', async () => {
    const list = await readFile(
      path.resolve(import.meta.dirname, '../../../src/family-rights-guide/views/topic-list.ts'),
      'utf8'
    );
    const named = [...list.matchAll(/case '([a-z-]+)':/g)].map((match) => match[1]);
    assert.deepEqual(named, STAGES.slice(0, -1), 'a case for each stage but the last, which is the default');
  });

  describe('the data files', () => {
    const topicOf = (/** @type {string} */ slug, /** @type {string} */ stage, /** @type {number} */ order) => ({
      slug,
      stage,
      order,
      title: slug,
      summary: slug,
      lastUpdated: '2026-12-06',
      body: [],
      glossary: {},
    });
    const english = {
      topics: [
        topicOf('late', 'rights-and-advice', 1),
        topicOf('court', 'court', 3),
        {...topicOf('early', 'getting-help', 2), reviewed: {role: 'family-law-adviser', date: '2026-11-30'}},
      ],
    };
    const polish = {
      topics: [{...topicOf('court', 'court', 3), translation: 'draft', englishLastUpdated: '2026-10-01'}],
    };
    const built = () =>
      buildDataFiles(
        {sourceLocale: 'en', targetLocales: ['pl']},
        /** @type {any} */ ({en: english, pl: polish}),
        {pl: {messages: {'Try again': 'Spróbuj ponownie'}}},
        {keys: ['Add to my list', 'Try again'], messages: ['Add to my list', 'Try again']}
      );
    const {assets, buildInfo} = built();
    const data = (/** @type {string} */ name) => {
      const file = assets.find((a) => a.fileName === `${buildInfo.folder}/${name}`)?.source;
      if (!file) throw new Error(`no ${name}`);
      return JSON.parse(Buffer.from(bodyOf(file)).toString('utf8'));
    };

    it('lists the topics by stage, then order, in every locale’s index; strings follow the English order', () => {
      assert.deepEqual(
        data('pl/index.json').topics.map((/** @type {{slug: string}} */ t) => t.slug),
        ['early', 'court', 'late']
      );
      assert.deepEqual(data('en/strings.json').en, ['Add to my list', 'Try again']);
      assert.equal(data('en/strings.json').own, undefined);
      assert.deepEqual(data('pl/strings.json').own, [0, 'Spróbuj ponownie'], 'a missing translation is 0');
      assert.deepEqual(data('pl/index.json').strings, data('pl/strings.json'), 'the list brings the strings');
      assert.deepEqual(data('pl/strings.json').languages, ['English', 'Polski'], 'in the order of buildInfo.locales');
    });

    it('writes a topic a locale has not translated in English, marked, and links each topic to its neighbours', () => {
      assert.equal(data('pl/late.json').lang, 'en');
      assert.equal(data('pl/late.json').title, 'late');
      assert.equal(data('pl/court.json').lang, undefined);
      assert.deepEqual(
        [data('pl/court.json').previous, data('pl/court.json').next],
        [
          {slug: 'early', title: 'early', lang: 'en'},
          {slug: 'late', title: 'late', lang: 'en'},
        ]
      );
      assert.equal(data('en/early.json').previous, undefined);
      assert.equal(data('en/late.json').next, undefined);
    });

    it('writes out the date a topic shows, in its language: the review’s, the English text’s, or its own', () => {
      assert.equal(data('en/early.json').dateText, '30 November 2026');
      assert.equal(data('en/court.json').dateText, '6 December 2026');
      assert.equal(data('pl/court.json').dateText, '1 października 2026');
    });

    it('pins every file to one root, which each file’s proof climbs to, and names the folder for it', () => {
      assert.match(buildInfo.root, /^[A-Za-z0-9+/]{43}=$/);
      assert.equal(buildInfo.folder, Buffer.from(buildInfo.root, 'base64').toString('hex').slice(0, 12));
      assert.deepEqual(buildInfo.locales, ['en', 'pl']);
      for (const {fileName, source} of assets) {
        const path = fileName.slice(buildInfo.folder.length + 1);
        assert.equal(rootOf(path, source)?.toString('base64'), buildInfo.root, path);
        assert.notEqual(rootOf(`x${path}`, source)?.toString('base64'), buildInfo.root, `${path} at another path`);
      }
      const again = built();
      assert.deepEqual(
        {assets: again.assets, buildInfo: again.buildInfo},
        {assets, buildInfo},
        'the same content builds the same files'
      );
      // The strings files, which every first view needs, have a tree of their own: one hash for the other
      // strings file, one for the rest of the data.
      const proofLength = (/** @type {string} */ name) => {
        const file = /** @type {Buffer} */ (assets.find((a) => a.fileName === `${buildInfo.folder}/${name}`)?.source);
        return file.subarray(0, file.indexOf(10)).toString().split(' ').length;
      };
      assert.equal(proofLength('en/strings.json'), 2);
      assert.ok(proofLength('en/court.json') > 2);
    });

    it('changes the root when any byte of any file changes', () => {
      const before = buildInfo.root;
      polish.topics[0].title = 'sąd';
      try {
        assert.notEqual(built().buildInfo.root, before);
      } finally {
        polish.topics[0].title = 'court';
      }
    });
  });
});
