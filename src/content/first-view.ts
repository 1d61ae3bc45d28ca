import {nearestLang, SOURCE_LOCALE} from '../i18n/locale.js';
import {availableLocales, loadLocaleIndex, loadStrings, loadTopic, matchLocale} from './content-store.js';

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
