// Interface strings in each element's own language.
//
// @lit/localize keeps one active locale per page, but two guides on one page
// may be in different languages, and "Show in English" switches one widget
// only. So this bundle installs its own msg() implementation (its copy of
// @lit/localize is private to it): msg() answers in the locale of the element
// that is rendering, set by inLocale().
//
// Each locale's strings data file holds the English messages, sorted by their
// text, and its own built from locales/<locale>.xlf: a list in the same order,
// with 0 where a message is not translated. English is data too: the bundle asks for
// most messages by their place in that list (scripts/compact-msg-calls.mjs),
// so their English is not in the entry. The few shown before any data arrives
// (scripts/strings/messages-in-entry.mjs) are written out in English, and so is
// every message in src/, which the tests run; those are found by their text.
//
// A message missing in a locale falls back to English, wrapped in an element
// with lang="en", so that its language is marked.
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {html} from 'lit';
import {loadStrings} from '../content/content-store.js';
import type {LocaleStrings, Message} from '../content/types.js';
import {useViewStyles} from '../styles/view-styles.js';
import {SOURCE_LOCALE} from './locale.js';

/**
 * A message as msg() receives it: plain text, or a str`` template with its values, as written in src/;
 * or, in the bundle, its place in the English list, alone or with its values.
 */
type MsgCall = string | {strTag: true; strings: readonly string[]; values: unknown[]} | number | [number, ...unknown[]];

const loaded = new Map<string, (Message | 0)[]>();
/** The place of each English message, by its text with U+0001 where each value goes. */
let englishPlaces: Map<string, number> | undefined;
let current = SOURCE_LOCALE;
let plainText = false;

/**
 * Loads a locale's interface strings, with the English ones, once; resolves with them (and each language's
 * name) when msg() can answer in it.
 */
export async function loadInterfaceStrings(locale: string): Promise<LocaleStrings> {
  const strings = await loadStrings(locale);
  useStrings(locale, strings);
  return strings;
}

/** Lets msg() answer in `locale`, with strings that came some other way, as with a list of topics. */
export function useStrings(locale: string, {en, own, styles}: LocaleStrings): void {
  // The strings file brings the views' styles too.
  useViewStyles(styles);
  if (en && !loaded.has(SOURCE_LOCALE)) loaded.set(SOURCE_LOCALE, en);
  if (own) loaded.set(locale, own);
}

/** Runs `render` with msg() answering in `locale`. */
export function inLocale<T>(locale: string, render: () => T): T {
  const previous = current;
  current = locale;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/** Runs `build` with msg() returning plain strings only: for attributes and plain-text exports. */
export function asPlainText<T>(build: () => T): T {
  const previous = plainText;
  plainText = true;
  try {
    return build();
  } finally {
    plainText = previous;
  }
}

/** A message's text, with its values where it puts them. */
const fill = (message: Message, values: unknown[]): string =>
  typeof message === 'string'
    ? message
    : message.map((part) => (typeof part === 'number' ? String(values[part]) : part)).join('');

/** A message's text as its key: U+0001 where each value goes, as scripts/strings/xliff.mjs keys it. */
const keyOf = (message: Message): string =>
  typeof message === 'string' ? message : message.map((part) => (typeof part === 'number' ? '\u0001' : part)).join('');

/** Makes msg() answer in the rendering element's locale. Called once, by the entry. */
export function installInterfaceStrings(): void {
  _installMsgImplementation(((call: MsgCall) => {
    const english = loaded.get(SOURCE_LOCALE) ?? [];
    let place: number;
    let values: unknown[] = [];
    let written = '';
    if (typeof call === 'number') place = call;
    else if (Array.isArray(call)) [place, ...values] = call;
    else {
      if (typeof call === 'string') written = call;
      else {
        values = call.values;
        written = call.strings.reduce((out, part, i) => out + String(values[i - 1]) + part);
      }
      englishPlaces ??= english.length
        ? new Map(english.map((message, i) => [keyOf(message as Message), i]))
        : undefined;
      place = englishPlaces?.get(typeof call === 'string' ? call : call.strings.join('\u0001')) ?? -1;
    }
    const messages = current === SOURCE_LOCALE ? undefined : loaded.get(current);
    const found = messages?.[place];
    // A translation that asks for a value the message does not have is not used: English is shown.
    const translated =
      found && !(typeof found === 'object' && found.some((part) => typeof part === 'number' && part >= values.length))
        ? found
        : undefined;
    const text = fill(translated || english[place] || written, values);
    return !messages || plainText || translated ? text : html`<span lang="en" dir="ltr">${text}</span>`;
  }) as unknown as Parameters<typeof _installMsgImplementation>[0]);
}
