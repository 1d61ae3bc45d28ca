// What a screen reader hears for each control: its words, nothing drawn by CSS.
import {expect} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import {$, consoleProblems, itInChromiumOnly, mountGuide, unmountAll} from '../helpers.js';

beforeEach(() => (consoleProblems.length = 0));
afterEach(() => {
  unmountAll();
  expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
});

interface Node11y {
  role?: string;
  name?: string;
  description?: string;
  children?: Node11y[];
}

function find(node: Node11y, test: (node: Node11y) => boolean): Node11y | undefined {
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

const A11Y_TREE = 'the accessibility tree is read over the DevTools protocol';

/** Every accessible name in the page's accessibility tree. */
async function accessibleNames(): Promise<string[]> {
  const names: string[] = [];
  const collect = (node: {name?: string; children?: unknown[]}) => {
    if (node.name) names.push(node.name);
    for (const child of (node.children ?? []) as (typeof node)[]) collect(child);
  };
  collect((await a11ySnapshot({})) as unknown as {children?: unknown[]});
  return names;
}

describe('accessible names', () => {
  itInChromiumOnly('a topic row is named by its title, and described by its summary', A11Y_TREE, async () => {
    const guide = await mountGuide();
    const row = $<HTMLButtonElement>(guide, '.topic-row');
    const title = $(guide, '.row-title').textContent!.trim();
    const summary = $(guide, '.row-summary').textContent!.trim();
    const snapshot = (await a11ySnapshot({})) as unknown as Node11y;
    const node = find(snapshot, (n) => n.role === 'button' && n.name === title);
    expect(node, `a button named "${title}"`).to.not.equal(undefined);
    expect(node!.description).to.equal(summary);
    expect(row.getAttribute('aria-describedby')).to.equal($(guide, '.row-summary').id);
  });

  itInChromiumOnly(
    'a chosen question\'s button is "Add to my list", without the ✓ drawn before it',
    A11Y_TREE,
    async () => {
      const guide = await mountGuide({topic: 'section-20'});
      const button = $<HTMLButtonElement>(guide, '.add-question');
      button.click();
      await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      expect(getComputedStyle(button, '::before').content, 'the ✓ is drawn').to.contain('✓');
      const names = await accessibleNames();
      expect(names.filter((name) => name.includes('Add to my list'))).to.include('Add to my list');
      expect(names.filter((name) => name.includes('✓'))).to.deep.equal([]);
    }
  );
});
