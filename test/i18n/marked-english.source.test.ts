// English inside a translated title, summary or checklist question is marked
// as English and isolated, wherever it is shown: the topic list, the topic
// page, the pager and the checklist.
import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import type {LocaleIndex, PlainQuestion, Topic} from '../../src/content/types.js';
import {builtData, consoleProblems, nextViewChange, waitFor} from '../helpers.js';
import {mountFromSource, restoreFetch, rewriteData} from '../source-helpers.js';

const en = (text: string) => ({type: 'ltr' as const, lang: 'en' as const, text});
const TITLE = ['الوالدان و', en('Family Rights Group')];
const SUMMARY = ['مساعدة من ', en('Cafcass'), '.'];
const QUESTION = ['ما هي ', en('care plan'), '؟'];
const SLUG = 'early-help';

before(async () => {
  const {topics} = await builtData<LocaleIndex>('ar/index.json');
  await rewriteData('ar/index.json', (index: LocaleIndex) => ({
    ...index,
    topics: index.topics.map((t) => (t.slug === SLUG ? {...t, title: TITLE, summary: SUMMARY} : t)),
  }));
  await rewriteData(`ar/${SLUG}.json`, (topic: Topic) => ({...topic, title: TITLE, summary: SUMMARY}));
  // The topics either side link to it by its title.
  const position = topics.findIndex((t) => t.slug === SLUG);
  for (const neighbour of [topics[position - 1], topics[position + 1]].filter(Boolean)) {
    await rewriteData(`ar/${neighbour.slug}.json`, (topic: Topic) => ({
      ...topic,
      ...(topic.previous?.slug === SLUG && {previous: {...topic.previous, title: TITLE}}),
      ...(topic.next?.slug === SLUG && {next: {...topic.next, title: TITLE}}),
    }));
  }
  await rewriteData(`ar/${SLUG}.questions.json`, (questions: PlainQuestion[]) =>
    questions.map((q, i) => (i === 0 ? {...q, text: QUESTION} : q))
  );
});
after(restoreFetch);
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  document.querySelectorAll('family-rights-guide, rights-checklist').forEach((element) => element.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/** The marked English runs inside `element`, as text. */
const englishIn = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('bdi') ?? [])].map((run) => {
    expect(run.lang, run.textContent!).to.equal('en');
    expect(run.dir, run.textContent!).to.equal('ltr');
    return run.textContent;
  });

const mountGuide = mountFromSource;

describe('English in translated titles, summaries and questions', () => {
  it('is marked in the topic list, on the topic page and in the pager', async () => {
    const guide = await mountGuide({lang: 'ar'});
    const root = guide.shadowRoot!;
    const row = [...root.querySelectorAll('.row-title')].find((title) => title.textContent!.includes('Family'));
    expect(englishIn(row)).to.deep.equal(['Family Rights Group']);
    expect(englishIn(row!.parentElement!.querySelector('.row-summary'))).to.deep.equal(['Cafcass']);

    const shown = nextViewChange(guide);
    guide.setAttribute('topic', SLUG);
    await shown;
    await guide.updateComplete;
    expect(englishIn(root.querySelector('.view-heading'))).to.deep.equal(['Family Rights Group']);
    expect(englishIn(root.querySelector('.summary'))).to.deep.equal(['Cafcass']);

    const next = nextViewChange(guide);
    guide.setAttribute('topic', 'child-in-need');
    await next;
    await guide.updateComplete;
    const pager = [...root.querySelectorAll('.pager-title')].find((title) => title.textContent!.includes('Family'));
    expect(englishIn(pager)).to.deep.equal(['Family Rights Group']);
  });

  it('is marked in the checklist questions', async () => {
    const list = document.createElement('rights-checklist');
    list.setAttribute('lang', 'ar');
    list.setAttribute('topic', SLUG);
    document.body.append(list);
    const label = await waitFor(
      () =>
        [...(list.shadowRoot?.querySelectorAll('.choices label') ?? [])].find((l) => l.textContent!.includes('care')),
      'the question in the checklist'
    );
    expect(englishIn(label)).to.deep.equal(['care plan']);
  });
});
