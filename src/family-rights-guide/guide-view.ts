import {availableLocales, loadLocaleIndex, loadTopic, MissingData, resolveLocale} from '../content/content-store.js';
import type {LocaleIndex, LocaleStrings, Topic} from '../content/types.js';
import {SOURCE_LOCALE} from '../i18n/locale.js';
import {loadInterfaceStrings, useStrings} from '../i18n/strings.js';

/** Where the reader is: a language, with every language on offer. */
export interface Place {
  /** The reader's language: the page's or their choice. */
  locale: string;
  /** The language on screen: the reader's, or English while "Show in English" is on. */
  display: string;
  /** Its interface strings, with each language's name. */
  strings: LocaleStrings;
}

export type TopicsView = Place & {
  kind: 'topics';
  index: LocaleIndex;
  /** A link asked for a topic there is not. */ notFound: boolean;
};
export type TopicView = Place & {kind: 'topic'; topic: Topic};

/** Everything the guide can show, as one value: `render()` switches on `kind`. */
export type GuideView =
  | {kind: 'loading'}
  | {kind: 'error'; /** Where the reader was, so they keep a way back. */ place?: Place}
  | TopicsView
  | TopicView
  | (Place & {kind: 'list'; /** The view the list was opened from, to go back to. */ behind: TopicsView | TopicView});

export interface ViewRequest {
  /** The topic asked for, if any. */
  slug?: string;
  /** The `lang` that applies to the element. */
  requested: string;
  /** The language the reader chose in the menu, over the page's. */
  chosenLocale?: string;
  showEnglish: boolean;
}

/**
 * Loads what a request shows: one topic, with its strings, both at once; or the list of topics, which brings
 * its strings with it. `warn` hears about a bad lang or slug.
 */
export async function loadView(request: ViewRequest, warn: (message: string) => void): Promise<TopicsView | TopicView> {
  const locale = request.chosenLocale ?? resolveLocale(request.requested, availableLocales(), SOURCE_LOCALE, warn);
  const display = request.showEnglish ? SOURCE_LOCALE : locale;
  if (request.slug) {
    const [topic, strings] = await Promise.all([
      loadTopic(display, request.slug).catch((error: unknown) => {
        if (error instanceof MissingData) return undefined;
        throw error;
      }),
      loadInterfaceStrings(display),
    ]);
    if (topic) return {locale, display, strings, kind: 'topic', topic};
    warn(`there is no topic "${request.slug}", so the list of topics is shown.`);
  }
  const index = await loadLocaleIndex(display);
  useStrings(display, index.strings);
  return {locale, display, strings: index.strings, index, kind: 'topics', notFound: Boolean(request.slug)};
}

/** Where the reader is, if the guide has loaded. */
export function placeOf(view: GuideView): Place | undefined {
  return view.kind === 'loading' ? undefined : view.kind === 'error' ? view.place : view;
}

/** The open topic: in the topic view, or behind the list. */
export function openTopicOf(view: GuideView): TopicView | undefined {
  return view.kind === 'topic' ? view : view.kind === 'list' && view.behind.kind === 'topic' ? view.behind : undefined;
}

export interface ViewChangeDetail {
  /** `topics` (the list of topics), `topic`, or `checklist` (the reader's list of questions). */
  view: 'topics' | 'topic' | 'checklist';
  /** The open topic's slug when the host opted in with `report-topic`, otherwise null. */
  topic: string | null;
  locale: string;
}

/**
 * What `frg-view-change` says about a view: never any text a family reads, and the topic's slug only when
 * `withTopic` is set, because a slug such as `domestic-abuse` says what a family is reading.
 */
export function viewChangeDetail(view: GuideView, withTopic = false): ViewChangeDetail | undefined {
  switch (view.kind) {
    case 'topics':
      return {view: 'topics', topic: null, locale: view.display};
    case 'topic':
      return {view: 'topic', topic: withTopic ? view.topic.slug : null, locale: view.display};
    case 'list':
      return {view: 'checklist', topic: null, locale: view.display};
    default:
      return undefined;
  }
}
