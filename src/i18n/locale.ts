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
 * Today's date, written out for a printed or copied list: British in English,
 * with Western digits in every language. (A topic's dates are written out at build time.)
 */
export const today = (locale: string): string =>
  new Date().toLocaleDateString(locale === SOURCE_LOCALE ? 'en-GB' : locale, {
    dateStyle: 'long',
    numberingSystem: 'latn',
  });
