import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {html, LitElement} from 'lit';
import {isLeaving} from '../../src/quick-exit/exit-coordinator.js';
import {QuickExitController} from '../../src/quick-exit/quick-exit.js';
import {waitFor} from '../helpers.js';

// Quick exit leaves with location.replace: to an address on this same page,
// differing only in its #fragment, the browser stays on the test page.
const here = location.href.split('#')[0];

/** An element with quick exit, as the guide and the checklist have it. */
class ExitWidget extends LitElement {
  turnedOn = true;
  forgotten = 0;
  returned = 0;
  readonly exit = new QuickExitController(this, {
    enabled: () => this.turnedOn,
    forget: () => this.forgotten++,
    root: () => this.renderRoot.querySelector('.root'),
    address: () => `${here}#left-by-${this.id}`,
    returned: () => this.returned++,
  });

  override render() {
    return html`<div class="root" ?hidden=${this.exit.exiting}>Private reading</div>`;
  }
}
customElements.define('exit-widget', ExitWidget);

/** The same, without anything to do on return. */
class PlainExitWidget extends LitElement {
  readonly exit = new QuickExitController(this, {
    enabled: () => true,
    forget: () => undefined,
    root: () => this.renderRoot.querySelector('p'),
    address: () => `${here}#left-plainly`,
  });

  override render() {
    return html`<p ?hidden=${this.exit.exiting}>Reading</p>`;
  }
}
customElements.define('plain-exit-widget', PlainExitWidget);

async function mount<T extends LitElement>(tag: string, id: string): Promise<T> {
  const element = document.createElement(tag) as T;
  element.id = id;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const root = (widget: LitElement) => widget.shadowRoot!.firstElementChild as HTMLElement;
const backFromCache = () => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));

/** Shift key-downs that reached the page so far. */
let shiftDowns = 0;
document.addEventListener('keydown', (event) => event.key === 'Shift' && shiftDowns++, true);

/**
 * Presses Shift `times` times. Firefox, driven over WebDriver BiDi, now and then
 * loses the key-down of the first press after an earlier test (the key-up still
 * arrives); a press that lost its key-down is no press to the reader or to the
 * widget, so it is pressed again, at most twice.
 */
async function pressShift(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    for (let tries = 0; tries < 3; tries++) {
      const before = shiftDowns;
      await sendKeys({press: 'Shift'});
      if (shiftDowns > before) break;
    }
  }
}

afterEach(() => {
  if (isLeaving()) backFromCache();
  document.querySelectorAll('exit-widget, plain-exit-widget, [data-module]').forEach((element) => element.remove());
  history.replaceState(history.state, '', here);
});

describe('QuickExitController (unit)', () => {
  it('leaves on Shift pressed three times, hiding and wiping the widget first', async () => {
    const widget = await mount<ExitWidget>('exit-widget', 'one');
    await pressShift(2);
    expect(location.hash).to.equal('');
    await pressShift(1);
    expect(location.hash).to.equal('#left-by-one');
    expect(widget.exit.exiting).to.equal(true);
    expect(widget.hidden).to.equal(true);
    expect(root(widget).hidden).to.equal(true);
    expect(widget.forgotten).to.equal(1);
    await widget.updateComplete;
    expect(root(widget).hidden, 'still hidden after the re-render').to.equal(true);
  });

  it('shows the widget afresh when the reader comes back with the back button', async () => {
    const widget = await mount<ExitWidget>('exit-widget', 'one');
    widget.exit.leave();
    backFromCache();
    expect(widget.returned).to.equal(1);
    expect(widget.exit.exiting).to.equal(false);
    await widget.updateComplete;
    expect(widget.hidden).to.equal(false);
    expect(root(widget).hidden).to.equal(false);
  });

  it('comes back too when the widget has nothing of its own to do on return', async () => {
    const widget = await mount<PlainExitWidget>('plain-exit-widget', 'plain');
    widget.exit.leave();
    expect(location.hash).to.equal('#left-plainly');
    backFromCache();
    await widget.updateComplete;
    expect(root(widget).hidden).to.equal(false);
  });

  it('one exit hides every widget on the page, wherever it started', async () => {
    const [one, two] = [await mount<ExitWidget>('exit-widget', 'one'), await mount<ExitWidget>('exit-widget', 'two')];
    two.exit.leave();
    expect(location.hash).to.equal('#left-by-two');
    for (const widget of [one, two]) {
      expect(widget.hidden).to.equal(true);
      expect(widget.forgotten).to.equal(1);
    }
  });

  describe('where GOV.UK Exit this page has started', () => {
    beforeEach(() => (document.body.dataset.govukFrontendExitThisPageKeypress = 'true'));
    afterEach(() => {
      delete document.body.dataset.govukFrontendExitThisPageKeypress;
      document.body.classList.remove('govuk-exit-this-page-hide-content');
    });

    it('Shift ×3 hides and wipes every widget at once, and leaves the leaving to GOV.UK', async () => {
      const [one, two] = [await mount<ExitWidget>('exit-widget', 'one'), await mount<ExitWidget>('exit-widget', 'two')];
      // GOV.UK's exitPage() marks the body as it leaves, on the same key press.
      // It counts the presses that reached the page, as the widgets do (see pressShift).
      const start = shiftDowns;
      const govuk = (event: KeyboardEvent) =>
        event.key === 'Shift' &&
        shiftDowns - start === 3 &&
        document.body.classList.add('govuk-exit-this-page-hide-content');
      document.addEventListener('keyup', govuk, true);
      await pressShift(3);
      document.removeEventListener('keyup', govuk, true);
      // Each widget counted the presses, so each asked for the exit: both are hidden and wiped.
      for (const widget of [one, two]) expect([widget.hidden, widget.forgotten > 0]).to.deep.equal([true, true]);
      // The page stays here (the stand-in does not navigate), so the exit counts as failed after a while; the
      // check for "did GOV.UK go?" ran long before that.
      await waitFor(() => !isLeaving(), 'the exit to be counted as failed', 30000);
      expect(location.hash, 'GOV.UK leaves, not the widget').to.equal('');
    });

    it('if GOV.UK does not start to leave on that press, the widget leaves itself', async () => {
      const widget = await mount<ExitWidget>('exit-widget', 'one');
      await pressShift(3);
      expect(widget.hidden).to.equal(true);
      await waitFor(() => location.hash === '#left-by-one', 'the widget to leave');
    });
  });

  it('does nothing on Shift ×3 when quick exit is turned off', async () => {
    const widget = await mount<ExitWidget>('exit-widget', 'one');
    widget.turnedOn = false;
    await pressShift(3);
    expect(location.hash).to.equal('');
    expect(widget.hidden).to.equal(false);
  });

  it('no longer takes part once off the page', async () => {
    const [stays, gone] = [
      await mount<ExitWidget>('exit-widget', 'one'),
      await mount<ExitWidget>('exit-widget', 'two'),
    ];
    gone.remove();
    stays.exit.leave();
    expect(stays.hidden).to.equal(true);
    expect(gone.hidden).to.equal(false);
    expect(gone.forgotten).to.equal(0);
  });
});
