export const SOURCE_LOCALE = 'en';

/** The `lang` that applies to an element: its own, then the nearest ancestor's, across shadow roots. */
export function nearestLang(start: Element): string | undefined {
  for (
    let node: Element | null = start;
    node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)
  ) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return undefined;
}

/**
 * Long dates. The guide is about England, so English dates are written the
 * British way; digits are Western in every language, as in the content.
 */
export function formatDate(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale === SOURCE_LOCALE ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
    numberingSystem: 'latn',
  }).format(date);
}
