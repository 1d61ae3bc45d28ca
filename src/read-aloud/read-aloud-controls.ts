import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import type {ReadAloudController} from './read-aloud-controller.js';

/**
 * "Listen", then "Pause" or "Resume" in the same button, so focus stays on it, and "Stop" beside it while reading.
 * Nothing at all where the device has no voice of its own for the language.
 */
export function renderReadAloud(
  controller: ReadAloudController,
  locale: string,
  sections: () => string[][]
): TemplateResult | typeof nothing {
  if (!controller.canRead(locale)) return nothing;
  const {state} = controller;
  return html`<div class="read-aloud">
    <button
      type="button"
      class=${state === 'off' ? 'listen start' : 'listen'}
      @click=${() =>
        state === 'off'
          ? controller.start(sections(), locale)
          : state === 'reading'
            ? controller.pause()
            : controller.resume()}
    >
      ${
        state === 'off'
          ? msg('Listen', {desc: 'Button near the top of a topic. Reads the topic aloud, section by section.'})
          : state === 'reading'
            ? msg('Pause', {desc: 'Button shown while the topic is read aloud. Pauses the reading.'})
            : msg('Resume', {desc: 'Button shown while reading aloud is paused. Goes on from where it stopped.'})
      }
    </button>
    ${
      state === 'off'
        ? nothing
        : html`<button
            type="button"
            class="stop-reading"
            @click=${(event: Event) => {
              // The button goes with the reading: focus stays with the one beside it.
              ((event.currentTarget as HTMLElement).previousElementSibling as HTMLElement).focus();
              controller.stop();
            }}
          >
            ${msg('Stop', {desc: 'Button shown while the topic is read aloud. Stops reading.'})}
          </button>`
    }
  </div>`;
}
