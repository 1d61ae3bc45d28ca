import {msg, str} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {langDir} from '../i18n/lang-dir.js';
import {MyListController} from '../my-list/my-list-controller.js';
import {myList} from '../my-list/my-list-store.js';
import {heading} from '../content/heading.js';
import {renderExitBar} from '../quick-exit/exit-bar.js';
import {QuickExitController} from '../quick-exit/quick-exit.js';
import {FrgElement} from '../shared/frg-element.js';
import {renderLoadProblem} from '../shared/load-problem.js';
import {formatDate, nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {AncestorLangController} from '../i18n/ancestor-lang-controller.js';
import {asPlainText, inLocale} from '../i18n/strings.js';
import {renderBody} from '../content/render-content.js';
import {renderTopicSources, sourceLabel} from '../content/topic-sources.js';
import type {LocaleIndex, TopicSummary} from '../content/types.js';
import {
  loadView,
  openTopicOf,
  placeOf,
  viewChangeDetail,
  type GuideView,
  type Place,
  type TopicView,
  type ViewChangeDetail,
} from './guide-view.js';
import {styles} from './family-rights-guide.styles.js';

export type {ViewChangeDetail} from './guide-view.js';

/**
 * Explains, in plain language, parents' rights when children's social care is
 * involved in England.
 *
 * @summary A plain-language guide to children's social care in England.
 *
 * @tagname family-rights-guide
 *
 * @slot - A fallback, such as a link to a static page. It shows until the element upgrades, when JavaScript is off, and again if the guide's data cannot load.
 * @slot local-help - Your local contacts, shown at the end of every topic's "Where to get help". With nothing in it, the guide adds nothing.
 *
 * @cssprop --frg-font-family - All text. Default: the system font.
 * @cssprop --frg-font-family-arabic - Arabic text. Default: system Naskh fonts.
 * @cssprop --frg-font-family-urdu - Urdu text. Default: system Nastaliq fonts where the device has them, then Naskh.
 * @cssprop --frg-color-text - Body text. Default `#0b0c0c`.
 * @cssprop --frg-color-background - Background. Default `#ffffff`.
 * @cssprop --frg-color-surface - Topic rows and notes. Default `#f3f2f1`.
 * @cssprop --frg-color-accent - Links, buttons and row borders; keep 4.5:1 contrast on the background and the surface. Default `#1d5ba8`.
 * @cssprop --frg-color-border - Borders. Default `#8a8d8f`.
 * @cssprop --frg-color-focus - Focus highlight, drawn with a text-coloured outline. Default `#ffdd00`.
 * @cssprop --frg-radius - Corners. Default `0.25em`.
 *
 * @csspart base - The guide's root, which carries its own `lang` and `dir`.
 *
 * @event frg-view-change - The guide has shown a new view. `detail` is `{view, topic, locale}`: `topics`, `topic` or `checklist`; the open topic's slug or `null`; the language code. Never any text a family reads, so host analytics cannot record what a family worries about.
 * @event frg-checklist-change - The reader's list changed. `detail` is `{count}` only, never any question text or note.
 */
export class FamilyRightsGuide extends FrgElement {
  static override styles = styles;
  static override properties = {
    // Any set opens the topic, even the value it had: a host's router may send the reader back to it.
    topic: {reflect: false, hasChanged: () => true},
    view: {state: true},
    chosenLocale: {state: true},
    showEnglish: {state: true},
    openTerms: {state: true},
    slow: {state: true},
  };

  /**
   * The topic to open, by its slug, such as `section-20`. Without it, the list of topics. An unknown slug shows the
   * list with a polite message. Changing it at run time opens the new topic and moves focus to its heading.
   */
  topic?: string;

  /** Data is taking longer than usual to arrive. */
  private slow = false;
  protected readonly exitController = new QuickExitController(this, {
    enabled: () => this.quickExit,
    forget: () => this.forget(),
    root: () => this.renderRoot.querySelector('.root'),
    address: () => this.exitAddress,
    returned: () => void this.show(undefined, {moveFocus: false}),
  });

  /** What the guide shows: one value, from which everything on screen and the view-change event follow. */
  private view: GuideView = {kind: 'loading'};
  /** The language the reader chose in the picker, over the page's. */
  private chosenLocale?: string;
  /** "Show in English": the same place, in English. */
  private showEnglish = false;
  private openTerms = new Set<string>();

  // Re-renders when the list changes.
  protected readonly listController = new MyListController(this);
  // Follows the page's language when the guide has no lang of its own, keeping the reader's place.
  protected readonly langController = new AncestorLangController(this, () =>
    this.switchLanguage({chosenLocale: undefined})
  );

  /** The topic the latest navigation asked for, so that Try again asks for it again. */
  private requestedSlug?: string;
  /** Each navigation gets a number, so a slow response can't overwrite a newer view. */
  private navigation = 0;
  private focusHeadingAfterRender = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new lang from the host page is a new request, over the language picked before.
    if (this.hasUpdated && changed.has('requestedLang')) this.chosenLocale = undefined;
    if (!this.hasUpdated || changed.has('requestedLang') || changed.has('topic')) {
      void this.show(this.topic, {moveFocus: this.hasUpdated});
    }
  }

  protected override updated(): void {
    if (this.focusHeadingAfterRender && placeOf(this.view) && this.view.kind !== 'error') {
      this.focusHeadingAfterRender = false;
      const list = this.renderRoot.querySelector('rights-checklist');
      if (list) void list.focusHeading();
      else this.renderRoot.querySelector<HTMLElement>('.view-heading')?.focus();
    }
  }

  /** Quick exit: forget the page's content, so a return from the back-forward cache starts afresh. */
  private forget(): void {
    this.navigation++;
    this.view = {kind: 'loading'};
    this.openTerms = new Set();
  }

  /** The `lang` asked for: this element's, then the nearest ancestor's, across shadow roots. */
  private requestedLocale(): string {
    return nearestLang(this) ?? SOURCE_LOCALE;
  }

  /** The reader's language: the page's or their choice. */
  private get locale(): string {
    return placeOf(this.view)?.locale ?? SOURCE_LOCALE;
  }

  /** The language on screen: the reader's, or English while "Show in English" is on. */
  private get displayLocale(): string {
    return placeOf(this.view)?.display ?? SOURCE_LOCALE;
  }

  private async show(
    slug: string | undefined,
    {moveFocus, keepList = false}: {moveFocus: boolean; keepList?: boolean}
  ): Promise<void> {
    const navigation = ++this.navigation;
    this.requestedSlug = slug;
    if (!placeOf(this.view)) this.view = {kind: 'loading'};
    // A slow network: say so within 5 seconds, and keep waiting.
    const slowTimer = setTimeout(() => navigation === this.navigation && (this.slow = true), 4000);
    try {
      const request = {
        slug,
        requested: this.requestedLocale(),
        chosenLocale: this.chosenLocale,
        showEnglish: this.showEnglish,
      };
      const loaded = await loadView(request, (message) => this.warn(message));
      if (navigation !== this.navigation) return;
      this.openTerms = new Set();
      this.view = keepList && this.view.kind === 'list' ? {...loaded, kind: 'list', behind: loaded} : loaded;
      this.focusHeadingAfterRender = moveFocus;
      this.viewChanged();
    } catch (error) {
      if (navigation !== this.navigation) return;
      this.view = {kind: 'error', place: placeOf(this.view)};
      console.warn('family-rights-guide: the guide could not load.', error);
    } finally {
      clearTimeout(slowTimer);
      if (navigation === this.navigation) this.slow = false;
    }
  }

  /** Changes language and keeps the reader's place: the same topic, or the list. */
  private switchLanguage(change: {chosenLocale?: string; showEnglish?: boolean}): void {
    Object.assign(this, change);
    void this.show(openTopicOf(this.view)?.topic.slug, {moveFocus: false, keepList: true});
  }

  private viewChanged(): void {
    const detail = viewChangeDetail(this.view);
    if (detail) this.emit('frg-view-change', detail);
  }

  private open(slug: string | undefined): void {
    void this.show(slug, {moveFocus: true});
  }

  private showList(showing: boolean): void {
    const view = this.view;
    if (showing && (view.kind === 'topics' || view.kind === 'topic')) this.view = {...view, kind: 'list', behind: view};
    else if (!showing && view.kind === 'list') this.view = view.behind;
    else return;
    this.focusHeadingAfterRender = true;
    this.viewChanged();
  }

  private renderListButton(): TemplateResult {
    const count = myList.count;
    const label =
      new Intl.PluralRules(this.locale).select(count) === 'one'
        ? msg(str`My list: ${count} question`, {
            desc: "Button that opens the reader's list, when it has one question (singular form).",
          })
        : msg(str`My list: ${count} questions`, {
            desc: "Button that opens the reader's list (plural form). ${count} is a number.",
          });
    return html`<button type="button" class="my-list-button" @click=${() => this.showList(true)}>${label}</button>`;
  }

  private renderQuestionToggle(questionId: string, textId: string): TemplateResult {
    const picked = myList.isPicked(questionId);
    return html`<button
      type="button"
      class="add-question"
      aria-pressed=${picked ? 'true' : 'false'}
      aria-describedby=${textId}
      @click=${() => {
        myList.togglePicked(openTopicOf(this.view)!.topic.slug, questionId);
        this.emit('frg-checklist-change', {count: myList.count});
      }}
    >
      ${msg('Add to my list', {desc: "Button. Adds a question to the reader's list of questions to ask their social worker."})}
    </button>`;
  }

  override render(): TemplateResult {
    const display = this.displayLocale;
    return html`<div class="root" part="base" ${langDir(display)} ?hidden=${this.exitController.exiting}>
      ${inLocale(display, () => this.renderView())}
    </div>`;
  }

  private renderView(): TemplateResult {
    const view = this.view;
    const notFound = view.kind === 'topics' && view.notFound;
    return html`${this.quickExit ? renderExitBar(this.exitController, this.exitAddress) : nothing}
      ${this.slow && view.kind !== 'error' ? this.renderProblem(true) : nothing}
      <div class=${notFound ? 'notice has-message' : 'notice'} role="status">
        ${notFound ? msg('We could not find that topic. Here are all the topics.', {desc: 'Polite message when a link asked for a topic that does not exist; the list of topics is shown instead.'}) : nothing}
      </div>
      ${this.renderMain(view)}`;
  }

  private renderMain(view: GuideView): TemplateResult {
    switch (view.kind) {
      case 'loading':
        return html`<p class="loading">
          ${msg('Loading the guide…', {desc: 'Shown for a moment while the guide loads.'})}
        </p>`;
      case 'error':
        // The reader keeps a way back: the toolbar and the list of topics, when they have loaded before.
        return html`${this.renderProblem(false)}
        ${
          view.place
            ? html`${this.renderToolbar(view.place, true)}
                <button type="button" class="back" @click=${() => this.open(undefined)}>
                  ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
                </button>`
            : nothing
        }`;
      case 'topics':
        return html`${this.renderToolbar(view, true)} ${this.renderTopicList(view.index)}`;
      case 'topic':
        return html`${this.renderToolbar(view, true)} ${this.renderTopic(view)}`;
      case 'list':
        return html`${this.renderToolbar(view, false)}
          <button type="button" class="back" @click=${() => this.showList(false)}>
            ${msg('Back to the guide', {desc: 'Button. Leaves the list of questions and goes back to the guide.'})}
          </button>
          <rights-checklist lang=${view.display} heading-level=${this.level}></rights-checklist>`;
    }
  }

  private renderToolbar(place: Place, listButton: boolean): TemplateResult {
    return html`<div class="toolbar">
      ${this.renderLanguagePicker(place)} ${listButton ? this.renderListButton() : nothing}
    </div>`;
  }

  private renderLanguagePicker({languages, locale: reader}: Place): unknown {
    if (languages.length < 2) return nothing;
    return html`<div class="language">
        <label for="language">${msg('Language', {desc: "Label of the menu for choosing the guide's language."})}</label>
        <select
          id="language"
          @change=${(e: Event) => this.switchLanguage({chosenLocale: (e.target as HTMLSelectElement).value, showEnglish: false})}
        >
          ${languages.map(
            ([code, {name}]) =>
              html`<option value=${code} ${langDir(code)} ?selected=${code === reader}>${name}</option>`
          )}
        </select>
      </div>
      ${
        reader === SOURCE_LOCALE
          ? nothing
          : html`<button
              type="button"
              class="show-english"
              aria-pressed=${this.showEnglish ? 'true' : 'false'}
              @click=${() => this.switchLanguage({showEnglish: !this.showEnglish})}
            >
              <span ${langDir(reader)}
                >${inLocale(reader, () => msg('Show in English', {desc: "Toggle button. Shows the same page in English, keeping the reader's place. Pressing it again goes back to this language."}))}</span
              >
            </button>`
      }`;
  }

  /**
   * Says that a translation is a draft, and whether the English has changed
   * since, in its own language, with a way to read the English.
   */
  private renderDraftNotice(translation: string | undefined, outdated = false): unknown {
    if (translation !== 'draft' || this.showEnglish) return nothing;
    return html`<p class="draft-notice">
      ${msg('This translation has not yet been checked by a qualified translator.', {desc: 'Notice on pages whose translation is a draft. Must stay honest: the translation has NOT been checked.'})}
      ${
        outdated
          ? msg('The English page has changed since it was translated.', {
              desc: 'Added to the draft notice when the English text was changed after this translation was made, so the English may be more up to date.',
            })
          : nothing
      }
      <button type="button" class="link-button" @click=${() => this.switchLanguage({showEnglish: true})}>
        ${msg('Read it in English', {desc: 'Button at the end of the draft-translation notice. Shows the same page in English.'})}
      </button>
    </p>`;
  }

  private renderEnglandNote(): TemplateResult {
    return html`<p class="england-note">
      ${msg('This guide is about England only. The law in Wales, Scotland and Northern Ireland is different.', {desc: 'Note shown on every page. Keep the names of the four countries.'})}
    </p>`;
  }

  private renderTopicList(index: LocaleIndex): TemplateResult {
    return html`${heading(this.level, msg('Where are you now?', {desc: 'Main heading above the list of topics: the situations a family may be in.'}), {focusable: true, className: 'view-heading'})}
      <p class="intro">
        ${msg('Choose the situation that is closest to yours.', {desc: 'Short line under the "Where are you now?" heading, above the list of topics.'})}
      </p>
      ${this.renderDraftNotice(index.topics.find((t) => t.translation)?.translation)} ${this.renderEnglandNote()}
      <ul class="topic-list">
        ${index.topics.map(
          (topic) =>
            html`<li>
              <button type="button" class="topic-row" ${langDir(topic.lang)} @click=${() => this.open(topic.slug)}>
                <span class="row-title">${topic.title}</span>
                <span class="row-summary">${topic.summary}</span>
              </button>
            </li>`
        )}
      </ul>`;
  }

  private renderTopic({index, topic, topicLang: lang}: TopicView): TemplateResult {
    const position = index.topics.findIndex((entry) => entry.slug === topic.slug);
    const previous = index.topics[position - 1];
    const next = index.topics[position + 1];
    // A topic this language has no translation of is shown in English (lang), marked as English.
    return html`<button type="button" class="back" @click=${() => this.open(undefined)}>
        ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
      </button>
      <article ${langDir(lang)}>
        ${heading(this.level, topic.title, {focusable: true, className: 'view-heading'})}
        <p class="summary">${topic.summary}</p>
        ${inLocale(lang ?? this.displayLocale, () => html`${this.renderDraftNotice(topic.translation, topic.outdated)} ${this.renderEnglandNote()}`)}
        ${renderBody(topic.body, {
          titleLevel: this.level,
          glossary: topic.glossary,
          isTermOpen: (key) => this.openTerms.has(key),
          toggleTerm: (key) => this.toggleTerm(key),
          sectionEnd: (id) => (id === 'get-help' ? html`<slot name="local-help"></slot>` : nothing),
          questionControl: (id, textId) =>
            inLocale(lang ?? this.displayLocale, () => this.renderQuestionToggle(id, textId)),
          sourceLabel: (n) => asPlainText(() => inLocale(lang ?? this.displayLocale, () => sourceLabel(n))),
          showSource: (n) => this.renderRoot.querySelector<HTMLElement>(`#source-${n}`)?.focus(),
        })}
        ${inLocale(lang ?? this.displayLocale, () =>
          renderTopicSources(topic, this.level, (iso) => formatDate(this.displayLocale, new Date(iso)))
        )}
      </article>
      <nav
        class="pager"
        aria-label=${asPlainText(() => msg('More topics', {desc: 'Accessible name of the navigation with the previous and next topics. Not shown on screen.'}))}
      >
        ${this.renderPagerLink(previous, msg('Previous', {desc: 'Small label above the title of the previous topic, in the buttons at the end of a topic.'}), 'previous')}
        <button type="button" class="pager-all" @click=${() => this.open(undefined)}>
          ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
        </button>
        ${this.renderPagerLink(next, msg('Next', {desc: 'Small label above the title of the next topic, in the buttons at the end of a topic.'}), 'next')}
      </nav>`;
  }

  private renderPagerLink(topic: TopicSummary | undefined, label: string, className: string): unknown {
    if (!topic) return nothing;
    return html`<button type="button" class="pager-link ${className}" @click=${() => this.open(topic.slug)}>
      <span class="pager-label">${label}</span>
      <span class="pager-title" ${langDir(topic.lang)}>${topic.title}</span>
    </button>`;
  }

  /** Data is slow or failed: a calm alert, a way to try again, and the host's own fallback link. */
  private renderProblem(slow: boolean): TemplateResult {
    return renderLoadProblem({
      failed: !slow,
      failedMessage: msg('Sorry, the guide could not load. Please try again later.', {
        desc: "Error message when the guide's text could not be loaded (for example, no internet).",
      }),
      retry: () => this.open(this.requestedSlug),
      className: 'error',
      after: html`<slot></slot>`,
    });
  }

  private toggleTerm(key: string): void {
    const open = new Set(this.openTerms);
    if (!open.delete(key)) open.add(key);
    this.openTerms = open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-rights-guide': FamilyRightsGuide;
  }
  interface HTMLElementEventMap {
    'frg-view-change': CustomEvent<ViewChangeDetail>;
  }
}
