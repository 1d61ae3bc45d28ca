import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {placeExitButton} from './exit-reach.js';
import type {QuickExitController} from './quick-exit.js';

/**
 * The "Exit this page" link and the live countdown for Shift pressed three times.
 * exit-reach.ts keeps the link in reach.
 */
export function renderExitBar(controller: QuickExitController, address: string): TemplateResult {
  const {presses, expired} = controller.keys;
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

/**
 * Keeps the focused control from hiding under the exit bar (WCAG 2.4.11): a
 * control the bar covers or would cover, as when tabbing backwards or opening
 * a topic, is scrolled to the middle of the window. For each element's root `focusin`.
 */
export function keepFocusClearOfExitBar(event: FocusEvent): void {
  // A checklist inside a guide sits under the guide's bar; focus moving inside it never reaches the guide.
  const root = event.currentTarget as Element;
  const bar =
    root.querySelector('.exit-bar') ??
    ((root.getRootNode() as ShadowRoot).host?.getRootNode() as ParentNode).querySelector('.exit-bar');
  const focused = event.composedPath()[0] as Element;
  if (!bar || bar.contains(focused)) return;
  // Where the button is now: a scroll just before the focus moved has not been answered yet.
  placeExitButton(bar as HTMLElement);
  // While the bar is out of view, only its button covers anything, at the window's edge (see exit-reach.ts).
  const away = (bar as HTMLElement).dataset.away;
  const covered = (away ? bar.firstElementChild! : bar).getBoundingClientRect();
  const box = focused.getBoundingClientRect();
  // Above the bar's lower edge: under it, or above the window, where the browser would scroll it to the top, under
  // the bar. Or under the button at the window's edge.
  if (
    (away ? box.bottom > covered.top && box.top < covered.bottom : box.top < covered.bottom) &&
    box.left < covered.right &&
    box.right > covered.left
  ) {
    focused.scrollIntoView({block: 'center', behavior: 'instant'});
  }
}
