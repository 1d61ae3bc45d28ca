import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import type {MarkedText, TopicSummary} from '../../src/content/types.js';
import {groupList, listAsText} from '../../src/my-list/list-model.js';

const topic = (slug: string, title: MarkedText, lang?: string) =>
  ({
    slug,
    title,
    summary: '',
    stage: 'getting-help',
    ...(lang && {lang}),
  }) as TopicSummary;

describe('the list model (unit)', () => {
  const data = {
    picked: [
      {topic: 'section-20', id: 'q-b'},
      {topic: 'early-help', id: 'q-a'},
      {topic: 'section-20', id: 'q-gone'},
    ],
    own: [{id: 'own-1', text: 'Mine'}],
    asked: ['q-a'],
    notes: {'q-a': 'They said:\n  next week'},
    meetingWith: 'Sam',
  };
  const topics = [topic('early-help', 'Early help'), topic('section-20', 'Section 20', 'en')];
  const questions = new Map([
    ['early-help', [{id: 'q-a', text: 'Question A?'}]],
    ['section-20', [{id: 'q-b', text: 'Question B?'}]],
  ]);

  it("groups picked questions by topic in the guide's order, then the reader's own; unknown ids are left out", () => {
    const groups = groupList(data, topics, questions, 'My own questions');
    expect(groups.map((g) => [g.title, g.items.map((i) => i.id), g.lang])).to.deep.equal([
      ['Early help', ['q-a'], undefined],
      ['Section 20', ['q-b'], 'en'],
      ['My own questions', ['own-1'], undefined],
    ]);
  });

  it('writes the list as numbered plain text with the labels given, answers on one line', () => {
    const labels = {
      heading: 'Questions',
      date: 'Date: today',
      meetingWith: 'Meeting with',
      asked: 'asked',
      answer: 'Answer',
    };
    const text = listAsText(groupList(data, topics, questions, 'Mine'), data, labels);
    expect(text).to.equal(
      [
        'Questions',
        'Date: today',
        'Meeting with: Sam',
        '',
        'Early help',
        '1. Question A? (asked)',
        '   Answer: They said: next week',
        '',
        'Section 20',
        '2. Question B?',
        '   Answer: ',
        '',
        'Mine',
        '3. Mine',
        '   Answer: ',
        '',
      ].join('\n')
    );
  });

  it("copies a translation's marked English as plain text", () => {
    const en = (text: string) => ({type: 'ltr' as const, lang: 'en' as const, text});
    const arabic = [topic('section-20', ['القسم 20 (', en('section 20'), ')'])];
    const arabicQuestions = new Map([['section-20', [{id: 'q-b', text: ['ما هي ', en('care plan'), '؟']}]]]);
    const labels = {heading: 'أسئلة', date: '', meetingWith: 'مع', asked: '', answer: 'الجواب'};
    const text = listAsText(groupList(data, arabic, arabicQuestions, 'أسئلتي'), data, labels);
    expect(text).to.contain('\nالقسم 20 (section 20)\n1. ما هي care plan؟\n');
  });
});
