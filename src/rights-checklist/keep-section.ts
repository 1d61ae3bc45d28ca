import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {heading} from '../content/heading.js';
import {myList} from '../my-list/my-list-store.js';

/**
 * "Keeping your list": the opt-in to keep the list on this device, with the
 * privacy warning first, and a way to delete what was kept.
 */
export function renderKeepSection(
  level: number,
  changed: (message?: string) => void,
  t: <T>(build: () => T) => T
): TemplateResult {
  return html`<section class="keep screen-only" aria-labelledby="keep-heading">
    ${heading(level, msg('Keeping your list', {desc: 'Heading of the part that explains saving the list on this device.'}), {id: 'keep-heading'})}
    <p id="keep-hint">
      ${msg('Your list is only kept until you close this page. If you keep it on this device, anyone who uses this device could see it.', {desc: 'Explains the privacy choice before the "Keep my list on this device" tick box. Keep the warning clear.'})}
    </p>
    <span class="check">
      <input
        type="checkbox"
        id="keep"
        aria-describedby="keep-hint"
        .checked=${myList.keep}
        @change=${(e: Event) => {
          myList.setKeep((e.target as HTMLInputElement).checked);
          changed();
        }}
      /><label for="keep"
        >${msg('Keep my list on this device', {desc: 'Tick box label. Opt-in to save the list in this browser. Anyone using the device could see it.'})}</label
      >
    </span>
    ${
      myList.problem
        ? html`<p class="problem" role="alert">
            ${
              myList.problem === 'save-failed'
                ? msg('We could not save on this device. Your list is still here until you close this page.', {
                    desc: 'Calm message when saving on the device failed (storage blocked or full). Nothing is lost yet.',
                  })
                : msg(
                    'A list saved on this device could not be read, so it is not shown. Your list here still works.',
                    {
                      desc: 'Calm message when a list saved earlier is damaged or from an older version.',
                    }
                  )
            }
          </p>`
        : nothing
    }
    ${
      myList.saved
        ? html`<button
            type="button"
            class="delete-saved"
            @click=${() => {
              myList.deleteSaved();
              changed(
                t(() =>
                  msg('Your saved list is deleted from this device.', {
                    desc: 'Short message after the saved list was removed from the device.',
                  })
                )
              );
            }}
          >
            ${msg('Delete my saved list', {desc: 'Button. Removes the list saved on this device. The list on screen stays.'})}
          </button>`
        : nothing
    }
  </section>`;
}
