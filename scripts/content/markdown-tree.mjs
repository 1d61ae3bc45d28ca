// @ts-check
// Turns a Markdown body into the small data tree that the widget renders.
// Only headings, paragraphs, lists, strong, emphasis, links and glossary
// references get through; everything else is reported with its line.
import {Lexer} from 'marked';
import {markdownLimitErrors} from './limits.mjs';

/**
 * @typedef {string | {type: 'strong' | 'emphasis', children: Inline[]}
 *   | {type: 'link', href: string, children: Inline[], name?: string}
 *   | {type: 'term', id: string, children: Inline[]}
 *   | {type: 'cite', ids: string[]}} Inline
 * @typedef {{children: Inline[], id?: string, line: number}} ListItem
 * @typedef {{type: 'heading', level: number, id?: string, children: Inline[], line: number}
 *   | {type: 'paragraph', children: Inline[], line: number}
 *   | {type: 'list', ordered: boolean, items: ListItem[], line: number}} Block
 * @typedef {{line: number, message: string}} LineError
 */

const ALLOWED_SCHEMES = ['https:', 'tel:', 'mailto:'];
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** A citation of the file's sources, Pandoc style: `[@ca1989-s20]` or `[@ca1989-s20; @wt2023]`. */
const CITATION = /\[@([^\][]*)\]/g;

const REJECTED = {
  html: 'raw HTML is not allowed; write plain Markdown',
  image: 'images are not allowed',
  code: 'code blocks are not allowed',
  codespan: 'code spans (`…`) are not allowed',
  blockquote: 'block quotes are not allowed',
  table: 'tables are not allowed',
  hr: 'horizontal rules are not allowed',
  del: 'struck-through text is not allowed',
  def: 'link definitions are not allowed; write links inline',
};

/**
 * @param {string} body Markdown with \n line endings
 * @param {number} firstLine file line number of the body's first line
 * @param {{glossaryIds?: Set<string>, phoneNumbers?: Record<string, string>}} options glossary ids that `glossary:`
 *   links may use; the phone numbers that `tel:` links may call, each with the name of its service
 * @returns {{blocks: Block[], errors: LineError[], refused?: true}} refused: the body is outside
 *   the limits in limits.mjs, so it was not parsed
 */
export function markdownToTree(body, firstLine, options = {}) {
  const limitErrors = markdownLimitErrors(body, firstLine);
  if (limitErrors.length) return {blocks: [], errors: limitErrors, refused: true};
  /** @type {LineError[]} */
  const errors = [];
  const lineAt = lineFinder(body, firstLine);
  const tokens = new Lexer({gfm: true}).lex(body);

  /**
   * Finds where each token's raw text starts, searching forward from a cursor,
   * so that errors can name a line.
   * @param {{raw: string}[]} list
   * @param {number} start
   */
  function* located(list, start) {
    let cursor = start;
    for (const token of list) {
      const found = token.raw ? body.indexOf(token.raw, cursor) : -1;
      const offset = found === -1 ? cursor : found;
      if (found !== -1) cursor = found + token.raw.length;
      yield /** @type {[any, number]} */ ([token, offset]);
    }
  }

  /**
   * @param {any[]} list
   * @param {number} start
   * @returns {Inline[]}
   */
  function inline(list, start) {
    /** @type {Inline[]} */
    const out = [];
    for (const [token, offset] of located(list, start)) {
      const line = lineAt(offset);
      switch (token.type) {
        case 'text':
          if (token.tokens) addAll(out, inline(token.tokens, offset));
          else {
            // The source as written: marked has already decoded numeric entities such as &#60; in token.text.
            const entity = ENTITY.exec(token.raw);
            if (entity)
              errors.push({line, message: `HTML entity "${entity[0]}" is not allowed; type the character itself`});
            addAll(out, textWithCitations(token.text, line));
          }
          break;
        case 'escape':
          out.push(token.text);
          break;
        case 'br':
          out.push(' ');
          break;
        case 'strong':
        case 'em':
          out.push({type: token.type === 'em' ? 'emphasis' : 'strong', children: inline(token.tokens, offset)});
          break;
        case 'link':
          out.push(link(token, offset, line));
          break;
        default:
          errors.push({
            line,
            message: REJECTED[/** @type {keyof REJECTED} */ (token.type)] ?? `"${token.type}" is not allowed`,
          });
      }
    }
    return mergeText(out);
  }

  /** Text on one line: the line breaks of the Markdown source become spaces. @param {string} text */
  function plainText(text) {
    return text.replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
  }

  /**
   * Plain text with its `[@id; @id]` citations as cite nodes. The space before
   * a citation belongs to it, so "time [@x]." reads "time." once rendered.
   * @param {string} text @param {number} line @returns {Inline[]}
   */
  function textWithCitations(text, line) {
    /** @type {Inline[]} */
    const out = [];
    let last = 0;
    for (const match of text.matchAll(CITATION)) {
      out.push(plainText(text.slice(last, match.index).trimEnd()));
      const parts = `@${match[1]}`.split(';').map((part) => part.trim());
      const ids = parts.map((part) => part.replace(/^@/, ''));
      if (parts.some((part) => !/^@[a-z0-9]+(-[a-z0-9]+)*$/.test(part))) {
        errors.push({line, message: `citation "${match[0]}" must list source ids as [@id] or [@id; @other-id]`});
      }
      out.push({type: 'cite', ids});
      last = /** @type {number} */ (match.index) + match[0].length;
    }
    out.push(plainText(text.slice(last)));
    return out;
  }

  /** @param {any} token @param {number} offset @param {number} line @returns {Inline} */
  function link(token, offset, line) {
    const children = inline(token.tokens, offset);
    const href = String(token.href);
    if (!children.length) errors.push({line, message: `link to "${href}" has no text`});
    if (href.startsWith('glossary:')) {
      const id = href.slice('glossary:'.length);
      if (!options.glossaryIds?.has(id)) errors.push({line, message: `unknown glossary id "${id}"`});
      return {type: 'term', id, children};
    }
    /** @type {URL | undefined} */
    let url;
    try {
      url = new URL(href);
    } catch {
      // relative or malformed: reported below
    }
    if (!url || !ALLOWED_SCHEMES.includes(url.protocol)) {
      errors.push({
        line,
        message: `link "${href}" is not allowed; links must start with https:, tel:, mailto: or glossary:`,
      });
    } else if (url.protocol === 'tel:' && dialledDiffers(href, children)) {
      errors.push({
        line,
        message: `link "${href}" shows other digits than it dials: the text of a phone link must be the number it calls`,
      });
    } else if (isLookAlikeHost(url)) {
      errors.push({
        line,
        message: `link "${href}" has a web address with letters outside plain English ones; a look-alike letter can hide another site`,
      });
    }
    const number = url?.protocol === 'tel:' ? href.slice('tel:'.length) : undefined;
    if (number && options.phoneNumbers) {
      const name = options.phoneNumbers[number];
      if (name) return {type: 'link', href, children, name};
      errors.push({
        line,
        message: `phone number ${number} is not in content/source-policy.yaml "phone-numbers": list it there with the name of the service it calls`,
      });
    }
    return {type: 'link', href, children};
  }

  /** @type {Block[]} */
  const blocks = [];
  for (const [token, offset] of located(tokens, 0)) {
    const line = lineAt(offset);
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const {id, children} = withTrailingId(inline(token.tokens, offset));
        blocks.push({type: 'heading', level: token.depth, ...(id !== undefined && {id}), children, line});
        break;
      }
      case 'paragraph':
        blocks.push({type: 'paragraph', children: inline(token.tokens, offset), line});
        break;
      case 'list':
        blocks.push({type: 'list', ordered: token.ordered, items: listItems(token, offset), line});
        break;
      default:
        errors.push({
          line,
          message: REJECTED[/** @type {keyof REJECTED} */ (token.type)] ?? `"${token.type}" is not allowed`,
        });
    }
  }

  /** @param {any} list @param {number} start @returns {ListItem[]} */
  function listItems(list, start) {
    /** @type {ListItem[]} */
    const items = [];
    for (const [item, offset] of located(list.items, start)) {
      const line = lineAt(offset);
      if (item.task) errors.push({line, message: 'task-list check boxes are not allowed'});
      const blocksInItem = item.tokens.filter((/** @type {any} */ t) => t.type !== 'space');
      const nested = blocksInItem.find((/** @type {any} */ t) => t.type !== 'text' && t.type !== 'paragraph');
      if (nested) {
        errors.push({
          line,
          message:
            nested.type === 'list'
              ? 'lists inside lists are not allowed'
              : (REJECTED[/** @type {keyof REJECTED} */ (nested.type)] ?? `"${nested.type}" is not allowed in a list`),
        });
        continue;
      }
      if (blocksInItem.length > 1) {
        errors.push({line, message: 'a list item can hold only one paragraph'});
        continue;
      }
      const {id, children} = withTrailingId(inline(blocksInItem[0]?.tokens ?? [], offset));
      items.push({children, ...(id !== undefined && {id}), line});
    }
    return items;
  }

  return {blocks, errors};
}

/**
 * Removes a trailing `{#id}` from inline content.
 * @param {Inline[]} children
 * @returns {{id?: string, children: Inline[]}}
 */
function withTrailingId(children) {
  const last = children[children.length - 1];
  if (typeof last !== 'string') return {children};
  // Found from the end, not with one regular expression: that would take
  // time in the square of a long line's length.
  const trimmed = last.trimEnd();
  const start = trimmed.lastIndexOf('{#');
  if (start === -1 || trimmed.indexOf('}', start) !== trimmed.length - 1) return {children};
  const rest = trimmed.slice(0, start).trimEnd();
  const id = trimmed.slice(start + 2, -1);
  return {id, children: rest ? [...children.slice(0, -1), rest] : children.slice(0, -1)};
}

/**
 * Whether a tel: link's text has digits other than the ones it dials. Text
 * with no digits, such as "call them", is allowed.
 * @param {string} href @param {Inline[]} children
 */
function dialledDiffers(href, children) {
  const shown = inlineText(children).replace(/\D/g, '');
  return shown !== '' && shown !== href.replace(/\D/g, '');
}

/**
 * Whether a link's host, or a mailto: address's domain, has letters outside
 * plain ASCII: written directly, percent-encoded, or as punycode (xn--).
 * "frg.org.uk" with a Cyrillic "о" looks the same and is another site.
 * @param {URL} url
 */
function isLookAlikeHost(url) {
  const host = url.protocol === 'mailto:' ? decodeURIComponent(url.pathname.split('@')[1] ?? '') : url.hostname;
  return /[^\x21-\x7e]/.test(host) || host.split('.').some((label) => label.startsWith('xn--'));
}

/**
 * Appends every item of `items` to `list`. A file can have hundreds of
 * thousands of problems or nodes, too many to spread into one call.
 * @template T @param {T[]} list @param {Iterable<T>} items
 */
export function addAll(list, items) {
  for (const item of items) list.push(item);
}

/** Joins neighbouring runs of text. @param {Inline[]} list */
export function mergeText(list) {
  /** @type {Inline[]} */
  const out = [];
  for (const node of list) {
    const prev = out[out.length - 1];
    if (typeof node === 'string' && typeof prev === 'string') out[out.length - 1] = prev + node;
    else if (node !== '') out.push(node);
  }
  return out;
}

/**
 * The file line of each offset in `text`, found by binary search over where
 * each line starts: linear in the file's size however many lookups there are.
 * @param {string} text @param {number} firstLine the file line of text's first line
 * @returns {(offset: number) => number}
 */
export function lineFinder(text, firstLine) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return firstLine + low;
  };
}

/**
 * The words a reader sees, as in inlineText, keeping the English a
 * translation marks: plain text stays a string.
 * @param {any[]} children compiled inline nodes
 * @returns {string | any[]}
 */
export function markedText(children) {
  /** @type {any[]} */
  const parts = [];
  const visit = (/** @type {any[]} */ nodes) => {
    for (const node of nodes) {
      if (typeof node !== 'string' && node.type === 'cite') continue;
      if (typeof node !== 'string' && node.type !== 'ltr') {
        visit(node.children);
        continue;
      }
      const last = parts.length - 1;
      if (typeof node === 'string' && typeof parts[last] === 'string') parts[last] += node;
      else parts.push(node);
    }
  };
  visit(children);
  return parts.every((part) => typeof part === 'string') ? parts.join('') : parts;
}

/**
 * Plain text of inline content, for readability checks and error messages.
 * Works on the Markdown tree and on the data tree the widget reads alike.
 * @param {(Inline | import('../../src/content/types.js').Inline)[]} children
 * @returns {string}
 */
export function inlineText(children) {
  return children
    .map((c) =>
      typeof c === 'string' ? c : c.type === 'cite' ? '' : c.type === 'ltr' ? c.text : inlineText(c.children)
    )
    .join('');
}
