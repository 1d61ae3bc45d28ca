import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {QuickExitController} from './quick-exit.js';

/**
 * The "Exit this page" link and the live countdown for Shift pressed three times.
 * @param fixed pinned to the window's corner, for pages where sticky cannot work
 */
export function renderExitBar(controller: QuickExitController, address: string, fixed: boolean): TemplateResult {
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
  return html`<div class=${fixed ? 'exit-bar fixed' : 'exit-bar'}>
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
