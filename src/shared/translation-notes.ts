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
 * "Show in English": a toggle, labelled in the reader's language even while
 * the English shows, so that they can find their way back.
 */
export function renderShowEnglish(reader: string, pressed: boolean, toggle: () => void): TemplateResult {
  return html`<button type="button" class="show-english" aria-pressed=${pressed ? 'true' : 'false'} @click=${toggle}>
    <span ${langDir(reader)}
      >${inLocale(reader, () => msg('Show in English', {desc: "Toggle button. Shows the same page in English, keeping the reader's place. Pressing it again goes back to this language."}))}</span
    >
  </button>`;
}
