// @ts-check
// Reads the interface strings that translators edit in locales/<locale>.xlf
// (XLIFF 1.2, as written by `lit-localize extract`) and turns each translated
// message into data: a plain string, or a list of text parts and placeholder
// numbers, such as ["My list: ", 0, " questions"].
import {SaxesParser} from 'saxes';

/**
 * @typedef {string | (string | number)[]} Message
 * @typedef {{line: number, message: string}} LineError
 * @typedef {{id: string, line: number, source: (string | number)[], target?: (string | number)[], targetState?: string, note?: string}} Unit
 */

/**
 * @param {string} text the XLIFF file
 * @returns {{units: Unit[], targetLanguage?: string, errors: LineError[]}}
 */
export function readXliff(text) {
  /** @type {Unit[]} */
  const units = [];
  /** @type {LineError[]} */
  const errors = [];
  /** @type {string | undefined} */
  let targetLanguage;
  /** @type {Unit | undefined} */
  let unit;
  /** @type {(string | number)[] | undefined} */
  let parts;
  /** @type {string | undefined} */
  let note;
  const parser = new SaxesParser({position: true});
  parser.on('opentag', (tag) => {
    const attr = (/** @type {string} */ name) => {
      const value = tag.attributes[name];
      return typeof value === 'string' ? value : value?.value;
    };
    if (tag.name === 'file') targetLanguage = attr('target-language');
    else if (tag.name === 'trans-unit') {
      unit = {id: attr('id') ?? '', line: parser.line, source: []};
      if (!unit.id) errors.push({line: parser.line, message: 'a trans-unit has no id'});
    } else if (unit && (tag.name === 'source' || tag.name === 'target')) {
      parts = [];
      if (tag.name === 'target') unit.targetState = attr('state');
    } else if (unit && tag.name === 'note') note = '';
    else if (parts && tag.name === 'x') {
      const id = Number(attr('id'));
      if (!Number.isInteger(id) || id < 0)
        errors.push({line: parser.line, message: `placeholder <x id="${attr('id')}"> must have a number as its id`});
      parts.push(id);
    } else if (parts) {
      errors.push({
        line: parser.line,
        message: `<${tag.name}> is not allowed in a message: interface strings hold no HTML`,
      });
    }
  });
  parser.on('text', (value) => {
    if (parts) parts.push(value);
    else if (note !== undefined) note += value;
  });
  parser.on('closetag', (tag) => {
    if (!unit) return;
    if ((tag.name === 'source' || tag.name === 'target') && parts) {
      unit[tag.name] = mergeText(parts);
      parts = undefined;
    } else if (tag.name === 'note') {
      unit.note = note?.trim();
      note = undefined;
    } else if (tag.name === 'trans-unit') {
      units.push(unit);
      unit = undefined;
    }
  });
  parser.on('error', (error) => {
    // The first XML error is the one to fix; later ones follow from it.
    if (errors.some((e) => e.message.startsWith('the file is not valid XML'))) return;
    errors.push({
      line: parser.line || 1,
      message: `the file is not valid XML: ${error.message.replace(/^\d+:\d+: /, '')}`,
    });
  });
  try {
    parser.write(text).close();
  } catch {
    // reported through the error handler
  }
  return {units, targetLanguage, errors};
}

/** @param {(string | number)[]} parts */
function mergeText(parts) {
  /** @type {(string | number)[]} */
  const out = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (typeof part === 'string' && typeof last === 'string') out[out.length - 1] = last + part;
    else out.push(part);
  }
  return out;
}

/**
 * Placeholders used by a message, sorted, for comparing a translation with its source.
 * @param {(string | number)[]} parts
 */
export const placeholdersOf = (parts) =>
  parts
    .filter((p) => typeof p === 'number')
    .sort()
    .join(',');

/**
 * The message as the widget stores it: a plain string when it has no placeholders.
 * @param {(string | number)[]} parts
 * @returns {Message}
 */
export const asMessage = (parts) => (parts.every((p) => typeof p === 'string') ? parts.join('') : parts);

/**
 * The key the browser finds a message by: its English text, with U+0001 where
 * each placeholder goes, as src/i18n/strings.ts builds it from a msg() call.
 * @param {(string | number)[]} parts the English source
 */
export const messageKey = (parts) => parts.map((p) => (typeof p === 'number' ? '\u0001' : p)).join('');
