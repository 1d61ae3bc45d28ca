import type {ReactiveController, ReactiveControllerHost} from 'lit';

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
  private shiftAlone = false;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly exit: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('keyup', this.onKeyUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('keyup', this.onKeyUp, true);
    this.reset(false);
  }

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
      this.exit();
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
