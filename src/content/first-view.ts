import {nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {availableLocales, entryAddress, loadLocaleIndex, loadStrings, loadTopic, matchLocale} from './content-store.js';

/**
 * Asks for the first views at once when the page loads the entry with its own script tag, as the README shows:
 * no setDataPath() can come then, so the requests go while the rest of the entry is still starting. A bundled
 * app's entry asks a moment later, once the code that imported the guide has run, so that a setDataPath() it
 * calls comes first.
 */
export function fetchFirstViewsSoon(): void {
  if (loadedByItsOwnScriptTag()) fetchFirstViews();
  else queueMicrotask(fetchFirstViews);
}

/** The built entry, family-rights-guide.js, is the page's own module script: no bundler took it in. */
const loadedByItsOwnScriptTag = (): boolean =>
  /\/family-rights-guide\.js$/.test(new URL(entryAddress).pathname) &&
  [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].some(
    (script) => script.src === entryAddress
  );

/**
 * Asks for the first view of each guide already on the page as soon as the
 * entry runs, before the elements are defined and first rendered: the same
 * files the guide asks for (guide-view.ts), which then finds them on their way.
 * A failure here is left for the guide to meet, and report, when it asks.
 */
export function fetchFirstViews(): void {
  for (const guide of document.querySelectorAll('family-rights-guide')) {
    const locale = matchLocale(nearestLang(guide) ?? SOURCE_LOCALE, availableLocales(), SOURCE_LOCALE);
    const slug = guide.getAttribute('topic');
    const requests = slug ? [loadTopic(locale, slug), loadStrings(locale)] : [loadLocaleIndex(locale)];
    for (const request of requests) request.catch(() => undefined);
  }
}
