import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {exitWithGovuk, govukExitLeads, isLeaving, joinQuickExit, leavePage} from './exit-coordinator.js';
import {ExitReachController} from './exit-reach.js';
import {ShiftSequenceController} from './shift-sequence.js';

/** A neutral, widely used page: the same default as GOV.UK's Exit this page. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * An element's part in quick exit. While the element is on the page it is
 * one of the page's quick-exit participants, so any exit hides and wipes it.
 * With quick exit turned on, Shift pressed three times, or the bar's link,
 * leaves the page. Where GOV.UK's Exit this page has started, it leaves on
 * Shift pressed three times, and this hides and wipes every widget at once.
 */
export class QuickExitController implements ReactiveController {
  readonly keys: ShiftSequenceController;
  private leaveExit?: () => void;

  /**
   * @param host the element
   * @param options.enabled whether quick exit is turned on
   * @param options.forget wipes the element's own state
   * @param options.root the element's root, hidden at once
   * @param options.address where to go
   * @param options.returned called when the page comes back from the back-forward cache after an exit
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: {
      enabled: () => boolean;
      forget: () => void;
      root: () => Element | null;
      address: () => string;
      returned?: () => void;
    }
  ) {
    host.addController(this);
    this.keys = new ShiftSequenceController(host, options.enabled, () =>
      this.leave(govukExitLeads() ? exitWithGovuk : leavePage)
    );
    new ExitReachController(host, () => (options.enabled() ? options.root()?.querySelector('a.exit') : null));
  }

  /** Quick exit has started: nothing of the widget may show until the page is shown again. */
  get exiting(): boolean {
    return isLeaving();
  }

  hostConnected(): void {
    this.leaveExit = joinQuickExit({
      element: this.host,
      root: this.options.root,
      forget: this.options.forget,
      quickExit: this.options.enabled,
      returned: () => {
        this.options.returned?.();
        this.host.requestUpdate();
      },
    });
  }

  hostDisconnected(): void {
    this.leaveExit?.();
  }

  /** Quick exit: hide every widget at once, forget everything, and leave without a history entry (or let GOV.UK leave). */
  leave(how: (address: string) => void = leavePage): void {
    how(this.options.address());
    this.host.requestUpdate();
  }
}

/** Hosts where `http:` is allowed, for a host team building on its own machine. */
const DEVELOPMENT_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The address quick exit goes to: `value` when it is an absolute `https:`
 * address (or `http:` on localhost, while a site is being built), otherwise
 * the default, with `warn` told why.
 */
export function exitAddress(value: string | undefined, warn: (message: string) => void): string {
  if (!value) return DEFAULT_EXIT_URL;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && DEVELOPMENT_HOSTS.has(url.hostname))) return url.href;
  } catch {
    // reported below
  }
  warn(`exit-url "${value}" is not an https: address, so quick exit goes to ${DEFAULT_EXIT_URL}.`);
  return DEFAULT_EXIT_URL;
}
