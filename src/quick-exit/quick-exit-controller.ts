import {msg} from '@lit/localize';
import {html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {checklist} from '../checklist/checklist-store.js';

/** A neutral, widely used page: the same default as GOV.UK's Exit this page. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const PRESSES = 3;
const WINDOW_MS = 5000;

/** GOV.UK Frontend's Exit this page already listens for Shift three times. */
const hostHasGovukExit = () => document.querySelector('[data-module="govuk-exit-this-page"]') !== null;

/**
 * Quick exit from the keyboard: Shift pressed on its own three times within
 * five seconds, as in GOV.UK's Exit this page. Shift used with another key
 * does not count, and any other key starts again. No single-letter shortcuts.
 * Listens only while the element is on the page and `enabled()` is true.
 */
export class QuickExitController implements ReactiveController {
  /** Shift presses so far, for the live announcement; 0 when none or expired. */
  presses = 0;
  expired = false;
  /** Quick exit has started: nothing of the widget may show until the page is shown again. */
  exiting = false;
  private shiftAlone = false;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param host the element
   * @param enabled whether quick exit is turned on
   * @param forget wipes the element's own state, before it leaves
   * @param root the element's root, hidden at once
   * @param address where to go
   * @param returned called when the page comes back from the back-forward cache after a quick exit
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly forget: () => void,
    private readonly root: () => Element | null,
    private readonly address: () => string,
    private readonly returned?: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
    window.addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    window.removeEventListener('pageshow', this.onPageShow);
    this.reset(false);
  }

  /** Quick exit: hide at once, forget everything, and leave without a history entry. */
  leave(): void {
    this.exiting = true;
    this.forget();
    leaveNow(this.root(), this.address());
    this.host.requestUpdate();
  }

  /** Back from the back-forward cache after a quick exit: show again, with nothing of before. */
  private readonly onPageShow = (event: PageTransitionEvent): void => {
    if (!event.persisted || !this.exiting) return;
    this.exiting = false;
    this.root()?.removeAttribute('hidden');
    returnedFromExit();
    this.returned?.();
    this.host.requestUpdate();
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      this.shiftAlone = !event.repeat;
    } else {
      this.shiftAlone = false;
      if (this.presses) this.reset(false);
    }
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.shiftAlone || !this.enabled() || hostHasGovukExit()) return;
    this.shiftAlone = false;
    this.presses++;
    this.expired = false;
    clearTimeout(this.timer);
    if (this.presses >= PRESSES) {
      this.reset(false);
      this.leave();
      return;
    }
    this.timer = setTimeout(() => this.reset(true), WINDOW_MS);
    this.host.requestUpdate();
  };

  private reset(expired: boolean): void {
    clearTimeout(this.timer);
    const changed = this.presses > 0;
    this.presses = 0;
    this.expired = expired && changed;
    if (changed) this.host.requestUpdate();
  }
}

/**
 * The address quick exit goes to: `value` when it is an absolute `http:` or
 * `https:` address, otherwise the default, with `warn` told why.
 */
export function exitAddress(value: string | undefined, warn: (message: string) => void): string {
  if (!value) return DEFAULT_EXIT_URL;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  warn(`exit-url "${value}" is not an http: or https: address, so quick exit goes to ${DEFAULT_EXIT_URL}.`);
  return DEFAULT_EXIT_URL;
}

/** Set once the page is leaving, so that two widgets with quick exit navigate once. */
let leaving = false;
/** Our other elements on the page, hidden by a quick exit. */
let hiddenElements: HTMLElement[] = [];

/**
 * Hides the widget, and every other guide or checklist on the page, at once;
 * forgets the reader's list in memory; and leaves without a history entry.
 */
function leaveNow(root: Element | null, address: string): void {
  root?.setAttribute('hidden', '');
  for (const element of document.querySelectorAll<HTMLElement>('family-rights-guide, rights-checklist')) {
    if (element.hidden) continue;
    element.hidden = true;
    hiddenElements.push(element);
  }
  checklist.wipeMemory();
  if (leaving) return;
  leaving = true;
  location.replace(address);
}

/** The page is back from the back-forward cache: show our elements again, with nothing of before. */
function returnedFromExit(): void {
  leaving = false;
  for (const element of hiddenElements) element.hidden = false;
  hiddenElements = [];
}

/** The "Exit this page" link and the live countdown for Shift pressed three times. */
export function renderExitBar(controller: QuickExitController, address: string): TemplateResult {
  const {presses, expired} = controller;
  const announcement =
    presses === 1
      ? msg('Shift, press 2 more times to exit.', {
          desc: 'Read out by screen readers while the reader presses Shift to leave the page quickly.',
        })
      : presses === 2
        ? msg('Shift, press 1 more time to exit.', {
            desc: 'Read out by screen readers while the reader presses Shift to leave the page quickly.',
          })
        : expired
          ? msg('Exit this page expired.', {
              desc: 'Read out when the reader stopped pressing Shift before leaving the page.',
            })
          : nothing;
  return html`<div class="exit-bar">
    <a
      class="exit"
      href=${address}
      rel="noreferrer"
      @click=${(event: Event) => {
        event.preventDefault();
        controller.leave();
      }}
      >${msg('Exit this page', {
        desc: 'Button that leaves the page at once, for readers who may be seen by someone who harms them.',
      })}</a
    >
    <span class="visually-hidden" role="status">${announcement}</span>
  </div>`;
}
