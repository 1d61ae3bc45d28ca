import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {
  exitWithGovuk,
  govukExitLeads,
  isLeaving,
  joinQuickExit,
  leavePage,
  STILL_HERE_MS,
  type ExitParticipant,
} from '../../src/quick-exit/exit-coordinator.js';
import {waitFor} from '../helpers.js';
import {myList} from '../../src/my-list/my-list-store.js';

// Quick exit leaves with location.replace. These tests give it an address on
// this same page, differing only in its #fragment: the browser then stays on
// the test page, and the address bar shows that quick exit left, and where to.
const here = location.href.split('#')[0];

interface TestParticipant extends ExitParticipant {
  calls: string[];
  rootElement: HTMLElement;
}

const joined: (() => void)[] = [];

/** A widget on the page as quick exit sees it: an element, its root, and what it was asked to do. */
function participant(join = true, quickExit = true): TestParticipant {
  const element = document.createElement('div');
  element.className = 'widget';
  const rootElement = document.createElement('p');
  rootElement.textContent = 'What the reader was reading';
  element.append(rootElement);
  document.body.append(element);
  const calls: string[] = [];
  const result: TestParticipant = {
    element,
    rootElement,
    root: () => rootElement,
    forget: () => calls.push('forget'),
    returned: () => calls.push('returned'),
    quickExit: () => quickExit,
    calls,
  };
  if (join) joined.push(joinQuickExit(result));
  return result;
}

/** The page comes back from the back-forward cache (persisted), or is loaded afresh. */
const pageShow = (persisted: boolean) => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted}));

afterEach(() => {
  // Come back, so the next test starts on a page that is not leaving.
  if (isLeaving()) {
    const stand = participant();
    pageShow(true);
    stand.element.remove();
  }
  for (const leave of joined.splice(0)) leave();
  document.querySelectorAll('.widget').forEach((element) => element.remove());
  history.replaceState(history.state, '', here);
  myList.clear();
});

describe('quick exit across the page (unit)', () => {
  it('hides and wipes every widget at once, forgets the list, and leaves once without a history entry', () => {
    const [first, second] = [participant(), participant()];
    const historyLength = history.length;
    myList.addOwn('A private worry');
    expect(isLeaving()).to.equal(false);
    leavePage(`${here}#exit-one`);
    for (const widget of [first, second]) {
      expect(widget.element.hidden).to.equal(true);
      expect(widget.rootElement.hasAttribute('hidden')).to.equal(true);
      expect(widget.calls).to.deep.equal(['forget']);
    }
    expect(myList.count).to.equal(0);
    expect(isLeaving()).to.equal(true);
    expect(location.hash).to.equal('#exit-one');
    expect(history.length, 'replaced, not added').to.equal(historyLength);
    // A second exit while leaving (Shift on one widget, the link on another) hides again but leaves only once.
    leavePage(`${here}#exit-two`);
    expect(location.hash).to.equal('#exit-one');
    expect(first.calls).to.deep.equal(['forget', 'forget']);
  });

  it('shows the widgets again, with nothing of before, when the page comes back from the back-forward cache', () => {
    const shown = participant();
    const hiddenByHost = participant();
    hiddenByHost.element.hidden = true;
    leavePage(`${here}#exit`);
    const noReferrer = 'meta[name="referrer"][content="no-referrer"]';
    expect(document.head.querySelectorAll(noReferrer), 'no Referer on the way out').to.have.length(1);
    pageShow(false);
    expect(isLeaving(), 'a fresh load is not a return').to.equal(true);
    expect(shown.element.hidden).to.equal(true);
    pageShow(true);
    expect(isLeaving()).to.equal(false);
    expect(shown.element.hidden).to.equal(false);
    expect(shown.rootElement.hasAttribute('hidden')).to.equal(false);
    expect(shown.calls).to.deep.equal(['forget', 'returned']);
    expect(hiddenByHost.element.hidden, 'what the host page hid stays hidden').to.equal(true);
    expect(document.head.querySelectorAll(noReferrer), "the host page's own referrer policy is back").to.have.length(0);
  });

  it('ignores a return from the back-forward cache when nobody left', () => {
    const widget = participant();
    pageShow(true);
    expect(widget.calls).to.deep.equal([]);
  });

  it('leaves alone a widget that has left the page, and one whose root has not rendered', () => {
    const gone = participant(false);
    const leaveAgain = joinQuickExit(gone);
    leaveAgain();
    const unrendered = participant();
    unrendered.root = () => null;
    leavePage(`${here}#exit`);
    expect(gone.element.hidden).to.equal(false);
    expect(gone.calls).to.deep.equal([]);
    expect(unrendered.element.hidden).to.equal(true);
    expect(unrendered.rootElement.hasAttribute('hidden')).to.equal(false);
  });

  it('stops listening for the page coming back once the last widget has gone', () => {
    const widget = participant();
    leavePage(`${here}#exit`);
    joined.pop()!();
    pageShow(true);
    expect(isLeaving(), 'nobody is left to show again').to.equal(true);
    expect(widget.calls).to.deep.equal(['forget']);
  });

  it('with quick exit on, the page going by any route hides and wipes everything, so Back shows nothing', () => {
    const off = participant(true, false);
    window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));
    expect(off.calls, 'no widget has quick exit on: nothing is wiped').to.deep.equal([]);
    const on = participant();
    myList.addOwn('A private worry');
    window.dispatchEvent(new PageTransitionEvent('pagehide', {persisted: true}));
    for (const widget of [off, on]) expect([widget.element.hidden, widget.calls]).to.deep.equal([true, ['forget']]);
    expect(myList.count).to.equal(0);
    pageShow(true);
    expect(on.calls).to.deep.equal(['forget', 'returned']);
  });

  it('while leaving, the page\'s own "leave this page?" listeners do not run; afterwards they do again', () => {
    participant();
    let asked = 0;
    const unsavedChanges = () => asked++;
    window.addEventListener('beforeunload', unsavedChanges);
    try {
      leavePage(`${here}#exit`);
      window.dispatchEvent(new Event('beforeunload', {cancelable: true}));
      expect(asked, 'held back while leaving').to.equal(0);
      pageShow(true);
      window.dispatchEvent(new Event('beforeunload', {cancelable: true}));
      expect(asked, 'the page is itself again').to.equal(1);
    } finally {
      window.removeEventListener('beforeunload', unsavedChanges);
    }
  });

  it(`when the page is still here ${STILL_HERE_MS / 1000} s after an exit began, the exit failed: everything shows afresh, ready to exit again`, async () => {
    const widget = participant();
    // GOV.UK leads, and it did start to leave, yet the page stayed (its navigation was stopped).
    document.body.classList.add('govuk-exit-this-page-hide-content');
    try {
      exitWithGovuk(`${here}#never-used`);
      expect(widget.element.hidden).to.equal(true);
      await waitFor(() => !isLeaving(), 'the failed exit to be noticed', STILL_HERE_MS + 15000);
      expect(location.hash, 'GOV.UK was left to leave').to.equal('');
      expect([widget.element.hidden, widget.calls]).to.deep.equal([false, ['forget', 'returned']]);
      leavePage(`${here}#second-try`);
      expect(location.hash, 'the second exit leaves').to.equal('#second-try');
    } finally {
      document.body.classList.remove('govuk-exit-this-page-hide-content');
    }
  });

  it("GOV.UK's own Exit this page button hides and wipes every widget at once", () => {
    const widget = participant();
    const govukButton = document.createElement('a');
    govukButton.className = 'govuk-exit-this-page__button';
    govukButton.innerHTML = '<span>Exit this page</span>';
    govukButton.addEventListener('click', (event) => event.preventDefault());
    document.body.append(govukButton);
    try {
      govukButton.querySelector('span')!.click();
      expect([widget.element.hidden, widget.calls]).to.deep.equal([true, ['forget']]);
    } finally {
      govukButton.remove();
    }
  });

  it('counts GOV.UK as leading only once its script has started, not for its markup alone', () => {
    expect(govukExitLeads()).to.equal(false);
    document.body.dataset.govukFrontendExitThisPageKeypress = 'true';
    expect(govukExitLeads()).to.equal(true);
    delete document.body.dataset.govukFrontendExitThisPageKeypress;
  });
});
