// @ts-check
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {limitProblems, measure, proseOfBody, splitSentences, wordsOf} from '../../../scripts/content/readability.mjs';

describe('readability', () => {
  it('splits sentences at full stops, question marks and exclamation marks before a capital or digit', () => {
    assert.deepEqual(splitSentences('You can say no. Ask for help! Is it free? Yes. 9.30am to 3pm is fine.'), [
      'You can say no.',
      'Ask for help!',
      'Is it free?',
      'Yes.',
      '9.30am to 3pm is fine.',
    ]);
    assert.deepEqual(wordsOf('Call 0808 801 0366 – it is free.'), ['Call', '0808', '801', '0366', 'it', 'is', 'free.']);
  });

  it('computes Flesch Reading Ease and Flesch–Kincaid grade from the standard formulas', () => {
    // 2 sentences, 8 words, 9 syllables: "The cat sat." (3) and "A happy dog ran home." (6)
    const m = measure(['The cat sat. A happy dog ran home.']);
    assert.equal(m.sentences, 2);
    assert.equal(m.words, 8);
    assert.equal(m.syllables, 9);
    assert.ok(Math.abs(m.readingEase - (206.835 - 1.015 * 4 - 84.6 * (9 / 8))) < 1e-9);
    assert.ok(Math.abs(m.grade - (0.39 * 4 + 11.8 * (9 / 8) - 15.59)) < 1e-9);
  });

  it('measures paragraphs and list items, not headings or questions, and only the visible words of links', () => {
    const body = [
      {type: 'heading', level: 2, children: ['A very long heading that would never count at all']},
      {
        type: 'paragraph',
        children: [
          'Call ',
          {type: 'link', href: 'https://example.org/extraordinarily/long/address', children: ['us']},
          '.',
        ],
      },
      {type: 'list', ordered: false, items: [['One'], ['Two']]},
      {type: 'questions', items: [{id: 'q-x', children: ['Not counted?']}]},
    ];
    assert.deepEqual(proseOfBody(body), ['Call us.', 'One', 'Two']);
  });

  it('fails plain easy text on nothing, and fails hard text on grade, ease and sentence length', () => {
    assert.deepEqual(limitProblems(measure(['You can ask for help. It is free. Call us today.'])), []);
    const hard =
      'Notwithstanding the aforementioned considerations, the local authority’s institutional responsibilities encompass comprehensive multidisciplinary safeguarding arrangements, incorporating interagency communication protocols, documentation requirements, and organisational accountability mechanisms throughout the year.';
    const problems = limitProblems(measure([hard]));
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.match(problems[0], /Flesch–Kincaid grade .* is above 6/);
    assert.match(problems[1], /Flesch Reading Ease .* is below 65/);
    assert.match(problems[2], /a sentence of 27 words \(limit 25\)/);
  });
});
