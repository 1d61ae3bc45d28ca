import {dataFolder, dataRoot, locales, rtlLocales} from 'virtual:build-info';
import type {LocaleIndex, LocaleStrings, PlainQuestion, Topic} from './types.js';

// Data files sit beside the entry, in content/, so the dist folder can be served from any path or CDN;
// a bundled app copies them and names their place with setDataPath. Each build's files are in a
// folder of their own, named for it. The entry's address is read into a variable first: bundlers
// rewrite `new URL('folder/', import.meta.url)` and break it.
export const entryAddress = import.meta.url;
let dataBase = new URL(`content/${dataFolder}/`, entryAddress);

/**
 * Where the guide's data is: the address of the `content/` folder copied from the package's `dist/`, absolute or
 * from the page's address, such as `/family-rights-guide/content/`. Needed when a bundler builds the guide into an
 * app; the script tag finds it beside the entry. Call it before the first guide or checklist loads. Every file is
 * still checked against the hash built into the entry.
 */
export function setDataPath(path: string | URL): void {
  const folder = new URL(path, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  dataBase = new URL(`${dataFolder}/`, folder);
}

/** The data is not where the guide looks for it: said once, in the console, with what to change. */
export class DataNotFound extends Error {}
let saidWhere = false;

/** Fails with DataNotFound, and says so once: the address asked for and the setting to change. */
function notFound(url: string, what: string): never {
  const message = `no guide data at ${url} (${what}). Copy the folder dist/content/ from the package to your site, and name its address with setDataPath(); see "Install with npm" in the README.`;
  if (!saidWhere) console.error(`family-rights-guide: ${message}`);
  saidWhere = true;
  throw new DataNotFound(message);
}

/** Requests in flight or done, shared by every widget on the page. */
const cache = new Map<string, Promise<unknown>>();

/** A file that is not there: for a topic, the sign there is no such topic. */
export class MissingData extends Error {}

/** SHA-256 of the parts one after another. Joined here, not in a Blob: reading one back would wait a task each time. */
const sha256 = async (...parts: Uint8Array[]): Promise<Uint8Array<ArrayBuffer>> => {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  parts.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
  return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
};

/** The smaller of two hashes first, byte by byte. */
const inOrder = (a: Uint8Array, b: Uint8Array): Uint8Array[] => {
  const i = a.findIndex((byte, at) => byte !== b[at]);
  return i < 0 || a[i] < b[i] ? [a, b] : [b, a];
};

/**
 * The root a data file's proof climbs to, in base64, as rootOf in
 * scripts/content/hash-tree.mjs works it out. It throws if the proof is not base64.
 */
async function rootOf(path: string, file: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  const newline = file.indexOf(10);
  if (newline < 0) return undefined;
  let hash = await sha256(
    Uint8Array.of(0),
    new TextEncoder().encode(path),
    Uint8Array.of(0),
    file.subarray(newline + 1)
  );
  for (const sibling of new TextDecoder().decode(file.subarray(0, newline)).split(' ')) {
    if (sibling)
      hash = await sha256(
        Uint8Array.of(1),
        ...inOrder(
          hash,
          Uint8Array.from(atob(sibling), (c) => c.charCodeAt(0))
        )
      );
  }
  return btoa(String.fromCharCode(...hash));
}

/**
 * Fetches a data file and checks it against the root hash built into the
 * entry, as scripts/content/hash-tree.mjs builds the tree: the file's first
 * line is its proof. Nothing of a file that fails is used. No cookies or
 * Referer go with the request. A failed request is forgotten, so a later
 * call can try again.
 */
/** The response for a data file's address, if the guide can ask for it and check it. */
async function ask(url: string): Promise<Response> {
  // Web Crypto, which checks the files, is there only on secure pages: https, or localhost.
  if (!isSecureContext) throw new Error('it needs a secure (https) page, to check its data');
  if (!/^https?:$/.test(dataBase.protocol)) notFound(url, 'not a web address');
  return fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer'});
}

function fetchData<T>(path: string): Promise<T> {
  const url = new URL(path, dataBase).href;
  let request = cache.get(url) as Promise<T> | undefined;
  if (!request) {
    request = ask(url).then(async (response) => {
      // Every locale has its strings and list: without them, the folder is not there.
      const always = /\/(strings|index)\.json$/.test(path);
      if (response.status === 404 && always) notFound(url, 'HTTP 404');
      if (!response.ok) throw new (response.status === 404 ? MissingData : Error)(`${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // A web page where the data should be: an app's own page, served for any address it does not know.
      if (bytes[0] === '<'.charCodeAt(0)) notFound(url, 'a web page came back');
      const body = bytes.subarray(bytes.indexOf(10) + 1);
      if ((await rootOf(path, bytes).catch(() => undefined)) !== dataRoot)
        throw new TypeError(`${url}: not the file this version of the guide was built with`);
      return JSON.parse(new TextDecoder().decode(body)) as T;
    });
    request.catch(() => cache.delete(url));
    cache.set(url, request);
  }
  return request;
}

/** `rtl` for right-to-left languages such as Arabic and Urdu; `ltr` otherwise. */
export const directionOf = (locale: string): 'ltr' | 'rtl' => (rtlLocales.includes(locale) ? 'rtl' : 'ltr');

/** The locales that have content, for example `['en', 'pl']`. */
export const availableLocales = (): string[] => locales;

/** A locale's interface strings, and each language's name for the language menu. */
export const loadStrings = (locale: string): Promise<LocaleStrings> => fetchData(`${locale}/strings.json`);

/** A locale's list of topics, which brings its interface strings with it. */
export async function loadLocaleIndex(locale: string): Promise<LocaleIndex> {
  const index = await fetchData<LocaleIndex>(`${locale}/index.json`);
  cache.set(new URL(`${locale}/strings.json`, dataBase).href, Promise.resolve(index.strings));
  return index;
}

/** Topic slugs are lower-case words and hyphens: anything else names no topic, and is never put into an address. */
const isSlug = (slug: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);

/** A topic in a locale, with the definitions of the glossary terms it uses. Fails with MissingData if there is none. */
export const loadTopic = (locale: string, slug: string): Promise<Topic> =>
  isSlug(slug) ? fetchData(`${locale}/${slug}.json`) : Promise.reject(new MissingData(slug));

export const loadQuestions = (locale: string, slug: string): Promise<PlainQuestion[]> =>
  fetchData(`${locale}/${slug}.questions.json`);

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
