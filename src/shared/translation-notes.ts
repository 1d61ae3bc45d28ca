import {msg} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {langDir} from '../i18n/lang-dir.js';
import {inLocale} from '../i18n/strings.js';

/** The draft notice's words, the same in the guide and the checklist. */
export const draftMessage = (): string =>
  msg('This translation has not yet been checked by a qualified translator.', {
    desc: 'Notice on pages whose translation is a draft. Must stay honest: the translation has NOT been checked.',
  });

/**
 * "Show in English", and while the English shows, "Show in Polish": it says
 * what pressing it does, in the reader's language, so that they can find
 * their way back.
 */
export function renderShowEnglish(reader: string, showingEnglish: boolean, toggle: () => void): TemplateResult {
  return html`<button type="button" class="show-english" @click=${toggle}>
    <span ${langDir(reader)}
      >${inLocale(reader, () =>
        showingEnglish
          ? msg('Show in my language', {
              desc: 'Button shown while the page is in English. Goes back to this language, keeping the reader\'s place. Name your language: "Show in Polish".',
            })
          : msg('Show in English', {desc: "Button. Shows the same page in English, keeping the reader's place."})
      )}</span
    >
  </button>`;
}
