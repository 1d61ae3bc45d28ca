// Quick exit on host pages built the way real sites are: a fixed site header
// over the Exit button, an overflow-x: hidden wrapper that stops it sticking,
// and a sandboxed iframe. On a phone there is no Shift key, so the button
// must be reachable, and the host team must hear when it is not.
import {expect} from '@open-wc/testing';
import {sendMouse} from '@web/test-runner-commands';
import {consoleProblems, loadFixture, unmountAll, waitFor} from '../helpers.js';
import {exitArrival, exitedTo, inGuide, ownExitAddress, pressShift, win} from './frames.js';

beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/**
 * Opens a fixture in a phone-sized frame at the window's top left, with `hostRule`
 * added to its style sheet as a host team would, and waits until both widgets show.
 */
async function openOnPhone(name: string, hostRule = ''): Promise<HTMLIFrameElement> {
  const frame = await loadFixture(name);
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; inline-size: 390px; block-size: 560px; border: 0';
  const doc = frame.contentDocument!;
  doc.head.append(Object.assign(doc.createElement('style'), {textContent: hostRule}));
  await waitFor(
    () => inGuide(frame, '.add-question') && doc.querySelector('rights-checklist')!.shadowRoot?.querySelector('a.exit'),
    'the guide and the checklist'
  );
  return frame;
}

/** Waits until the frame has drawn `count` more frames: the widget checks its Exit button once a frame after a scroll. */
async function framesDrawn(frame: HTMLIFrameElement, count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => frame.contentWindow!.requestAnimationFrame(resolve));
}

/** The guide's Exit button and the element a tap at its centre reaches, in the frame. */
function exitButton(frame: HTMLIFrameElement) {
  const link = inGuide(frame, 'a.exit')!;
  const box = link.getBoundingClientRect();
  const centre = {x: box.left + box.width / 2, y: box.top + box.height / 2};
  const tapped = frame.contentDocument!.elementFromPoint(centre.x, centre.y);
  return {link, box, centre, tapped};
}

/** A real mouse click at a point in the frame. */
async function tapAt(frame: HTMLIFrameElement, {x, y}: {x: number; y: number}): Promise<void> {
  const offset = frame.getBoundingClientRect();
  await sendMouse({type: 'click', position: [Math.round(offset.left + x), Math.round(offset.top + y)]});
}

describe('quick exit on real host pages', () => {
  it('a fixed site header that covers the Exit button gets one console warning naming it and the remedy', async () => {
    const frame = await openOnPhone('quick-exit-fixed-header.html');
    const page = win(frame);
    page.scrollBy(0, 900);
    const warning = await waitFor(() => page.warnings.find((w) => w.includes('Exit button')), 'the warning');
    expect(warning).to.match(
      /is covered by header\.site-header\. Set --frg-exit-offset to your fixed header's height\./
    );
    // The problem is real: a tap on the button reaches the header.
    expect(exitButton(frame).tapped?.localName).to.equal('header');
    page.scrollBy(0, 400);
    await framesDrawn(frame);
    expect(page.warnings, 'once per page').to.have.length(1);
  });

  it('with --frg-exit-offset set to the header height, the button stays below it and one tap exits', async () => {
    const frame = await openOnPhone(
      'quick-exit-fixed-header.html',
      'family-rights-guide, rights-checklist { --frg-exit-offset: 64px; }'
    );
    await ownExitAddress(frame, 'by=below-the-header');
    const page = win(frame);
    page.scrollBy(0, 900);
    await framesDrawn(frame);
    expect(page.warnings).to.deep.equal([]);
    const {box, centre, tapped} = exitButton(frame);
    expect(box.top, 'below the header').to.be.at.least(64);
    expect(tapped?.localName, 'a tap reaches the widget').to.equal('family-rights-guide');
    await tapAt(frame, centre);
    expect(await exitedTo(frame)).to.equal('?by=below-the-header');
    expect(await exitArrival('by=below-the-header'), 'no Referer').to.deep.equal({
      query: 'by=below-the-header',
      referer: null,
    });
  });

  it("an overflow-x: hidden wrapper stops sticky, so the button is fixed to the window's top: no warning, and one tap exits", async () => {
    const frame = await openOnPhone('quick-exit-overflow-wrapper.html');
    const page = win(frame);
    page.scrollBy(0, 900);
    await framesDrawn(frame);
    expect(page.warnings).to.deep.equal([]);
    const {box, centre, tapped} = exitButton(frame);
    expect(box.top, 'at the top of the window').to.be.within(0, 20);
    expect(box.right).to.be.within(page.innerWidth - 40, page.innerWidth);
    // Both widgets' buttons sit in the same corner; the tap reaches one of them.
    expect(tapped?.localName).to.be.oneOf(['family-rights-guide', 'rights-checklist']);
    await tapAt(frame, centre);
    expect(await exitedTo(frame)).to.match(/^\?by=(guide|list)$/);
  });

  for (const [how, query] of [
    ['the Exit button', 'by=sandboxed-button'],
    ['Shift ×3', 'by=sandboxed-shift'],
  ]) {
    it(`in a sandboxed iframe (no modals, so print() is blocked), ${how} exits with no Referer`, async () => {
      const frame = await loadFixture('quick-exit.html', 'allow-scripts allow-same-origin');
      const link = await waitFor(() => inGuide(frame, '.add-question') && inGuide(frame, 'a.exit'), 'the guide');
      await ownExitAddress(frame, query);
      if (how === 'Shift ×3') {
        frame.contentWindow!.focus();
        link.focus();
        await pressShift(3);
      } else link.click();
      expect(await exitedTo(frame)).to.equal(`?${query}`);
      expect(await exitArrival(query)).to.deep.equal({query, referer: null});
    });
  }
});
