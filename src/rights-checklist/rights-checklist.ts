import {msg} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {hasDraftText} from '../content/draft.js';
import {heading} from '../content/heading.js';
import {AncestorLangController} from '../i18n/ancestor-lang-controller.js';
import {langDir} from '../i18n/lang-dir.js';
import {SOURCE_LOCALE} from '../i18n/locale.js';
import {asPlainText, inLocale} from '../i18n/strings.js';
import {baseStyles} from '../styles/base.styles.js';
import {adoptViewStyles} from '../styles/view-styles.js';
import {groupList} from '../my-list/list-model.js';
import {MyListController} from '../my-list/my-list-controller.js';
import {myList} from '../my-list/my-list-store.js';
import {keepFocusClearOfExitBar, renderExitBar} from '../quick-exit/exit-bar.js';
import {QuickExitController} from '../quick-exit/quick-exit.js';
import {FrgElement} from '../shared/frg-element.js';
import {renderLoadProblem} from '../shared/load-problem.js';
import {draftMessage, renderShowEnglish} from '../shared/translation-notes.js';
import {renderKeepSection} from './keep-section.js';
import {copyText, downloadText, exportText, printList} from './list-export.js';
import {renderListView, type ListViewHost} from './list-view.js';
import {OwnQuestionsController, type OwnQuestionsHost} from './own-questions.js';
import {renderPicker, type PickerHost} from './question-picker.js';
import {QuestionsLoader} from './questions-loader.js';

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
 * @event {CustomEvent<ChecklistChangeDetail>} frg-checklist-change - The reader's list changed. `detail` is `{count}` only, never any question text or note.
 */
export class RightsChecklist extends FrgElement implements PickerHost, ListViewHost, OwnQuestionsHost {
  static override styles = baseStyles;
  static override properties = {
    topic: {},
    openTopics: {state: true},
    confirmingClear: {state: true},
    message: {state: true},
    showEnglish: {state: true},
  };

  /**
   * The topic whose questions to offer, such as `child-protection-conference`. Without it, or with an unknown slug
   * (which gets a console warning), the reader chooses from all topics.
   */
  topic?: string;

  /** Topics the reader has opened in the list of all topics. */
  private openTopics = new Set<string>();
  /** "Clear my list" is waiting for the reader to confirm. */
  private confirmingClear = false;
  /** The last change, announced politely. */
  private message: unknown = '';
  /** "Show in English": the same list, in English. */
  private showEnglish = false;
  // Re-renders when the list changes.
  protected readonly listController = new MyListController(this);
  // Follows the page's language when the checklist has no lang of its own.
  protected readonly langController = new AncestorLangController(
    this,
    () => void this.loader.loadIndex(this.showEnglish)
  );
  protected readonly loader = new QuestionsLoader(this, (message) => this.warn(message));
  readonly own = new OwnQuestionsController(this);
  protected readonly exitController = new QuickExitController(this, {
    enabled: () => this.quickExit,
    forget: () => {
      this.openTopics = new Set();
      this.confirmingClear = false;
      this.message = '';
      this.own.forget();
    },
    root: () => this.renderRoot.querySelector('.root'),
    address: () => this.exitAddress,
  });

  /** The topic last checked against the index, so a missing one warns once. */
  private checkedTopic?: string;
  /**
   * Opened with questions already on the list and every topic to choose from,
   * as "My list" in the guide: the reader's list comes before the topics.
   * Decided once, so that ticking a question never moves the page.
   */
  private listFirst = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.listFirst = !this.topic && myList.count > 0;
  }

  get locale(): string {
    return this.loader.locale;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    adoptViewStyles(this, 'checklist');
    // Each topic is checked once the index is there, whether it was set before the index loaded or after.
    const {index} = this.loader;
    if (index && this.topic !== this.checkedTopic) {
      this.checkedTopic = this.topic;
      if (this.topic && !index.topics.some((t) => t.slug === this.topic)) {
        this.warn(`there is no topic "${this.topic}", so the questions of every topic are offered.`);
      }
    }
    if (!this.hasUpdated || changed.has('requestedLang')) void this.loader.loadIndex(this.showEnglish);
    else
      this.loader.loadQuestionsOf(
        new Set([...myList.pickedTopics(), ...this.openTopics, ...(this.topic ? [this.topic] : [])])
      );
  }

  /** Moves focus to the checklist's heading, once it has rendered. */
  async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus();
  }

  /** Runs `build` with msg() answering in this checklist's language. */
  t<T>(build: () => T): T {
    return inLocale(this.locale, build);
  }

  /** @internal */
  get clearing(): boolean {
    return this.confirmingClear;
  }

  /** @internal */
  isOpen(slug: string): boolean {
    return this.openTopics.has(slug);
  }

  /** @internal */
  questionsOf(slug: string) {
    return this.loader.questions.get(slug);
  }

  toggleTopic(slug: string, open: boolean): void {
    if (open === this.openTopics.has(slug)) return;
    const topics = new Set(this.openTopics);
    if (open) topics.add(slug);
    else topics.delete(slug);
    this.openTopics = topics;
  }

  /** Tells the host page how long the list is, and nothing else, and announces `message`. */
  changed(message: unknown = ''): void {
    this.message = message;
    this.emit('frg-checklist-change', {count: myList.count});
  }

  override render(): TemplateResult {
    return this.t(() => this.renderView());
  }

  private renderView(): TemplateResult {
    const {index, failed, slow} = this.loader;
    return html`<div
      class="root"
      part="base"
      ${langDir(this.locale)}
      ?hidden=${this.exitController.exiting}
      @focusin=${keepFocusClearOfExitBar}
    >
      ${this.quickExit ? renderExitBar(this.exitController, this.exitAddress) : nothing}
      ${heading(this.level, msg('What to ask your social worker', {desc: 'Main heading of the checklist of questions to take to a meeting.'}), {focusable: true, className: 'view-heading'})}
      ${
        // The introduction comes with the questions: only the heading and the loading and failed messages are in the entry.
        index
          ? html`<p class="intro screen-only">
                ${msg('Pick the questions you want to ask, or write your own. Then print, copy or download your list.', {desc: 'Short introduction to the list of questions.'})}
              </p>
              ${this.renderTranslationNote()}`
          : nothing
      }
      ${failed || slow ? this.renderProblem(failed) : nothing}
      ${
        !index
          ? failed
            ? nothing
            : html`<p>
                ${msg('Loading the questions…', {desc: 'Shown for a moment while the list of questions loads.'})}
              </p>`
          : html`${this.listFirst ? nothing : renderPicker(this, index, this.level + 1)}
            ${this.own.renderForm(this.level + 1)}
            ${renderListView(this, this.groups(), this.level + 1, this.loader.busy)}
            ${this.listFirst ? renderPicker(this, index, this.level + 1) : nothing}
            ${renderKeepSection(
              this.level + 1,
              (message) => this.changed(message),
              (build) => this.t(build)
            )}`
      }
      <div class="message screen-only" role="status">${this.message}</div>
    </div>`;
  }

  /** The list's words are a draft translation. */
  get draft(): boolean {
    return Boolean(this.loader.index && hasDraftText(this.loader.index));
  }

  /**
   * In a translated language: that it is a draft, when it is, and "Show in
   * English", which shows the same list in English and, pressed again, back.
   */
  private renderTranslationNote(): unknown {
    const reader = this.loader.readerLocale;
    if (reader === SOURCE_LOCALE) return nothing;
    return html`<p class=${this.draft ? 'draft-notice screen-only' : 'screen-only'}>
      ${this.draft ? draftMessage() : nothing}
      ${renderShowEnglish(reader, this.showEnglish, () => void this.loader.loadIndex((this.showEnglish = !this.showEnglish)))}
    </p>`;
  }

  /** Loading failed, or is slow: a calm alert and a way to try again. */
  private renderProblem(failed: boolean): TemplateResult {
    return renderLoadProblem({
      failed,
      failedMessage: msg('Sorry, the questions could not load.', {
        desc: 'Error message when the list of questions could not be loaded.',
      }),
      retry: () => void this.loader.retry(),
    });
  }

  /** The reader's list, grouped by topic in the guide's order, then their own questions. */
  private groups() {
    const ownTitle = msg('My own questions', {desc: 'Heading above the questions the parent wrote themselves.'});
    return groupList(
      myList.data,
      this.loader.index?.topics ?? [],
      this.loader.questions,
      asPlainText(() => ownTitle)
    );
  }

  private text(): string {
    return this.t(() => exportText(this.groups(), myList.data, this.locale, this.draft));
  }

  print(): void {
    printList(this);
  }

  async copy(): Promise<void> {
    const copied = await copyText(this.text());
    this.message = this.t(() =>
      copied
        ? msg('Your list is copied. You can paste it into a message or a note.', {
            desc: 'Short message after the list was copied.',
          })
        : msg('Sorry, your list could not be copied. Try downloading it instead.', {
            desc: 'Message when copying the list failed.',
          })
    );
  }

  download(): void {
    const name = this.t(() =>
      asPlainText(() =>
        msg('questions-for-my-meeting', {
          desc: 'File name (without the date and .txt) of the downloaded list. Use lowercase letters and hyphens, no spaces.',
        })
      )
    );
    downloadText(this.text(), name);
    this.message = this.t(() =>
      msg('Your list is downloading as a text file.', {desc: 'Short message when the download starts.'})
    );
  }

  async askClear(): Promise<void> {
    this.confirmingClear = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.cancel-clear')?.focus();
  }

  async cancelClear(): Promise<void> {
    this.confirmingClear = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.clear')?.focus();
  }

  async clear(): Promise<void> {
    this.confirmingClear = false;
    myList.clear();
    this.changed(this.t(() => msg('Your list is cleared.', {desc: 'Short message after the list was cleared.'})));
    await this.focusHeading();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rights-checklist': RightsChecklist;
  }
  interface HTMLElementEventMap {
    'frg-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
