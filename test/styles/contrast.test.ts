// Text contrast of at least 7:1 (WCAG 1.4.6, AAA) for every piece of text in
// every view, with the default colours: body text, links, buttons, errors and
// the Exit button, as drawn, and again while the pointer hovers over each kind
// of control. Colours are read from the computed styles, so the test follows
// the stylesheets.
import {expect} from '@open-wc/testing';
import {sendKeys, sendMouse} from '@web/test-runner-commands';
import {
  $,
  $$,
  checklistWithAQuestion,
  consoleProblems,
  guideWithList,
  loadEntry,
  mountGuide,
  takeWarnings,
  unmountAll,
  waitFor,
} from '../helpers.js';
import {failRequests, restoreFetch} from '../source-helpers.js';

const MINIMUM = 7;

afterEach(async () => {
  await sendMouse({type: 'move', position: [0, 0]});
  unmountAll();
  document.querySelectorAll('rights-checklist').forEach((list) => list.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});
beforeEach(() => (consoleProblems.length = 0));

type Rgba = [number, number, number, number];
const parse = (color: string): Rgba => {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
};
const luminance = ([r, g, b]: Rgba) => {
  const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
};
const ratio = (a: Rgba, b: Rgba) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
const parentOf = (element: Element): Element | null =>
  element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The colour behind an element: its own background, or the nearest ancestor's, across shadow roots. */
function backgroundOf(element: Element): Rgba {
  for (let el: Element | null = element; el; el = parentOf(el)) {
    const color = parse(getComputedStyle(el).backgroundColor);
    if (color[3] > 0) return color;
  }
  return [255, 255, 255, 1];
}

const visible = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
};

/** Every element in `root` (and the shadow roots inside it) that draws text, with its contrast. */
function textContrasts(root: ParentNode): {what: string; ratio: number}[] {
  const found: {what: string; ratio: number}[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) visit(element.shadowRoot);
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      const field = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
      if ((!ownText && !field) || !visible(element) || element.closest('svg')) continue;
      const value = ratio(parse(getComputedStyle(element).color), backgroundOf(element));
      found.push({
        what: `${element.localName}.${element.className} "${element.textContent!.trim().slice(0, 30)}"`,
        ratio: value,
      });
    }
  };
  visit(root);
  return found;
}

function expectContrast(root: ParentNode, where: string): void {
  const low = textContrasts(root)
    .filter(({ratio: value}) => value < MINIMUM)
    .map(({what, ratio: value}) => `${what}: ${value.toFixed(2)}:1`);
  expect(low, where).to.deep.equal([]);
}

/** Hovers the pointer over each element, as a mouse user does, and checks the text of it while hovered. */
async function expectHoverContrast(elements: Element[], where: string): Promise<void> {
  for (const element of elements) {
    element.scrollIntoView({block: 'center'});
    const box = element.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)],
    });
    expect(element.matches(':hover'), `${where}: hovering ${element.className}`).to.equal(true);
    expectContrast(element.parentElement ?? element, `${where}, hovering ${element.localName}.${element.className}`);
  }
}

const firstOf = (guide: Element, ...selectors: string[]) =>
  selectors.map((selector) => guide.shadowRoot!.querySelector(selector)).filter((e): e is Element => Boolean(e));

describe('text contrast is at least 7:1 in every view, default and hovered', () => {
  it('the topic list, with the Exit button', async () => {
    const guide = await mountGuide({'quick-exit': ''});
    expectContrast(guide.shadowRoot!, 'topic list');
    await expectHoverContrast(firstOf(guide, '.topic-row', '.exit', '.change-language'), 'topic list');
  });

  for (const locale of ['en', 'ar']) {
    it(`a topic in ${locale}, every glossary term open`, async () => {
      const guide = await mountGuide({lang: locale, topic: 'child-protection-conference'});
      for (const term of $$<HTMLButtonElement>(guide, 'button.term')) term.click();
      // A question on the list: its pressed button, and "See my list" beside it.
      $<HTMLButtonElement>(guide, '.add-question').click();
      await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expectContrast(guide.shadowRoot!, `topic (${locale})`);
      await expectHoverContrast(
        firstOf(
          guide,
          'button.term',
          '.add-question.picked',
          '.add-question:not(.picked)',
          '.see-list',
          '.contents a',
          'a.call',
          'article a[href^="http"]',
          '.cite a',
          '.pager-link',
          '.back'
        ),
        `topic (${locale})`
      );
    });
  }

  it('the list, with an error, and the clear confirmation', async () => {
    const {guide, list} = await guideWithList();
    const inList = (selector: string) => list.shadowRoot!.querySelector<HTMLElement>(selector);
    // An empty question gives an error message.
    inList('.own form button')!.click();
    await waitFor(() => inList('.field-error'), 'the error');
    expectContrast(guide.shadowRoot!, 'list with an error');
    await expectHoverContrast(
      [inList('.clear'), inList('.actions button'), inList('.choices input, details summary')].filter(
        (e): e is HTMLElement => Boolean(e)
      ),
      'list'
    );
    inList('.clear')!.click();
    await waitFor(() => inList('.confirm'), 'the confirmation');
    expectContrast(guide.shadowRoot!, 'clear confirmation');
    await expectHoverContrast([inList('.confirm-clear')!], 'clear confirmation');
    await sendKeys({press: 'Escape'});
  });

  it('the standalone checklist, in Urdu, with its Exit button', async () => {
    const list = await checklistWithAQuestion({lang: 'ur', topic: 'section-20', 'quick-exit': ''});
    expectContrast(list.shadowRoot!, 'standalone checklist');
    await expectHoverContrast(
      ['.exit', '.show-english', '.actions button']
        .map((selector) => list.shadowRoot!.querySelector(selector))
        .filter((e): e is Element => Boolean(e)),
      'standalone checklist'
    );
  });

  it('the error shown when the guide cannot load, with Try again', async () => {
    failRequests(/\/ro\/index\.json$/);
    try {
      await loadEntry();
      const guide = document.createElement('family-rights-guide');
      guide.setAttribute('lang', 'ro');
      document.body.append(guide);
      await waitFor(() => guide.shadowRoot!.querySelector('.load-problem button'), 'the error');
      takeWarnings(/could not load/);
      expectContrast(guide.shadowRoot!, 'load error');
      await expectHoverContrast(firstOf(guide, '.load-problem button'), 'load error');
    } finally {
      restoreFetch();
    }
  });
});
