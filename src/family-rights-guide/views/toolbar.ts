import {availableLocales} from '../../content/content-store.js';
import {msg} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {SOURCE_LOCALE} from '../../i18n/locale.js';
import {langDir} from '../../i18n/lang-dir.js';
import {myListCount} from '../../my-list/list-messages.js';
import {myList} from '../../my-list/my-list-store.js';
import {renderShowEnglish} from '../../shared/translation-notes.js';
import type {Place} from '../guide-view.js';
import type {GuideContext} from './context.js';

/** The bar under each view's heading: the language menu, "Show in English", and, once it has questions, My list. */
export function renderToolbar(context: GuideContext, place: Place, listButton: boolean): TemplateResult {
  return html`<div class="toolbar">
    ${renderLanguagePicker(context, place)}
    ${listButton && myList.count ? renderListButton(context, place.locale) : nothing}
  </div>`;
}

function renderLanguagePicker(context: GuideContext, {strings: {languages}, locale: reader}: Place): unknown {
  const codes = availableLocales();
  if (codes.length < 2) return nothing;
  return html`<div class="language">
      <label for="language">${msg('Language', {desc: "Label of the menu for choosing the guide's language."})}</label>
      <select id="language">
        ${codes.map((code, i) => html`<option value=${code} ${langDir(code)} ?selected=${code === reader}>${languages[i]}</option>`)}
      </select>
      <button
        type="button"
        class="change-language"
        @click=${(e: Event) => {
          const chosen = ((e.currentTarget as HTMLElement).previousElementSibling as HTMLSelectElement).value;
          // Choosing in the menu changes nothing (WCAG 3.2.2): the button does.
          if (chosen !== reader) context.switchLanguage({chosenLocale: chosen, showEnglish: false});
        }}
      >
        ${msg('Change', {desc: 'Button after the language menu. Switches the guide to the language chosen in the menu.'})}
      </button>
    </div>
    ${
      reader === SOURCE_LOCALE
        ? nothing
        : renderShowEnglish(reader, context.showEnglish, () =>
            context.switchLanguage({showEnglish: !context.showEnglish})
          )
    }`;
}

function renderListButton(context: GuideContext, locale: string): TemplateResult {
  return html`<button type="button" class="my-list-button" @click=${() => context.showList(true)}>
    ${myListCount(locale)}
  </button>`;
}
