// Helpers for the tests that mount the elements from src/ (the unit-test layer).
import {sendKeys} from '@web/test-runner-commands';
import type {FamilyRightsGuide} from '../src/family-rights-guide/family-rights-guide.js';
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

/**
 * Rewrites the JSON of data files whose address matches `pattern`, as a
 * build with other content would have made them. The stand-in skips the
 * integrity check, so use it only to give the views other data.
 */
export function rewriteData<T>(pattern: RegExp, change: (data: T) => unknown): void {
  const previous = window.fetch;
  window.fetch = async (input, init) => {
    if (!pattern.test(String(input))) return previous(input, init);
    const data = (await (await realFetch(input, {...init, integrity: undefined})).json()) as T;
    return new Response(JSON.stringify(change(data)), {headers: {'content-type': 'application/json'}});
  };
}

/** Puts the network back. */
export function restoreFetch(): void {
  window.fetch = realFetch;
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
