import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {html, LitElement} from 'lit';
import {ShiftSequenceController} from '../../src/quick-exit/shift-sequence.js';
import {waitFor} from '../helpers.js';

/** An element that counts Shift presses, showing the count as a live status as the exit bar does. */
class ShiftCounter extends LitElement {
  enabled = true;
  completed = 0;
  readonly keys = new ShiftSequenceController(
    this,
    () => this.enabled,
    () => this.completed++
  );

  override render() {
    return html`<span role="status">${this.keys.presses}${this.keys.expired ? ' expired' : ''}</span>`;
  }
}
customElements.define('shift-counter', ShiftCounter);

let counter: ShiftCounter;

/** What the status says, once the element has rendered. */
async function status(): Promise<string> {
  await counter.updateComplete;
  return counter.shadowRoot!.querySelector('[role="status"]')!.textContent!;
}

async function pressShift(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: 'Shift'});
}

beforeEach(async () => {
  counter = document.createElement('shift-counter') as ShiftCounter;
  document.body.append(counter);
  await counter.updateComplete;
});
afterEach(() => counter.remove());

describe('Shift pressed three times (unit)', () => {
  it('counts each Shift press on its own, and completes on the third', async () => {
    await pressShift();
    expect(await status()).to.equal('1');
    await pressShift();
    expect(await status()).to.equal('2');
    expect(counter.completed).to.equal(0);
    await pressShift();
    expect(counter.completed).to.equal(1);
    expect(await status(), 'the count starts again after completing').to.equal('0');
  });

  it('does not count Shift used with another key', async () => {
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'KeyA'});
    await sendKeys({up: 'Shift'});
    expect(await status()).to.equal('0');
  });

  it('starts again after any other key', async () => {
    await pressShift(2);
    expect(await status()).to.equal('2');
    await sendKeys({press: 'KeyB'});
    expect(await status()).to.equal('0');
    await pressShift(2);
    expect(counter.completed, 'two presses after the reset do not complete').to.equal(0);
  });

  it('does not count a Shift key held down until it repeats', async () => {
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift'}));
    document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', repeat: true}));
    document.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift'}));
    expect(await status()).to.equal('0');
  });

  it('counts nothing while turned off', async () => {
    counter.enabled = false;
    await pressShift(3);
    expect(await status()).to.equal('0');
    expect(counter.completed).to.equal(0);
  });

  it('stops listening when the element leaves the page, and forgets the presses', async () => {
    await pressShift(2);
    counter.remove();
    expect(counter.keys.presses).to.equal(0);
    await pressShift(3);
    expect(counter.completed).to.equal(0);
    document.body.append(counter);
    await pressShift(3);
    expect(counter.completed, 'listening again once back on the page').to.equal(1);
  });

  it('lets the presses expire after five seconds, says so, then stops saying so five seconds later', async function () {
    this.timeout(40000);
    await pressShift();
    const started = performance.now();
    await pressShift();
    await waitFor(() => counter.keys.expired, 'the presses to expire', 15000);
    expect(performance.now() - started, 'five seconds after the last press').to.be.at.least(4990);
    expect(await status()).to.equal('0 expired');
    await waitFor(() => !counter.keys.expired, 'the expiry to be forgotten', 15000);
    expect(await status()).to.equal('0');
    await pressShift();
    expect(await status(), 'a new press counts from one').to.equal('1');
  });
});
