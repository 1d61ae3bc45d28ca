// @ts-check
// English inside a translation is marked as English, and in right-to-left
// text isolated, so a screen reader uses an English voice and brackets and
// numbers keep their order.
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {markedText} from '../../../scripts/content/markdown-tree.mjs';
import {englishNamesOf, englishWordsOf, markEnglish, markText} from '../../../scripts/content/mark-english.mjs';

const englishWords = englishWordsOf([['A care order is made by a court. Ask Cafcass.']]);
const rtl = {rtl: true, latin: false, englishWords};
const ltr = {rtl: false, latin: true, englishWords};
const otherScript = {rtl: false, latin: false, englishWords};
const en = (/** @type {string} */ text) => ({type: 'ltr', lang: 'en', text});

describe('marking English in a translation', () => {
  it('in Arabic, marks every run of Latin-script words, with the numbers inside it', () => {
    assert.deepEqual(markEnglish(['يصدر القاضي أمر الرعاية (care order). اتصلوا بـ Cafcass أو section 20.'], rtl), [
      'يصدر القاضي أمر الرعاية (',
      en('care order'),
      '). اتصلوا بـ ',
      en('Cafcass'),
      ' أو ',
      en('section 20'),
      '.',
    ]);
  });

  it('in Bengali, Panjabi or Ukrainian, marks every run of Latin-script words, and leaves numbers alone', () => {
    assert.deepEqual(markEnglish(['আদালত কেয়ার অর্ডার (care order) দেয়। Cafcass, রেফারেন্স 24 013 350।'], otherScript), [
      'আদালত কেয়ার অর্ডার (',
      en('care order'),
      ') দেয়। ',
      en('Cafcass'),
      ', রেফারেন্স 24 013 350।',
    ]);
    assert.deepEqual(markText('Сімейна рада (family group conference)', otherScript), [
      'Сімейна рада (',
      en('family group conference'),
      ')',
    ]);
  });

  it('in Arabic, keeps a number written in groups in order, without calling it English', () => {
    assert.deepEqual(markEnglish(['رقم المرجع 24 013 350 عندكم.'], rtl), [
      'رقم المرجع ',
      {type: 'ltr', text: '24 013 350'},
      ' عندكم.',
    ]);
  });

  it('marks inside links, terms and lists, but leaves phone links and citations alone', () => {
    const body = [
      {type: 'paragraph', children: [{type: 'term', id: 'care-order', children: ['أمر الرعاية (care order)']}]},
      {type: 'list', ordered: false, items: [['Cafcass']]},
      {
        type: 'paragraph',
        children: [
          {type: 'link', href: 'tel:0808', children: ['0808 801 0366']},
          {type: 'cite', sources: [1]},
        ],
      },
    ];
    assert.deepEqual(markEnglish(body, rtl), [
      {
        type: 'paragraph',
        children: [{type: 'term', id: 'care-order', children: ['أمر الرعاية (', en('care order'), ')']}],
      },
      {type: 'list', ordered: false, items: [[en('Cafcass')]]},
      body[2],
    ]);
  });

  it('in Polish, marks English in brackets only: each word must be a word of the English guide', () => {
    assert.deepEqual(markEnglish(['nakaz opieki (care order), wydany przez sąd (np. rodzinny)'], ltr), [
      'nakaz opieki (',
      en('care order'),
      '), wydany przez sąd (np. rodzinny)',
    ]);
  });

  it('in Polish, marks the names English uses, and no Polish word', () => {
    const englishNames = englishNamesOf([
      'Family Rights Group can help. Ask Cafcass, or the Local Government and Social Care Ombudsman.',
      'The court asks Cafcass.',
      'Do not sign anything.',
    ]);
    assert.deepEqual([...englishNames].sort(), [
      'Cafcass',
      'Family Rights Group',
      'Local Government and Social Care Ombudsman',
    ]);
    assert.deepEqual(
      markEnglish(
        ['Do Family Rights Group i Cafcass. Do sądu. Skarga do Local Government and Social Care Ombudsman.'],
        {
          ...ltr,
          englishNames,
        }
      ),
      [
        'Do ',
        en('Family Rights Group'),
        ' i ',
        en('Cafcass'),
        '. Do sądu. Skarga do ',
        en('Local Government and Social Care Ombudsman'),
        '.',
      ]
    );
  });

  it('marks titles and summaries, and keeps plain text a string', () => {
    assert.deepEqual(markText('Sekcja 20', ltr), 'Sekcja 20');
    assert.deepEqual(markText('القسم 20 (section 20)', rtl), ['القسم 20 (', en('section 20'), ')']);
  });

  it("keeps a question's marked English for the checklist, and drops citations and links", () => {
    const question = markEnglish(
      [
        'ما هي ',
        {type: 'term', id: 'care-plan', children: ['خطة الرعاية (care plan)']},
        '؟',
        {type: 'cite', sources: [1]},
      ],
      rtl
    );
    assert.deepEqual(markedText(question), ['ما هي خطة الرعاية (', en('care plan'), ')؟']);
    assert.equal(markedText(['Co to jest ', {type: 'strong', children: ['plan']}, '?']), 'Co to jest plan?');
  });
});
