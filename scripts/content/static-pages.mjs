// @ts-check
// Static pages for readers without JavaScript, and for hosts to link as the guide's fallback:
// dist/pages/<locale>/index.html (the list of topics) and dist/pages/<locale>/<slug>.html (each topic), written at
// build time from the same data as the guide's files (data-files.mjs), with the guide's own interface strings.
//
// Each page is plain HTML with one local style sheet (pages.css, with a print style): no script, no cookie,
// nothing from elsewhere. It has `lang` and `dir`; the draft notice on draft translations, as the guide shows it;
// English marked `lang="en"` wherever a translation lacks a part; and a quick exit that is a plain link.
//
// All text and attribute values are escaped here. The content tree lets no HTML through (markdown-tree.mjs).
import {directionOf, nativeName} from '../locales.mjs';
import {STAGES} from './front-matter.mjs';

/**
 * @typedef {import('../../src/content/types.js').Inline} Inline
 * @typedef {import('../../src/content/types.js').Block} Block
 * @typedef {import('../../src/content/types.js').MarkedText} MarkedText
 * @typedef {import('../../src/content/types.js').Topic} Topic
 * @typedef {import('../../src/content/types.js').TopicSummary} TopicSummary
 * @typedef {import('../../src/content/types.js').GlossaryEntry} GlossaryEntry
 * @typedef {import('./data-files.mjs').LocaleView} LocaleView
 * @typedef {import('../strings/compile-strings.mjs').LocaleStrings} CompiledStrings
 */

/** Where the quick exit goes: the guide's default (src/quick-exit/quick-exit.ts). */
const EXIT_URL = 'https://www.bbc.co.uk/weather';
const ESCAPES = /** @type {Record<string, string>} */ ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'});
const escape = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** The headings of the list's groups, by stage: the guide's own strings (src/family-rights-guide/views/topic-list.ts). */
const STAGE_HEADINGS = /** @type {Record<string, string>} */ ({
  'getting-help': 'Getting help',
  worried: 'When social workers are worried',
  court: 'Going to court',
  'living-elsewhere': 'When your child lives elsewhere',
  'rights-and-advice': 'Your rights and getting advice',
});

/**
 * Every page, as files to write under dist/.
 * @param {{locales: string[], views: Record<string, LocaleView>, strings: Record<string, CompiledStrings>, css: string}} options
 * @returns {{fileName: string, source: string}[]}
 */
export function buildStaticPages({locales, views, strings, css}) {
  const pages = [{fileName: 'pages/pages.css', source: css}];
  for (const locale of locales) {
    const page = new PageWriter(locale, locales, views[locale], strings[locale]?.messages);
    pages.push({fileName: `pages/${locale}/index.html`, source: page.index()});
    for (const topic of views[locale].topics)
      pages.push({fileName: `pages/${locale}/${topic.slug}.html`, source: page.topic(topic)});
  }
  return pages;
}

class PageWriter {
  #terms = 0;
  /** Definitions of the terms in the block being written: they follow it, as the guide shows them. */
  #definitions = '';

  /**
   * @param {string} locale
   * @param {string[]} locales
   * @param {LocaleView} view
   * @param {Record<string, unknown> | undefined} messages the locale's translated interface strings, by English text
   */
  constructor(locale, locales, view, messages) {
    this.locale = locale;
    this.locales = locales;
    this.view = view;
    this.messages = messages;
  }

  /**
   * An interface string in the page's language, or in English where the locale lacks it; `{0}` is a placeholder.
   * @param {string} english @param {(string | number)[]} values @returns {{text: string, inEnglish: boolean}}
   */
  #message(english, values) {
    const own = this.locale === 'en' ? undefined : this.messages?.[english.replace(/\{\d+\}/g, '\u0001')];
    const parts = own ?? english.split(/\{(\d+)\}/).map((p, i) => (i % 2 ? Number(p) : p));
    const text = (Array.isArray(parts) ? parts : [parts]).map((p) => (typeof p === 'number' ? values[p] : p)).join('');
    return {text: escape(text), inEnglish: this.locale !== 'en' && own === undefined};
  }

  /** An interface string as HTML, its English marked as such. @param {string} english */
  t(english, /** @type {(string | number)[]} */ values = []) {
    const {text, inEnglish} = this.#message(english, values);
    return inEnglish ? `<span lang="en" dir="ltr">${text}</span>` : text;
  }

  /** An interface string for an attribute or the title, where no markup can go. @param {string} english */
  label(english, /** @type {(string | number)[]} */ values = []) {
    return this.#message(english, values).text;
  }

  /** The list of topics, in its groups. */
  index() {
    const groups = STAGES.map((stage) => {
      const topics = this.view.summaries.filter((topic) => topic.stage === stage);
      if (!topics.length) return '';
      const rows = topics
        .map(
          (topic) =>
            `<li${langDir(topic.lang)}><a href="${escape(topic.slug)}.html">${marked(topic.title)}</a><p>${marked(topic.summary)}</p></li>`
        )
        .join('');
      return `<h2>${this.t(STAGE_HEADINGS[stage])}</h2><ul class="topics">${rows}</ul>`;
    });
    const draft =
      this.locale !== 'en' && (this.view.draftShared || this.view.summaries.some((t) => t.translation === 'draft'));
    return this.#page({
      title: this.label('Where are you now?'),
      path: 'index.html',
      main:
        `${draft ? this.#draftNotice() : ''}${this.#englandNote()}<h1>${this.t('Where are you now?')}</h1>` +
        `<p>${this.t('Choose the situation that is closest to yours.')}</p>${groups.join('')}`,
    });
  }

  /** One topic: its text, its terms' definitions, its sources and date, and the way back to the list. @param {Topic} topic */
  topic(topic) {
    this.#terms = 0;
    const draft = this.locale !== 'en' && !topic.lang && (topic.translation === 'draft' || this.view.draftShared);
    const body = topic.body.map((block) => this.#block(block, topic)).join('');
    const date = topic.reviewed?.date ?? topic.englishLastUpdated ?? topic.lastUpdated;
    const label = topic.reviewed
      ? this.t(CHECKED_BY[topic.reviewed.role])
      : topic.translation
        ? this.t('English text last updated:')
        : this.t('Last updated:');
    const sources = topic.sources
      .map(
        (source, i) =>
          `<li id="source-${i + 1}"><a href="${escape(source.url)}" rel="noreferrer">${escape(source.title)}</a></li>`
      )
      .join('');
    const outdated =
      this.locale !== 'en' && !topic.lang && topic.outdated
        ? `<p class="notice">${this.t('The English page has changed since it was translated.')}</p>`
        : '';
    return this.#page({
      title: plain(topic.title),
      path: `${topic.slug}.html`,
      main:
        `<p><a href="index.html">${this.t('All topics')}</a></p>${draft ? this.#draftNotice() : ''}${outdated}${this.#englandNote()}` +
        `<article${langDir(topic.lang)}><h1>${marked(topic.title)}</h1><p class="summary">${marked(topic.summary)}</p>${body}` +
        `<h2>${this.t('Where this information comes from')}</h2><ol class="sources"${topic.translation ? ' lang="en" dir="ltr"' : ''}>${sources}</ol>` +
        `<p class="last-updated">${label} <time datetime="${escape(date)}">${escape(topic.dateText)}</time></p></article>` +
        `<p><a href="index.html">${this.t('All topics')}</a></p>`,
    });
  }

  #draftNotice() {
    return `<p class="notice">${this.t('This translation has not yet been checked by a qualified translator.')}</p>`;
  }

  #englandNote() {
    return `<p class="england">${this.t('This guide is about England only. The law in Wales, Scotland and Northern Ireland is different.')}</p>`;
  }

  /** @param {{title: string, path: string, main: string}} page */
  #page({title, path, main}) {
    const languages = this.locales
      .map(
        (code) =>
          `<li><a href="../${code}/${escape(path)}" lang="${code}" hreflang="${code}"${code === this.locale ? ' aria-current="page"' : ''}>${escape(nativeName(code))}</a></li>`
      )
      .join('');
    return `<!doctype html>
<html lang="${this.locale}" dir="${directionOf(this.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="../pages.css">
</head>
<body>
<header class="exit-bar"><a class="exit" href="${EXIT_URL}" rel="noreferrer">${this.t('Exit this page')}</a></header>
<nav class="languages" aria-label="${this.label('Language')}"><ul>${languages}</ul></nav>
<main>
${main}
</main>
</body>
</html>
`;
  }

  /** @param {Block} block @param {Topic} topic */
  #block(block, topic) {
    switch (block.type) {
      case 'heading': {
        const level = Math.min(6, block.level);
        return `<h${level}${block.id ? ` id="${escape(block.id)}"` : ''}>${this.#inline(block.children, topic)}</h${level}>${this.#definitionsSoFar()}`;
      }
      case 'paragraph':
        return `<p>${this.#inline(block.children, topic)}</p>${this.#definitionsSoFar()}`;
      case 'list': {
        const tag = block.ordered ? 'ol' : 'ul';
        return `<${tag}>${block.items.map((item) => `<li>${this.#inline(item, topic)}${this.#definitionsSoFar()}</li>`).join('')}</${tag}>`;
      }
      case 'questions':
        return `<ul class="questions">${block.items.map((q) => `<li>${this.#inline(q.children, topic)}${this.#definitionsSoFar()}</li>`).join('')}</ul>`;
    }
  }

  #definitionsSoFar() {
    const definitions = this.#definitions;
    this.#definitions = '';
    return definitions;
  }

  /** @param {Inline[]} nodes @param {Topic} topic @param {boolean} [inDefinition] @returns {string} */
  #inline(nodes, topic, inDefinition = false) {
    return nodes
      .map((node) => {
        if (typeof node === 'string') return escape(node);
        switch (node.type) {
          case 'strong':
            return `<strong>${this.#inline(node.children, topic, inDefinition)}</strong>`;
          case 'emphasis':
            return `<em>${this.#inline(node.children, topic, inDefinition)}</em>`;
          case 'link': {
            const content = this.#inline(node.children, topic, inDefinition);
            if (node.href.startsWith('tel:'))
              return `<a class="call" href="${escape(node.href)}" dir="ltr">${content}</a>${node.name ? ` <span lang="en" dir="ltr">(${escape(node.name)})</span>` : ''}`;
            return `<a href="${escape(node.href)}" rel="noreferrer">${content}</a>`;
          }
          case 'term': {
            const entry = topic.glossary[node.id];
            const words = this.#inline(node.children, topic, true);
            if (!entry || inDefinition) return words;
            // Without script, a definition is a disclosure after the text it belongs to.
            const id = `term-${++this.#terms}`;
            this.#definitions += `<details class="definition" id="${id}"${langDir(entry.lang)}><summary>${marked(entry.term)}</summary><p>${this.#inline(entry.definition, topic, true)}</p></details>`;
            return `<a class="term" href="#${id}">${words}</a>`;
          }
          case 'cite':
            return `<sup class="cite">${node.sources
              .map((n) => `<a href="#source-${n}" aria-label="${this.label('source {0}', [n])}">${n}</a>`)
              .join(', ')}</sup>`;
          case 'ltr':
            return `<bdi dir="ltr"${node.lang ? ` lang="${node.lang}"` : ''}>${escape(node.text)}</bdi>`;
        }
        return '';
      })
      .join('');
  }
}

const CHECKED_BY = /** @type {Record<string, string>} */ ({
  'family-law-solicitor': 'Checked by a family law solicitor on',
  'family-law-barrister': 'Checked by a family law barrister on',
  'family-law-adviser': 'Checked by a family law adviser on',
});

/** ` lang="en" dir="ltr"` for a part shown in English inside a translation. @param {string | undefined} lang */
const langDir = (lang) => (lang ? ` lang="${escape(lang)}" dir="${directionOf(lang)}"` : '');

/** A title or summary, with its English marked. @param {MarkedText} text */
const marked = (text) =>
  typeof text === 'string'
    ? escape(text)
    : text
        .map((part) =>
          typeof part === 'string'
            ? escape(part)
            : `<bdi dir="ltr"${part.lang ? ` lang="${part.lang}"` : ''}>${escape(part.text)}</bdi>`
        )
        .join('');

/** A title as plain text, for <title>. @param {MarkedText} text */
const plain = (text) =>
  escape(typeof text === 'string' ? text : text.map((p) => (typeof p === 'string' ? p : p.text)).join(''));
