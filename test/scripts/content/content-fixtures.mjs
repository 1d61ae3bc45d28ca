// @ts-check
// Content folders for the content build's tests: a glossary, a topic, a
// translation of either, and helpers that compile them and read the errors.
import assert from 'node:assert/strict';
import {copyFile, mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after} from 'node:test';
import {compileContent, formatError} from '../../../scripts/content/compile-content.mjs';
import {textHash} from '../../../scripts/content/text-hash.mjs';

export const TODAY = '2026-11-23';
const scratch = await mkdtemp(path.join(tmpdir(), 'frg-content-'));
after(() => rm(scratch, {recursive: true, force: true}));

export const POLICY = path.resolve(import.meta.dirname, '../../../content/source-policy.yaml');

export const GLOSSARY = `---
title: Words explained
last-updated: 2026-11-01
sources:
  - {id: ca1989, kind: law, title: Children Act 1989,
     url: "https://www.legislation.gov.uk/ukpga/1989/41"}
---

## Section 20 {#section-20}

When the council looks after your child by agreement [@ca1989].
`;

/** @param {{order?: number, front?: string, body?: string}} [parts] */
export function topic({order = 1, front, body} = {}) {
  return `---
${
  front ??
  `title: Section 20
summary: When your child is looked after by agreement.
order: ${order}
last-updated: 2026-11-01
sources:
  - {id: ca1989-s20, kind: law, title: "Children Act 1989, section 20", url: "https://www.legislation.gov.uk/ukpga/1989/41/section/20"}
stage: living-elsewhere`
}
---

${
  body ??
  `## What this means {#what-this-means}

The council looks after your child under [section 20](glossary:section-20) [@ca1989-s20].

## Questions you could ask {#questions}

- Is this section 20? {#q-is-it}
- What happens if I say no? {#q-say-no}
- Can I take my child home? {#q-take-home}
- How long will it last? {#q-how-long}
- What contact will I have? {#q-contact}`
}
`;
}

/**
 * Writes English content plus one translated locale, and compiles it.
 * @param {Record<string, string>} translatedTopics file name → text
 * @param {string} [translatedGlossary]
 */
export async function compileTranslation(translatedTopics, translatedGlossary) {
  const dir = await contentFolder(['en', 'pl']);
  await writeFile(path.join(dir, 'en', 'glossary.md'), GLOSSARY);
  await writeFile(path.join(dir, 'en', 'topics', 'a.md'), topic());
  await writeFile(path.join(dir, 'pl', 'glossary.md'), translatedGlossary ?? translated(GLOSSARY, {english: GLOSSARY}));
  for (const [name, text] of Object.entries(translatedTopics))
    await writeFile(path.join(dir, 'pl', 'topics', name), text);
  const result = await compileContent({contentDir: dir, today: TODAY});
  return result.errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))}));
}

/**
 * Makes a translation of an English file: no sources of its own, and the
 * translation fields, by default recording the English text it was made from.
 * @param {string} text
 * @param {{english?: string, fields?: string}} [options]
 */
export const translated = (
  text,
  {english = topic(), fields = `translation: draft\nsource-hash: ${textHash(english)}`} = {}
) =>
  Object.entries(POLISH)
    .reduce((out, [en, pl]) => out.split(en).join(pl), text)
    .replace(/\nsources:\n(  .*\n)+/, '\n')
    .replace(/\n---\n/, `\n${fields}\n---\n`);

/** The fixture topic's sentences in Polish: a file marked as translated may not be the English unchanged. */
const POLISH = {
  'The council looks after your child under': 'Samorząd opiekuje się dzieckiem na podstawie',
  'What happens if I say no?': 'Co się stanie, jeśli odmówię?',
  'Can I take my child home?': 'Czy mogę zabrać dziecko do domu?',
  'How long will it last?': 'Jak długo to potrwa?',
  'What contact will I have?': 'Jaki będę mieć kontakt?',
};

/** A small term base, as a translated locale needs: one term, and the modal words. */
export const TERM_BASE = `translation: draft
modals:
  must: [musi, muszą]
  should: [powinien, powinn]
  may: [może]
  can: [może, można]
terms:
  - english: care order
    approved: nakaz opieki
    forms: [nakazu opieki]
    english-in-brackets: first-use
    forbidden:
      - {text: wyrok opiekuńczy, why: 'a judgment, not an order'}
`;

let caseNumber = 0;
/**
 * A new content folder with the real source policy, at <case>/content, and a
 * term base for each translated locale at <case>/locales/terms, where the build looks.
 * @param {string[]} locales
 */
export async function contentFolder(locales = ['en']) {
  const dir = path.join(scratch, `case-${++caseNumber}`, 'content');
  for (const locale of locales) await mkdir(path.join(dir, locale, 'topics'), {recursive: true});
  await copyFile(POLICY, path.join(dir, 'source-policy.yaml'));
  const terms = path.join(dir, '..', 'locales', 'terms');
  await mkdir(terms, {recursive: true});
  for (const locale of locales.filter((l) => l !== 'en'))
    await writeFile(path.join(terms, `${locale}.yaml`), TERM_BASE);
  return dir;
}
/**
 * Writes a content folder and compiles it.
 * @param {Record<string, string>} topics file name → text
 * @param {string} [glossary]
 */
export async function compile(topics, glossary = GLOSSARY) {
  const dir = await contentFolder();
  await writeFile(path.join(dir, 'en', 'glossary.md'), glossary);
  for (const [name, text] of Object.entries(topics)) await writeFile(path.join(dir, 'en', 'topics', name), text);
  const result = await compileContent({contentDir: dir, today: TODAY});
  return {
    ...result,
    messages: result.errors.map((e) => formatError({...e, file: path.relative(dir, path.resolve(e.file))})),
  };
}

/**
 * @param {Record<string, string>} topics
 * @param {RegExp} expected one `file:line: message` line
 * @param {string} [glossary]
 */
export async function rejects(topics, expected, glossary) {
  const {messages} = await compile(topics, glossary);
  assert.ok(
    messages.some((m) => expected.test(m)),
    `expected an error matching ${expected}, got:\n${messages.join('\n') || '(no errors)'}`
  );
}
