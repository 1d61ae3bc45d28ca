// Host pages in iframes: strict CSP and Trusted Types, loading twice, another
// version first, no JavaScript, and data that cannot load.
import {expect} from '@open-wc/testing';
import {englishIndex, loadFixture, waitFor} from '../helpers.js';

interface FixtureWindow extends Window {
  problems: string[];
  warnings: string[];
}

const fixtureWindow = (frame: HTMLIFrameElement) => frame.contentWindow as FixtureWindow;

/** Waits until the guide in the frame shows its topic list. */
function topicRows(frame: HTMLIFrameElement) {
  return waitFor(() => {
    const rows = frame
      .contentDocument!.querySelector('family-rights-guide')
      ?.shadowRoot?.querySelectorAll('.topic-row');
    return rows?.length ? rows : undefined;
  }, 'the topic list');
}

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('host page', () => {
  it('works under a strict CSP with Trusted Types when the host already created a "lit-html" policy', async () => {
    const frame = await loadFixture('trusted-types.html');
    const win = fixtureWindow(frame);
    await topicRows(frame);
    // Open a topic too, so that every kind of template has rendered.
    const guide = frame.contentDocument!.querySelector('family-rights-guide')!;
    guide.setAttribute('topic', (await englishIndex()).topics[0].slug);
    await waitFor(() => guide.shadowRoot!.querySelector('.sources'), 'a topic');
    expect(win.problems).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
    // The page really enforces Trusted Types: a plain string in a sink throws (each browser words it its own way).
    let thrown: unknown;
    try {
      frame.contentDocument!.createElement('div').innerHTML = '<b>x</b>';
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).to.match(
      /^TypeError: .*(requires 'TrustedHTML' assignment|Sink type mismatch violation blocked by CSP)/
    );
    // No other script can reach the widget's policy to turn its own string into HTML.
    const reachable = [...Object.getOwnPropertyNames(win), ...Object.getOwnPropertySymbols(win)]
      .map((key) => {
        try {
          return (win as unknown as Record<PropertyKey, unknown>)[key];
        } catch {
          return undefined;
        }
      })
      .filter(
        (value) =>
          value instanceof (win as unknown as {TrustedTypePolicy: abstract new () => {name: string}}).TrustedTypePolicy
      )
      .map((policy) => (policy as {name: string}).name);
    expect(reachable).not.to.include('family-rights-guide');
  });

  it('can be loaded twice (same version) with no error and no warning', async () => {
    const frame = await loadFixture('loaded-twice.html');
    await topicRows(frame);
    const win = fixtureWindow(frame);
    expect(win.problems).to.deep.equal([]);
    expect(win.warnings).to.deep.equal([]);
  });

  it('logs exactly one warning and never throws when another version is already registered', async () => {
    const frame = await loadFixture('other-version.html');
    const win = fixtureWindow(frame);
    await waitFor(() => win.warnings.length, 'the warning');
    // Every script on the page has run once the page has loaded: no second warning can follow.
    await waitFor(() => frame.contentDocument!.readyState === 'complete', 'the page to load');
    expect(win.problems).to.deep.equal([]);
    expect(win.warnings).to.have.length(1);
    expect(win.warnings[0]).to.match(/version 0\.0\.1-other is already on this page/);
  });

  it("shows the host's light-DOM fallback when JavaScript is off", async () => {
    const frame = await loadFixture('no-javascript.html', 'allow-same-origin');
    const link = frame.contentDocument!.getElementById('fallback')!;
    expect(frame.contentWindow!.customElements.get('family-rights-guide')).to.equal(undefined);
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('hides the fallback once the guide has loaded', async () => {
    const frame = await loadFixture('no-javascript.html');
    await topicRows(frame);
    expect(frame.contentDocument!.getElementById('fallback')!.getBoundingClientRect().height).to.equal(0);
  });

  it("shows a calm message, a retry button and the host's fallback when its data cannot load", async () => {
    const frame = await loadFixture('load-fails.html');
    const guide = frame.contentDocument!.querySelector('family-rights-guide')!;
    const error = await waitFor(() => guide.shadowRoot?.querySelector('.load-problem'), 'the error message');
    expect(error.textContent).to.contain('Sorry, the guide could not load.');
    expect(error.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    const link = frame.contentDocument!.getElementById('fallback')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    const win = fixtureWindow(frame);
    expect(win.problems).to.deep.equal([]);
    expect(win.warnings).to.have.length(1);
  });
});
