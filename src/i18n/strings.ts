// Interface strings in each element's own language.
//
// @lit/localize keeps one active locale per page, but two guides on one page
// may be in different languages, and "Show in English" switches one widget
// only. So this bundle installs its own msg() implementation (its copy of
// @lit/localize is private to it): msg() answers in the locale of the element
// that is rendering, set by inLocale(). Lookup and placeholder handling are
// lit-localize's own runtime code. Messages are the JSON built from
// locales/<locale>.xlf, turned back into lit-localize's runtime templates.
//
// A message missing in a locale falls back to English, wrapped in an element
// with lang="en", so that its language is marked.
import {_installMsgImplementation} from '@lit/localize/init/install.js';
import {html} from 'lit';
import {loadStrings} from '../content/content-store.js';
import type {Message} from '../content/types.js';
import {SOURCE_LOCALE} from './locale.js';

/** A message as msg() receives it: plain text, or a str`` template with its values. */
type MsgTemplate = string | {strTag: true; strings: readonly string[]; values: unknown[]};

const loaded = new Map<string, Record<string, Message>>();
let current = SOURCE_LOCALE;
let plainText = false;

/** Loads a locale's interface strings once; resolves when msg() can answer in it. */
export async function loadInterfaceStrings(locale: string): Promise<void> {
  if (!loaded.has(locale)) loaded.set(locale, await loadStrings(locale));
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

/**
 * Makes msg() answer in the rendering element's locale. Called once, by the
 * entry. A translation is found by its English text, with U+0001 where each
 * placeholder goes, as the build keys it (scripts/strings/xliff.mjs): no
 * message ids need computing here.
 */
export function installInterfaceStrings(): void {
  _installMsgImplementation(((template: MsgTemplate) => {
    const messages = current === SOURCE_LOCALE ? undefined : loaded.get(current);
    const english = typeof template === 'string';
    const found = messages?.[english ? template : template.strings.join('\u0001')];
    // A translation that asks for a value the message does not have is not used: English is shown.
    const localized =
      typeof found === 'object' &&
      found.some((part) => typeof part === 'number' && (english || part >= template.values.length))
        ? undefined
        : found;
    const text =
      localized === undefined
        ? english
          ? template
          : template.strings.reduce((out, part, i) => out + String(template.values[i - 1]) + part)
        : typeof localized === 'string'
          ? localized
          : localized
              .map((part) => (typeof part === 'number' ? String((template as {values: unknown[]}).values[part]) : part))
              .join('');
    return !messages || plainText || localized !== undefined ? text : html`<span lang="en" dir="ltr">${text}</span>`;
  }) as Parameters<typeof _installMsgImplementation>[0]);
}
