// Shared helpers for the browser tests. The tests load the built entry from
// dist/, exactly as a host page does, so they test what ships.
import {setViewport} from '@web/test-runner-commands';
import type {FamilyRightsGuide, ViewChangeDetail} from '../src/family-rights-guide/family-rights-guide.js';
import {dataFolder} from 'virtual:build-info';
import type {LocaleIndex} from '../src/content/types.js';
import {executeServerCommand} from '@web/test-runner-commands';

export const ENTRY_URL = '/dist/family-rights-guide.js';

/**
 * Console errors and warnings seen on this page; tests assert it stays empty,
 * or take the warnings they expect. They are kept here, not printed: an
 * expected warning is not news, and an unexpected one fails the test with its text.
 * Lit's own warnings go on to test/lit-dev-mode.ts.
 */
export const consoleProblems: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/')) original(...args);
    else consoleProblems.push(`${level}: ${text}`);
  };
}

/** Asserts that exactly these console warnings were logged, in order, then forgets them. */
export function takeWarnings(...patterns: RegExp[]): void {
  const seen = consoleProblems.splice(0);
  if (seen.length !== patterns.length || !patterns.every((p, i) => p.test(seen[i]))) {
    throw new Error(`expected warnings ${patterns.join(', ')}, got: ${JSON.stringify(seen)}`);
  }
}

export async function loadEntry(): Promise<void> {
  await import(ENTRY_URL);
}

export function nextViewChange(element: Element): Promise<ViewChangeDetail> {
  return new Promise((resolve) =>
    element.addEventListener('frg-view-change', (event) => resolve((event as CustomEvent<ViewChangeDetail>).detail), {
      once: true,
    })
  );
}

/** Adds a guide to the page and waits until its first view has rendered. */
export async function mountGuide(
  attributes: Record<string, string> = {},
  parent: HTMLElement = document.body
): Promise<FamilyRightsGuide> {
  await loadEntry();
  const guide = document.createElement('family-rights-guide');
  for (const [name, value] of Object.entries(attributes)) guide.setAttribute(name, value);
  const shown = nextViewChange(guide);
  parent.append(guide);
  await shown;
  await guide.updateComplete;
  return guide;
}

/**
 * A guide at a topic, with the topic's first question added and "My list"
 * open; resolves with the checklist inside it once the list shows.
 */
export async function guideWithList(topic = 'section-20'): Promise<{guide: FamilyRightsGuide; list: HTMLElement}> {
  const guide = await mountGuide({topic});
  $<HTMLButtonElement>(guide, '.add-question').click();
  // "My list" shows once the list has a question.
  await guide.updateComplete;
  const shown = nextViewChange(guide);
  $<HTMLButtonElement>(guide, '.my-list-button').click();
  await shown;
  const list = guide.shadowRoot!.querySelector('rights-checklist')!;
  await waitFor(() => list.shadowRoot!.querySelector('.items .question'), 'the list');
  return {guide, list};
}

/** Adds a checklist on its own, picks its first question, and resolves once the list shows it. */
export async function checklistWithAQuestion(
  attributes: Record<string, string>,
  parent: HTMLElement = document.body
): Promise<HTMLElement> {
  await loadEntry();
  const list = document.createElement('rights-checklist');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  parent.append(list);
  const first = await waitFor(
    () => list.shadowRoot?.querySelector<HTMLInputElement>('.choices input'),
    'the questions'
  );
  first.click();
  await waitFor(() => list.shadowRoot!.querySelector('.items .question'), 'the list');
  return list;
}

export function unmountAll(): void {
  document.querySelectorAll('family-rights-guide').forEach((guide) => guide.remove());
}

export function $<T extends Element = HTMLElement>(guide: Element, selector: string): T {
  const found = guide.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the guide`);
  return found;
}

export function $$<T extends Element = HTMLElement>(guide: Element, selector: string): T[] {
  return [...guide.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The element that has focus, looking inside open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A built data file's JSON, as `en/index.json` (without its proof line). */
export async function builtData<T>(path: string): Promise<T> {
  const file = await (await fetch(`/dist/content/${dataFolder}/${path}`)).text();
  return JSON.parse(file.slice(file.indexOf('\n') + 1)) as T;
}

/** Reads the built content index, so tests cover every topic that ships. */
export const englishIndex = (): Promise<LocaleIndex> => builtData('en/index.json');

interface AxeResult {
  violations: {id: string; help: string; nodes: {target: unknown[]}[]}[];
}
declare global {
  interface Window {
    axe?: {run(context: Element, options: object): Promise<AxeResult>};
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on one element (and its shadow tree), in the element's own page; returns readable violations. */
export async function axeViolations(element: Element): Promise<string[]> {
  const view = element.ownerDocument.defaultView as Window;
  if (!view.axe) {
    const script = element.ownerDocument.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    element.ownerDocument.head.append(script);
    await loaded;
  }
  const {violations} = await view.axe!.run(element, {runOnly: {type: 'tag', values: WCAG_TAGS}});
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** Loads a page from test/fixtures in an iframe and waits for it to load. */
export async function loadFixture(name: string, sandbox?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.title = name;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test/fixtures/${name}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/**
 * Polls until `check` returns a truthy value, or fails after `timeout` ms:
 * long, because a busy machine can be slow, and a passing check returns at once.
 */
export async function waitFor<T>(check: () => T, what: string, timeout = 30000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    // Yield to the page, then look again: a wait for the condition, not a fixed sleep.
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Opens a topic the way a host page does, and waits until it shows. */
export async function openTopic(guide: HTMLElement, slug: string): Promise<void> {
  const shown = nextViewChange(guide);
  guide.setAttribute('topic', slug);
  await shown;
  await (guide as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
}

/**
 * A fixture page opened top-level in the same browser, for what an iframe
 * cannot show: the back-forward cache, and a host's "leave this page?" prompt.
 * Scripts run in that page; key presses and clicks are real input.
 */
export async function topLevelPage(name: string) {
  const {value: id} = await executeServerCommand<{value: number}, object>('top-page-open', {
    path: `/test/fixtures/${name}`,
  });
  const command = async <T>(name: string, payload: object = {}) =>
    (await executeServerCommand<{value: T}, object>(name, {id, ...payload})).value;
  return {
    run: <T>(script: string) => command<T>('top-page-eval', {script}),
    /** Waits until `script` is truthy in that page, or fails after `timeout` ms, as `waitFor` does. */
    async waitFor<T>(script: string, timeout = 30000): Promise<T> {
      const start = performance.now();
      for (;;) {
        const value = await command<T>('top-page-wait', {script});
        if (value) return value;
        if (performance.now() - start > timeout)
          throw new Error(`timed out waiting in the top-level page for: ${script}`);
      }
    },
    press: (key: string, times = 1) => command('top-page-press', {key, times}),
    click: (selector: string) => command('top-page-click', {selector}),
    answerPrompts: (answer: 'accept' | 'dismiss') => command('top-page-answer-prompts', {answer}),
    prompts: () => command<string[]>('top-page-prompts'),
    back: () => command('top-page-back'),
    close: () => command('top-page-close'),
  };
}

/** Firefox, driven over WebDriver BiDi: a few things the tests use are there only over Chromium's DevTools protocol. */
export const inFirefox = navigator.userAgent.includes('Firefox/');

/**
 * A test that runs in Chromium only, with the reason in its name, so that every
 * report says why Firefox skips it. Kept for what Firefox cannot be made to do.
 */
export function itInChromiumOnly(name: string, why: string, test: Mocha.AsyncFunc): void {
  (inFirefox ? it.skip : it)(`${name} (Chromium only: ${why})`, test);
}

/**
 * A host page as charities build them: a 900 px hero, then `.slot` for the
 * widget, then a long footer. `leave` takes it away and puts the window back.
 */
export function pageWithHero(): {page: HTMLDivElement; slot: HTMLElement; leave: () => Promise<void>} {
  const page = document.createElement('div');
  page.innerHTML =
    '<div style="block-size: 900px">Host hero</div><div class="slot"></div><div style="block-size: 1500px">Host footer</div>';
  document.body.append(page);
  return {
    page,
    slot: page.querySelector<HTMLElement>('.slot')!,
    leave: async () => {
      unmountAll();
      page.remove();
      window.scrollTo(0, 0);
      await setViewport({width: 800, height: 600});
    },
  };
}
