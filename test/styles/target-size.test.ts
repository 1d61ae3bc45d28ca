// Every control is at least 44 by 44 CSS pixels (WCAG 2.5.5, AAA), in every
// view, on a 320 px phone: buttons, links, checkboxes with their labels, text
// fields, the language menu, topic summaries, source links and glossary terms.
// A checkbox counts with its label, which also ticks it.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import {
  $$,
  checklistWithAQuestion,
  consoleProblems,
  guideWithList,
  mountGuide,
  unmountAll,
  waitFor,
} from '../helpers.js';

const MINIMUM = 44;

before(() => setViewport({width: 320, height: 640}));
after(() => setViewport({width: 800, height: 600}));
beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  document.querySelectorAll('rights-checklist').forEach((list) => list.remove());
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

const CONTROLS = 'a[href], button, input, select, textarea, summary';

/** The box a reader can tap: a checkbox's label row, or the control itself. */
function tapBox(control: Element): DOMRect {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    const label = (control.getRootNode() as ShadowRoot).querySelector(`label[for="${control.id}"]`);
    const row = control.closest('li, .check, .keep') ?? label;
    if (row) return row.getBoundingClientRect();
  }
  return control.getBoundingClientRect();
}

/**
 * Every visible control in `root` and the shadow roots inside it that is too
 * small. Controls inside a line of text (glossary terms, citation numbers and
 * links in a sentence) fall under WCAG 2.5.5's inline exception, as
 * ACCESSIBILITY.md explains: a bigger tap area would make their lines taller
 * than the others.
 */
function smallTargets(root: ParentNode): string[] {
  const small: string[] = [];
  const visit = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    for (const control of node.querySelectorAll(CONTROLS)) {
      const own = control.getBoundingClientRect();
      if (own.width <= 1 || own.height <= 1 || getComputedStyle(control).visibility === 'hidden') continue;
      const inText = control.matches('button.term') || getComputedStyle(control).display === 'inline';
      if (inText) continue;
      const tooSmall = [tapBox(control)].find((box) => box.width < MINIMUM - 0.5 || box.height < MINIMUM - 0.5);
      if (tooSmall) {
        small.push(
          `${control.localName}.${control.className} "${control.textContent!.trim().slice(0, 25)}": ${Math.round(tooSmall.width)}×${Math.round(tooSmall.height)}`
        );
      }
    }
  };
  visit(root);
  return small;
}

describe('every control is at least 44 by 44 CSS pixels', () => {
  it('the topic list, with the Exit button and the language menu', async () => {
    const guide = await mountGuide({'quick-exit': '', lang: 'pl'});
    expect(smallTargets(guide.shadowRoot!)).to.deep.equal([]);
  });

  for (const locale of ['en', 'ar']) {
    it(`a topic in ${locale}, with every glossary term open`, async () => {
      const guide = await mountGuide({lang: locale, topic: 'child-protection-conference'});
      for (const term of $$<HTMLButtonElement>(guide, 'button.term')) term.click();
      await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(smallTargets(guide.shadowRoot!)).to.deep.equal([]);
    });
  }

  it('the list, with a question, an own question being edited, and the clear confirmation', async () => {
    const {guide, list} = await guideWithList();
    for (const summary of list.shadowRoot!.querySelectorAll<HTMLElement>('details summary')) summary.click();
    await waitFor(() => list.shadowRoot!.querySelector('details[open] .choices input'), 'the questions of a topic');
    expect(smallTargets(guide.shadowRoot!), 'list').to.deep.equal([]);
    list.shadowRoot!.querySelector<HTMLElement>('.clear')!.click();
    await waitFor(() => list.shadowRoot!.querySelector('.confirm'), 'the confirmation');
    expect(smallTargets(guide.shadowRoot!), 'confirmation').to.deep.equal([]);
  });

  it('the standalone checklist', async () => {
    const list = await checklistWithAQuestion({topic: 'section-20', 'quick-exit': ''});
    expect(smallTargets(list.shadowRoot!)).to.deep.equal([]);
  });
});
