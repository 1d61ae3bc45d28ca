// @ts-check
// One fingerprint of what a content file says, used two ways:
// - a review record's `text-hash`: the text a qualified reviewer checked;
// - a translation's `source-hash`: the English text it was translated from.
// It covers the body and every front-matter field except the review record
// and the update date, so recording a review changes nothing it covers, and
// the topic's stage, which groups it in the list: where it sits, not what it says.
import {createHash} from 'node:crypto';
import {splitFrontMatter} from './front-matter.mjs';

const NOT_COVERED = ['reviewed', 'last-updated', 'stage'];

/** @param {string} text a whole content file @returns {string} 12 hex characters */
export function textHash(text) {
  const {data, body} = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  const covered = Object.fromEntries(
    Object.keys(data)
      .filter((key) => !NOT_COVERED.includes(key))
      .sort()
      .map((key) => [key, data[key]])
  );
  return createHash('sha256')
    .update(JSON.stringify({frontMatter: covered, body: body.trim()}))
    .digest('hex')
    .slice(0, 12);
}

/**
 * Whether a file's recorded review covers its current text.
 * @param {string} text a whole content file
 * @returns {{state: 'checked' | 'out of date' | 'not checked', hash: string,
 *   review?: {role?: string, date?: string, 'text-hash'?: string}, lastUpdated?: string}}
 */
export function reviewState(text) {
  const {data} = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  const hash = textHash(text);
  const review = /** @type {{role?: string, date?: string, 'text-hash'?: string} | undefined} */ (data.reviewed);
  const state = !review ? 'not checked' : review['text-hash'] === hash ? 'checked' : 'out of date';
  return {state, hash, review, lastUpdated: /** @type {string | undefined} */ (data['last-updated'])};
}
