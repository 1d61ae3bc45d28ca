// Helpers for the tests that mount the elements from src/ (the unit-test layer).
import {sendKeys} from '@web/test-runner-commands';
import type {FamilyRightsGuide} from '../src/family-rights-guide/family-rights-guide.js';
import {builtRoot, dataFolder, dataRoot, setDataRoot} from 'virtual:build-info';
import {nextViewChange} from './helpers.js';

/**
 * This test page's address without a #fragment. Quick exit leaves with
 * location.replace; to `${here}#…` the browser stays on the test page, and the
 * address shows that quick exit left, and where to.
 */
export const here = location.href.split('#')[0];

/** Takes the address back to `here`, after a quick exit to a #fragment. */
export function resetAddress(): void {
  history.replaceState(history.state, '', here);
}

/** The page is back from the back-forward cache, as after the reader pressed Back. */
export function backFromCache(): void {
  window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
}

/** A part of the host page, such as a column or a section in another language; removed by `removeHostPages()`. */
export function hostPage(lang?: string): HTMLDivElement {
  const page = document.createElement('div');
  page.className = 'test-host-page';
  if (lang) page.lang = lang;
  document.body.append(page);
  return page;
}

export function removeHostPages(): void {
  document.querySelectorAll('.test-host-page').forEach((page) => page.remove());
}

export const text = (element: Element | null | undefined): string =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function pressShift(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: 'Shift'});
}

const realFetch = window.fetch;

export interface HeldRequests {
  /** Lets the held requests go on to the network. */
  release(): void;
  /** How many requests were held so far. */
  readonly count: number;
}

/** Makes data requests whose address matches `pattern` fail as if the network were down. */
export function failRequests(pattern: RegExp): void {
  window.fetch = (input, init) =>
    pattern.test(String(input)) ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
}

/** Holds data requests whose address matches `pattern` until `release()`: a slow network. */
export function holdRequests(pattern: RegExp): HeldRequests {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let count = 0;
  window.fetch = async (input, init) => {
    if (pattern.test(String(input))) {
      count++;
      await gate;
    }
    return realFetch(input, init);
  };
  return {
    release,
    get count() {
      return count;
    },
  };
}

declare module 'virtual:build-info' {
  /** Served to tests only: the root the build made, and a way to check data against another (see rewriteData). */
  export const builtRoot: string;
  export function setDataRoot(root: string): void;
}

/** This page's own changed data on the test server: no other test page sees it. */
const overrideToken = crypto.randomUUID();

/**
 * Changes the JSON of the data file at `path` (as `pl/index.json`), as a
 * build with other content would have made it. The test server builds a
 * hash tree with the change, this page checks data against its root, and
 * every data file comes from that tree: the real check still runs.
 * restoreFetch() puts the built data back.
 */
export async function rewriteData<T>(path: string, change: (data: T) => unknown): Promise<void> {
  const file = await (await realFetch(`/dist/content/${dataFolder}/${path}`)).text();
  const body = JSON.stringify(change(JSON.parse(file.slice(file.indexOf('\n') + 1)) as T));
  const answer = await realFetch('/__data-override', {
    method: 'POST',
    body: JSON.stringify({token: overrideToken, path, body}),
  });
  setDataRoot(((await answer.json()) as {root: string}).root);
  const previous = window.fetch;
  if ((previous as {overridden?: boolean}).overridden) return;
  window.fetch = Object.assign(
    (input: RequestInfo | URL, init?: RequestInit) =>
      previous(
        String(input).includes(`/content/${dataFolder}/`) ? `${String(input)}?frg-override=${overrideToken}` : input,
        init
      ),
    {overridden: true}
  );
}

/** Puts the network, and the built data, back. */
export async function restoreFetch(): Promise<void> {
  window.fetch = realFetch;
  if (dataRoot === builtRoot) return;
  setDataRoot(builtRoot);
  await realFetch('/__data-override', {method: 'POST', body: JSON.stringify({token: overrideToken})});
}

/** Adds a guide from src/ to the page and waits until its first view has rendered. */
export async function mountFromSource(attributes: Record<string, string>): Promise<FamilyRightsGuide> {
  const guide = document.createElement('family-rights-guide');
  for (const [name, value] of Object.entries(attributes)) guide.setAttribute(name, value);
  const shown = nextViewChange(guide);
  document.body.append(guide);
  await shown;
  await guide.updateComplete;
  return guide;
}
