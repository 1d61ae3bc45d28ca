import type {ReactiveController, ReactiveControllerHost} from 'lit';

const PRESSES = 3;
/** How long the presses count for, and how long "expired" is announced: as GOV.UK's Exit this page. */
export const WINDOW_MS = 5000;

/**
 * Counts Shift pressed on its own, three times within five seconds, as in
 * GOV.UK's Exit this page. Shift used with another key does not count, and
 * any other key starts again. When the presses run out of time, `expired` is
 * set, for the live announcement, and cleared again five seconds later.
 */
export class ShiftSequenceController implements ReactiveController {
  /** Shift presses so far; 0 when none, or after they expired. */
  presses = 0;
  expired = false;
  private shiftAlone = false;
  private timer?: ReturnType<typeof setTimeout>;

  /**
   * @param enabled whether presses count now
   * @param complete called on the third press
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly enabled: () => boolean,
    private readonly complete: () => void
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
    this.set(0, false);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      this.shiftAlone = !event.repeat;
    } else {
      this.shiftAlone = false;
      if (this.presses) this.set(0, false);
    }
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift' || !this.shiftAlone || !this.enabled()) return;
    this.shiftAlone = false;
    if (this.presses + 1 >= PRESSES) {
      this.set(0, false);
      this.complete();
      return;
    }
    this.set(this.presses + 1, false);
    this.timer = setTimeout(() => this.expire(), WINDOW_MS);
  };

  private expire(): void {
    this.set(0, true);
    this.timer = setTimeout(() => this.set(0, false), WINDOW_MS);
  }

  private set(presses: number, expired: boolean): void {
    clearTimeout(this.timer);
    if (presses === this.presses && expired === this.expired) return;
    this.presses = presses;
    this.expired = expired;
    this.host.requestUpdate();
  }
}
