// @ts-check
// Splits a content file into YAML front matter and Markdown body, and checks
// the front-matter fields. Errors carry the 1-based line they point at.
import {LineCounter, parseDocument} from 'yaml';

/** @typedef {{line: number, message: string}} LineError */

const FENCE = /^---[ \t]*$/;

/**
 * @param {string} text whole file, with \n line endings
 * @returns {{data: Record<string, unknown>, lineOf: (key: string) => number,
 *   body: string, bodyStartLine: number, errors: LineError[]}}
 */
export function splitFrontMatter(text) {
  const lines = text.split('\n');
  const none = {data: {}, lineOf: () => 1, body: text, bodyStartLine: 1};
  if (!FENCE.test(lines[0] ?? '')) {
    return {...none, errors: [{line: 1, message: 'the file must start with front matter between two "---" lines'}]};
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end === -1) {
    return {...none, errors: [{line: 1, message: 'front matter has no closing "---" line'}]};
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, {lineCounter, uniqueKeys: true});
  /** @type {LineError[]} */
  const errors = doc.errors.map((e) => ({
    line: 1 + (e.linePos?.[0]?.line ?? 1),
    message: `front matter is not valid YAML: ${e.message.split('\n')[0]}`,
  }));
  const data = errors.length ? {} : doc.toJS() ?? {};
  if (!errors.length && (typeof data !== 'object' || Array.isArray(data))) {
    errors.push({line: 2, message: 'front matter must be a set of "key: value" lines'});
  }
  /** @param {string} key */
  const lineOf = (key) => {
    const pair = /** @type {any} */ (doc.contents)?.items?.find(
      (/** @type {any} */ item) => item.key?.value === key
    );
    const offset = pair?.key?.range?.[0];
    return offset === undefined ? 1 : 1 + lineCounter.linePos(offset).line;
  };
  return {
    data,
    lineOf,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
    errors,
  };
}

/** How far a translated file has got. "untranslated" files are shown in English. */
export const TRANSLATION_STATES = ['untranslated', 'draft', 'reviewed'];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** @param {unknown} value */
export function isIsoDate(value) {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Field rules. Each returns an error message, or undefined when the value is good.
 * @type {Record<string, (value: unknown, today: string) => string | undefined>}
 */
const RULES = {
  title: (v) => (nonEmptyLine(v) ? undefined : '"title" must be one line of text'),
  summary: (v) =>
    !nonEmptyLine(v)
      ? '"summary" must be one line of text'
      : /** @type {string} */ (v).length > 160
        ? '"summary" must be at most 160 characters'
        : undefined,
  order: (v) =>
    Number.isInteger(v) && /** @type {number} */ (v) > 0 ? undefined : '"order" must be a whole number above 0',
  'last-reviewed': (v, today) =>
    !isIsoDate(v)
      ? '"last-reviewed" must be a date written as YYYY-MM-DD'
      : /** @type {string} */ (v) > today
        ? `"last-reviewed" (${v}) is in the future`
        : undefined,
  translation: (v) =>
    TRANSLATION_STATES.includes(/** @type {string} */ (v))
      ? undefined
      : `"translation" must be one of: ${TRANSLATION_STATES.join(', ')}`,
  'source-hash': (v) =>
    typeof v === 'string' && /^[0-9a-f]{12}$/.test(v)
      ? undefined
      : '"source-hash" must be the first 12 characters of the SHA-256 of the English file (npm run translations shows it)',
  sources: (v) => {
    if (!Array.isArray(v) || v.length === 0) return '"sources" must be a list with at least one source';
    for (const [i, source] of v.entries()) {
      const n = i + 1;
      if (!source || typeof source !== 'object') return `source ${n} must have "title" and "url"`;
      if (!nonEmptyLine(source.title)) return `source ${n} needs a "title"`;
      if (typeof source.url !== 'string' || !isHttpsUrl(source.url)) return `source ${n} needs a "url" starting with https://`;
      const extra = Object.keys(source).filter((k) => k !== 'title' && k !== 'url');
      if (extra.length) return `source ${n} has unknown field "${extra[0]}"`;
    }
    return undefined;
  },
};

/**
 * @param {Record<string, unknown>} data
 * @param {(key: string) => number} lineOf
 * @param {string[]} required
 * @param {string} today YYYY-MM-DD
 * @returns {LineError[]}
 */
export function checkFields(data, lineOf, required, today) {
  /** @type {LineError[]} */
  const errors = [];
  for (const key of Object.keys(data)) {
    if (!required.includes(key)) {
      errors.push({line: lineOf(key), message: `unknown front-matter field "${key}" (expected: ${required.join(', ')})`});
    }
  }
  for (const key of required) {
    if (!(key in data)) {
      errors.push({line: 1, message: `front matter is missing "${key}"`});
      continue;
    }
    const message = RULES[key](data[key], today);
    if (message) errors.push({line: lineOf(key), message});
  }
  return errors;
}

/** @param {unknown} v */
function nonEmptyLine(v) {
  return typeof v === 'string' && v.trim() !== '' && !v.includes('\n');
}

/** @param {string} url */
export function isHttpsUrl(url) {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
