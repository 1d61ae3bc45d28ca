import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {isLeaving, joinQuickExit, leavePage, type ExitParticipant} from '../../src/quick-exit/exit-coordinator.js';
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
function participant(join = true): TestParticipant {
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
});
