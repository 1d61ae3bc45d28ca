// Shared by the tests that mount <rights-checklist> from src/: mounting it,
// reading what the reader sees, and a clean page after each test.
import {expect} from '@open-wc/testing';
import '../../src/index.js';
import {myList} from '../../src/my-list/my-list-store.js';
import type {RightsChecklist} from '../../src/rights-checklist/rights-checklist.js';
import {$, $$, consoleProblems, deepActiveElement, waitFor} from '../helpers.js';
import {removeHostPages, resetAddress, restoreFetch, text} from '../source-helpers.js';

/** The checklist of the current test. */
export let list: RightsChecklist;

/** Adds a checklist built from src/ to the page, and waits until it shows `ready`. */
export async function mount(
  attributes: Record<string, string> = {},
  ready = '.choices',
  parent: Element = document.body
) {
  list = document.createElement('rights-checklist');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  parent.append(list);
  await waitFor(() => list.shadowRoot?.querySelector(ready), ready);
  await list.updateComplete;
  return list;
}

export const settle = () => list.updateComplete;
/** What the checklist last announced. */
export const message = () => text($(list, '.message[role="status"]'));
/** The questions on the reader's list, as shown. */
export const listTexts = () => $$(list, '.items .question').map(text);
export const find = (selector: string) => list.shadowRoot!.querySelector(selector);
/** Waits until focus is on the element `selector` finds in the checklist. */
export const focusOn = (selector: string) =>
  waitFor(() => find(selector) && deepActiveElement() === find(selector), `focus on ${selector}`);
export const button = (label: string) => $$<HTMLButtonElement>(list, 'button').find((b) => text(b) === label)!;

/** Adds one of the reader's own questions with the form. */
export async function addOwn(question: string): Promise<void> {
  $<HTMLTextAreaElement>(list, '#own-input').value = question;
  $(list, '.own button[type="submit"]').click();
  await settle();
}

/** Each test starts with no console problems, an empty list and nothing stored, and must leave no problems. */
export function useChecklistPage(): void {
  beforeEach(() => (consoleProblems.length = 0));
  afterEach(() => {
    restoreFetch();
    document.querySelectorAll('rights-checklist').forEach((element) => element.remove());
    removeHostPages();
    resetAddress();
    myList.clear();
    myList.deleteSaved();
    localStorage.clear();
    expect(consoleProblems, 'console errors and warnings').to.deep.equal([]);
  });
}
