import {contentManifest} from 'virtual:build-info';
import type {
  DataRef,
  GlossaryEntry,
  LocaleEntry,
  LocaleIndex,
  Manifest,
  Message,
  PlainQuestion,
  Topic,
  TopicSummary,
} from './types.js';

// Data files sit beside the entry, so the dist folder can be served from any path or CDN.
const dataBase = new URL('content/', import.meta.url);

/** Requests in flight or done, shared by every widget on the page. */
const cache = new Map<string, Promise<unknown>>();

/**
 * Fetches a JSON data file and checks it against the hash built into the entry.
 * No cookies or Referer go with the request. A failed request is forgotten,
 * so a later call can try again.
 */
function fetchData<T>({file, integrity}: DataRef): Promise<T> {
  const url = new URL(file, dataBase).href;
  let request = cache.get(url) as Promise<T> | undefined;
  if (!request) {
    request = fetch(url, {integrity, credentials: 'omit', referrerPolicy: 'no-referrer'}).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<T>;
    });
    request.catch(() => cache.delete(url));
    cache.set(url, request);
  }
  return request;
}

/** The manifest, once loaded: directionOf() reads languages' directions from it. */
let loadedManifest: Manifest | undefined;

const loadManifest = () => fetchData<Manifest>(contentManifest).then((manifest) => (loadedManifest = manifest));

/** `rtl` for right-to-left languages such as Arabic and Urdu, from the manifest; `ltr` otherwise. */
export const directionOf = (locale: string): 'ltr' | 'rtl' => loadedManifest?.locales[locale]?.dir ?? 'ltr';

/** The locales that have content, for example `['en', 'pl']`. */
export async function availableLocales(): Promise<string[]> {
  return Object.keys((await loadManifest()).locales);
}

/** Every language, with its own name and direction, for the language picker. */
export async function localeEntries(): Promise<[string, LocaleEntry][]> {
  return Object.entries((await loadManifest()).locales);
}

/** A locale's translated interface strings, by message id; empty for the source locale. */
/** A locale's interface strings, in the order of the English ones; 0 where a message is not translated. */
export async function loadStrings(locale: string): Promise<(Message | 0)[]> {
  const ref = (await loadManifest()).locales[locale]?.strings;
  return ref ? fetchData<(Message | 0)[]>(ref) : [];
}

export async function loadLocaleIndex(locale: string): Promise<LocaleIndex> {
  const {locales, sourceLocale} = await loadManifest();
  const ref = locales[locale] ?? locales[sourceLocale];
  return fetchData<LocaleIndex>({file: ref.index, integrity: ref.integrity});
}

/** A topic, with the definitions of the glossary terms it uses (a second small file it pins). */
export async function loadTopic(summary: TopicSummary): Promise<Topic> {
  const {terms, ...topic} = await fetchData<Omit<Topic, 'glossary'> & {terms?: DataRef}>(summary);
  const glossary = terms ? await fetchData<Record<string, GlossaryEntry>>(terms) : {};
  return {...topic, glossary};
}

export function loadQuestions(summary: TopicSummary): Promise<PlainQuestion[]> {
  return fetchData<PlainQuestion[]>(summary.questions);
}

/**
 * The locale to show for a requested `lang`, as matchLocale picks it, with a
 * warning when a language other than English has no translation.
 */
export function resolveLocale(
  requested: string,
  available: string[],
  fallback: string,
  warn: (message: string) => void
): string {
  const locale = matchLocale(requested, available, fallback);
  if (locale === fallback && !/^en\b/i.test(requested))
    warn(`there is no translation for lang "${requested}", so English is used.`);
  return locale;
}

/**
 * Picks the best locale we have for a BCP 47 tag: an exact match, then the
 * base language ("pl-PL" → "pl"), then the source locale.
 */
export function matchLocale(requested: string, available: string[], fallback: string): string {
  const tag = requested.trim().toLowerCase();
  const exact = available.find((code) => code.toLowerCase() === tag);
  if (exact) return exact;
  const base = tag.split('-')[0];
  return available.find((code) => code.toLowerCase() === base) ?? fallback;
}
