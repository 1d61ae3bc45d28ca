import {myList} from '../my-list/my-list-store.js';

/** One guide or checklist on the page, as quick exit sees it. */
export interface ExitParticipant {
  /** The element, hidden at once on exit. */
  element: HTMLElement;
  /** Its own root inside the shadow root, hidden too, whatever the host page's CSS does to the element. */
  root(): Element | null;
  /** Wipes what the reader did in this element. */
  forget(): void;
  /** The page is back from the back-forward cache after an exit: show afresh. */
  returned(): void;
}

/**
 * Quick exit is page-wide: one exit hides every guide and checklist at once,
 * wherever it is (inside another shadow root too), and navigates once. Each
 * element joins while it is on the page.
 */
const participants = new Set<ExitParticipant>();
let leaving = false;
let hiddenElements: HTMLElement[] = [];

/** Joins quick exit; returns the function that leaves it again. */
export function joinQuickExit(participant: ExitParticipant): () => void {
  if (!participants.size) window.addEventListener('pageshow', onPageShow);
  participants.add(participant);
  return () => {
    participants.delete(participant);
    if (!participants.size) window.removeEventListener('pageshow', onPageShow);
  };
}

/** True from the moment quick exit starts until the page is shown again. */
export const isLeaving = (): boolean => leaving;

/** Hides and wipes every participant at once, then leaves without a history entry. */
export function leavePage(address: string): void {
  for (const participant of participants) {
    participant.root()?.setAttribute('hidden', '');
    if (!participant.element.hidden) {
      participant.element.hidden = true;
      hiddenElements.push(participant.element);
    }
    participant.forget();
  }
  myList.wipeMemory();
  if (leaving) return;
  leaving = true;
  withholdReferrer();
  location.replace(address);
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

/** Back from the back-forward cache after an exit: show the elements again, with nothing of before. */
function onPageShow(event: PageTransitionEvent): void {
  if (!event.persisted || !leaving) return;
  leaving = false;
  noReferrer?.remove();
  for (const element of hiddenElements) element.hidden = false;
  hiddenElements = [];
  for (const participant of participants) {
    participant.root()?.removeAttribute('hidden');
    participant.returned();
  }
}
