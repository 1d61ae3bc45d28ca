// The draft notice shows wherever translated text that nobody has checked is
// on screen, and nowhere else. Polish here has one reviewed topic among
// drafts, one draft made from older English, and one topic not yet
// translated; Romanian has a reviewed topic but draft interface strings.
import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {LocaleIndex, LocaleStrings, Topic} from '../../src/content/types.js';
import type {FamilyRightsGuide} from '../../src/family-rights-guide/family-rights-guide.js';
import {$, builtData, consoleProblems, nextViewChange} from '../helpers.js';
import {mountFromSource, restoreFetch, rewriteData, text} from '../source-helpers.js';

// The first topic: a notice that followed only the first topic would be lost.
const REVIEWED = 'early-help';
const OUTDATED = 'adoption';
const UNTRANSLATED = 'kinship-care';

before(async () => {
  const inEnglish = (await builtData<LocaleIndex>('en/index.json')).topics.find((t) => t.slug === UNTRANSLATED)!;
  const englishTopic = await builtData<Topic>(`en/${UNTRANSLATED}.json`);
  await rewriteData(`pl/${OUTDATED}.json`, (topic: Topic) => ({...topic, outdated: true}));
  for (const locale of ['pl', 'ro']) {
    // Polish: interface strings and glossary checked; Romanian: still drafts.
    const shared = (strings: LocaleStrings) => ({...strings, draftShared: locale === 'ro'});
    await rewriteData(`${locale}/index.json`, (index: LocaleIndex) => ({
      ...index,
      topics: index.topics.map((t) =>
        t.slug === REVIEWED ? {...t, translation: 'reviewed'} : t.slug === UNTRANSLATED ? {...inEnglish, lang: 'en'} : t
      ),
      strings: shared(index.strings),
    }));
    await rewriteData(`${locale}/strings.json`, shared);
    await rewriteData(`${locale}/${UNTRANSLATED}.json`, () => ({...englishTopic, lang: 'en'}));
    await rewriteData(`${locale}/${REVIEWED}.json`, (topic: Topic) => ({
      ...topic,
      translation: 'reviewed',
      outdated: false,
    }));
  }
});
after(restoreFetch);
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  document.querySelectorAll('family-rights-guide').forEach((element) => element.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

const mount = mountFromSource;

async function open(guide: FamilyRightsGuide, slug: string): Promise<void> {
  const shown = nextViewChange(guide);
  guide.setAttribute('topic', slug);
  await shown;
  await guide.updateComplete;
}

const notice = (guide: FamilyRightsGuide) => guide.shadowRoot!.querySelector('.draft-notice');

describe('the draft notice', () => {
  it('with one reviewed topic among drafts: on the list and on each draft topic, not on the reviewed one', async () => {
    const guide = await mount({lang: 'pl'});
    expect(text(notice(guide)), 'the list').to.contain('nie zostało jeszcze sprawdzone');
    await open(guide, REVIEWED);
    expect(notice(guide), 'the reviewed topic').to.equal(null);
    await open(guide, 'care-proceedings');
    expect(notice(guide), 'a draft topic').not.to.equal(null);
  });

  it('made from older English: says the English page has changed since', async () => {
    const guide = await mount({lang: 'pl', topic: OUTDATED});
    expect(text(notice(guide))).to.contain('Strona w języku angielskim zmieniła się od czasu tłumaczenia.');
  });

  it('not on a topic not yet translated: it is shown in English, marked as English', async () => {
    const guide = await mount({lang: 'pl', topic: UNTRANSLATED});
    expect($(guide, 'article').lang).to.equal('en');
    expect(notice(guide)).to.equal(null);
  });

  it('with draft interface strings, a reviewed topic still says it is a draft', async () => {
    const guide = await mount({lang: 'ro', topic: REVIEWED});
    expect(notice(guide)).not.to.equal(null);
  });

  it('dates a translated page by its English text, never as a check of the translation', async () => {
    const guide = await mount({lang: 'pl', topic: 'care-proceedings'});
    expect(text($(guide, '.last-updated'))).to.match(/^Ostatnia aktualizacja tekstu angielskiego: /);
    const english = await mount({topic: 'care-proceedings'});
    expect($(guide, '.last-updated time').getAttribute('datetime')).to.equal(
      $(english, '.last-updated time').getAttribute('datetime')
    );
  });
});
