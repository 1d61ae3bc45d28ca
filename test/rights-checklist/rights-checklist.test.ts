// The checklist, each test on a fresh host page in an iframe, so that the
// list in memory starts empty every time.
import {expect} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {axeViolations, englishIndex, inFirefox, itInChromiumOnly, loadFixture, waitFor} from '../helpers.js';

const KEY = 'family-rights-guide.checklist';
const PRINT_MEDIA = 'print media is emulated over the DevTools protocol';

interface FixtureWindow extends Window {
  problems: string[];
  warnings: string[];
}

let frame: HTMLIFrameElement;
const win = () => frame.contentWindow as FixtureWindow & typeof globalThis;
const doc = () => frame.contentDocument!;
const list = () => doc().querySelector('rights-checklist')!;
const $ = <T extends HTMLElement = HTMLElement>(selector: string) => {
  const found = list().shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the checklist`);
  return found;
};
const $$ = (selector: string) => [...list().shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const deepActive = () => {
  let active = doc().activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
/** Whether focus is on `element`; a boolean, because a failed comparison of elements from another frame stalls chai. */
const hasFocus = (element: Element) => deepActive() === element;
const settle = () => (list() as unknown as {updateComplete: Promise<unknown>}).updateComplete;
/** What the checklist's polite status region says now. */
const announced = () => $('.message[role="status"]').textContent!.trim();
const listTexts = () => $$('.items .question').map((q) => q.textContent!.replace(/\s+/g, ' ').trim());

async function open(page = 'checklist.html'): Promise<void> {
  frame = await loadFixture(page);
  frame.contentWindow!.focus();
  const all = page.startsWith('checklist-all-topics');
  await waitFor(() => list()?.shadowRoot?.querySelector(all ? 'details' : '.choices'), 'the checklist');
}

/** Presses `key` (' ' is the space bar: the name 'Space' is known only over Chromium's DevTools protocol). */
async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: key});
  await settle();
}

/** Tabs until the focused element matches. */
async function tabTo(matches: (el: Element) => boolean): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await sendKeys({press: 'Tab'});
    const active = deepActive();
    if (active && matches(active)) return;
  }
  throw new Error('Tab never reached the element');
}

async function addOwnByKeyboard(text: string): Promise<void> {
  $('#own-input').focus();
  if (text) await sendKeys({type: text});
  await tabTo((el) => el.matches('form button[type="submit"]'));
  await press('Enter');
}

beforeEach(() => localStorage.clear());
afterEach(async () => {
  if (!inFirefox) await emulateMedia({media: 'screen'});
  frame?.remove();
  localStorage.clear();
});

describe('rights-checklist', () => {
  it('builds, edits and reorders a list with the keyboard only', async () => {
    await open();
    // Tick two questions with Space.
    $('.choices input').focus();
    await press(' ');
    await tabTo((el) => el.id === 'pick-q-s20-take-child-home');
    await press(' ');
    // Add two of our own.
    await addOwnByKeyboard('Who is my social worker’s manager?');
    await addOwnByKeyboard('Can I record the meeting?');
    expect(listTexts()).to.deep.equal([
      'Is this section 20? Or has a court made an order?',
      'How do I take my child home, and who do I tell?',
      'Who is my social worker’s manager?',
      'Can I record the meeting?',
    ]);
    // Move the first own question down: focus follows it.
    $('[data-question-id="own-1"] .move-down').focus();
    await press('Enter');
    expect(listTexts().slice(2)).to.deep.equal(['Can I record the meeting?', 'Who is my social worker’s manager?']);
    expect(hasFocus($('[data-question-id="own-1"] .move-up')), 'focus').to.equal(true);
    // Edit it.
    $('[data-question-id="own-1"] .edit').focus();
    await press('Enter');
    expect(deepActive()!.id).to.equal('edit-own-1');
    await sendKeys({press: 'End'});
    await sendKeys({type: ' Or their name?'});
    await tabTo((el) => el.textContent?.trim() === 'Save');
    await press('Enter');
    expect(listTexts()[3]).to.equal('Who is my social worker’s manager? Or their name?');
    expect(hasFocus($('[data-question-id="own-1"] .edit')), 'focus').to.equal(true);
    // Delete the other.
    $('[data-question-id="own-2"] .delete').focus();
    await press('Enter');
    expect(listTexts()).to.have.length(3);
    expect(win().problems).to.deep.equal([]);
  });

  it('rejects an empty or whitespace-only question with a clear message, and adds nothing', async () => {
    await open();
    await addOwnByKeyboard('   ');
    expect($('.field-error').textContent).to.contain('Type a question first');
    expect($('#own-input').getAttribute('aria-invalid')).to.equal('true');
    expect($('#own-input').getAttribute('aria-describedby')).to.contain('own-error');
    expect(listTexts()).to.deep.equal([]);
    expect(await axeViolations(list())).to.deep.equal([]);
  });

  it("shows a failed edit's error under the editor only, and Escape keeps the old wording", async () => {
    await open();
    await addOwnByKeyboard('Can I record the meeting?');
    $('[data-question-id="own-1"] .edit').click();
    await settle();
    const box = $<HTMLTextAreaElement>('#edit-own-1');
    box.value = '   ';
    $('.editor button[type="submit"]').click();
    await settle();
    expect($('#edit-error').textContent).to.contain('It cannot be empty.');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    // Booleans, not elements: chai would walk a failing element from another frame for ever.
    expect(list().shadowRoot!.querySelector('#own-error') === null, 'no error under the add form').to.equal(true);
    expect($('#own-input').getAttribute('aria-invalid')).to.equal('false');
    box.focus();
    await press('Escape');
    expect(list().shadowRoot!.querySelector('.editor') === null, 'the editor is closed').to.equal(true);
    expect(listTexts()).to.deep.equal(['Can I record the meeting?']);
    expect(hasFocus($('[data-question-id="own-1"] .edit')), 'focus').to.equal(true);
  });

  it('warns once about a bad lang, heading-level or topic, as the guide does, and still works', async () => {
    await open();
    const checklist = list();
    checklist.setAttribute('heading-level', '9');
    checklist.setAttribute('topic', 'no-such-topic');
    checklist.setAttribute('lang', 'xx');
    await waitFor(() => list().shadowRoot!.querySelector('details'), 'every topic offered');
    await waitFor(() => win().warnings.some((w) => w.includes('lang "xx"')), 'the language warning');
    await settle();
    const warnings = win().warnings.join('\n');
    expect(warnings).to.contain('heading-level "9" is not a whole number from 1 to 6, so 2 is used.');
    expect(warnings).to.contain('there is no topic "no-such-topic", so the questions of every topic are offered.');
    expect(warnings).to.contain('there is no translation for lang "xx", so English is used.');
    expect(win().warnings.filter((w) => w.includes('heading-level')).length, 'once').to.equal(1);
    expect($('.view-heading').localName).to.equal('h2');
    expect($('.root').getAttribute('dir')).to.equal('ltr');
  });

  it('offers Try again when the questions fail to load, and then shows them', async () => {
    frame = await loadFixture('checklist.html?fail=.questions.');
    const problem = await waitFor(() => list()?.shadowRoot?.querySelector('.load-problem'), 'the problem');
    expect(problem.getAttribute('role')).to.equal('alert');
    expect(problem.textContent).to.contain('Sorry, the questions could not load.');
    expect(win().warnings.join('\n')).to.contain('the checklist could not load');
    // Nothing is fetched again until the reader asks.
    expect(list().shadowRoot!.querySelector('.choices') === null, 'no questions before Try again').to.equal(true);
    $('.retry').click();
    await waitFor(
      () => list().shadowRoot!.querySelector('.choices') && !list().shadowRoot!.querySelector('.load-problem'),
      'the questions, and the problem gone'
    );
    expect(await axeViolations(list())).to.deep.equal([]);
  });

  it('Escape cancels "Clear my list", with focus back on it', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    $('.clear').click();
    await waitFor(() => {
      const cancel = list().shadowRoot!.querySelector('.cancel-clear');
      return cancel && hasFocus(cancel);
    }, 'focus on "No, keep my list"');
    await press('Escape');
    expect(Boolean(list().shadowRoot!.querySelector('.confirm')), 'the confirmation has gone').to.equal(false);
    expect(hasFocus($('.clear')), 'focus is back on "Clear my list"').to.equal(true);
    expect(listTexts()).to.have.length(1);
  });

  it('describes each "Answer or note" box by its question', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    const note = $<HTMLTextAreaElement>('#note-q-s20-say-no');
    const description = list().shadowRoot!.getElementById(note.getAttribute('aria-describedby')!)!;
    expect(description.textContent!.trim()).to.equal(listTexts()[0]);
  });

  it('announces each question ticked or unticked, with the new count (WCAG 4.1.3)', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    expect(announced()).to.equal('Added to your list. My list: 1 question');
    $$('.choices input')
      .find((input) => input.id !== 'pick-q-s20-say-no')!
      .click();
    await settle();
    expect(announced()).to.equal('Added to your list. My list: 2 questions');
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    expect(announced()).to.equal('Removed from your list. My list: 1 question');
  });

  it('marks a question as asked with a note, and copies and downloads the list as plain text', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    $<HTMLInputElement>('#asked-q-s20-say-no').click();
    const note = $<HTMLTextAreaElement>('#note-q-s20-say-no');
    note.focus();
    await sendKeys({type: 'They said I can.'});
    await sendKeys({press: 'Tab'});
    await settle();
    let copied = '';
    Object.defineProperty(win().navigator, 'clipboard', {value: {writeText: async (text: string) => (copied = text)}});
    [...$$('.actions button')].find((b) => b.textContent!.includes('Copy'))!.focus();
    await press('Enter');
    await waitFor(() => copied, 'the copy');
    expect(copied).to.match(/^Questions for my meeting\nDate: \d+ \w+ \d{4}\nMeeting with: _+\n\nSection 20/);
    expect(copied).to.contain('1. What will happen if I do not agree? (asked)\n   Answer: They said I can.');
    let download = {name: '', text: ''};
    win().HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const {download: name, href} = this;
      void fetch(href)
        .then((r) => r.text())
        .then((text) => (download = {name, text}));
    };
    [...$$('.actions button')].find((b) => b.textContent!.includes('Download'))!.focus();
    await press('Enter');
    await waitFor(() => download.text, 'the download');
    expect(download.name).to.match(/^questions-for-my-meeting-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(download.text).to.equal(copied);
  });

  itInChromiumOnly('prints only the questions, with space for answers: no controls', PRINT_MEDIA, async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    await emulateMedia({media: 'print'});
    const visible = (el: Element) => el.getBoundingClientRect().height > 0;
    expect(visible($('.items .question'))).to.equal(true);
    expect(visible($('.answer-space'))).to.equal(true);
    expect($('.print-header').textContent).to.match(/Date: .*Meeting with: _+/s);
    for (const control of $$('button, input, textarea, summary'))
      expect(visible(control), control.outerHTML).to.equal(false);
    await emulateMedia({media: 'screen'});
    expect(visible($('.answer-space'))).to.equal(false);
  });

  itInChromiumOnly(
    'prints the standalone checklist on a page that also has the guide as the list alone, with no blank pages',
    PRINT_MEDIA,
    async () => {
      frame = await loadFixture('checklist-beside-guide.html');
      await waitFor(() => list()?.shadowRoot?.querySelector('.choices'), 'the checklist');
      $<HTMLInputElement>('#pick-q-s20-say-no').click();
      await settle();
      await emulateMedia({media: 'print'});
      let printed = {pageHeight: 0, listTop: -1, filler: '', guide: ''};
      win().print = () => {
        printed = {
          pageHeight: doc().documentElement.scrollHeight,
          listTop: list().getBoundingClientRect().top,
          filler: getComputedStyle(doc().querySelector('#filler')!).display,
          guide: getComputedStyle(doc().querySelector('family-rights-guide')!).display,
        };
      };
      [...$$('.actions button')].find((b) => b.textContent!.trim() === 'Print')!.click();
      expect(printed.filler, 'the host page content').to.equal('none');
      expect(printed.guide, 'the guide beside it').to.equal('none');
      expect(printed.listTop, 'the list starts at the top').to.be.below(20);
      // One A4 page is about 1,000 CSS pixels tall: the whole printout fits in it.
      expect(printed.pageHeight, 'no space for blank pages').to.be.below(list().getBoundingClientRect().height + 100);
      win().dispatchEvent(new Event('afterprint'));
      expect(doc().querySelector('[data-frg-print-path]') === null, 'the host page is restored').to.equal(true);
    }
  );

  /** Print, in a sandboxed frame without allow-modals, where printing is blocked. */
  async function printBlocked(): Promise<void> {
    frame = await loadFixture('checklist-beside-guide.html', 'allow-scripts allow-same-origin');
    await waitFor(() => list()?.shadowRoot?.querySelector('.choices'), 'the checklist');
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    [...$$('.actions button')].find((b) => b.textContent!.trim() === 'Print')!.click();
    // No print began, so no afterprint will come: the print-only styles must go anyway.
    await waitFor(
      () => doc().querySelector('[data-frg-print-root], [data-frg-print-path]') === null,
      'the host page restored'
    );
  }

  it(
    'takes its print-only marks off the host page when printing is blocked (a sandboxed frame without allow-modals)',
    printBlocked
  );

  itInChromiumOnly(
    'leaves the host page printable when printing is blocked (a sandboxed frame without allow-modals)',
    PRINT_MEDIA,
    async () => {
      await printBlocked();
      await emulateMedia({media: 'print'});
      expect(getComputedStyle(doc().querySelector('#filler')!).display, "the host's own printout").to.equal('block');
    }
  );

  it("offers every topic's questions, grouped by topic, when it has no topic attribute", async () => {
    await open('checklist-all-topics.html');
    const groups = $$('details');
    expect(groups.length).to.equal((await englishIndex()).topics.length);
    const conference = groups.find((g) =>
      g.querySelector('summary')!.textContent!.includes('Child protection conference')
    )!;
    conference.querySelector('summary')!.focus();
    await press('Enter');
    expect((conference as HTMLDetailsElement).open).to.equal(true);
    await waitFor(() => conference.querySelector('.choices'), 'the questions of the topic');
    await sendKeys({press: 'Tab'});
    await press(' ');
    expect(conference.querySelector('summary')!.textContent).to.contain('(1 question picked)');
    expect(listTexts()).to.have.length(1);
    expect(await axeViolations(list())).to.deep.equal([]);
  });

  it('clears everything only after a confirmation, then says so and puts focus on the list', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    $('.clear').focus();
    await press('Enter');
    expect(hasFocus($('.cancel-clear')), 'focus').to.equal(true);
    await press('Enter');
    expect(listTexts()).to.have.length(1);
    expect(deepActive() === $('.clear'), 'focus back on Clear after No').to.equal(true);
    await press('Enter');
    $('.confirm-clear').focus();
    await press('Enter');
    expect(listTexts()).to.deep.equal([]);
    expect(announced()).to.equal('Your list is cleared.');
    expect(deepActive() === $('.view-heading'), 'focus on the heading').to.equal(true);
  });

  it('announces each change to the list in its polite status region', async () => {
    await open();
    await addOwnByKeyboard('First of mine');
    expect(announced()).to.equal('Your question is on your list.');
    await addOwnByKeyboard('Second of mine');
    $('[data-question-id="own-1"] .move-down').click();
    await settle();
    expect(announced()).to.equal('Moved down.');
    $('[data-question-id="own-1"] .move-up').click();
    await settle();
    expect(announced()).to.equal('Moved up.');
    $('[data-question-id="own-1"] .edit').click();
    await settle();
    $<HTMLInputElement>('#edit-own-1').value = 'First, changed';
    [...$$('button')].find((b) => b.textContent!.trim() === 'Save')!.click();
    await settle();
    expect(announced()).to.equal('Your question is changed.');
    $('[data-question-id="own-2"] .delete').click();
    await settle();
    expect(announced()).to.equal('Your question is deleted.');
    win().HTMLAnchorElement.prototype.click = () => {};
    [...$$('.actions button')].find((b) => b.textContent!.includes('Download'))!.click();
    await settle();
    expect(announced()).to.equal('Your list is downloading as a text file.');
  });

  it('says calmly when copying fails, and suggests the download', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await settle();
    Object.defineProperty(win().navigator, 'clipboard', {
      value: {writeText: () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))},
    });
    [...$$('.actions button')].find((b) => b.textContent!.includes('Copy'))!.click();
    await waitFor(() => announced().startsWith('Sorry'), 'the message');
    expect(announced()).to.equal('Sorry, your list could not be copied. Try downloading it instead.');
    expect(listTexts()).to.have.length(1);
  });

  it('unticking "Keep my list" deletes the saved copy and keeps the list on screen', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    $<HTMLInputElement>('#keep').click();
    await settle();
    expect(Object.keys(localStorage)).to.deep.equal([KEY]);
    $<HTMLInputElement>('#keep').focus();
    await press(' ');
    expect($<HTMLInputElement>('#keep').checked).to.equal(false);
    expect(localStorage.length, 'nothing left on the device').to.equal(0);
    expect(listTexts()).to.deep.equal(['What will happen if I do not agree?']);
    // Nothing comes back on the next visit.
    frame.remove();
    await open();
    expect(listTexts()).to.deep.equal([]);
  });

  it('has no axe violations right to left, in Arabic and Urdu, with a list', async () => {
    for (const lang of ['ar', 'ur']) {
      await open();
      $<HTMLInputElement>('#pick-q-s20-say-no').click();
      await addOwnByKeyboard('سؤالي');
      list().setAttribute('lang', lang);
      await waitFor(() => $('.root').lang === lang && $('.root').dir === 'rtl', `the checklist in ${lang}`);
      await waitFor(() => $$('.items .question').length === 2, 'the list');
      expect(getComputedStyle($('.root')).direction).to.equal('rtl');
      expect(await axeViolations(list()), lang).to.deep.equal([]);
      frame.remove();
    }
  });

  it('leaves no trace by default: no cookies, storage, history, URL or title change', async () => {
    await open();
    const {href} = win().location;
    const title = doc().title;
    const historyLength = win().history.length;
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await addOwnByKeyboard('A private worry');
    expect(listTexts()).to.have.length(2);
    expect(win().localStorage.length).to.equal(0);
    expect(win().sessionStorage.length).to.equal(0);
    expect(doc().cookie).to.equal('');
    expect(await win().indexedDB.databases()).to.deep.equal([]);
    expect(win().location.href).to.equal(href);
    expect(doc().title).to.equal(title);
    expect(win().history.length).to.equal(historyLength);
  });

  it('keeps the list on the device only after opting in, in one key, and deletes it on request', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    $<HTMLInputElement>('#keep').click();
    await settle();
    expect(Object.keys(localStorage)).to.deep.equal([KEY]);
    expect(JSON.parse(localStorage.getItem(KEY)!).picked).to.deep.equal([{topic: 'section-20', id: 'q-s20-say-no'}]);
    expect(await axeViolations(list())).to.deep.equal([]);
    frame.remove();
    await open();
    expect(listTexts()).to.deep.equal(['What will happen if I do not agree?']);
    $('.delete-saved').click();
    await settle();
    expect(localStorage.length).to.equal(0);
    expect(listTexts()).to.have.length(1);
    expect($$('.delete-saved')).to.have.length(0);
  });

  for (const mode of ['blocked', 'full']) {
    it(`keeps the list in memory with a calm message when storage is ${mode}`, async () => {
      await open(`checklist.html?storage=${mode}`);
      $<HTMLInputElement>('#pick-q-s20-say-no').click();
      $<HTMLInputElement>('#keep').click();
      await settle();
      expect($('.problem').textContent!.trim()).to.equal(
        'We could not save on this device. Your list is still here until you close this page.'
      );
      expect(listTexts()).to.deep.equal(['What will happen if I do not agree?']);
      expect(await axeViolations(list())).to.deep.equal([]);
      expect(win().problems).to.deep.equal([]);
    });
  }

  for (const mode of ['corrupt', 'old']) {
    it(`never shows ${mode} saved data as questions, and offers to delete it`, async () => {
      await open(`checklist.html?storage=${mode}`);
      expect($('.problem').textContent).to.contain('could not be read, so it is not shown');
      expect(listTexts()).to.deep.equal([]);
      expect($$('.delete-saved')).to.have.length(1);
      expect(await axeViolations(list())).to.deep.equal([]);
      $<HTMLInputElement>('#pick-q-s20-say-no').click();
      await settle();
      expect(listTexts()).to.have.length(1);
    });
  }

  it('fires frg-checklist-change with the count only, never any text', async () => {
    await open();
    const details: unknown[] = [];
    doc().addEventListener('frg-checklist-change', (e) => details.push((e as CustomEvent).detail));
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await addOwnByKeyboard('My secret worry');
    expect(details).to.deep.equal([{count: 1}, {count: 2}]);
  });

  it('keeps the list when the language changes', async () => {
    await open();
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    await addOwnByKeyboard('As I typed it');
    list().setAttribute('lang', 'pl');
    await waitFor(() => $('.root').lang === 'pl' && $$('.items .question').length === 2, 'the list in Polish');
    expect($$('.items [data-question-id]').map((item) => item.dataset.questionId)).to.deep.equal([
      'q-s20-say-no',
      'own-1',
    ]);
    expect(listTexts()[1]).to.equal('As I typed it');
    expect(listTexts()[0]).not.to.equal('What will happen if I do not agree?');
  });

  it('has no axe violations when empty, ticked, with an own question and marked asked', async () => {
    await open();
    expect(await axeViolations(list()), 'empty').to.deep.equal([]);
    $<HTMLInputElement>('#pick-q-s20-say-no').click();
    $<HTMLInputElement>('#pick-q-s20-decisions').click();
    await settle();
    expect(await axeViolations(list()), 'ticked').to.deep.equal([]);
    await addOwnByKeyboard('My own question');
    expect(await axeViolations(list()), 'own question').to.deep.equal([]);
    $<HTMLInputElement>('#asked-q-s20-say-no').click();
    await settle();
    expect(await axeViolations(list()), 'asked').to.deep.equal([]);
  });
});

describe('the list inside the guide', () => {
  itInChromiumOnly(
    'prints from inside the guide: in print, the host page and the guide around the list are hidden and the list is seen',
    PRINT_MEDIA,
    async () => {
      frame = await loadFixture('checklist-beside-guide.html');
      const guide = await waitFor(() => {
        const g = doc().querySelector('family-rights-guide');
        return g?.shadowRoot?.querySelector('.add-question') ? g : undefined;
      }, 'the guide');
      const inGuide = (selector: string) => guide.shadowRoot!.querySelector<HTMLElement>(selector)!;
      inGuide('.add-question').click();
      await (guide as unknown as {updateComplete: Promise<unknown>}).updateComplete;
      inGuide('.my-list-button').click();
      const innerList = await waitFor(
        () =>
          guide.shadowRoot!.querySelector('rights-checklist')?.shadowRoot?.querySelector('.items') &&
          inGuide('rights-checklist'),
        'the list in the guide'
      );
      const inList = (selector: string) => innerList.shadowRoot!.querySelector<HTMLElement>(selector)!;
      await emulateMedia({media: 'print'});
      const seen = (el: Element) => el.getBoundingClientRect().height > 0;
      const printed = {hostPage: true, otherChecklist: true, guideToolbar: true, question: false, listTop: -1};
      win().print = () => {
        Object.assign(printed, {
          hostPage: seen(doc().querySelector('#filler')!) || seen(doc().querySelector('#site-header')!),
          otherChecklist: seen(doc().querySelector('#around rights-checklist')!),
          guideToolbar: seen(inGuide('.toolbar')) || seen(inGuide('.back')),
          question: seen(inList('.items .question')),
          listTop: innerList.getBoundingClientRect().top,
        });
      };
      [...innerList.shadowRoot!.querySelectorAll<HTMLElement>('.actions button')]
        .find((b) => b.textContent!.trim() === 'Print')!
        .click();
      expect(printed).to.deep.equal({
        ...printed,
        hostPage: false,
        otherChecklist: false,
        guideToolbar: false,
        question: true,
      });
      expect(printed.listTop, 'the list starts at the top of the page').to.be.below(20);
      // After printing, the host page prints as it did before.
      win().dispatchEvent(new Event('afterprint'));
      expect(seen(doc().querySelector('#filler')!), 'the host page is back').to.equal(true);
    }
  );

  it('adds questions from a topic and opens "My list" in one step, moving focus to it', async () => {
    frame = await loadFixture('guide-with-list.html');
    const guide = await waitFor(() => {
      const g = frame.contentDocument!.querySelector('family-rights-guide');
      return g?.shadowRoot?.querySelector('.add-question') ? g : undefined;
    }, 'the guide');
    const toggle = guide.shadowRoot!.querySelector<HTMLButtonElement>('.add-question')!;
    expect(toggle.textContent!.trim()).to.equal('Add to my list');
    toggle.click();
    await (guide as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(toggle.textContent!.trim(), 'says what a press will do now').to.equal('On my list – remove');
    expect(guide.shadowRoot!.querySelector('.my-list-button')!.textContent!.trim()).to.equal('My list: 1 question');
    // The way to the list is beside the question, not thousands of pixels above it.
    const button = guide.shadowRoot!.querySelector<HTMLButtonElement>('.see-list')!;
    expect(button.textContent!.trim()).to.equal('See my list (1)');
    expect(Math.abs(button.getBoundingClientRect().top - toggle.getBoundingClientRect().top)).to.be.below(120);
    button.click();
    const inner = await waitFor(
      () => guide.shadowRoot!.querySelector('rights-checklist')?.shadowRoot?.querySelector('.items .question'),
      'the list'
    );
    expect(inner.textContent!.trim()).to.equal('Is this section 20? Or has a court made an order?');
    await waitFor(() => guide.shadowRoot!.activeElement?.localName === 'rights-checklist', 'focus on the list');
    expect(await axeViolations(guide)).to.deep.equal([]);
  });
});
