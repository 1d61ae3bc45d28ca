// @ts-check
// Small helpers over the data tree that the content build writes: walking
// it, rewriting citations, and collecting the parts a translation must keep.

import {inlineText} from './markdown-tree.mjs';

/** @typedef {import('./markdown-tree.mjs').Block} Block */

/**
 * Every node of a body, depth first: blocks, inline nodes, list items and text.
 * @param {unknown} node
 * @returns {Generator<any>}
 */
export function* nodesOf(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* nodesOf(child);
  } else if (node !== null && node !== undefined) {
    yield node;
    if (typeof node === 'object') {
      yield* nodesOf(/** @type {any} */ (node).children);
      yield* nodesOf(/** @type {any} */ (node).items);
    }
  }
}

/**
 * Copies a body or inline list, passing each cite node through `replace`
 * (which may return undefined to drop it).
 * @param {any} node
 * @param {(cite: any) => any} replace
 * @returns {any}
 */
export function mapInline(node, replace) {
  if (Array.isArray(node)) return node.map((child) => mapInline(child, replace)).filter((child) => child !== undefined);
  if (!node || typeof node !== 'object') return node;
  if (node.type === 'cite') return replace(node);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, mapInline(value, replace)]));
}

/**
 * Replaces citation ids with source numbers (1 is the first source), as the
 * widget shows them. A translation's citations are numbered by the English sources.
 * @param {object[]} body
 * @param {{id: string}[]} sources
 */
export function numberCitations(body, sources) {
  const ids = sources.map((source) => source.id);
  return mapInline(body, (node) => ({
    type: 'cite',
    sources: node.ids.map((/** @type {string} */ id) => ids.indexOf(id) + 1).filter((/** @type {number} */ n) => n > 0),
  }));
}

/** Every https:, tel: and mailto: link target in a body. @param {object[]} body @returns {string[]} */
export const linkTargets = (body) => [...nodesOf(body)].filter((n) => n.type === 'link').map((n) => n.href);

/** A time of day, English style (9.30am, 3pm) or 24-hour (15:00, 9.30). */
const TIME = /(?<!\d)(\d{1,2})(?:[.:](\d{2}))?\s?([ap]m)\b|(?<![\d:]|\d\.)(\d{1,2})[:.](\d{2})(?![\d:]|\.\d)/gi;

/**
 * The numbers in a body's visible text: each time of day by its value, as
 * "15:00" whether it is written 3pm or 15:00, then every other run of digits,
 * such as 26, 0808 and 2026. So a translation may write times its own way,
 * but not change one.
 * @param {object[]} body
 * @param {(text: string) => string} [leaveOut] takes out text whose numbers are not counted
 * @returns {string[]}
 */
export const numbersIn = (body, leaveOut = (text) => text) =>
  [...nodesOf(body)]
    .filter((n) => typeof n === 'string')
    .flatMap((/** @type {string} */ string) => {
      const text = leaveOut(string);
      /** @type {string[]} */
      const times = [];
      const rest = text.replace(TIME, (match, hour12, minute12 = '00', half, hour24, minute24) => {
        const hour = half ? (Number(hour12) % 12) + (half.toLowerCase() === 'pm' ? 12 : 0) : Number(hour24);
        const minute = half ? minute12 : minute24;
        if (hour > 23 || Number(minute) > 59) return match;
        times.push(`${String(hour).padStart(2, '0')}:${minute}`);
        return ' ';
      });
      return [...times, ...(rest.match(/\d+/g) ?? [])];
    });

/** The source numbers a body cites, in order. @param {object[]} body @returns {string[]} */
export const citationsIn = (body) =>
  [...nodesOf(body)]
    .filter((n) => n.type === 'cite')
    .flatMap((n) => n.sources)
    .map(String);

/** The glossary ids a body links to. @param {object[]} body @returns {Set<string>} */
export const termIds = (body) => new Set([...nodesOf(body)].filter((n) => n.type === 'term').map((n) => n.id));

/** @param {object[]} body @returns {string[]} */
export function questionIdsOf(body) {
  return body.flatMap((/** @type {any} */ block) =>
    block.type === 'questions' ? block.items.map((/** @type {any} */ q) => q.id) : []
  );
}

/**
 * An `{#…}` left in visible text is almost always a misplaced id.
 * @param {Block} block
 * @param {{line: number, message: string}[]} errors
 */
export function checkNoStrayIds(block, errors) {
  const texts =
    block.type === 'list' ? block.items.map((item) => inlineText(item.children)) : [inlineText(block.children)];
  for (const text of texts) {
    const stray = /\{#[^{}]*\}/.exec(text);
    if (stray)
      errors.push({line: block.line, message: `"${stray[0]}" must come at the very end of a heading or question`});
  }
}
