// @ts-check
// Characters a reader cannot see that change what they see: bidi overrides and
// isolates can show the stored digits 6630 108 8080 as "0808 801 0366", and
// zero-width characters can make a label look empty, or two words look alike.
// Refused in every content file and interface string. The joiners (ZWJ, ZWNJ)
// and the LRM and RLM marks stay allowed: some scripts need them.

const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/g;

/** @param {string} char */
const describe = (char) => {
  const code = `U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return /[\u202A-\u202E\u2066-\u2069]/.test(char)
    ? `${code} (a direction control)`
    : `${code} (an invisible character)`;
};

/**
 * Each line of `text` with a hidden character, as `{line, message}`; a byte
 * order mark at the very start is allowed, as editors add one.
 * @param {string} text @param {number} [firstLine]
 * @returns {{line: number, message: string}[]}
 */
export function hiddenCharacterErrors(text, firstLine = 1) {
  return text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .flatMap((line, i) => {
      const found = line.match(HIDDEN);
      return found
        ? [
            {
              line: firstLine + i,
              message: `${describe(found[0])} is not allowed: it can change the order or look of what a reader sees`,
            },
          ]
        : [];
    });
}

/** Whether a string has something to see: not only spaces and invisible characters. @param {string} text */
export const hasVisibleText = (text) => /[^\s\u200B-\u200F\u2060-\u2064\u202A-\u202E\u2066-\u2069\uFEFF]/u.test(text);
