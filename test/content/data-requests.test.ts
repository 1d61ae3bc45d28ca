// What the first view asks for, counted in the page's own resource timing:
// a topic and its strings, at once; or the list of topics alone. Terms come
// with the topic, so nothing arrives after the text to move it.
import {expect} from '@open-wc/testing';
import {loadFixture, waitFor} from '../helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

const inGuide = (frame: HTMLIFrameElement, selector: string) =>
  frame.contentDocument!.querySelector('family-rights-guide')?.shadowRoot?.querySelector(selector);

/** The page's data requests so far: each path under the build's data folder, with when it started and ended. */
function dataRequests(frame: HTMLIFrameElement): {path: string; start: number; end: number}[] {
  return (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((entry) => new URL(entry.name).pathname.includes('/content/'))
    .map((entry) => ({
      path: new URL(entry.name).pathname.replace(/^.*\/content\/[0-9a-f]+\//, ''),
      start: entry.startTime,
      end: entry.responseEnd,
    }));
}

/** Waits for the guide to finish rendering, and the frames after it, so that a late request would be seen. */
async function settled(frame: HTMLIFrameElement): Promise<void> {
  const guide = frame.contentDocument!.querySelector('family-rights-guide') as HTMLElement & {
    updateComplete: Promise<unknown>;
  };
  await guide.updateComplete;
  for (let i = 0; i < 3; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
}

describe('the first view’s data requests', () => {
  for (const lang of ['en', 'pl']) {
    it(`${lang}: a topic asks for its text and its strings, both at once, and for nothing after its text shows`, async () => {
      // Each file takes a second: asked for one after another, the second would start after the first arrived.
      const frame = await loadFixture(`first-view.html?topic=child-protection-conference&lang=${lang}&delayed`);
      await waitFor(() => inGuide(frame, 'article .term'), 'the topic, with its glossary terms');
      await settled(frame);
      const requests = dataRequests(frame);
      const seen = JSON.stringify(requests.map((r) => [r.path, Math.round(r.start), Math.round(r.end)]));
      expect(requests.map((r) => r.path).sort(), seen).to.deep.equal([
        `${lang}/child-protection-conference.json`,
        `${lang}/strings.json`,
      ]);
      // Asked for together: each began before the other arrived, a second after it was asked for.
      expect(Math.max(...requests.map((r) => r.start)), seen).to.be.lessThan(Math.min(...requests.map((r) => r.end)));
    });
  }

  it('the list of topics asks for one file, which brings the strings; a topic from it then asks for its text alone', async () => {
    const frame = await loadFixture('first-view.html?lang=ro');
    await waitFor(() => inGuide(frame, '.topic-row'), 'the list');
    await settled(frame);
    expect(dataRequests(frame).map((r) => r.path)).to.deep.equal(['ro/index.json']);
    (inGuide(frame, '.topic-row') as HTMLButtonElement).click();
    await waitFor(() => inGuide(frame, 'article'), 'the topic');
    await settled(frame);
    const after = dataRequests(frame)
      .slice(1)
      .map((r) => r.path);
    expect(after).to.have.length(1);
    expect(after[0]).to.match(/^ro\/[a-z0-9-]+\.json$/);
  });

  it('with its own script tag, the entry asks for the first view before it defines the elements', async () => {
    const frame = await loadFixture('by-script-tag.html');
    await waitFor(() => inGuide(frame, 'article'), 'the topic');
    const started = (frame.contentWindow as Window & {started: string[]}).started;
    expect(started.slice(0, 4)).to.deep.equal([
      'fetch en/child-protection-conference.json',
      'fetch en/strings.json',
      'define family-rights-guide',
      'define rights-checklist',
    ]);
  });

  it('imported by an app’s code, the entry asks once that code has run, so a setDataPath() there comes first', async () => {
    const frame = await loadFixture('by-import.html');
    await waitFor(() => inGuide(frame, 'article'), 'the topic');
    const started = (frame.contentWindow as Window & {started: string[]}).started;
    expect(started.slice(0, 4)).to.deep.equal([
      'define family-rights-guide',
      'define rights-checklist',
      'fetch en/child-protection-conference.json',
      'fetch en/strings.json',
    ]);
  });
});
