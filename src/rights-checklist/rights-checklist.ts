import {msg, str} from '@lit/localize';
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {version} from 'virtual:build-info';
import {ChecklistController} from '../checklist/checklist-controller.js';
import {checklist, MAX_NOTE, MAX_OWN_QUESTION} from '../checklist/checklist-store.js';
import {groupList, listAsText, type ListGroup, type ListItem} from '../checklist/list-model.js';
import {printOnly} from '../checklist/print.js';
import {availableLocales, directionOf, loadLocaleIndex, loadQuestions, matchLocale} from '../content/content-store.js';
import {heading, headingLevelFrom} from '../content/heading.js';
import type {LocaleIndex, PlainQuestion, TopicSummary} from '../content/types.js';
import {formatDate, nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {AncestorLangController} from '../i18n/ancestor-lang-controller.js';
import {asPlainText, inLocale, loadInterfaceStrings} from '../i18n/strings.js';
import {renderExitBar} from '../quick-exit/exit-bar.js';
import {exitAddress, QuickExitController} from '../quick-exit/quick-exit.js';
import {warnOnce} from '../warn-once.js';
import {styles} from './rights-checklist.styles.js';

export interface ChecklistChangeDetail {
  /** How many questions are on the list. Never any text. */
  count: number;
}

/**
 * "What to ask your social worker": a list a parent builds before a meeting,
 * then prints, copies or downloads. It keeps nothing on the device unless the
 * reader chooses to.
 *
 * @summary A checklist of questions to take to a meeting with a social worker.
 *
 * @tagname rights-checklist
 *
 * @csspart base - The checklist's root, which carries its own `lang` and `dir`.
 *
 * @event frg-checklist-change - The reader's list changed. `detail` is `{count}` only, never any question text or note.
 */
export class RightsChecklist extends LitElement {
  static readonly version = version;
  static override styles = styles;
  // Declared here rather than with decorators: the same reactive properties, in fewer bytes.
  static override properties = {
    requestedLang: {attribute: 'lang'},
    topic: {},
    quickExit: {type: Boolean, attribute: 'quick-exit'},
    exitUrl: {attribute: 'exit-url'},
    headingLevel: {attribute: 'heading-level'},
    index: {state: true},
    questions: {state: true},
    openTopics: {state: true},
    locale: {state: true},
    failed: {state: true},
    ownError: {state: true},
    editing: {state: true},
    confirmingClear: {state: true},
    message: {state: true},
  };

  /** The language of the checklist, as for `<family-rights-guide>`: its own, then the nearest ancestor's, then English. */
  requestedLang?: string;

  /** The topic whose questions to offer, such as `child-protection-conference`. Without it, the reader chooses from all topics. */
  topic?: string;

  /** `1` to `6`: the level of the checklist's top heading. Default `2`. */
  headingLevel?: string;

  private index?: LocaleIndex;
  /** Each topic's questions, loaded when needed: for the topic attribute, picked questions and opened topics. */
  private questions = new Map<string, PlainQuestion[]>();
  /** Topics the reader has opened in the list of all topics. */
  private openTopics = new Set<string>();
  private loading = new Set<string>();
  private locale = SOURCE_LOCALE;
  private failed = false;
  private ownError = '';
  private editing?: string;
  private confirmingClear = false;
  private message = '';

  /** Quick exit, as for `<family-rights-guide>`: one exit hides every guide and checklist on the page and leaves once. */
  quickExit = false;

  /** Where quick exit goes, as for `<family-rights-guide>`. Default `https://www.bbc.co.uk/weather`. */
  exitUrl?: string;

  private readonly warned = new Set<string>();

  // Re-renders when the list changes.
  protected readonly listController = new ChecklistController(this);
  // Follows the page's language when the checklist has no lang of its own.
  protected readonly langController = new AncestorLangController(this, () => void this.loadIndex());
  protected readonly exitController = new QuickExitController(this, {
    enabled: () => this.quickExit,
    forget: () => {
      this.openTopics = new Set();
      this.message = '';
    },
    root: () => this.renderRoot.querySelector('.root'),
    address: () => this.exitAddress,
  });

  private get exitAddress(): string {
    return exitAddress(this.exitUrl, (message) => warnOnce(this.warned, message));
  }

  private loadNumber = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('requestedLang')) void this.loadIndex();
    else if (this.index) this.loadNeededQuestions(this.index);
  }

  /** Moves focus to the checklist's heading, once it has rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus();
  }

  private async loadIndex(): Promise<void> {
    const number = ++this.loadNumber;
    try {
      const locale = matchLocale(nearestLang(this) ?? SOURCE_LOCALE, await availableLocales(), SOURCE_LOCALE);
      const [index] = await Promise.all([loadLocaleIndex(locale), loadInterfaceStrings(locale)]);
      if (number !== this.loadNumber) return;
      this.locale = locale;
      this.index = index;
      this.questions = new Map();
      this.loading = new Set();
      this.failed = false;
    } catch (error) {
      if (number !== this.loadNumber) return;
      this.failed = true;
      console.warn('family-rights-guide: the checklist could not load.', error);
    }
  }

  /** Loads the questions of the topics on screen: the chosen topic, those with picked questions, and opened ones. */
  private loadNeededQuestions(index: LocaleIndex): void {
    const wanted = new Set([...checklist.pickedTopics(), ...this.openTopics, ...(this.topic ? [this.topic] : [])]);
    for (const summary of index.topics) {
      const {slug} = summary;
      if (!wanted.has(slug) || this.questions.has(slug) || this.loading.has(slug)) continue;
      this.loading.add(slug);
      loadQuestions(summary).then(
        (list) => {
          if (this.index !== index) return;
          this.questions = new Map(this.questions).set(slug, list);
        },
        (error) => {
          this.failed = true;
          console.warn('family-rights-guide: the checklist could not load.', error);
        }
      );
    }
  }

  /** Runs `build` with msg() answering in this checklist's language. */
  private t<T>(build: () => T): T {
    return inLocale(this.locale, build);
  }

  private get level(): number {
    return headingLevelFrom(this.headingLevel);
  }

  /** Tells the host page how long the list is, and nothing else. */
  private changed(message = ''): void {
    this.message = message;
    this.dispatchEvent(
      new CustomEvent<ChecklistChangeDetail>('frg-checklist-change', {
        bubbles: true,
        composed: true,
        detail: {count: checklist.count},
      })
    );
  }

  override render(): TemplateResult {
    return this.t(() => this.renderView());
  }

  private renderView(): TemplateResult {
    const index = this.index;
    return html`<div
      class="root"
      part="base"
      lang=${this.locale}
      dir=${directionOf(this.locale)}
      ?hidden=${this.exitController.exiting}
    >
      ${this.quickExit ? renderExitBar(this.exitController, this.exitAddress) : nothing}
      ${heading(this.level, msg('What to ask your social worker', {desc: 'Main heading of the checklist of questions to take to a meeting.'}), {focusable: true, className: 'view-heading'})}
      <p class="intro screen-only">
        ${msg('Pick the questions you want to ask, or write your own. Then print, copy or download your list.', {desc: 'Short introduction to the list of questions.'})}
      </p>
      ${
        this.failed
          ? html`<p class="problem" role="alert">
              ${msg('Sorry, the questions could not load. Please try again later.', {desc: 'Error message when the list of questions could not be loaded.'})}
            </p>`
          : !index
            ? html`<p>
                ${msg('Loading the questions…', {desc: 'Shown for a moment while the list of questions loads.'})}
              </p>`
            : html`${this.renderPicker(index)} ${this.renderOwnForm()}
              ${this.renderList(groupList(checklist.data, index.topics, this.questions, msg('My own questions', {desc: 'Heading above the questions the parent wrote themselves.'})))}
              ${this.renderKeep()}`
      }
      <div class="message screen-only" role="status">${this.message}</div>
    </div>`;
  }

  private renderPicker(index: LocaleIndex): TemplateResult {
    const one = index.topics.find((t) => t.slug === this.topic);
    return html`<section class="picker screen-only" aria-labelledby="picker-heading">
      ${heading(this.level + 1, msg('Choose questions', {desc: 'Heading above the questions a parent can tick to add to their list.'}), {id: 'picker-heading'})}
      ${
        one
          ? this.renderTopicQuestions(one)
          : index.topics.map((topic) => {
              const picked = checklist.data.picked.filter((p) => p.topic === topic.slug).length;
              return html`<details
                ?open=${this.openTopics.has(topic.slug)}
                @toggle=${(e: Event) => this.toggleTopic(topic.slug, (e.target as HTMLDetailsElement).open)}
              >
                <summary>
                  <span lang=${topic.lang ?? nothing}>${topic.title}</span>${
                    picked ? html` <span class="picked-count">(${pickedLabel(picked, this.locale)})</span>` : nothing
                  }
                </summary>
                ${this.openTopics.has(topic.slug) ? this.renderTopicQuestions(topic) : nothing}
              </details>`;
            })
      }
    </section>`;
  }

  private toggleTopic(slug: string, open: boolean): void {
    if (open === this.openTopics.has(slug)) return;
    const topics = new Set(this.openTopics);
    if (open) topics.add(slug);
    else topics.delete(slug);
    this.openTopics = topics;
  }

  private renderTopicQuestions(topic: TopicSummary): TemplateResult {
    const questions = this.questions.get(topic.slug);
    if (!questions) {
      return html`<p>
        ${msg('Loading the questions…', {desc: 'Shown for a moment while the list of questions loads.'})}
      </p>`;
    }
    return html`<ul class="choices" lang=${topic.lang ?? nothing} dir=${topic.lang ? directionOf(topic.lang) : nothing}>
      ${questions.map(
        (q) =>
          html`<li>
            <input
              type="checkbox"
              id="pick-${q.id}"
              .checked=${checklist.isPicked(q.id)}
              @change=${() => {
                checklist.togglePicked(topic.slug, q.id);
                this.changed();
              }}
            /><label for="pick-${q.id}">${q.text}</label>
          </li>`
      )}
    </ul>`;
  }

  private renderOwnForm(): TemplateResult {
    return html`<section class="own screen-only" aria-labelledby="own-heading">
      ${heading(this.level + 1, msg('Add your own question', {desc: 'Heading above the box where a parent types a question of their own.'}), {id: 'own-heading'})}
      <form novalidate @submit=${this.addOwn}>
        <label for="own-input"
          >${msg('Your question', {desc: 'Label of the box where the parent types their own question.'})}</label
        >
        <p class="hint" id="own-hint">
          ${msg(str`Up to ${MAX_OWN_QUESTION} characters.`, {desc: "Hint under the box for the parent's own question. The placeholder is a number."})}
        </p>
        ${this.ownError ? html`<p class="field-error" id="own-error">${this.ownError}</p>` : nothing}
        <textarea
          id="own-input"
          rows="2"
          maxlength=${MAX_OWN_QUESTION}
          aria-describedby=${this.ownError ? 'own-hint own-error' : 'own-hint'}
          aria-invalid=${this.ownError ? 'true' : 'false'}
        ></textarea>
        <button type="submit">
          ${msg('Add to my list', {desc: "Button. Adds a question to the reader's list of questions to ask their social worker."})}
        </button>
      </form>
    </section>`;
  }

  private addOwn(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>('#own-input')!;
    const error = this.t(() => ownQuestionError(input.value));
    this.ownError = error;
    if (error) {
      input.focus();
      return;
    }
    checklist.addOwn(input.value);
    input.value = '';
    this.changed(
      this.t(() =>
        msg('Your question is on your list.', {desc: 'Short message after the parent added their own question.'})
      )
    );
  }

  private renderList(groups: ListGroup[]): TemplateResult {
    let number = 0;
    return html`<section class="list" aria-labelledby="list-heading">
      ${heading(this.level + 1, msg(str`My list (${checklist.count})`, {desc: "Heading of the reader's list, with the number of questions on it."}), {id: 'list-heading', className: 'screen-only'})}
      <div class="print-only print-header">
        ${heading(this.level + 1, msg('Questions for my meeting', {desc: 'Heading of the printed, copied or downloaded list of questions.'}))}
        <p>
          ${msg('Date', {desc: "Label before today's date at the top of the printed list."})}:
          ${formatDate(this.locale, new Date())}
        </p>
        <p>
          ${msg('Meeting with', {desc: 'In the printed or copied list: label before the name of the person the meeting is with.'})}:
          ${checklist.data.meetingWith || '_______________________________'}
        </p>
      </div>
      ${
        checklist.count === 0
          ? html`<p class="screen-only">
              ${msg('Your list is empty. Choose questions above, or add your own.', {desc: 'Shown when the list has no questions yet.'})}
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
                  .value=${checklist.data.meetingWith}
                  @change=${(e: Event) => checklist.setMeetingWith((e.target as HTMLInputElement).value)}
                />
              </div>
              ${groups.map(
                (group) =>
                  html`${heading(this.level + 2, html`<span lang=${group.lang ?? nothing}>${group.title}</span>`)}
                    <ol class="items" start=${number + 1}>
                      ${group.items.map((item, i) => {
                        number++;
                        return this.renderItem(item, i, group.items.length, group.lang);
                      })}
                    </ol>`
              )}
              ${this.renderActions()}`
      }
    </section>`;
  }

  private renderItem(item: ListItem, index: number, total: number, lang?: string): TemplateResult {
    const asked = checklist.isAsked(item.id);
    const textId = `text-${item.id}`;
    return html`<li class=${asked ? 'item asked' : 'item'} data-question-id=${item.id}>
      ${
        this.editing === item.id
          ? this.renderEditor(item)
          : html`<p class="question" id=${textId} lang=${lang ?? nothing}>
              ${item.text}${asked ? html` <span class="asked-mark">(${msg('asked', {desc: 'Short word after a question in the list that the parent has asked. Lower case in English.'})})</span>` : nothing}
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
              checklist.setAsked(item.id, (e.target as HTMLInputElement).checked);
              this.changed();
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
          rows="2"
          maxlength=${MAX_NOTE}
          .value=${checklist.data.notes[item.id] ?? ''}
          @change=${(e: Event) => checklist.setNote(item.id, (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${
          item.own && this.editing !== item.id
            ? html`<div class="own-controls">
                <button type="button" class="edit" aria-describedby=${textId} @click=${() => this.startEdit(item.id)}>
                  ${msg('Edit', {desc: "Button. Changes the wording of one of the parent's own questions."})}
                </button>
                <button type="button" class="delete" aria-describedby=${textId} @click=${() => this.deleteOwn(item.id)}>
                  ${msg('Delete', {desc: "Button. Deletes one of the parent's own questions."})}
                </button>
                ${
                  index > 0
                    ? html`<button
                        type="button"
                        class="move-up"
                        aria-describedby=${textId}
                        @click=${() => this.move(item.id, -1)}
                      >
                        ${msg('Move up', {desc: "Button. Moves one of the parent's own questions one place up the list."})}
                      </button>`
                    : nothing
                }
                ${
                  index < total - 1
                    ? html`<button
                        type="button"
                        class="move-down"
                        aria-describedby=${textId}
                        @click=${() => this.move(item.id, 1)}
                      >
                        ${msg('Move down', {desc: "Button. Moves one of the parent's own questions one place down the list."})}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
      </div>
      <p class="print-only note">${checklist.data.notes[item.id] ?? ''}</p>
      <div class="print-only answer-space"></div>
    </li>`;
  }

  private renderEditor(item: ListItem): TemplateResult {
    return html`<form
      class="editor"
      novalidate
      @submit=${(e: SubmitEvent) => this.saveEdit(e, item.id)}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.stopEdit(item.id)}
    >
      <label for="edit-${item.id}"
        >${msg('Edit your question', {desc: "Label of the box used to change one of the parent's own questions."})}</label
      >
      ${this.ownError ? html`<p class="field-error" id="edit-error">${this.ownError}</p>` : nothing}
      <textarea
        id="edit-${item.id}"
        rows="2"
        maxlength=${MAX_OWN_QUESTION}
        aria-describedby=${this.ownError ? 'edit-error' : nothing}
        aria-invalid=${this.ownError ? 'true' : 'false'}
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

  private async startEdit(id: string): Promise<void> {
    this.ownError = '';
    this.editing = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>(`#edit-${id}`)?.focus();
  }

  private saveEdit(event: SubmitEvent, id: string): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLTextAreaElement>(`#edit-${id}`)!;
    this.ownError = this.t(() => ownQuestionError(input.value));
    if (this.ownError) {
      input.focus();
      return;
    }
    checklist.editOwn(id, input.value);
    void this.stopEdit(
      id,
      this.t(() =>
        msg('Your question is changed.', {desc: 'Short message after the parent saved a change to their own question.'})
      )
    );
  }

  private async stopEdit(id: string, message = ''): Promise<void> {
    this.editing = undefined;
    this.ownError = '';
    this.changed(message);
    await this.updateComplete;
    this.focusInItem(id, '.edit');
  }

  private async deleteOwn(id: string): Promise<void> {
    checklist.deleteOwn(id);
    this.changed(
      this.t(() =>
        msg('Your question is deleted.', {desc: 'Short message after the parent deleted one of their own questions.'})
      )
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#own-input')?.focus();
  }

  private async move(id: string, by: -1 | 1): Promise<void> {
    checklist.moveOwn(id, by);
    this.changed(
      this.t(() =>
        by < 0
          ? msg('Moved up.', {desc: 'Short message after a question was moved one place up.'})
          : msg('Moved down.', {desc: 'Short message after a question was moved one place down.'})
      )
    );
    await this.updateComplete;
    // Keep focus on the same button of the moved question, or its other move button at the ends.
    this.focusInItem(id, by < 0 ? '.move-up' : '.move-down', by < 0 ? '.move-down' : '.move-up');
  }

  private focusInItem(id: string, ...selectors: string[]): void {
    const item = this.renderRoot.querySelector(`[data-question-id="${id}"]`);
    for (const selector of selectors) {
      const target = item?.querySelector<HTMLElement>(selector);
      if (target) return target.focus();
    }
  }

  private renderActions(): TemplateResult {
    return html`<div class="actions screen-only">
        <button type="button" @click=${this.print}>
          ${msg('Print', {desc: 'Button. Prints the list of questions on a clean page.'})}
        </button>
        <button type="button" @click=${this.copy}>
          ${msg('Copy as text', {desc: 'Button. Copies the list of questions as plain text, to paste elsewhere.'})}
        </button>
        <button type="button" @click=${this.download}>
          ${msg('Download as a text file', {desc: 'Button. Downloads the list of questions as a plain text file.'})}
        </button>
        <button type="button" class="clear" @click=${this.askClear}>
          ${msg('Clear my list', {desc: 'Button. Starts removing every question and note from the list (a confirmation follows).'})}
        </button>
      </div>
      ${
        this.confirmingClear
          ? html`<div class="confirm screen-only" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text">
                ${msg('This removes every question and note from your list. Are you sure?', {desc: 'Confirmation before clearing the whole list.'})}
              </p>
              <button type="button" class="confirm-clear" @click=${this.clear}>
                ${msg('Yes, clear my list', {desc: 'Button. Confirms removing every question and note from the list.'})}
              </button>
              <button type="button" class="cancel-clear" @click=${this.cancelClear}>
                ${msg('No, keep my list', {desc: 'Button. Cancels clearing the list.'})}
              </button>
            </div>`
          : nothing
      }`;
  }

  private asText(): string {
    return this.t(() => asPlainText(() => this.buildText()));
  }

  private buildText(): string {
    return listAsText(
      groupList(
        checklist.data,
        this.index!.topics,
        this.questions,
        msg('My own questions', {desc: 'Heading above the questions the parent wrote themselves.'})
      ),
      checklist.data,
      {
        heading: msg('Questions for my meeting', {
          desc: 'Heading of the printed, copied or downloaded list of questions.',
        }),
        date: `${msg('Date', {desc: "Label before today's date at the top of the printed list."})}: ${formatDate(this.locale, new Date())}`,
        meetingWith: msg('Meeting with', {
          desc: 'In the printed or copied list: label before the name of the person the meeting is with.',
        }),
        asked: msg('asked', {
          desc: 'Short word after a question in the list that the parent has asked. Lower case in English.',
        }),
        answer: msg('Answer', {
          desc: 'In the printed or copied list: the word before the written answer to a question.',
        }),
      }
    );
  }

  private print(): void {
    printOnly(this.printRoot());
  }

  /** The outermost of our elements around this one, so that a list inside the guide prints as one page. */
  private printRoot(): Element {
    const host = (this.getRootNode() as ShadowRoot).host;
    return host?.localName === 'family-rights-guide' ? host : this;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.asText());
      this.message = this.t(() =>
        msg('Your list is copied. You can paste it into a message or a note.', {
          desc: 'Short message after the list was copied.',
        })
      );
    } catch {
      this.message = this.t(() =>
        msg('Sorry, your list could not be copied. Try downloading it instead.', {
          desc: 'Message when copying the list failed.',
        })
      );
    }
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.asText()], {type: 'text/plain;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    const name = this.t(() =>
      asPlainText(() =>
        msg('questions-for-my-meeting', {
          desc: 'File name (without the date and .txt) of the downloaded list. Use lowercase letters and hyphens, no spaces.',
        })
      )
    );
    link.download = `${name}-${new Date().toISOString().slice(0, 10)}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    this.message = this.t(() =>
      msg('Your list is downloading as a text file.', {desc: 'Short message when the download starts.'})
    );
  }

  private async askClear(): Promise<void> {
    this.confirmingClear = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.cancel-clear')?.focus();
  }

  private async cancelClear(): Promise<void> {
    this.confirmingClear = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.clear')?.focus();
  }

  private async clear(): Promise<void> {
    this.confirmingClear = false;
    checklist.clear();
    this.changed(this.t(() => msg('Your list is cleared.', {desc: 'Short message after the list was cleared.'})));
    await this.focusHeading();
  }

  private renderKeep(): TemplateResult {
    return html`<section class="keep screen-only" aria-labelledby="keep-heading">
      ${heading(this.level + 1, msg('Keeping your list', {desc: 'Heading of the part that explains saving the list on this device.'}), {id: 'keep-heading'})}
      <p id="keep-hint">
        ${msg('Your list is only kept until you close this page. If you keep it on this device, anyone who uses this device could see it.', {desc: 'Explains the privacy choice before the "Keep my list on this device" tick box. Keep the warning clear.'})}
      </p>
      <span class="check">
        <input
          type="checkbox"
          id="keep"
          aria-describedby="keep-hint"
          .checked=${checklist.keep}
          @change=${(e: Event) => {
            checklist.setKeep((e.target as HTMLInputElement).checked);
            this.changed();
          }}
        /><label for="keep"
          >${msg('Keep my list on this device', {desc: 'Tick box label. Opt-in to save the list in this browser. Anyone using the device could see it.'})}</label
        >
      </span>
      ${
        checklist.problem
          ? html`<p class="problem" role="alert">
              ${
                checklist.problem === 'save-failed'
                  ? msg('We could not save on this device. Your list is still here until you close this page.', {
                      desc: 'Calm message when saving on the device failed (storage blocked or full). Nothing is lost yet.',
                    })
                  : msg(
                      'A list saved on this device could not be read, so it is not shown. Your list here still works.',
                      {desc: 'Calm message when a list saved earlier is damaged or from an older version.'}
                    )
              }
            </p>`
          : nothing
      }
      ${
        checklist.saved
          ? html`<button
              type="button"
              class="delete-saved"
              @click=${() => {
                checklist.deleteSaved();
                this.changed(
                  this.t(() =>
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
}

function ownQuestionError(text: string): string {
  if (!text.trim())
    return msg('Type a question first. It cannot be empty.', {
      desc: 'Error message when the parent tries to add an empty question.',
    });
  if (text.trim().length > MAX_OWN_QUESTION)
    return msg(str`Your question is too long. Use ${MAX_OWN_QUESTION} characters or fewer.`, {
      desc: "Error message when the parent's own question is too long. The placeholder is a number.",
    });
  return '';
}

/** "1 picked", "3 picked": a separate message for each plural form. */
function pickedLabel(count: number, locale: string): string {
  return new Intl.PluralRules(locale).select(count) === 'one'
    ? msg(str`${count} question picked`, {
        desc: 'After a topic name: how many of its questions are on the list, when the number is one (singular form).',
      })
    : msg(str`${count} questions picked`, {
        desc: 'After a topic name: how many of its questions are on the list (plural form). ${count} is a number.',
      });
}

declare global {
  interface HTMLElementTagNameMap {
    'rights-checklist': RightsChecklist;
  }
  interface HTMLElementEventMap {
    'frg-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
