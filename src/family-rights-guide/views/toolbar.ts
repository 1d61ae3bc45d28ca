import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {SOURCE_LOCALE} from '../../i18n/locale.js';
import {langDir} from '../../i18n/lang-dir.js';
import {myList} from '../../my-list/my-list-store.js';
import {renderShowEnglish} from '../../shared/translation-notes.js';
import type {Place} from '../guide-view.js';
import type {GuideContext} from './context.js';

/** The bar above every view: the language menu, "Show in English", and the My list button. */
export function renderToolbar(context: GuideContext, place: Place, listButton: boolean): TemplateResult {
  return html`<div class="toolbar">
    ${renderLanguagePicker(context, place)} ${listButton ? renderListButton(context, place.locale) : nothing}
  </div>`;
}

function renderLanguagePicker(context: GuideContext, {languages, locale: reader}: Place): unknown {
  if (languages.length < 2) return nothing;
  return html`<div class="language">
      <label for="language">${msg('Language', {desc: "Label of the menu for choosing the guide's language."})}</label>
      <select
        id="language"
        @change=${(e: Event) => context.switchLanguage({chosenLocale: (e.target as HTMLSelectElement).value, showEnglish: false})}
      >
        ${languages.map(([code, {name}]) => html`<option value=${code} ${langDir(code)} ?selected=${code === reader}>${name}</option>`)}
      </select>
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
  const count = myList.count;
  const label =
    new Intl.PluralRules(locale).select(count) === 'one'
      ? msg(str`My list: ${count} question`, {
          desc: "Button that opens the reader's list, when it has one question (singular form).",
        })
      : msg(str`My list: ${count} questions`, {
          desc: "Button that opens the reader's list (plural form). ${count} is a number.",
        });
  return html`<button type="button" class="my-list-button" @click=${() => context.showList(true)}>${label}</button>`;
}
