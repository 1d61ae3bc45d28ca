import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {STORAGE_KEY} from '../../src/my-list/my-list-store.js';
import {$, $$, takeWarnings, waitFor} from '../helpers.js';
import {
  backFromCache,
  failRequests,
  here,
  holdRequests,
  hostPage,
  pressShift,
  restoreFetch,
  text,
} from '../source-helpers.js';
import {addOwn, button, focusOn, list, listTexts, message, mount, settle, useChecklistPage} from './checklist-page.js';

useChecklistPage();

describe('the checklist, from source: keeping the list', () => {
  // First in this file: the page's list reads what was kept when the first widget appears.
  it('shows a list kept on this device, counting only questions that still exist, and deletes it on request', async () => {
    const picked = [
      {topic: 'section-20', id: 'q-s20-say-no'},
      {topic: 'section-20', id: 'q-s20-no-longer-in-the-guide'},
      {topic: 'no-longer-a-topic', id: 'q-gone'},
    ];
    const kept = {picked, own: [{id: 'own-4', text: 'Kept one'}]};
    localStorage.setItem(STORAGE_KEY, JSON.stringify({version: 1, ...kept, asked: [], notes: {}, meetingWith: 'Sam'}));
    await mount({topic: 'section-20'}, '.items');
    await waitFor(() => listTexts().length === 2, 'the kept questions');
    expect(listTexts()).to.deep.equal(['What will happen if I do not agree?', 'Kept one']);
    expect(text($(list, '#list-heading'))).to.equal('My list (2)');
    expect($<HTMLInputElement>(list, '#keep').checked).to.equal(true);
    expect($<HTMLInputElement>(list, '#meeting-with').value).to.equal('Sam');
    expect(text($(list, '.print-header'))).to.contain('Meeting with: Sam');
    $(list, '.delete-saved').click();
    await settle();
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(message()).to.equal('Your saved list is deleted from this device.');
    expect(listTexts(), 'the list on screen stays').to.have.length(2);
    expect($$(list, '.delete-saved')).to.have.length(0);
  });

  it('keeps the list only after the reader opts in, and says so calmly when the device will not save', async () => {
    await mount({topic: 'section-20'});
    $(list, '#pick-q-s20-say-no').click();
    expect(localStorage.length).to.equal(0);
    $(list, '#keep').click();
    await settle();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).picked).to.have.length(1);
    $(list, '#keep').click();
    expect(localStorage.length, 'unticking deletes it').to.equal(0);
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      $(list, '#keep').click();
      await settle();
    } finally {
      Storage.prototype.setItem = realSetItem;
    }
    expect(text($(list, '.problem[role="alert"]'))).to.equal(
      'We could not save on this device. Your list is still here until you close this page.'
    );
    expect(listTexts()).to.have.length(1);
  });
});

describe('the checklist, from source: building the list', () => {
  it('picks a question and adds one of the reader’s own with the keyboard, telling the page only the count', async () => {
    await mount({topic: 'section-20'});
    const counts: number[] = [];
    list.addEventListener('frg-checklist-change', (event) => counts.push(event.detail.count));
    expect(text($(list, '.list'))).to.contain('Your list is empty.');
    $(list, '#pick-q-s20-say-no').focus();
    await sendKeys({press: ' '});
    $(list, '#own-input').focus();
    await sendKeys({type: 'Can I bring a friend?'});
    $(list, '.own button[type="submit"]').focus();
    await sendKeys({press: 'Enter'});
    await settle();
    expect(listTexts()).to.deep.equal(['What will happen if I do not agree?', 'Can I bring a friend?']);
    expect(message()).to.equal('Your question is on your list.');
    expect($<HTMLTextAreaElement>(list, '#own-input').value).to.equal('');
    expect(counts).to.deep.equal([1, 2]);
    expect(text($(list, '#list-heading'))).to.equal('My list (2)');
  });

  it('offers every topic to open when it has no topic, counting what was picked in each', async () => {
    await mount({}, 'details');
    const details = $$<HTMLDetailsElement>(list, 'details').find(
      (d) => text(d.querySelector('summary')) === 'Adoption'
    )!;
    details.open = true;
    await waitFor(() => details.querySelector('.choices'), 'its questions');
    const choices = details.querySelectorAll<HTMLInputElement>('.choices input');
    choices[0].click();
    await settle();
    expect(text(details.querySelector('summary'))).to.equal('Adoption (1 question picked)');
    choices[1].click();
    await settle();
    expect(text(details.querySelector('summary'))).to.equal('Adoption (2 questions picked)');
    details.open = false;
    await waitFor(() => !details.querySelector('.choices'), 'the topic closed');
    expect(listTexts()).to.have.length(2);
  });
});

describe('the checklist, from source: using the list', () => {
  it('marks a question asked with a note, and copies and downloads the list as plain text', async () => {
    await mount({topic: 'section-20'});
    $(list, '#pick-q-s20-say-no').click();
    await settle();
    $(list, '#asked-q-s20-say-no').click();
    const note = $<HTMLTextAreaElement>(list, '#note-q-s20-say-no');
    note.value = 'They said\nI can.';
    note.dispatchEvent(new Event('change'));
    const meeting = $<HTMLInputElement>(list, '#meeting-with');
    meeting.value = 'Alex';
    meeting.dispatchEvent(new Event('change'));
    await settle();
    expect(listTexts()).to.deep.equal(['What will happen if I do not agree? (asked)']);
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (t: string) => (copied = t)},
    });
    button('Copy as text').click();
    await waitFor(() => message().startsWith('Your list is copied.'), 'the copy message');
    expect(copied).to.match(/^Questions for my meeting\nDate: \d+ \w+ \d{4}\nMeeting with: Alex\n\nSection 20/);
    expect(copied).to.contain('1. What will happen if I do not agree? (asked)\n   Answer: They said I can.\n');
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText: () => Promise.reject()}});
    button('Copy as text').click();
    await waitFor(() => message().startsWith('Sorry, your list could not be copied.'), 'the copy failure');
    delete (navigator as {clipboard?: unknown}).clipboard;
    const realClick = HTMLAnchorElement.prototype.click;
    let download = {name: '', href: ''};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = {name: this.download, href: this.href};
    };
    try {
      button('Download as a text file').click();
    } finally {
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(download.name).to.match(/^questions-for-my-meeting-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(await (await fetch(download.href)).text()).to.equal(copied);
    await settle();
    expect(message()).to.equal('Your list is downloading as a text file.');
  });

  it('in a draft translation, says so on screen, on paper and in the copied text, and shows the list in English on request', async () => {
    await mount({topic: 'section-20', lang: 'pl'});
    expect(text($(list, '.draft-notice'))).to.contain('To tłumaczenie nie zostało jeszcze sprawdzone');
    $(list, '#pick-q-s20-say-no').click();
    await settle();
    const draftLines = [
      'Ta lista jest przetłumaczona i żaden wykwalifikowany tłumacz jeszcze jej nie sprawdził. Jeśli coś jest niejasne, poproś o tłumacza ustnego.',
      'This list is translated, and no qualified translator has checked it yet. Ask for an interpreter if anything is unclear.',
    ];
    expect(text($(list, '.print-header .draft-line'))).to.equal(draftLines.join(' '));
    expect($(list, '.print-header .draft-line [lang="en"]').textContent).to.equal(draftLines[1]);
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {writeText: async (t: string) => (copied = t)},
    });
    try {
      $$<HTMLButtonElement>(list, '.actions button')[1].click();
      await waitFor(() => copied, 'the copied text');
    } finally {
      delete (navigator as {clipboard?: unknown}).clipboard;
    }
    expect(copied.split('\n').slice(0, 3)).to.deep.equal([...draftLines, '']);
    const toggle = $(list, '.show-english');
    expect(text(toggle)).to.equal('Pokaż po angielsku');
    toggle.click();
    await waitFor(() => text($(list, '.view-heading')) === 'What to ask your social worker', 'the list in English');
    expect(list.shadowRoot!.querySelector('.draft-notice'), 'English is not a draft').to.equal(null);
    expect(text($(list, '.show-english')), 'it says what pressing it does').to.equal('Pokaż po polsku');
    expect($$(list, '.print-header .draft-line')).to.have.length(0);
    $(list, '.show-english').click();
    await waitFor(() => list.shadowRoot!.querySelector('.draft-notice'), 'Polish again');
    expect(listTexts(), 'the list is kept').to.have.length(1);
  });

  it('clears the list only after the reader confirms, moving focus sensibly at each step', async () => {
    await mount({topic: 'section-20'});
    $(list, '#pick-q-s20-say-no').click();
    await settle();
    $(list, '.clear').click();
    await focusOn('.cancel-clear');
    $(list, '.cancel-clear').click();
    await focusOn('.clear');
    expect(listTexts()).to.have.length(1);
    $(list, '.clear').click();
    await settle();
    $(list, '.confirm-clear').click();
    await focusOn('.view-heading');
    expect([listTexts(), message()]).to.deep.equal([[], 'Your list is cleared.']);
  });
});

describe('the checklist, from source: languages and problems', () => {
  it('warns about a bad heading level, an unknown topic and a language it lacks, offering every topic', async () => {
    await mount({'heading-level': '0', lang: 'xx', topic: 'section-20'});
    list.setAttribute('topic', 'no-such-topic');
    await waitFor(() => list.shadowRoot!.querySelector('details'), 'every topic offered');
    expect($(list, '.view-heading').localName).to.equal('h2');
    takeWarnings(
      /there is no translation for lang "xx", so English is used/,
      /heading-level "0" is not a whole number from 1 to 6/,
      /there is no topic "no-such-topic", so the questions of every topic are offered/
    );
  });

  it('warns once about an unknown topic it has from the start, as the guide does', async () => {
    await mount({topic: 'no-such-topic'}, 'details');
    list.requestUpdate();
    await settle();
    takeWarnings(/there is no topic "no-such-topic", so the questions of every topic are offered/);
  });

  it('shows only the problem when even the topics could not load', async () => {
    failRequests(/\/ro\/index\.json$/);
    await mount({lang: 'ro', topic: 'section-20'}, '.load-problem');
    expect(text($(list, '.root'))).not.to.contain('Loading');
    takeWarnings(/the checklist could not load/);
    restoreFetch();
    $(list, '.retry').click();
    await waitFor(() => list.shadowRoot!.querySelector('.choices'), 'the questions');
  });

  it('follows its own lang, or the page’s, keeping the list; the latest language asked for wins', async () => {
    const page = hostPage('en');
    await mount({topic: 'section-20'}, '.choices', page);
    $(list, '#pick-q-s20-say-no').click();
    page.lang = 'pl';
    await waitFor(() => $(list, '.root').lang === 'pl' && list.shadowRoot!.querySelector('.items'), 'Polish');
    list.setAttribute('lang', 'ar');
    list.setAttribute('lang', 'ro');
    await list.updateComplete;
    list.setAttribute('lang', 'ur');
    await waitFor(() => $(list, '.root').lang === 'ur' && list.shadowRoot!.querySelector('.items'), 'Urdu');
    expect($(list, '.root').dir).to.equal('rtl');
    expect($$(list, '.items [data-question-id]').map((item) => item.dataset.questionId)).to.deep.equal([
      'q-s20-say-no',
    ]);
  });

  it('says calmly when the questions could not load, and loads them when the reader tries again', async () => {
    failRequests(/\/en\/care-proceedings\.questions\./);
    await mount({topic: 'care-proceedings'}, '.load-problem');
    expect(text($(list, '.load-problem[role="alert"]'))).to.contain('Sorry, the questions could not load.');
    takeWarnings(/family-rights-guide: the checklist could not load\. TypeError: Failed to fetch/);
    restoreFetch();
    $(list, '.retry').click();
    await waitFor(() => list.shadowRoot!.querySelector('.choices'), 'the questions');
    expect(list.shadowRoot!.querySelector('.load-problem')).to.equal(null);
  });

  it('says when loading is slow, and shows the questions when they come', async function () {
    this.timeout(40000);
    const slow = holdRequests(/\/en\/complaints\.questions\./);
    await mount({topic: 'complaints'}, '.load-problem');
    expect(text($(list, '.load-problem'))).to.contain('This is taking longer than usual.');
    slow.release();
    await waitFor(() => list.shadowRoot!.querySelector('.choices'), 'the questions');
    expect(list.shadowRoot!.querySelector('.load-problem')).to.equal(null);
  });
});

describe('the checklist, from source: quick exit', () => {
  it('hides and forgets what the reader was doing, and shows afresh after the Back button', async () => {
    await mount({'quick-exit': '', 'exit-url': `${here}#list-exit`, topic: 'section-20'});
    $(list, '#pick-q-s20-say-no').click();
    await addOwn('');
    await settle();
    $(list, '.clear').click();
    await settle();
    $(list, 'a.exit').click();
    expect(location.hash).to.equal('#list-exit');
    expect([list.hidden, $(list, '.root').hidden]).to.deep.equal([true, true]);
    backFromCache();
    await settle();
    expect([list.hidden, $(list, '.root').hidden]).to.deep.equal([false, false]);
    expect(listTexts()).to.deep.equal([]);
    for (const gone of ['#own-error', '.confirm']) expect(list.shadowRoot!.querySelector(gone), gone).to.equal(null);
  });

  it('says when Shift presses have run out of time', async function () {
    this.timeout(40000);
    await mount({'quick-exit': '', 'exit-url': `${here}#list-exit`, topic: 'section-20'});
    await pressShift();
    const status = $(list, '.exit-bar [role="status"]');
    await waitFor(() => text(status) === 'Exit this page expired.', 'the expiry announcement', 15000);
    expect(location.hash).to.equal('');
  });
});
