import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {
  availableLocales,
  DataNotFound,
  loadLocaleIndex,
  loadQuestions,
  resolveLocale,
} from '../content/content-store.js';
import type {LocaleIndex, PlainQuestion} from '../content/types.js';
import {nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {loadInterfaceStrings, useStrings} from '../i18n/strings.js';

/** After this long, the reader is told that loading is slow, as the guide does. */
const SLOW_MS = 4000;

/**
 * Loads what the checklist shows: its language's list of topics and
 * interface strings, then each topic's questions when needed. The latest
 * request wins. A slow load is reported, a failed one can be tried again.
 */
export class QuestionsLoader implements ReactiveController {
  /** The language shown: the reader's, or English on request. */
  locale = SOURCE_LOCALE;
  /** The reader's language: the checklist's own, the nearest ancestor's, or English. */
  readerLocale = SOURCE_LOCALE;
  index?: LocaleIndex;
  /** Each topic's questions, by slug, once loaded. */
  questions = new Map<string, PlainQuestion[]>();
  failed = false;
  slow = false;
  private loading = new Set<string>();
  private request = 0;
  private slowTimer?: ReturnType<typeof setTimeout>;

  /** @param warn reports a `lang` that has no translation */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly warn: (message: string) => void
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.slowTimer);
  }

  /** Some topic's questions are still on their way. */
  get busy(): boolean {
    return this.loading.size > 0;
  }

  /**
   * Loads the list of topics in the checklist's language: its own, the nearest ancestor's, or English.
   * @param inEnglish show it in English, whatever the reader's language
   */
  async loadIndex(inEnglish = false): Promise<void> {
    const request = ++this.request;
    this.failed = false;
    this.watchSlow(request);
    try {
      const reader = resolveLocale(
        nearestLang(this.host) ?? SOURCE_LOCALE,
        availableLocales(),
        SOURCE_LOCALE,
        this.warn
      );
      const locale = inEnglish ? SOURCE_LOCALE : reader;
      // The reader's strings too, for "Show in English" while English shows.
      const [index] = await Promise.all([
        loadLocaleIndex(locale),
        ...(reader === locale ? [] : [loadInterfaceStrings(reader)]),
      ]);
      useStrings(locale, index.strings);
      if (request !== this.request) return;
      this.readerLocale = reader;
      this.locale = locale;
      this.index = index;
      this.questions = new Map();
      this.loading = new Set();
    } catch (error) {
      if (request === this.request) this.fail(error);
    }
    if (request === this.request) this.settled();
  }

  /** Loads the questions of these topics, if not loaded or loading already. After a failure, only retry() tries again. */
  loadQuestionsOf(slugs: Set<string>): void {
    const index = this.index;
    if (!index || this.failed) return;
    for (const summary of index.topics) {
      const {slug} = summary;
      if (!slugs.has(slug) || this.questions.has(slug) || this.loading.has(slug)) continue;
      this.loading.add(slug);
      const request = this.request;
      this.watchSlow(request);
      loadQuestions(index.locale, slug).then(
        (list) => {
          if (request !== this.request) return;
          this.loading.delete(slug);
          this.questions = new Map(this.questions).set(slug, list);
          if (!this.loading.size) this.settled();
        },
        (error) => {
          if (request !== this.request) return;
          this.loading.delete(slug);
          this.fail(error);
          this.settled();
        }
      );
    }
  }

  /** Try again after a failure: the topics, then whatever questions are needed. */
  retry(): Promise<void> {
    return this.loadIndex();
  }

  private watchSlow(request: number): void {
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (request !== this.request) return;
      this.slow = true;
      this.host.requestUpdate();
    }, SLOW_MS);
  }

  private settled(): void {
    clearTimeout(this.slowTimer);
    this.slow = false;
    this.host.requestUpdate();
  }

  private fail(error: unknown): void {
    this.failed = true;
    // Data that is not where the guide looks has been reported already, with what to change.
    if (!(error instanceof DataNotFound)) console.warn('family-rights-guide: the checklist could not load.', error);
  }
}
