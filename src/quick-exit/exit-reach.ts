import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Our own elements: one widget's Exit button over another's is still a way out. */
const WIDGETS = new Set(['family-rights-guide', 'rights-checklist']);

/** Once per page: a host team needs to hear it once, while building. */
let warned = false;

/**
 * Keeps the Exit button in reach, after each scroll or resize. Its place is
 * the widget's bar, which sticks to the top of the window while the widget is
 * on screen. While the bar is out of view, below the window (the widget is
 * under a host's hero) or above it (the reader has scrolled past), the button
 * is fixed to the window's edge nearest the bar, so it is on the first screen
 * and moves no more than the bar would. The bar keeps its height, so nothing
 * shifts.
 *
 * On a phone there is no Shift key, so if a host page's fixed header covers
 * the button, or an ancestor stops it staying in view, there is no way out.
 * Then it warns once in the console, with the remedy.
 */
export class ExitReachController implements ReactiveController {
  private checkQueued = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly link: () => HTMLElement | null | undefined
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('scroll', this.onScrollOrResize, {capture: true, passive: true});
    addEventListener('resize', this.onScrollOrResize, {passive: true});
  }

  /**
   * After a render, the check waits until the frame is drawn: measuring in the frame itself would lay the whole
   * new view out a second time before anything shows.
   */
  hostUpdated(): void {
    this.queueCheck(true);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScrollOrResize, {capture: true});
    removeEventListener('resize', this.onScrollOrResize);
  }

  /** Checked before the frame is drawn: a scroll leaves nothing to lay out again. */
  private readonly onScrollOrResize = (): void => this.queueCheck(false);

  /** At most one check a frame: in the frame, or just after it is drawn. */
  private queueCheck(afterPaint: boolean): void {
    // Nothing to watch without quick exit.
    if (this.checkQueued || !this.link()) return;
    this.checkQueued = true;
    requestAnimationFrame(() => (afterPaint ? setTimeout(() => this.check()) : this.check()));
  }

  private check(): void {
    this.checkQueued = false;
    const link = this.link();
    if (link) placeExitButton(link.parentElement!);
    const problem = link && !warned ? reachProblem(link, this.host) : undefined;
    if (problem) {
      warned = true;
      console.warn(
        `family-rights-guide: the Exit button ${problem} On a phone it is the only way out; see SECURITY.md.`
      );
    }
  }
}

/**
 * Fixes the button to the window's top or bottom edge while its bar is out of
 * view above or below. Also called as focus moves, since a scroll is only
 * answered a frame later.
 */
export function placeExitButton(bar: HTMLElement): void {
  const {top, bottom, left, right, height} = bar.getBoundingClientRect();
  const style = getComputedStyle(bar);
  // Above the place it sticks to (--frg-exit-offset), or not all in the window.
  const away = top < parseFloat(style.top) - 1 ? 'above' : bottom > innerHeight + 1 ? 'below' : '';
  if (away) {
    bar.style.minBlockSize = `${height}px`;
    // In line with the bar's end, as the reader saw it there.
    const end = style.direction === 'rtl' ? left : document.documentElement.clientWidth - right;
    bar.style.setProperty('--_exit-end', `${Math.max(0, end)}px`);
    bar.dataset.away = away;
  } else delete bar.dataset.away;
}

/** Why the reader cannot reach `link` now, or undefined. */
function reachProblem(link: HTMLElement, host: HTMLElement): string | undefined {
  const button = link.getBoundingClientRect();
  const widget = host.getBoundingClientRect();
  const seen = Math.min(widget.bottom, innerHeight) - Math.max(widget.top, 0);
  // Only while the reader sees a fair part of the widget: not as its last lines scroll away.
  if (!button.height || seen < 3 * button.height || widget.right <= 0 || widget.left >= innerWidth) return undefined;
  if (button.top < -1 || button.bottom > innerHeight + 1 || button.left < -1 || button.right > innerWidth + 1) {
    return 'is out of view: does an ancestor set transform, filter or contain?';
  }
  const [x, y] = [button.left + button.width / 2, button.top + button.height / 2];
  // Asked of the tree the widget is in, then of the widget's own: Firefox's shadowRoot.elementFromPoint
  // answers only with elements of that shadow tree, so a host's header over the button went unseen there.
  let hit = (host.getRootNode() as Document | ShadowRoot).elementFromPoint(x, y);
  if (hit === host) hit = host.shadowRoot!.elementFromPoint(x, y);
  if (!hit || link.contains(hit) || WIDGETS.has(hit.localName)) return undefined;
  const name = hit.localName + (hit.id ? `#${hit.id}` : '') + [...hit.classList].map((c) => `.${c}`).join('');
  return `is covered by ${name}. Set --frg-exit-offset to your fixed header's height.`;
}
