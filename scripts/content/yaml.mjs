// @ts-check
// YAML as the content build reads it, in one place: front matter, the source
// policy and the term bases. The limits in limits.mjs are checked before
// parsing, and aliases (*name) are refused, or capped where a file needs them:
// nine aliases of nine aliases make a billion values from a few lines.
import {LineCounter, parseDocument, visit} from 'yaml';
import {yamlLimitErrors} from './limits.mjs';

/** @typedef {{line: number, message: string}} LineError */

/**
 * @param {string} text
 * @param {{what: string, firstLine?: number, maxAliasCount?: number}} options
 *   what: what the YAML is, for the messages, such as "front matter";
 *   firstLine: the file line of text's first line;
 *   maxAliasCount: 0 refuses any alias; more allows that many expansions
 * @returns {{data?: unknown, doc?: import('yaml').Document, lineAt: (offset: number) => number, errors: LineError[]}}
 *   data, when there are no errors; lineAt: the file line of an offset in text
 */
export function parseYaml(text, {what, firstLine = 1, maxAliasCount = 0}) {
  const lineCounter = new LineCounter();
  const lineAt = (/** @type {number} */ offset) => firstLine - 1 + lineCounter.linePos(offset).line;
  const limitErrors = yamlLimitErrors(text, firstLine, what);
  if (limitErrors.length) return {lineAt, errors: limitErrors};
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true});
  if (doc.errors.length) {
    const errors = doc.errors.map((e) => ({
      line: firstLine - 1 + (e.linePos?.[0]?.line ?? 1),
      message: `${what} is not valid YAML: ${e.message.split('\n')[0]}`,
    }));
    return {doc, lineAt, errors};
  }
  const alias = firstAlias(doc);
  if (alias !== undefined && !maxAliasCount) {
    const message = `${what} cannot use YAML aliases (*name); write the value out in full`;
    return {doc, lineAt, errors: [{line: lineAt(alias), message}]};
  }
  try {
    return {data: doc.toJS({maxAliasCount}), doc, lineAt, errors: []};
  } catch {
    const message = `${what} expands YAML aliases (*name) too far; write the values out`;
    return {doc, lineAt, errors: [{line: lineAt(alias ?? 0), message}]};
  }
}

/**
 * Where the first alias (`*name`) in a YAML document starts, if it has one.
 * @param {import('yaml').Document} doc
 * @returns {number | undefined}
 */
function firstAlias(doc) {
  /** @type {number | undefined} */
  let offset;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}
