export const SOURCE_LOCALE = 'en';

const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

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

export function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(locale.split('-')[0]) ? 'rtl' : 'ltr';
}

/** Long dates; the guide is about England, so English dates are written the British way. */
export function formatDate(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale === SOURCE_LOCALE ? 'en-GB' : locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}
