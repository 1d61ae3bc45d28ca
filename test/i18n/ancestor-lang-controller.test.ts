import '../lit-dev-mode.js';
import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import {AncestorLangController} from '../../src/i18n/ancestor-lang-controller.js';
import {waitFor} from '../helpers.js';

/** Records each time the page's language changes under it. */
class LangFollower extends LitElement {
  changes = 0;
  readonly langs = new AncestorLangController(this, () => this.changes++);
}
customElements.define('lang-follower', LangFollower);

let page: HTMLDivElement;
let follower: LangFollower;

/** Lets the MutationObserver run: it reports in a microtask after the change. */
const settle = () => new Promise((resolve) => queueMicrotask(() => resolve(undefined)));

beforeEach(() => {
  page = document.createElement('div');
  page.lang = 'en';
  follower = document.createElement('lang-follower') as LangFollower;
  page.append(follower);
  document.body.append(page);
});
afterEach(() => page.remove());

describe('following the page’s language (unit)', () => {
  it('hears when the nearest ancestor’s lang changes, once per change', async () => {
    page.lang = 'pl';
    await waitFor(() => follower.changes === 1, 'the change');
    page.setAttribute('lang', 'pl');
    page.setAttribute('class', 'other');
    await settle();
    expect(follower.changes, 'the same language again is no change').to.equal(1);
    document.documentElement.lang = 'ro';
    await settle();
    expect(follower.changes, 'a farther ancestor does not apply').to.equal(1);
    document.documentElement.lang = 'en';
  });

  it('ignores the page while the element has a lang of its own', async () => {
    follower.lang = 'ar';
    await settle();
    page.lang = 'pl';
    await settle();
    expect(follower.changes).to.equal(0);
  });

  it('stops listening when the element leaves the page, and starts again from where the page is', async () => {
    follower.remove();
    page.lang = 'pl';
    await settle();
    expect(follower.changes).to.equal(0);
    page.append(follower);
    page.lang = 'pl';
    await settle();
    expect(follower.changes, 'already in Polish when it came back').to.equal(0);
    page.lang = 'ur';
    await waitFor(() => follower.changes === 1, 'the change after coming back');
  });
});
