import {msg} from '@lit/localize';
import {today} from '../i18n/locale.js';
import {SOURCE_LOCALE} from '../i18n/locale.js';
import {asPlainText, inLocale} from '../i18n/strings.js';
import {listAsText, type ListGroup, type TextLabels} from '../my-list/list-model.js';
import type {ChecklistData} from '../my-list/my-list-store.js';
import {printOnly} from '../my-list/print.js';

/**
 * The words of an exported list, the same on paper and in text: one source
 * for print, copy and download. Call inside the list's locale. A list in a
 * draft translation starts by saying so, in its language and in English,
 * because a printed page travels without the notice on screen.
 */
export function exportLabels(locale: string, draft: boolean): TextLabels {
  const draftLine = () =>
    msg(
      'This list is translated, and no qualified translator has checked it yet. Ask for an interpreter if anything is unclear.',
      {
        desc: 'First line of a printed, copied or downloaded list in a draft translation. Must stay honest: the translation has NOT been checked.',
      }
    );
  return asPlainText(() => ({
    ...(draft && {draft: {translated: draftLine(), english: inLocale(SOURCE_LOCALE, draftLine)}}),
    heading: msg('Questions for my meeting', {desc: 'Heading of the printed, copied or downloaded list of questions.'}),
    date: `${msg('Date', {desc: "Label before today's date at the top of the printed list."})}: ${today(locale)}`,
    meetingWith: msg('Meeting with', {
      desc: 'In the printed or copied list: label before the name of the person the meeting is with.',
    }),
    asked: msg('asked', {
      desc: 'Short word after a question in the list that the parent has asked. Lower case in English.',
    }),
    answer: msg('Answer', {desc: 'In the printed or copied list: the word before the written answer to a question.'}),
  }));
}

/** The list as plain text, with the same labels as the printed list. */
export function exportText(groups: ListGroup[], data: ChecklistData, locale: string, draft: boolean): string {
  return listAsText(groups, data, exportLabels(locale, draft));
}

/**
 * Prints the list on a clean page. From inside the guide, the guide is what
 * prints, so that the list is one page with nothing else taking space.
 */
export function printList(element: Element): void {
  const host = (element.getRootNode() as ShadowRoot).host;
  printOnly(host?.localName === 'family-rights-guide' ? host : element);
}

/** Copies the text; resolves false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads the text as a dated .txt file; nothing is sent anywhere. */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: 'text/plain;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}-${new Date().toISOString().slice(0, 10)}.txt`;
  link.click();
  // Free the memory once the browser has surely read the file.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
