import {myList} from '../my-list/my-list-store.js';

/** One guide or checklist on the page, as quick exit sees it. */
export interface ExitParticipant {
  /** The element, hidden at once on exit. */
  element: HTMLElement;
  /** Its own root inside the shadow root, hidden too, whatever the host page's CSS does to the element. */
  root(): Element | null;
  /** Wipes what the reader did in this element. */
  forget(): void;
  /** The page is shown again after an exit (back from the back-forward cache, or the exit failed): show afresh. */
  returned(): void;
  /** Whether this element has quick exit turned on. */
  quickExit(): boolean;
}

/**
 * How long after an exit began the page may still be here before quick exit
 * counts it as failed (a host's "leave this page?" prompt was cancelled, or
 * another exit script never left), shows the widgets afresh and is ready again.
 */
export const STILL_HERE_MS = 3000;

/** GOV.UK's Exit this page: its buttons, and the class its exit puts on the body. */
const GOVUK_EXIT_LINKS = '.govuk-exit-this-page__button, .govuk-js-exit-this-page-skiplink';
const GOVUK_LEAVING_CLASS = 'govuk-exit-this-page-hide-content';

/**
 * Quick exit is page-wide: one exit hides every guide and checklist at once,
 * wherever it is (inside another shadow root too), and navigates once. Each
 * element joins while it is on the page.
 */
const participants = new Set<ExitParticipant>();
/** Everything is hidden and wiped for an exit, until the page is shown again. */
let leaving = false;
/** This widget has asked the browser to leave. */
let navigating = false;
let hiddenElements: HTMLElement[] = [];
let stillHereTimer: ReturnType<typeof setTimeout> | undefined;

/** Joins quick exit; returns the function that leaves it again. */
export function joinQuickExit(participant: ExitParticipant): () => void {
  if (!participants.size) {
    window.addEventListener('pageshow', onPageShow);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', holdBackLeavePrompts, true);
    document.addEventListener('click', onHostClick, true);
  }
  participants.add(participant);
  return () => {
    participants.delete(participant);
    if (participants.size) return;
    window.removeEventListener('pageshow', onPageShow);
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('beforeunload', holdBackLeavePrompts, true);
    document.removeEventListener('click', onHostClick, true);
  };
}

/** True from the moment quick exit starts until the page is shown again. */
export const isLeaving = (): boolean => leaving;

/**
 * GOV.UK Frontend's Exit this page has started on this page and listens for
 * Shift pressed three times. Its markup alone, with its script not (yet) run, does not count.
 */
export const govukExitLeads = (): boolean => document.body?.dataset.govukFrontendExitThisPageKeypress === 'true';

/** Hides and wipes every participant at once, and forgets the list in memory. */
function hideEverything(): void {
  for (const participant of participants) {
    participant.root()?.setAttribute('hidden', '');
    if (!participant.element.hidden) {
      participant.element.hidden = true;
      hiddenElements.push(participant.element);
    }
    participant.forget();
  }
  myList.wipeMemory();
  leaving = true;
}

/** An exit has begun: everything hides at once, and if the page is still here later, the exit failed. */
function startExit(): void {
  hideEverything();
  clearTimeout(stillHereTimer);
  stillHereTimer = setTimeout(showAfresh, STILL_HERE_MS);
}

/** Hides and wipes every participant at once, then leaves without a history entry. */
export function leavePage(address: string): void {
  startExit();
  if (navigating) return;
  navigating = true;
  withholdReferrer();
  location.replace(address);
}

/**
 * Shift pressed three times on a page where GOV.UK's Exit this page leads:
 * hide and wipe at once, and let GOV.UK leave. If GOV.UK did not start to
 * leave on the same key press, leave ourselves.
 */
export function exitWithGovuk(address: string): void {
  startExit();
  setTimeout(() => {
    if (leaving && !document.body.classList.contains(GOVUK_LEAVING_CLASS)) leavePage(address);
  });
}

/** The referrer policy added for the way out, taken away if the page comes back. */
let noReferrer: HTMLMetaElement | undefined;

/** The exit site must not learn where the reader came from: no Referer on the way out. */
function withholdReferrer(): void {
  noReferrer = document.createElement('meta');
  noReferrer.name = 'referrer';
  noReferrer.content = 'no-referrer';
  document.head.append(noReferrer);
}

/**
 * While quick exit leaves, the page's own "leave this page?" listeners do not
 * run, so an unsaved-changes prompt cannot hold the reader on the page. The
 * browser runs a window's listeners in the order they were added (Firefox runs
 * the capture-phase ones first), so this one is added as the first widget joins:
 * a listener the page added before that still runs (in Firefox, only a
 * capture-phase one), and if the reader cancels its prompt, the exit has failed (see STILL_HERE_MS).
 */
function holdBackLeavePrompts(event: Event): void {
  if (navigating) event.stopImmediatePropagation();
}

/** GOV.UK's own Exit this page button, pressed: hide and wipe at once, before GOV.UK leaves. */
function onHostClick(event: Event): void {
  if (event.target instanceof Element && event.target.closest(GOVUK_EXIT_LINKS)) startExit();
}

/**
 * The page is going, by whatever way (GOV.UK's exit, the host's own link, the
 * reader's Back button). With quick exit on, nothing of what the reader did
 * may come back from the back-forward cache.
 */
function onPageHide(): void {
  clearTimeout(stillHereTimer);
  if ([...participants].some((participant) => participant.quickExit())) hideEverything();
}

/** Back from the back-forward cache after an exit: show the elements again, with nothing of before. */
function onPageShow(event: PageTransitionEvent): void {
  if (event.persisted && leaving) showAfresh();
}

/** The page is shown again after an exit: the elements come back with nothing of before, and quick exit is ready again. */
function showAfresh(): void {
  clearTimeout(stillHereTimer);
  leaving = false;
  navigating = false;
  noReferrer?.remove();
  for (const element of hiddenElements) element.hidden = false;
  hiddenElements = [];
  for (const participant of participants) {
    participant.root()?.removeAttribute('hidden');
    participant.returned();
  }
}
