import {msg} from '@lit/localize';
import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {DataNotFound} from '../content/content-store.js';
import {langDir} from '../i18n/lang-dir.js';
import {MyListController} from '../my-list/my-list-controller.js';
import {myList} from '../my-list/my-list-store.js';
import {listChangeMessage} from '../my-list/list-messages.js';
import {keepFocusClearOfExitBar, renderExitBar} from '../quick-exit/exit-bar.js';
import {QuickExitController} from '../quick-exit/quick-exit.js';
import {ReadAloudController} from '../read-aloud/read-aloud-controller.js';
import {renderReadAloud} from '../read-aloud/read-aloud-controls.js';
import {textsToRead} from '../read-aloud/speech-text.js';
import {FrgElement} from '../shared/frg-element.js';
import {renderLoadProblem} from '../shared/load-problem.js';
import {nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {AncestorLangController} from '../i18n/ancestor-lang-controller.js';
import {inLocale} from '../i18n/strings.js';
import {baseStyles} from '../styles/base.styles.js';
import {adoptViewStyles} from '../styles/view-styles.js';
import {loadView, openTopicOf, placeOf, viewChangeDetail, type GuideView, type ViewChangeDetail} from './guide-view.js';
import type {GuideContext} from './views/context.js';
import {renderToolbar} from './views/toolbar.js';
import {renderTopicList} from './views/topic-list.js';
import {renderTopicPage} from './views/topic-page.js';

export type {ViewChangeDetail} from './guide-view.js';

/** How long the first render waits for the first view's data before it shows "Loading the guide…". */
const FIRST_PAINT_WAIT_MS = 400;

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
 * @cssprop --frg-font-family-bengali - Bengali text. Default: the system's Bengali fonts (Noto Sans Bengali, Nirmala UI, Bangla Sangam MN).
 * @cssprop --frg-font-family-gurmukhi - Panjabi (Gurmukhi) text. Default: the system's Gurmukhi fonts (Noto Sans Gurmukhi, Nirmala UI, Gurmukhi Sangam MN).
 * @cssprop --frg-color-text - Body text; keep 7:1 contrast on the background and the surface. Default `#0b0c0c`.
 * @cssprop --frg-color-background - Background. Default `#ffffff`.
 * @cssprop --frg-color-surface - Topic rows and notes. Default `#f3f2f1`.
 * @cssprop --frg-color-accent - Links, buttons and row borders; keep 7:1 contrast on the background and the surface, in every state. Default `#174a8b`.
 * @cssprop --frg-color-border - Borders. Default `#8a8d8f`.
 * @cssprop --frg-color-focus - Focus highlight, drawn with a text-coloured outline. Default `#ffdd00`.
 * @cssprop --frg-radius - Corners. Default `0.25em`.
 * @cssprop --frg-exit-offset - How far below the top of the window the Exit button stays: the height of your site's fixed header, if it has one, so the header never covers it. Default `0`.
 *
 * @csspart base - The guide's root, which carries its own `lang` and `dir`.
 *
 * @event {CustomEvent<ViewChangeDetail>} frg-view-change - The guide has shown a new view. `detail` is `{view, topic, locale}`: `topics`, `topic` or `checklist`; `null`, or the open topic's slug with `report-topic`; the language code. It holds no text a family reads or types.
 * @event {CustomEvent<ChecklistChangeDetail>} frg-checklist-change - The reader's list changed. `detail` is `{count}` only, never any question text or note.
 */
export class FamilyRightsGuide extends FrgElement {
  static override styles = baseStyles;
  static override properties = {
    // Any set opens the topic, even the value it had: a host's router may send the reader back to it.
    topic: {reflect: false, hasChanged: () => true},
    view: {state: true},
    chosenLocale: {state: true},
    showEnglish: {state: true},
    openTerms: {state: true},
    slow: {state: true},
    announcement: {state: true},
    justAdded: {state: true},
    reportTopic: {type: Boolean, attribute: 'report-topic'},
  };

  /**
   * The topic to open, by its slug, such as `section-20`. Without it, the list of topics. An unknown slug shows the
   * list with a polite message. Changing it at run time opens the new topic and moves focus to its heading.
   */
  topic?: string;

  /**
   * Puts the open topic's slug in `frg-view-change`, for a host router that keeps the address in step. Off by
   * default: a slug such as `domestic-abuse` says what a family is reading, so turn it on only if your privacy
   * notice covers it and nothing records it for analytics.
   */
  reportTopic = false;

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
  /** "Listen": reading the open topic aloud. */
  protected readonly readAloud = new ReadAloudController(this);
  // Follows the page's language when the guide has no lang of its own, keeping the reader's place.
  protected readonly langController = new AncestorLangController(this, () =>
    this.switchLanguage({chosenLocale: undefined})
  );

  /** The topic the latest navigation asked for, so that Try again asks for it again. */
  private requestedSlug?: string;
  /** The topic and language the first view was asked in. */
  private firstRequest?: string;
  /** Each navigation gets a number, so a slow response can't overwrite a newer view. */
  private navigation = 0;
  private focusHeadingAfterRender = false;
  /** The topic the reader left for "All topics": its row gets focus, not the list's heading. */
  private returnToRow?: string;
  /** What the status region last said: a question added or taken off, or a new language. */
  private announcement?: 'added' | 'removed' | 'language';
  /** The question just added, until the reader moves on. */
  private justAdded?: string;

  /**
   * The first render waits a moment for the first view's data, so that a quick load paints once, with its text,
   * and no "Loading" message comes and goes before it.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && !this.firstRequest) {
      this.firstRequest = this.askedFor();
      const shown = this.show(this.topic, {moveFocus: false});
      await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
    }
    return super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    adoptViewStyles(this, 'guide');
    // A new lang from the host page is a new request, over the language picked before.
    if (this.hasUpdated && changed.has('requestedLang')) this.chosenLocale = undefined;
    // Before the first render, only a topic or language changed while the first view was loading.
    const asked = this.hasUpdated
      ? changed.has('requestedLang') || changed.has('topic')
      : this.firstRequest !== this.askedFor();
    if (asked) {
      this.announcement = undefined;
      void this.show(this.topic, {moveFocus: this.hasUpdated});
    }
  }

  protected override updated(): void {
    if (this.focusHeadingAfterRender && placeOf(this.view) && this.view.kind !== 'error') {
      this.focusHeadingAfterRender = false;
      const list = this.renderRoot.querySelector('rights-checklist');
      const row =
        this.returnToRow && this.view.kind === 'topics'
          ? this.renderRoot.querySelector<HTMLElement>(`#row-${this.returnToRow}`)
          : null;
      if (list) void list.focusHeading();
      else (row || this.renderRoot.querySelector<HTMLElement>('.view-heading'))?.focus();
    }
  }

  /** Quick exit: forget the page's content, so a return from the back-forward cache starts afresh. */
  private forget(): void {
    this.readAloud.stop();
    this.navigation++;
    this.view = {kind: 'loading'};
    this.openTerms = new Set();
  }

  /** The topic and language asked for, as one value to compare. */
  private askedFor(): string {
    return `${this.topic} ${this.requestedLocale()}`;
  }

  /** The `lang` asked for: this element's, then the nearest ancestor's, across shadow roots. */
  private requestedLocale(): string {
    return nearestLang(this) ?? SOURCE_LOCALE;
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
    // Another view or language: reading aloud stops at once, before the new view has loaded.
    this.readAloud.stop();
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
      this.justAdded = undefined;
      this.view = keepList && this.view.kind === 'list' ? {...loaded, kind: 'list', behind: loaded} : loaded;
      this.focusHeadingAfterRender = moveFocus;
      this.viewChanged();
    } catch (error) {
      if (navigation !== this.navigation) return;
      this.view = {kind: 'error', place: placeOf(this.view)};
      // Data that is not where the guide looks has been reported already, with what to change.
      if (!(error instanceof DataNotFound)) console.warn('family-rights-guide: the guide could not load.', error);
    } finally {
      clearTimeout(slowTimer);
      if (navigation === this.navigation) this.slow = false;
    }
  }

  /** Changes language and keeps the reader's place: the same topic, or the list. */
  private switchLanguage(change: {chosenLocale?: string; showEnglish?: boolean}): void {
    Object.assign(this, change);
    this.announcement = change.chosenLocale ? 'language' : undefined;
    void this.show(openTopicOf(this.view)?.topic.slug, {moveFocus: false, keepList: true});
  }

  private viewChanged(): void {
    const detail = viewChangeDetail(this.view, this.reportTopic);
    if (detail) this.emit('frg-view-change', detail);
  }

  private open(slug: string | undefined): void {
    this.announcement = undefined;
    this.returnToRow = slug ? undefined : openTopicOf(this.view)?.topic.slug;
    void this.show(slug, {moveFocus: true});
  }

  private showList(showing: boolean): void {
    this.readAloud.stop();
    const view = this.view;
    if (showing && (view.kind === 'topics' || view.kind === 'topic')) this.view = {...view, kind: 'list', behind: view};
    else if (!showing && view.kind === 'list') this.view = view.behind;
    else return;
    this.focusHeadingAfterRender = true;
    this.viewChanged();
  }

  override render(): TemplateResult {
    const display = this.displayLocale;
    return html`<div
      class="root"
      part="base"
      ${langDir(display)}
      ?hidden=${this.exitController.exiting}
      @focusin=${keepFocusClearOfExitBar}
    >
      ${inLocale(display, () => this.renderView())}
    </div>`;
  }

  private renderView(): TemplateResult {
    const view = this.view;
    const notFound = view.kind === 'topics' && view.notFound;
    return html`${this.quickExit ? renderExitBar(this.exitController, this.exitAddress) : nothing}
      ${this.slow && view.kind !== 'error' ? this.renderProblem(true) : nothing}
      <div class=${notFound ? 'notice has-message' : 'notice visually-hidden'} role="status">
        ${this.renderStatus(notFound)}
      </div>
      ${this.renderMain(view)}`;
  }

  /** The polite status region: a topic not found, or the last change the reader made. */
  private renderStatus(notFound: boolean): unknown {
    if (notFound) {
      return msg('We could not find that topic. Here are all the topics.', {
        desc: 'Polite message when a link asked for a topic that does not exist; the list of topics is shown instead.',
      });
    }
    if (this.announcement === 'language') {
      return msg('Language changed.', {
        desc: 'Read out by screen readers after the reader changes the language of the guide.',
      });
    }
    return this.announcement ? listChangeMessage(this.announcement === 'added', this.displayLocale) : nothing;
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
            ? html`${renderToolbar(this.context, view.place, true)}
                <button type="button" class="back" @click=${() => this.open(undefined)}>
                  ${msg('All topics', {desc: 'Button. Goes back to the list of all topics in the guide.'})}
                </button>`
            : nothing
        }`;
      // Under the heading, so that at most the Exit button and "All topics" come before it.
      case 'topics':
        return renderTopicList(this.context, view.index, renderToolbar(this.context, view, true));
      case 'topic':
        return renderTopicPage(this.context, view, renderToolbar(this.context, view, true), (locale) =>
          renderReadAloud(this.readAloud, locale, () => textsToRead(view.topic))
        );
      case 'list':
        return html`${renderToolbar(this.context, view, false)}
          <button type="button" class="back" @click=${() => this.showList(false)}>
            ${msg('Back to the guide', {desc: 'Button. Leaves the list of questions and goes back to the guide.'})}
          </button>
          <rights-checklist lang=${view.display} heading-level=${this.level}></rights-checklist>`;
    }
  }

  /** What the view templates need from the guide. */
  private get context(): GuideContext {
    return {
      level: this.level,
      showEnglish: this.showEnglish,
      displayLocale: this.displayLocale,
      readingSection: this.readAloud.state === 'off' ? undefined : this.readAloud.section - 1,
      justAdded: this.justAdded,
      open: (slug) => this.open(slug),
      showList: (showing) => this.showList(showing),
      switchLanguage: (change) => this.switchLanguage(change),
      isTermOpen: (key) => this.openTerms.has(key),
      toggleTerm: (key) => this.toggleTerm(key),
      togglePicked: (questionId) => {
        myList.togglePicked(openTopicOf(this.view)!.topic.slug, questionId);
        const added = myList.isPicked(questionId);
        this.announcement = added ? 'added' : 'removed';
        this.justAdded = added ? questionId : undefined;
        this.emit('frg-checklist-change', {count: myList.count});
      },
      focusOn: (id) => {
        const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
        if (!target) return;
        target.tabIndex = -1;
        target.focus();
      },
    };
  }

  /** Data is slow or failed: a calm alert, a way to try again, and the host's own fallback link. */
  private renderProblem(slow: boolean): TemplateResult {
    return renderLoadProblem({
      failed: !slow,
      failedMessage: msg('Sorry, the guide could not load.', {
        desc: "Error message when the guide's text could not be loaded (for example, no internet).",
      }),
      retry: () => this.open(this.requestedSlug),
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
