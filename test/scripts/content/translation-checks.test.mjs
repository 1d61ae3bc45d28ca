// @ts-check
// What a translated topic or glossary is held to: its language's term base,
// and a review record before it may say it is reviewed. Each rule has a
// failing input here, as does each mistake in a term base itself.
import assert from 'node:assert/strict';
import {rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import {compileContent, formatError} from '../../../scripts/content/compile-content.mjs';
import {textHash} from '../../../scripts/content/text-hash.mjs';
import {GLOSSARY, TERM_BASE as FIXTURE_TERM_BASE, TODAY, contentFolder} from './content-fixtures.mjs';

/** The fixtures' glossary, with one term: care order. */
const ENGLISH_GLOSSARY = GLOSSARY.replace(
  /## Section 20[\s\S]*$/,
  "## Care order {#care-order}\n\nA court order that puts your child in the council's care [@ca1989].\n"
);

const ENGLISH_TOPIC = `---
title: Care orders
summary: When a court puts your child in the council's care.
order: 1
last-updated: 2026-11-01
sources:
  - {id: ca1989-s31, kind: law, title: "Children Act 1989, section 31",
     url: "https://www.legislation.gov.uk/ukpga/1989/41/section/31"}
stage: court
---

## What this means {#what-this-means}

The court can make a [care order](glossary:care-order) [@ca1989-s31]. You should get advice.

The council must tell you about the care order [@ca1989-s31].

## Questions you could ask {#questions}

- What is a care order? {#q-what}
- What happens if I say no? {#q-say-no}
- Can I take my child home? {#q-take-home}
- How long will it last? {#q-how-long}
- What contact will I have? {#q-contact}
`;

/** A Polish translation of ENGLISH_TOPIC, made from its current text, with `changes` applied. */
function polishTopic(/** @type {[string, string][]} */ ...changes) {
  let text = `---
title: Nakazy opieki
summary: Gdy sąd oddaje dziecko pod opiekę samorządu.
order: 1
last-updated: 2026-11-20
translation: draft
source-hash: ${textHash(ENGLISH_TOPIC)}
---

## Co to znaczy {#what-this-means}

Sąd może wydać [nakaz opieki (care order)](glossary:care-order) [@ca1989-s31]. Powinieneś zasięgnąć porady.

Samorząd musi poinformować Cię o nakazie opieki [@ca1989-s31].

## Pytania, które możesz zadać {#questions}

- Co to jest nakaz opieki? {#q-what}
- Co się stanie, jeśli odmówię? {#q-say-no}
- Czy mogę zabrać dziecko do domu? {#q-take-home}
- Jak długo to potrwa? {#q-how-long}
- Jaki będę mieć kontakt? {#q-contact}
`;
  for (const [from, to] of changes) {
    assert.ok(text.includes(from), `the fixture has "${from}"`);
    text = text.replace(from, to);
  }
  return text;
}

const POLISH_GLOSSARY = `---
title: Objaśnienia słów
last-updated: 2026-11-20
translation: draft
source-hash: ${textHash(ENGLISH_GLOSSARY)}
---

## Nakaz opieki (care order) {#care-order}

Nakaz sądu, który oddaje dziecko pod opiekę samorządu [@ca1989].
`;

/** The fixtures' term base, its term tied to the glossary, with one more form. */
const TERM_BASE = `# Polish: a test term base.\n${FIXTURE_TERM_BASE}`
  .replace('  - english: care order\n', '  - english: care order\n    glossary: care-order\n')
  .replace('forms: [nakazu opieki]', 'forms: [nakazu opieki, nakazie opieki]');

/**
 * Compiles English plus a Polish translation, and returns the messages about Polish files.
 * @param {{topic?: string, glossary?: string, termBase?: string | null, english?: string}} polish null: no term base
 */
async function check({
  topic = polishTopic(),
  glossary = POLISH_GLOSSARY,
  termBase = TERM_BASE,
  english = ENGLISH_TOPIC,
} = {}) {
  const dir = await contentFolder(['en', 'pl']);
  await writeFile(path.join(dir, 'en', 'glossary.md'), ENGLISH_GLOSSARY);
  await writeFile(path.join(dir, 'en', 'topics', 'care.md'), english);
  await writeFile(path.join(dir, 'pl', 'glossary.md'), glossary);
  await writeFile(path.join(dir, 'pl', 'topics', 'care.md'), topic);
  const terms = path.join(dir, '..', 'locales', 'terms', 'pl.yaml');
  if (termBase === null) await rm(terms);
  else await writeFile(terms, termBase);
  const {errors} = await compileContent({contentDir: dir, today: TODAY});
  return errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))}));
}

/** @param {string[]} messages @param {RegExp} expected */
function assertOne(messages, expected) {
  assert.equal(
    messages.filter((m) => expected.test(m)).length,
    1,
    `one error matching ${expected}, got:\n${messages.join('\n') || '(none)'}`
  );
}

describe('term base', () => {
  it('accepts a translation that follows its term base', async () => {
    assert.deepEqual(await check(), []);
  });

  it('rejects a forbidden word anywhere a reader sees it, giving the reason', async () => {
    assertOne(
      await check({topic: polishTopic(['Samorząd musi', 'Samorząd (wyrok opiekuńczy) musi'])}),
      /^pl\/topics\/care\.md:14: "wyrok opiekuńczy" must not be used for "care order": a judgment, not an order$/
    );
    assertOne(
      await check({topic: polishTopic(['title: Nakazy opieki', 'title: Wyrok opiekuńczy'])}),
      /^pl\/topics\/care\.md:2: "wyrok opiekuńczy" must not be used/
    );
    assertOne(
      await check({glossary: POLISH_GLOSSARY.replace('Nakaz sądu', 'Wyrok opiekuńczy sądu')}),
      /^pl\/glossary\.md:10: "wyrok opiekuńczy" must not be used/
    );
  });

  it('rejects a glossary link or glossary heading without the approved term', async () => {
    assertOne(
      await check({topic: polishTopic(['[nakaz opieki (care order)]', '[postanowienie (care order)]'])}),
      /^pl\/topics\/care\.md:12: "postanowienie \(care order\)" links to care-order; use the approved term "nakaz opieki"/
    );
    assertOne(
      await check({glossary: POLISH_GLOSSARY.replace('## Nakaz opieki', '## Opieka')}),
      /^pl\/glossary\.md:8: "Opieka \(care order\)" links to care-order; use the approved term/
    );
  });

  it('wants the English term in brackets at the first link, inside the link text or straight after it', async () => {
    assertOne(
      await check({topic: polishTopic(['[nakaz opieki (care order)]', '[nakaz opieki]'])}),
      /^pl\/topics\/care\.md:12: the first "nakaz opieki" needs the English term in brackets: "\(care order\)"/
    );
    assert.deepEqual(
      await check({
        topic: polishTopic([
          '[nakaz opieki (care order)](glossary:care-order)',
          '[nakaz opieki](glossary:care-order) (care order)',
        ]),
      }),
      []
    );
  });

  it('rejects "must" for the English "should", and "should" for "must", paragraph by paragraph', async () => {
    assertOne(
      await check({topic: polishTopic(['Powinieneś zasięgnąć', 'Musisz zasięgnąć'])}),
      /^pl\/topics\/care\.md:12: says "must" where English says "should"/
    );
    assertOne(
      await check({topic: polishTopic(['Samorząd musi poinformować', 'Samorząd powinien poinformować'])}),
      /^pl\/topics\/care\.md:14: English says "must" here: say it with a "must" word/
    );
  });

  it('does not read "how long do I have to" as "must"', async () => {
    const english = ENGLISH_TOPIC.replace('You should get advice.', 'How long do I have to ask [@ca1989-s31]?');
    const topic = (/** @type {string} */ polish) =>
      polishTopic(['Powinieneś zasięgnąć porady.', polish]).replace(textHash(ENGLISH_TOPIC), textHash(english));
    assert.deepEqual(await check({english, topic: topic('Ile mam czasu, by poprosić [@ca1989-s31]?')}), []);
    const duty = english.replace('How long do I have to ask [@ca1989-s31]?', 'You have to ask [@ca1989-s31].');
    assertOne(
      await check({
        english: duty,
        topic: topic('Ile mam czasu, by poprosić [@ca1989-s31]?').replace(textHash(english), textHash(duty)),
      }),
      /^pl\/topics\/care\.md:12: English says "must" here/
    );
  });

  it('lets the English in brackets repeat its own number, and nothing else', async () => {
    const english = ENGLISH_TOPIC.replace('You should get advice.', 'You should get advice about section 20.');
    const topic = (/** @type {string} */ polish) =>
      polishTopic(['Powinieneś zasięgnąć porady.', polish]).replace(textHash(ENGLISH_TOPIC), textHash(english));
    assert.deepEqual(await check({english, topic: topic('Powinieneś zasięgnąć porady o sekcji 20 (section 20).')}), []);
    assertOne(
      await check({english, topic: topic('Powinieneś zasięgnąć porady o sekcji 20 (call 20).')}),
      /^pl\/topics\/care\.md:\d+: the numbers 20 are here but not in English/
    );
  });

  it('asks for a term only where English uses it, not inside a longer term or name', async () => {
    const termBase = TERM_BASE.replace(
      'terms:\n',
      `terms:
  - english: in care
    approved: pod opieką
    english-in-brackets: never
  - english: care proceedings
    approved: postępowanie opiekuńcze
    forms: [postępowaniu opiekuńczym]
    english-in-brackets: never
  - english: Family Help
    approved: Family Help
    english-in-brackets: never
  - english: domestic abuse
    approved: przemoc domowa
    english-in-brackets: never
`
    );
    const sentences = [
      ['Can a child in your family help at home?', 'Czy dziecko w Twojej rodzinie może pomagać w domu?'],
      ['Ring the National Domestic Abuse Helpline.', 'Zadzwoń do National Domestic Abuse Helpline.'],
      ['What happens in care proceedings?', 'Co się dzieje w postępowaniu opiekuńczym?'],
    ];
    const english = ENGLISH_TOPIC.replace('You should get advice.', sentences.map(([en]) => en).join(' '));
    const topic = polishTopic(['Powinieneś zasięgnąć porady.', sentences.map(([, pl]) => pl).join(' ')]).replace(
      textHash(ENGLISH_TOPIC),
      textHash(english)
    );
    assert.deepEqual(await check({english, topic, termBase}), []);
    // Where English does use them, they are asked for.
    const uses = english.replace('Can a child in your family help at home?', 'Your Family Help worker can help.');
    assertOne(
      await check({english: uses, topic: topic.replace(textHash(english), textHash(uses)), termBase}),
      /^pl\/topics\/care\.md:12: English says "Family Help" here/
    );
  });

  it('rejects a paragraph that leaves out the approved term where English uses the term', async () => {
    assertOne(
      await check({topic: polishTopic(['o nakazie opieki [@', 'o tym [@'])}),
      /^pl\/topics\/care\.md:14: English says "care order" here: use the approved term "nakaz opieki"/
    );
  });

  it('does not ask for a term that is only part of a longer one there: "order" inside "care order"', async () => {
    const withOrder = TERM_BASE.replace(
      'terms:\n',
      'terms:\n  - english: order\n    approved: postanowienie\n    english-in-brackets: never\n'
    );
    assert.deepEqual(await check({termBase: withOrder}), []);
    const english = ENGLISH_TOPIC.replace('You should get advice.', 'You should get advice about the order.');
    assertOne(
      await check({
        termBase: withOrder,
        english,
        topic: polishTopic().replace(textHash(ENGLISH_TOPIC), textHash(english)),
      }),
      /^pl\/topics\/care\.md:12: English says "order" here: use the approved term "postanowienie"/
    );
  });

  it('refuses a file marked draft that is still the English text, as a copied file is', async () => {
    const copied = ENGLISH_TOPIC.replace(
      /\nsources:\n(  .*\n)+/,
      `\ntranslation: draft\nsource-hash: ${textHash(ENGLISH_TOPIC)}\n`
    );
    assertOne(
      await check({topic: copied}),
      /^pl\/topics\/care\.md:10: 8 of its 8 paragraphs and list items are the English text unchanged: translate them, or leave the file "translation: untranslated"/
    );
    assert.ok(
      !(await check({topic: copied.replace('translation: draft', 'translation: untranslated')})).some((m) =>
        /unchanged/.test(m)
      )
    );
  });

  it('refuses a number or link that English does not have, in a topic or a glossary definition', async () => {
    assertOne(
      await check({
        topic: polishTopic(['Powinieneś zasięgnąć porady.', 'Powinieneś zasięgnąć porady: 0909 555 0100.']),
      }),
      /^pl\/topics\/care\.md:9: the numbers 0909, 555, 0100 are here but not in English/
    );
    assertOne(
      await check({
        topic: polishTopic([
          'Powinieneś zasięgnąć porady.',
          'Powinieneś zasięgnąć [porady](https://frg-org.uk.example/).',
        ]),
      }),
      /^pl\/topics\/care\.md:9: links to https:\/\/frg-org\.uk\.example\/ are here but not in English/
    );
    assertOne(
      await check({
        glossary: POLISH_GLOSSARY.replace('samorządu [@ca1989]', 'samorządu, tel. 0909 555 0100 [@ca1989]'),
      }),
      /^pl\/glossary\.md:8: the numbers 0909, 555, 0100 are here but not in English/
    );
  });

  it('compares paragraphs only with the English text the translation was made from', async () => {
    const outdated = polishTopic(['Samorząd musi poinformować', 'Samorząd powinien poinformować']).replace(
      /source-hash: \w+/,
      'source-hash: abcdef012345'
    );
    assert.deepEqual(await check({topic: outdated}), []);
  });

  it('needs a term base for a translated language, and rejects a term base that contradicts itself', async () => {
    assertOne(
      await check({termBase: null}),
      /^\.\.\/locales\/terms\/pl\.yaml:1: pl has translated topics, so it needs a term base/
    );
    assertOne(
      await check({termBase: TERM_BASE.replace('text: wyrok opiekuńczy', 'text: opieki')}),
      /^\.\.\/locales\/terms\/pl\.yaml:15: forbidden "opieki" is part of the approved "nakaz opieki"; make it longer/
    );
    assertOne(
      await check({termBase: TERM_BASE.replace('glossary: care-order', 'glossary: care-orders')}),
      /^\.\.\/locales\/terms\/pl\.yaml:10: "care-orders" is not an id in the English glossary/
    );
    assertOne(
      await check({termBase: TERM_BASE.replace('  should: [powinien, powinn]\n', '')}),
      /^\.\.\/locales\/terms\/pl\.yaml:\d+: "modals\.should" must be a list/
    );
  });
});

describe('a reviewed translation', () => {
  const review = (hash = textHash(ENGLISH_TOPIC)) =>
    `translation: reviewed\ntranslation-review: {role: qualified-translator, date: 2026-11-21, source-hash: ${hash}}`;

  it('says so only with a record of who checked it, when, and against which English text', async () => {
    assert.deepEqual(await check({topic: polishTopic(['translation: draft', review()])}), []);
    assertOne(
      await check({topic: polishTopic(['translation: draft', 'translation: reviewed'])}),
      /^pl\/topics\/care\.md:6: "translation: reviewed" needs a "translation-review" record: role, date and the source-hash reviewed/
    );
    assertOne(
      await check({topic: polishTopic(['translation: draft', review('abcdef012345')])}),
      /^pl\/topics\/care\.md:6: the review was of another English text \(source-hash abcdef012345\)/
    );
    assertOne(
      await check({topic: polishTopic(['translation: draft', review().replace('qualified-translator', 'friend')])}),
      /^pl\/topics\/care\.md:7: "translation-review.role" must be one of: qualified-translator/
    );
    assertOne(
      await check({glossary: POLISH_GLOSSARY.replace('translation: draft', 'translation: reviewed')}),
      /^pl\/glossary\.md:4: "translation: reviewed" needs a "translation-review" record/
    );
  });
});
