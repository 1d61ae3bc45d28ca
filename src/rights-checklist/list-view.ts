import {msg, str} from '@lit/localize';
import {html, nothing, type TemplateResult} from 'lit';
import {langDir} from '../i18n/lang-dir.js';
import {heading} from '../content/heading.js';
import {renderText} from '../content/marked-text.js';
import type {ListGroup, ListItem} from '../my-list/list-model.js';
import {MAX_NOTE, myList} from '../my-list/my-list-store.js';
import {exportLabels} from './list-export.js';
import type {OwnQuestionsController} from './own-questions.js';

/** What the list view needs from its checklist. */
export interface ListViewHost {
  readonly locale: string;
  /** The list is in a draft translation. */
  readonly draft: boolean;
  readonly own: OwnQuestionsController;
  /** "Clear my list" is waiting for the reader to confirm. */
  readonly clearing: boolean;
  changed(message?: unknown): void;
  print(): void;
  copy(): void;
  download(): void;
  askClear(): void;
  cancelClear(): void;
  clear(): void;
}

/**
 * "My list": the questions in groups, each with "I asked this" and a note, then print, copy, download and clear.
 * The heading counts the questions shown: a saved one the guide no longer has is not counted.
 * `loading` is true while questions on the list are still loading.
 */
export function renderListView(
  host: ListViewHost,
  groups: ListGroup[],
  level: number,
  loading: boolean
): TemplateResult {
  const labels = exportLabels(host.locale, host.draft);
  const count = groups.reduce((sum, group) => sum + group.items.length, 0);
  let number = 0;
  return html`<section class="list" aria-labelledby="list-heading">
    ${heading(level, msg(str`My list (${count})`, {desc: "Heading of the reader's list, with the number of questions on it."}), {id: 'list-heading', className: 'screen-only'})}
    <div class="print-only print-header">
      ${labels.draft ? html`<p class="draft-line">${labels.draft.translated} <span lang="en" dir="ltr">${labels.draft.english}</span></p>` : nothing}
      ${heading(level, labels.heading)}
      <p>${labels.date}</p>
      <p>${labels.meetingWith}: ${myList.data.meetingWith || '_______________________________'}</p>
    </div>
    ${
      count === 0
        ? html`<p class="screen-only">
            ${
              loading
                ? msg('Loading the questions…', {desc: 'Shown for a moment while the list of questions loads.'})
                : msg('Your list is empty. Choose questions above, or add your own.', {
                    desc: 'Shown when the list has no questions yet.',
                  })
            }
          </p>`
        : html`<div class="meeting screen-only">
              <label for="meeting-with"
                >${msg('Meeting with (optional)', {desc: "Label of a box where the parent can write who the meeting is with (for example a social worker's name)."})}</label
              >
              <input
                id="meeting-with"
                type="text"
                maxlength="300"
                autocomplete="off"
                .value=${myList.data.meetingWith}
                @change=${(e: Event) => myList.setMeetingWith((e.target as HTMLInputElement).value)}
              />
            </div>
            ${groups.map((group) => {
              const start = number + 1;
              number += group.items.length;
              return html`${heading(level + 1, html`<span ${langDir(group.lang)}>${renderText(group.title)}</span>`)}
                <ol class="items" start=${start}>
                  ${group.items.map((item, i) => renderItem(host, item, i, group.items.length, group.lang))}
                </ol>`;
            })}
            ${renderActions(host)}`
    }
  </section>`;
}

function renderItem(
  host: ListViewHost,
  item: ListItem,
  position: number,
  total: number,
  lang?: string
): TemplateResult {
  const asked = myList.isAsked(item.id);
  const textId = `text-${item.id}`;
  const editing = host.own.editing === item.id;
  return html`<li class=${asked ? 'item asked' : 'item'} data-question-id=${item.id}>
    ${
      editing
        ? host.own.renderEditor(item)
        : html`<p class="question" id=${textId} ${langDir(lang)}>
            ${renderText(item.text)}${asked ? html` <span class="asked-mark">(${msg('asked', {desc: 'Short word after a question in the list that the parent has asked. Lower case in English.'})})</span>` : nothing}
          </p>`
    }
    <div class="item-controls screen-only">
      <span class="check">
        <input
          type="checkbox"
          id="asked-${item.id}"
          .checked=${asked}
          aria-describedby=${textId}
          @change=${(e: Event) => {
            myList.setAsked(item.id, (e.target as HTMLInputElement).checked);
            host.changed();
          }}
        /><label for="asked-${item.id}"
          >${msg('I asked this', {desc: 'Tick box label: the parent has asked this question in the meeting.'})}</label
        >
      </span>
      <label for="note-${item.id}"
        >${msg('Answer or note', {desc: 'Label of a box where a parent writes down the answer they were given in the meeting.'})}</label
      >
      <textarea
        id="note-${item.id}"
        aria-describedby=${textId}
        rows="2"
        maxlength=${MAX_NOTE}
        .value=${myList.data.notes[item.id] ?? ''}
        @change=${(e: Event) => myList.setNote(item.id, (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${item.own && !editing ? host.own.renderControls(item, position, total, textId) : nothing}
    </div>
    <p class="print-only note">${myList.data.notes[item.id] ?? ''}</p>
    <div class="print-only answer-space"></div>
  </li>`;
}

function renderActions(host: ListViewHost): TemplateResult {
  return html`<div class="actions screen-only">
      <button type="button" @click=${() => host.print()}>
        ${msg('Print', {desc: 'Button. Prints the list of questions on a clean page.'})}
      </button>
      <button type="button" @click=${() => host.copy()}>
        ${msg('Copy as text', {desc: 'Button. Copies the list of questions as plain text, to paste elsewhere.'})}
      </button>
      <button type="button" @click=${() => host.download()}>
        ${msg('Download as a text file', {desc: 'Button. Downloads the list of questions as a plain text file.'})}
      </button>
      <button type="button" class="clear" @click=${() => host.askClear()}>
        ${msg('Clear my list', {desc: 'Button. Starts removing every question and note from the list (a confirmation follows).'})}
      </button>
    </div>
    ${
      host.clearing
        ? html`<div
            class="confirm screen-only"
            role="group"
            aria-labelledby="confirm-text"
            @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && host.cancelClear()}
          >
            <p id="confirm-text">
              ${msg('This removes every question and note from your list. Are you sure?', {desc: 'Confirmation before clearing the whole list.'})}
            </p>
            <button type="button" class="confirm-clear" @click=${() => host.clear()}>
              ${msg('Yes, clear my list', {desc: 'Button. Confirms removing every question and note from the list.'})}
            </button>
            <button type="button" class="cancel-clear" @click=${() => host.cancelClear()}>
              ${msg('No, keep my list', {desc: 'Button. Cancels clearing the list.'})}
            </button>
          </div>`
        : nothing
    }`;
}
