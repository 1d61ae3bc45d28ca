// The exit bar never hides what has focus (WCAG 2.4.11): tabbing forwards and
// backwards with real key presses, opening a topic or the list, and through the topic list, in English
// and Arabic, on 320 and 390 px phones. A host page puts a tall hero above
// the guide, as charities do.
import {expect} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import {
  $,
  $$,
  checklistWithAQuestion,
  consoleProblems,
  deepActiveElement,
  englishIndex,
  mountGuide,
  nextViewChange,
  pageWithHero,
  waitFor,
} from '../helpers.js';

const WIDTHS = [320, 390];
const LOCALES = ['en', 'ar'];

let host: ReturnType<typeof pageWithHero>;
beforeEach(() => {
  consoleProblems.length = 0;
  host = pageWithHero();
});
afterEach(async () => {
  await host.leave();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

/** Where the focused element and the exit bar overlap, or '' when they do not. */
function obscured(guide: HTMLElement): string {
  const focused = deepActiveElement()!;
  // While the bar is out of view, its button alone is fixed to the window's edge.
  const barElement = $(guide, '.exit-bar');
  const bar = (barElement.dataset.away ? $(guide, 'a.exit') : barElement).getBoundingClientRect();
  const box = focused.getBoundingClientRect();
  const overlaps = box.top < bar.bottom && box.bottom > bar.top && box.left < bar.right && box.right > bar.left;
  return overlaps && !$(guide, '.exit-bar').contains(focused)
    ? `${focused.tagName.toLowerCase()}.${focused.className} "${focused.textContent!.trim().slice(0, 40)}" at ${Math.round(box.top)}–${Math.round(box.bottom)}, bar ${Math.round(bar.top)}–${Math.round(bar.bottom)}`
    : '';
}

/**
 * What the reader sees once the browser has drawn the page after a key press: the focused control and the bar
 * as they are on screen, two frames on. The widget's handler clears focus as it moves, but on a busy machine a
 * browser's own scrolling and the bar's place can still change before the next paint; a control measured
 * between those would be reported against a bar the reader never saw.
 */
async function obscuredOnScreen(widget: HTMLElement): Promise<string> {
  for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
  return obscured(widget);
}

/** Tabs through the guide one way, from where focus is, and lists every stop the bar covered. */
async function tabThrough(guide: HTMLElement, press: 'Tab' | 'Shift+Tab', stops: number): Promise<string[]> {
  const hidden: string[] = [];
  for (let i = 0; i < stops; i++) {
    // Shift held down with Tab, as a person does: it never counts towards quick exit.
    if (press === 'Tab') await sendKeys({press});
    else {
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
    }
    if (!guide.contains(document.activeElement) && document.activeElement !== guide) break;
    const where = await obscuredOnScreen(guide);
    if (where) hidden.push(`${press} ${i + 1}: ${where}`);
  }
  return hidden;
}

async function openFromList(guide: HTMLElement, slug: string): Promise<void> {
  // Every language lists the topics in the same order.
  const position = (await englishIndex()).topics.findIndex((topic) => topic.slug === slug);
  const row = $$<HTMLButtonElement>(guide, '.topic-row')[position];
  row.scrollIntoView({block: 'end'});
  const shown = nextViewChange(guide);
  row.click();
  await shown;
  await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  await waitFor(() => deepActiveElement()?.classList.contains('view-heading'), 'focus on the topic heading');
}

describe('focus is never hidden by the exit bar', () => {
  for (const width of WIDTHS) {
    for (const locale of LOCALES) {
      it(`${locale} at ${width} px: opening a topic, then tabbing forwards and backwards through it`, async function () {
        this.timeout(180000);
        await setViewport({width, height: 640});
        const guide = await mountGuide({'quick-exit': '', lang: locale}, host.slot);
        await openFromList(guide, 'child-protection-conference');
        expect(obscured(guide), 'the topic heading').to.equal('');
        const forwards = await tabThrough(guide, 'Tab', 40);
        const backwards = await tabThrough(guide, 'Shift+Tab', 40);
        expect([...forwards, ...backwards]).to.deep.equal([]);
      });
    }
  }

  it('a control focused in the same moment as the page scrolls is still cleared of the bar', async function () {
    this.timeout(60000);
    await setViewport({width: 320, height: 640});
    const guide = await mountGuide({'quick-exit': ''}, host.slot);
    await waitFor(() => $$(guide, '.topic-row').length > 10, 'the topic list');
    const bar = $(guide, '.exit-bar');
    // Under the host's hero, the bar is below the window and its button waits at the window's foot.
    await waitFor(() => bar.dataset.away === 'below', 'the button fixed to the foot of the window');
    // Scrolled so the row sits partly under where the bar will stick, then focused before the
    // scroll is answered, as a key press can be on a busy phone.
    const row = $$<HTMLButtonElement>(guide, '.topic-row')[4];
    window.scrollBy(0, row.getBoundingClientRect().top - (bar.offsetHeight - 10));
    row.focus();
    await waitFor(() => !bar.dataset.away, 'the bar stuck to the top of the window');
    expect(obscured(guide)).to.equal('');
  });

  it('in the list view, with questions on the list, both ways', async function () {
    this.timeout(180000);
    await setViewport({width: 320, height: 640});
    const guide = await mountGuide({'quick-exit': '', topic: 'section-20'}, host.slot);
    for (const add of $$<HTMLButtonElement>(guide, '.add-question').slice(0, 2)) add.click();
    await guide.updateComplete;
    const shown = nextViewChange(guide);
    $<HTMLButtonElement>(guide, '.my-list-button').click();
    await shown;
    const list = guide.shadowRoot!.querySelector('rights-checklist')!;
    await waitFor(() => list.shadowRoot?.querySelector('.items .question'), 'the list');
    await waitFor(() => deepActiveElement()?.classList.contains('view-heading'), 'focus on the list heading');
    expect(obscured(guide), 'the list heading').to.equal('');
    const forwards = await tabThrough(guide, 'Tab', 30);
    const backwards = await tabThrough(guide, 'Shift+Tab', 30);
    expect([...forwards, ...backwards]).to.deep.equal([]);
  });
});

/**
 * Tabs from a host link above `widget`, through it and out to one below, then
 * back. On the way back, the page is first scrolled so the control about to
 * get focus sits partly under the bar: the browser then sees it on screen and
 * does not scroll, so only the widget can clear it. Lists every stop the bar covered.
 */
async function tabInAndOut(widget: HTMLElement): Promise<string[]> {
  // Tabbing past the page's last link moves focus to the browser's own controls,
  // and a headless Firefox then moves focus without focus events.
  const [before, after] = ['Host menu', 'Host footer link'].map((name) => {
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = name;
    return link;
  });
  host.page.prepend(before);
  host.page.append(after);
  before.focus();
  const stops: Element[] = [];
  const hidden: string[] = [];
  for (let i = 0; i < 80 && document.activeElement !== after; i++) {
    await sendKeys({press: 'Tab'});
    if (document.activeElement !== widget) continue;
    stops.push(deepActiveElement()!);
    const where = await obscuredOnScreen(widget);
    if (where) hidden.push(`Tab ${stops.length}: ${where}`);
  }
  expect(document.activeElement?.textContent, 'tabbed out to the host footer').to.equal(after.textContent);
  const bar = $(widget, '.exit-bar');
  for (const [i, stop] of [...stops].reverse().entries()) {
    // The bar's button stays where it is; it is the bar's own.
    if (!bar.contains(stop)) window.scrollBy(0, stop.getBoundingClientRect().top - (bar.offsetHeight - 10));
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    const where = await obscuredOnScreen(widget);
    if (where) hidden.push(`Shift+Tab ${i + 1}: ${where}`);
  }
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
  expect(document.activeElement?.textContent, 'tabbed back out to the host menu').to.equal(before.textContent);
  return hidden;
}

describe('focus is never hidden by the exit bar in the topic list and the checklist on its own', () => {
  for (const locale of LOCALES) {
    it(`${locale} at 320 px: tabbing in from the host page's top, through every topic and back`, async function () {
      this.timeout(180000);
      await setViewport({width: 320, height: 640});
      const guide = await mountGuide({'quick-exit': '', lang: locale}, host.slot);
      await waitFor(() => $$(guide, '.topic-row').length > 10, 'the topic list');
      expect(await tabInAndOut(guide)).to.deep.equal([]);
    });

    it(`${locale} at 320 px: tabbing through a checklist on its own, with a question picked, and back`, async function () {
      this.timeout(180000);
      await setViewport({width: 320, height: 640});
      const list = await checklistWithAQuestion(
        {'quick-exit': '', lang: locale, topic: 'child-protection-conference'},
        host.slot
      );
      expect(await tabInAndOut(list)).to.deep.equal([]);
    });
  }
});
