// Fixture pages in iframes, seen from the host-page tests: the page's own
// records, its guide, the exit page, and the reader's Shift key.
import {sendKeys} from '@web/test-runner-commands';
import {waitFor} from '../helpers.js';

/** What test/fixtures/record-problems.js and the other fixture scripts record in the page. */
export interface FixtureWindow extends Window {
  problems: string[];
  warnings: string[];
  walk?: Promise<{topics: number}>;
  liveListeners?: Map<string, Set<unknown>>;
  globalsBefore?: Set<string>;
  __pwned?: boolean;
}

export const win = (frame: HTMLIFrameElement) => frame.contentWindow as FixtureWindow & typeof globalThis;
/** A script, for a top-level page, that finds `selector` inside its guide. */
export const inPage = (selector: string) =>
  `document.querySelector('family-rights-guide').shadowRoot?.querySelector(${JSON.stringify(selector)})`;
export const guideIn = (frame: HTMLIFrameElement) =>
  frame.contentDocument!.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>('family-rights-guide')!;
export const inGuide = (frame: HTMLIFrameElement, selector: string) =>
  guideIn(frame)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Waits for the frame to leave for the exit page, or fails. */
export const exitedTo = (frame: HTMLIFrameElement) =>
  waitFor(
    () => (frame.contentWindow!.location.pathname.endsWith('/exited.html') ? frame.contentWindow!.location.search : ''),
    'the exit page'
  );

export async function pressShift(times: number): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({press: 'Shift'});
}

/**
 * Gives the frame's guide an exit address of its own, so the test server sees
 * this test's arrival, not a cached page or another test's. Resolves once the
 * guide has taken it.
 */
export async function ownExitAddress(frame: HTMLIFrameElement, query: string): Promise<void> {
  guideIn(frame).setAttribute('exit-url', new URL(`/test/fixtures/exited.html?${query}`, location.href).href);
  await guideIn(frame).updateComplete;
}

/** The Referer the exit page was sent when it was opened with `query`, as the test server saw it. */
export async function exitArrival(query: string): Promise<{query: string; referer: string | null} | undefined> {
  const arrivals = (await (await fetch('/__exit-arrivals')).json()) as {query: string; referer: string | null}[];
  return arrivals.find((arrival) => arrival.query === query);
}
