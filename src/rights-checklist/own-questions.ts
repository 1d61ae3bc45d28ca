import {msg, str} from '@lit/localize';
import {html, nothing, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {heading} from '../content/heading.js';
import type {ListItem} from '../my-list/list-model.js';
import {MAX_OWN_QUESTION, myList} from '../my-list/my-list-store.js';

/** What the own-questions part needs from its checklist. */
export interface OwnQuestionsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Runs `build` with msg() answering in the checklist's language. */
  t<T>(build: () => T): T;
  /** The list changed: tell the page, and announce `message`. */
  changed(message?: unknown): void;
}

/**
 * The reader's own questions: the form to add one, and editing, deleting and
 * moving them in the list. Adding and editing each have their own error, so
 * a mistake in one never shows under the other.
 */
export class OwnQuestionsController {
  addError = '';
  editError = '';
  /** The id of the question being edited. */
  editing?: string;

  constructor(private readonly host: OwnQuestionsHost) {}

  /** Quick exit: nothing of what the reader typed stays. */
  forget(): void {
    this.addError = '';
    this.editError = '';
    this.editing = undefined;
  }

  renderForm(level: number): TemplateResult {
    const error = this.addError;
    return html`<section class="own screen-only" aria-labelledby="own-heading">
      ${heading(level, msg('Add your own question', {desc: 'Heading above the box where a parent types a question of their own.'}), {id: 'own-heading'})}
      <form novalidate @submit=${this.add}>
        <label for="own-input"
          >${msg('Your question', {desc: 'Label of the box where the parent types their own question.'})}</label
        >
        <p class="hint" id="own-hint">
          ${msg(str`Up to ${MAX_OWN_QUESTION} characters.`, {desc: "Hint under the box for the parent's own question. The placeholder is a number."})}
        </p>
        ${error ? html`<p class="field-error" id="own-error">${error}</p>` : nothing}
        <textarea
          id="own-input"
          rows="2"
          maxlength=${MAX_OWN_QUESTION}
          aria-describedby=${error ? 'own-hint own-error' : 'own-hint'}
          aria-invalid=${error ? 'true' : 'false'}
        ></textarea>
        <button type="submit">
          ${msg('Add to my list', {desc: "Button. Adds a question to the reader's list of questions to ask their social worker."})}
        </button>
      </form>
    </section>`;
  }

  renderEditor(item: ListItem): TemplateResult {
    const error = this.editError;
    return html`<form
      class="editor"
      novalidate
      @submit=${(e: SubmitEvent) => this.save(e, item.id)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.stopEdit(item.id)}
    >
      <label for="edit-${item.id}"
        >${msg('Edit your question', {desc: "Label of the box used to change one of the parent's own questions."})}</label
      >
      ${error ? html`<p class="field-error" id="edit-error">${error}</p>` : nothing}
      <textarea
        id="edit-${item.id}"
        rows="2"
        maxlength=${MAX_OWN_QUESTION}
        aria-describedby=${error ? 'edit-error' : nothing}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${item.text}
      ></textarea>
      <button type="submit">
        ${msg('Save', {desc: "Button. Saves the change to one of the parent's own questions."})}
      </button>
      <button type="button" @click=${() => this.stopEdit(item.id)}>
        ${msg('Cancel', {desc: 'Button. Stops editing a question without saving the change.'})}
      </button>
    </form>`;
  }

  /** Edit, delete and move buttons for one of the reader's own questions. */
  renderControls(item: ListItem, position: number, total: number, textId: string): TemplateResult {
    const button = (className: string, label: string, action: () => void) =>
      html`<button type="button" class=${className} aria-describedby=${textId} @click=${action}>${label}</button>`;
    return html`<div class="own-controls">
      ${button('edit', msg('Edit', {desc: "Button. Changes the wording of one of the parent's own questions."}), () => this.startEdit(item.id))}
      ${button('delete', msg('Delete', {desc: "Button. Deletes one of the parent's own questions."}), () => this.delete(item.id))}
      ${position > 0 ? button('move-up', msg('Move up', {desc: "Button. Moves one of the parent's own questions one place up the list."}), () => this.move(item.id, -1)) : nothing}
      ${position < total - 1 ? button('move-down', msg('Move down', {desc: "Button. Moves one of the parent's own questions one place down the list."}), () => this.move(item.id, 1)) : nothing}
    </div>`;
  }

  private readonly add = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = this.find<HTMLTextAreaElement>('#own-input')!;
    this.addError = this.host.t(() => ownQuestionError(input.value));
    this.host.requestUpdate();
    if (this.addError) {
      input.focus();
      return;
    }
    myList.addOwn(input.value);
    input.value = '';
    this.host.changed(
      this.host.t(() =>
        msg('Your question is on your list.', {desc: 'Short message after the parent added their own question.'})
      )
    );
  };

  private async startEdit(id: string): Promise<void> {
    this.editError = '';
    this.editing = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.find<HTMLTextAreaElement>(`#edit-${id}`)?.focus();
  }

  private save(event: SubmitEvent, id: string): void {
    event.preventDefault();
    const input = this.find<HTMLTextAreaElement>(`#edit-${id}`)!;
    this.editError = this.host.t(() => ownQuestionError(input.value));
    this.host.requestUpdate();
    if (this.editError) {
      input.focus();
      return;
    }
    myList.editOwn(id, input.value);
    void this.stopEdit(
      id,
      this.host.t(() =>
        msg('Your question is changed.', {desc: 'Short message after the parent saved a change to their own question.'})
      )
    );
  }

  private async stopEdit(id: string, message = ''): Promise<void> {
    this.editing = undefined;
    this.editError = '';
    this.host.changed(message);
    await this.host.updateComplete;
    this.focusInItem(id, '.edit');
  }

  private async delete(id: string): Promise<void> {
    myList.deleteOwn(id);
    this.host.changed(
      this.host.t(() =>
        msg('Your question is deleted.', {desc: 'Short message after the parent deleted one of their own questions.'})
      )
    );
    await this.host.updateComplete;
    this.find<HTMLElement>('#own-input')?.focus();
  }

  private async move(id: string, by: -1 | 1): Promise<void> {
    myList.moveOwn(id, by);
    this.host.changed(
      this.host.t(() =>
        by < 0
          ? msg('Moved up.', {desc: 'Short message after a question was moved one place up.'})
          : msg('Moved down.', {desc: 'Short message after a question was moved one place down.'})
      )
    );
    await this.host.updateComplete;
    // Keep focus on the same button of the moved question, or its other move button at the ends.
    this.focusInItem(id, by < 0 ? '.move-up' : '.move-down', by < 0 ? '.move-down' : '.move-up');
  }

  private focusInItem(id: string, ...selectors: string[]): void {
    const item = this.find(`[data-question-id="${id}"]`);
    for (const selector of selectors) {
      const target = item?.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  private find<E extends Element = Element>(selector: string): E | null {
    return this.host.renderRoot.querySelector<E>(selector);
  }
}

function ownQuestionError(text: string): string {
  if (!text.trim())
    return msg('Type a question first. It cannot be empty.', {
      desc: 'Error message when the parent tries to add an empty question.',
    });
  if (text.trim().length > MAX_OWN_QUESTION) {
    return msg(str`Your question is too long. Use ${MAX_OWN_QUESTION} characters or fewer.`, {
      desc: "Error message when the parent's own question is too long. The placeholder is a number.",
    });
  }
  return '';
}
