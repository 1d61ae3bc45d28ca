import {msg, str} from '@lit/localize';
import {html, type TemplateResult} from 'lit';
import {myList} from './my-list-store.js';

/** "My list: 3 questions", in the locale that is rendering. */
export function myListCount(locale: string): string | TemplateResult {
  const count = myList.count;
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`My list: ${count} question`, {
        desc: "Button that opens the reader's list, when it has one question (singular form).",
      })
    : msg(str`My list: ${count} questions`, {
        desc: "Button that opens the reader's list (plural form). ${count} is a number.",
      });
}

/** Said after a question is added or taken off: "Added to your list. My list: 3 questions." */
export function listChangeMessage(added: boolean, locale: string): TemplateResult {
  return html`${
    added
      ? msg('Added to your list.', {desc: 'Read out by screen readers after the reader adds a question to their list.'})
      : msg('Removed from your list.', {
          desc: 'Read out by screen readers after the reader takes a question off their list.',
        })
  }
  ${myListCount(locale)}`;
}
