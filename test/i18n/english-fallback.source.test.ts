// A locale with gaps: a topic not translated yet is shown in English, and an
// interface string not translated yet falls back to English, both marked as
// English and left to right, with the page's language around them.
import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {LocaleIndex, LocaleStrings, Topic} from '../../src/content/types.js';
import {axeViolations, builtData, consoleProblems, waitFor} from '../helpers.js';
import {mountFromSource, restoreFetch, rewriteData, text} from '../source-helpers.js';

const WHERE_ARE_YOU_NOW = 'Where are you now?';

beforeEach(() => (consoleProblems.length = 0));
afterEach(async () => {
  document.querySelectorAll('family-rights-guide').forEach((element) => element.remove());
  await restoreFetch();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/** The nearest lang of a node, across the guide's shadow root. */
function nearestLang(node: Node): string | null {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement; el;) {
    const lang = el.getAttribute('lang');
    if (lang) return lang;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** Builds `locale` as if its first topic and one interface string were not translated yet. */
async function withGaps(locale: string): Promise<void> {
  const english = await builtData<LocaleIndex>('en/index.json');
  const first = english.topics[0];
  const englishTopic = await builtData<Topic>(`en/${first.slug}.json`);
  const place = english.strings.en!.indexOf(WHERE_ARE_YOU_NOW);
  const gap = (strings: LocaleStrings) => ({...strings, own: strings.own!.map((m, i) => (i === place ? 0 : m))});
  await rewriteData(`${locale}/index.json`, (index: LocaleIndex) => ({
    ...index,
    topics: [{...first, lang: 'en'}, ...index.topics.slice(1)],
    strings: gap(index.strings),
  }));
  await rewriteData(`${locale}/strings.json`, gap);
  await rewriteData(`${locale}/${first.slug}.json`, () => ({...englishTopic, lang: 'en'}));
}

describe('a locale with gaps', () => {
  for (const locale of ['pl', 'ar']) {
    it(`${locale}: marks an untranslated topic and a missing interface string as English, left to right`, async () => {
      await withGaps(locale);
      const guide = await mountFromSource({lang: locale});
      const heading = guide.shadowRoot!.querySelector('.view-heading span')!;
      expect([heading.getAttribute('lang'), heading.getAttribute('dir'), text(heading)]).to.deep.equal([
        'en',
        'ltr',
        WHERE_ARE_YOU_NOW,
      ]);
      const row = guide.shadowRoot!.querySelector('.topic-row')!;
      expect([row.getAttribute('lang'), row.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(text(row.querySelector('.row-title')!)).to.equal('Early help and Family Help');
      (row as HTMLButtonElement).click();
      const article = await waitFor(() => guide.shadowRoot!.querySelector('article'), 'the topic');
      expect([article.getAttribute('lang'), article.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
      expect(text(article.querySelector('.england-note')!)).to.contain('England only');
      expect(nearestLang(guide.shadowRoot!.querySelector('.back')!.firstChild!)).to.equal(locale);
      expect(await axeViolations(guide)).to.deep.equal([]);
    });
  }
});
