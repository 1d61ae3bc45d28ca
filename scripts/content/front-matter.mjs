// @ts-check
// Splits a content file into YAML front matter and Markdown body, and checks
// the front-matter fields. Errors carry the 1-based line they point at.
import {parseYaml} from './yaml.mjs';

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
  const yaml = parseYaml(lines.slice(1, end).join('\n'), {what: 'front matter', firstLine: 2});
  if (!yaml.doc) return {...none, errors: yaml.errors};
  const {doc, errors} = yaml;
  const data = errors.length ? {} : /** @type {any} */ (yaml.data ?? {});
  if (!errors.length && (typeof data !== 'object' || Array.isArray(data))) {
    errors.push({line: 2, message: 'front matter must be a set of "key: value" lines'});
  }
  /** @param {string} key */
  const lineOf = (key) => {
    const pair = /** @type {any} */ (doc.contents)?.items?.find((/** @type {any} */ item) => item.key?.value === key);
    const offset = pair?.key?.range?.[0];
    return offset === undefined ? 1 : yaml.lineAt(offset);
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

/** The kinds of source a topic may cite; content/source-policy.yaml says where each may come from. */
export const SOURCE_KINDS = ['law', 'statutory-guidance', 'guidance', 'case-law', 'advice'];
const SOURCE_FIELDS = ['id', 'kind', 'title', 'url', 'why-this-version'];
/** Who may record that a translation is checked: a translator qualified in the language pair. */
export const TRANSLATION_REVIEWER_ROLES = ['qualified-translator'];

/**
 * What is wrong with a translation's claim to be reviewed, or undefined. A
 * reviewed file records who checked it, when, and which English text it was
 * checked against; that must be the English text it says it translates.
 * @param {Record<string, any>} data front matter
 */
export function translationReviewProblem(data) {
  if (data.translation !== 'reviewed') return undefined;
  const review = data['translation-review'];
  if (!review)
    return '"translation: reviewed" needs a "translation-review" record: role, date and the source-hash reviewed';
  if (review['source-hash'] !== data['source-hash'])
    return `the review was of another English text (source-hash ${review['source-hash']}): review this one, or mark the file draft`;
  return undefined;
}

/** Who may record a review. The widget names the role: "Checked by a family law solicitor on …". */
export const REVIEWER_ROLES = ['family-law-solicitor', 'family-law-barrister', 'family-law-adviser'];

/** @param {string} field @param {unknown} v @param {string} today */
function dateProblem(field, v, today) {
  if (!isIsoDate(v)) return `"${field}" must be a date written as YYYY-MM-DD`;
  return /** @type {string} */ (v) > today ? `"${field}" (${v}) is in the future` : undefined;
}

/** @param {unknown} value */
export function isIsoDate(value) {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with a review record: `{role, date, <hash field>}`, or undefined.
 * @param {string} name @param {unknown} v @param {string} today @param {string[]} roles
 * @param {string} hashField @param {string} hashMeaning what the hash must be, for the message
 */
function recordProblem(name, v, today, roles, hashField, hashMeaning) {
  const fields = ['role', 'date', hashField];
  if (!v || typeof v !== 'object' || Array.isArray(v)) return `"${name}" must have "role", "date" and "${hashField}"`;
  const record = /** @type {Record<string, unknown>} */ (v);
  const extra = Object.keys(record).find((k) => !fields.includes(k));
  if (extra) return `"${name}" has unknown field "${extra}" (expected: ${fields.join(', ')})`;
  if (!roles.includes(/** @type {string} */ (record.role))) return `"${name}.role" must be one of: ${roles.join(', ')}`;
  return (
    dateProblem(`${name}.date`, record.date, today) ??
    (typeof record[hashField] === 'string' && /^[0-9a-f]{12}$/.test(/** @type {string} */ (record[hashField]))
      ? undefined
      : `"${name}.${hashField}" must be ${hashMeaning}`)
  );
}

/**
 * The groups of the list of topics, in the order they are shown, from the first
 * help a family may get to their rights. src/family-rights-guide/views/topic-list.ts
 * names each one.
 */
export const STAGES = ['getting-help', 'worried', 'court', 'living-elsewhere', 'rights-and-advice'];

/**
 * Field rules. Each returns an error message, or undefined when the value is good.
 * @type {Record<string, (value: unknown, today: string) => string | undefined>}
 */
const RULES = {
  stage: (v) =>
    STAGES.includes(/** @type {string} */ (v)) ? undefined : `"stage" must be one of: ${STAGES.join(', ')}`,
  title: (v) => (nonEmptyLine(v) ? undefined : '"title" must be one line of text'),
  summary: (v) =>
    !nonEmptyLine(v)
      ? '"summary" must be one line of text'
      : /** @type {string} */ (v).length > 160
        ? '"summary" must be at most 160 characters'
        : undefined,
  order: (v) =>
    Number.isInteger(v) && /** @type {number} */ (v) > 0 ? undefined : '"order" must be a whole number above 0',
  'last-updated': (v, today) => dateProblem('last-updated', v, today),
  reviewed: (v, today) =>
    recordProblem(
      'reviewed',
      v,
      today,
      REVIEWER_ROLES,
      'text-hash',
      'the 12-character text hash that npm run content:status shows'
    ),
  'translation-review': (v, today) =>
    recordProblem(
      'translation-review',
      v,
      today,
      TRANSLATION_REVIEWER_ROLES,
      'source-hash',
      'the source-hash of the English text that was reviewed'
    ),
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
    const ids = new Set();
    for (const [i, source] of v.entries()) {
      const n = `source ${i + 1}`;
      if (!source || typeof source !== 'object') return `${n} must have ${SOURCE_FIELDS.slice(0, 4).join(', ')}`;
      if (typeof source.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(source.id)) {
        return `${n} needs an "id" of lowercase words joined by hyphens, such as ca1989-s20`;
      }
      if (ids.has(source.id)) return `source id "${source.id}" is used twice`;
      ids.add(source.id);
      if (!SOURCE_KINDS.includes(source.kind))
        return `source "${source.id}" needs a "kind": one of ${SOURCE_KINDS.join(', ')}`;
      if (!nonEmptyLine(source.title)) return `source "${source.id}" needs a "title"`;
      if (typeof source.url !== 'string' || !isHttpsUrl(source.url))
        return `source "${source.id}" needs a "url" starting with https://`;
      if ('why-this-version' in source && !nonEmptyLine(source['why-this-version']))
        return `source "${source.id}" has an empty "why-this-version"`;
      const extra = Object.keys(source).filter((k) => !SOURCE_FIELDS.includes(k));
      if (extra.length)
        return `source "${source.id}" has unknown field "${extra[0]}" (expected: ${SOURCE_FIELDS.join(', ')})`;
    }
    return undefined;
  },
  help: (v) => {
    if (!Array.isArray(v)) return '"help" must be a list of pages, each with "title" and "url"';
    for (const [i, page] of v.entries()) {
      if (!page || typeof page !== 'object' || !nonEmptyLine(page.title)) return `help page ${i + 1} needs a "title"`;
      if (typeof page.url !== 'string' || !isHttpsUrl(page.url))
        return `help page ${i + 1} needs a "url" starting with https://`;
      const extra = Object.keys(page).find((k) => k !== 'title' && k !== 'url');
      if (extra) return `help page ${i + 1} has unknown field "${extra}" (expected: title, url)`;
    }
    return undefined;
  },
};

/**
 * @param {Record<string, unknown>} data
 * @param {(key: string) => number} lineOf
 * @param {string[]} required
 * @param {string} today YYYY-MM-DD
 * @param {string[]} [optional] fields that may be left out
 * @returns {LineError[]}
 */
export function checkFields(data, lineOf, required, today, optional = []) {
  /** @type {LineError[]} */
  const errors = [];
  const known = [...required, ...optional];
  for (const key of Object.keys(data)) {
    if (!known.includes(key)) {
      const hint =
        key === 'last-reviewed' ? ' ("last-reviewed" is now "last-updated"; a review is recorded in "reviewed")' : '';
      errors.push({
        line: lineOf(key),
        message: `unknown front-matter field "${key}" (expected: ${known.join(', ')})${hint}`,
      });
    }
  }
  for (const key of known) {
    if (!(key in data)) {
      if (required.includes(key)) errors.push({line: 1, message: `front matter is missing "${key}"`});
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
