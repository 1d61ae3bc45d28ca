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
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {generateMsgId} from '@lit/localize/internal/id-generation.js';
import {html} from 'lit';
import {loadStrings} from '../content/content-store.js';
import type {Message} from '../content/types.js';
import {SOURCE_LOCALE} from './locale.js';

type Template = string | {strTag: true; strings: string[]; values: number[]};
type Templates = Record<string, Template>;

const loaded = new Map<string, Templates>();
let current = SOURCE_LOCALE;
let plainText = false;

function toTemplate(message: Message): Template {
  if (typeof message === 'string') return message;
  const strings: string[] = [''];
  const values: number[] = [];
  for (const part of message) {
    if (typeof part === 'number') {
      values.push(part);
      strings.push('');
    } else strings[strings.length - 1] += part;
  }
  return {strTag: true, strings, values};
}

/** Loads a locale's interface strings once; resolves when msg() can answer in it. */
export async function loadInterfaceStrings(locale: string): Promise<void> {
  if (loaded.has(locale)) return;
  const messages = await loadStrings(locale);
  const templates: Templates = {};
  for (const [id, message] of Object.entries(messages)) templates[id] = toTemplate(message);
  loaded.set(locale, templates);
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

type MsgTemplate = Parameters<typeof runtimeMsg>[1];

/** Makes msg() answer in the rendering element's locale. Called once, by the entry. */
export function installInterfaceStrings(): void {
  _installMsgImplementation(((template: MsgTemplate, options?: {id?: string}) => {
    const templates = current === SOURCE_LOCALE ? undefined : loaded.get(current);
    const text = runtimeMsg(templates as Parameters<typeof runtimeMsg>[0], template, options);
    if (!templates || plainText) return text;
    const id = options?.id ?? generateMsgId(typeof template === 'string' ? template : template.strings, false);
    return id in templates ? text : html`<span lang="en" dir="ltr">${text}</span>`;
  }) as Parameters<typeof _installMsgImplementation>[0]);
}
