// The static pages the build writes (npm test builds first): one per topic and a list of topics, in every
// locale, linked to each other and to the other languages, with nothing loaded from elsewhere and no script.
import assert from 'node:assert/strict';
import {access, readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';

const root = path.resolve(import.meta.dirname, '../../..');
const pagesDir = path.join(root, 'dist', 'pages');
const [folder] = await readdir(path.join(root, 'dist', 'content'));
/** A built data file's JSON, without its proof line. */
const data = async (/** @type {string} */ file) => {
  const text = await readFile(path.join(root, 'dist', 'content', folder, file), 'utf8');
  return JSON.parse(text.slice(text.indexOf('{')));
};
const locales = (await readdir(pagesDir, {withFileTypes: true})).filter((e) => e.isDirectory()).map((e) => e.name);
/** The Arabic draft notice, as the Arabic interface strings give it. */
const arabicDraftNotice =
  /<source>This translation has not yet been checked by a qualified translator\.<\/source>\s*<target[^>]*>([^<]+)</.exec(
    await readFile(path.join(root, 'locales', 'ar.xlf'), 'utf8')
  )?.[1];

describe('the static pages', () => {
  it('are written for every locale: the list of topics and one page per topic', async () => {
    assert.deepEqual([...locales].sort(), ['ar', 'bn', 'en', 'lt', 'pa', 'pl', 'pt', 'ro', 'so', 'uk', 'ur']);
    for (const locale of locales) {
      const {topics} = await data(`${locale}/index.json`);
      assert.deepEqual(
        (await readdir(path.join(pagesDir, locale))).sort(),
        ['index', ...topics.map((/** @type {{slug: string}} */ t) => t.slug)].map((n) => `${n}.html`).sort()
      );
    }
  });

  it('load nothing from elsewhere and run no script: one local style sheet, with a print style', async () => {
    assert.match(await readFile(path.join(pagesDir, 'pages.css'), 'utf8'), /@media print\{/);
    for (const locale of locales)
      for (const file of await readdir(path.join(pagesDir, locale))) {
        const page = await readFile(path.join(pagesDir, locale, file), 'utf8');
        assert.doesNotMatch(page, /<script|<iframe|<img|<object|<embed|\ssrc=|\sstyle=|\son\w+=/i, `${locale}/${file}`);
        assert.deepEqual(
          [...page.matchAll(/<link [^>]*>/g)].map((m) => m[0]),
          ['<link rel="stylesheet" href="../pages.css">'],
          `${locale}/${file}`
        );
      }
  });

  it("carry their language's lang and dir, a quick exit that is a plain link, and links to every other language", async () => {
    for (const locale of locales)
      for (const file of await readdir(path.join(pagesDir, locale))) {
        const page = await readFile(path.join(pagesDir, locale, file), 'utf8');
        const dir = ['ar', 'ur'].includes(locale) ? 'rtl' : 'ltr';
        assert.match(page, new RegExp(`<html lang="${locale}" dir="${dir}">`), `${locale}/${file}`);
        assert.match(
          page,
          /<a class="exit" href="https:\/\/www\.bbc\.co\.uk\/weather" rel="noreferrer">/,
          `${locale}/${file}`
        );
        for (const other of locales)
          assert.ok(
            page.includes(`<a href="../${other}/${file}" lang="${other}" hreflang="${other}"`),
            `${locale}/${file}: no link to ${other}`
          );
      }
  });

  it('have every link inside the pages lead to a page, and every link within a page to its target', async () => {
    for (const locale of locales)
      for (const file of await readdir(path.join(pagesDir, locale))) {
        const page = await readFile(path.join(pagesDir, locale, file), 'utf8');
        for (const [, href] of page.matchAll(/<a [^>]*href="([^"]+)"/g)) {
          if (/^(https:|tel:)/.test(href)) continue;
          if (href.startsWith('#')) assert.ok(page.includes(`id="${href.slice(1)}"`), `${locale}/${file}: ${href}`);
          else await access(path.join(pagesDir, locale, href));
        }
      }
  });

  it('show the draft notice wherever the guide does, and mark English that stands in for a translation', async () => {
    const english = await readFile(path.join(pagesDir, 'en', 'index.html'), 'utf8');
    assert.ok(!english.includes('class="notice"'), 'an English page has a draft notice');
    for (const locale of locales.filter((l) => l !== 'en')) {
      const {topics, strings} = await data(`${locale}/index.json`);
      for (const {slug} of topics) {
        const topic = await data(`${locale}/${slug}.json`);
        const page = await readFile(path.join(pagesDir, locale, `${slug}.html`), 'utf8');
        const draft = !topic.lang && (topic.translation === 'draft' || Boolean(strings.draftShared));
        assert.equal(
          /<p class="notice">/.test(page),
          draft || Boolean(!topic.lang && topic.outdated),
          `${locale}/${slug}`
        );
        if (topic.lang) assert.match(page, /<article lang="en" dir="ltr">/, `${locale}/${slug}`);
        // Sources are English documents: their titles are marked English on a translated page.
        if (topic.translation) assert.match(page, /<ol class="sources" lang="en" dir="ltr">/, `${locale}/${slug}`);
      }
    }
    assert.ok(
      (await readFile(path.join(pagesDir, 'ar', 'index.html'), 'utf8')).includes(String(arabicDraftNotice)),
      'the Arabic list has no draft notice in Arabic'
    );
  });

  it('hold the same text as the data: every source, question and glossary definition of a topic', async () => {
    const topic = await data('en/section-20.json');
    const page = await readFile(path.join(pagesDir, 'en', 'section-20.html'), 'utf8');
    const escape = (/** @type {string} */ t) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    for (const source of topic.sources) assert.ok(page.includes(escape(source.title)), source.title);
    const questions = topic.body
      .filter((/** @type {{type: string}} */ b) => b.type === 'questions')
      .flatMap((/** @type {any} */ b) => b.items);
    assert.ok(questions.length > 0);
    assert.equal(
      (page.match(/<ul class="questions">[\s\S]*?<\/ul>/g) ?? []).join('').match(/<li>/g)?.length,
      questions.length
    );
    for (const id of Object.keys(topic.glossary))
      assert.ok(
        page.includes(`<summary>${escape(String(topic.glossary[id].term))}</summary>`),
        `the definition of ${id}`
      );
  });
});
