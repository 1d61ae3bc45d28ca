// @ts-check
// Checks locales/<locale>.xlf for every target locale and returns each
// locale's translated messages, keyed by message id.
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {hasVisibleText, hiddenCharacterErrors} from '../content/hidden-characters.mjs';
import {asMessage, messageKey, placeholdersOf, readXliff} from './xliff.mjs';

/**
 * @typedef {import('./xliff.mjs').Message} Message
 * @typedef {{file: string, line: number, message: string}} StringsError
 * @typedef {{messages: Record<string, Message>, total: number, translated: number, drafts: number, file: string}} LocaleStrings
 *   messages: each translated message, keyed by its English text (messageKey)
 * @typedef {{keys: string[], messages: Message[]}} EnglishMessages every English message, sorted by its key: the
 *   bundle finds a message by its place in this list (scripts/compact-msg-calls.mjs), and each locale's
 *   strings file lists its translations in the same order
 */

/**
 * The English messages in an XLIFF file's sources, in key order.
 * @param {import('./xliff.mjs').Unit[]} units
 * @returns {EnglishMessages}
 */
export function englishMessagesOf(units) {
  const byKey = new Map(units.map((unit) => [messageKey(unit.source), asMessage(unit.source)]));
  const keys = [...byKey.keys()].sort();
  return {keys, messages: keys.map((key) => /** @type {Message} */ (byKey.get(key)))};
}

/**
 * The English messages, read from the first target locale's XLIFF file (every
 * one has them all), or undefined when there is no target locale.
 * @param {{xliffDir: string, targetLocales: string[]}} config
 * @returns {Promise<EnglishMessages | undefined>}
 */
export async function readEnglishMessages({xliffDir, targetLocales}) {
  if (!targetLocales.length) return undefined;
  const text = await readFile(path.join(xliffDir, `${targetLocales[0]}.xlf`), 'utf8');
  return englishMessagesOf(readXliff(text).units);
}

/**
 * @param {{xliffDir: string, targetLocales: string[]}} config
 * @returns {Promise<{errors: StringsError[], locales: Record<string, LocaleStrings>, files: string[],
 *   english?: EnglishMessages}>}
 */
export async function compileStrings({xliffDir, targetLocales}) {
  /** @type {StringsError[]} */
  const errors = [];
  /** @type {Record<string, LocaleStrings>} */
  const locales = {};
  const files = [];
  /** @type {EnglishMessages | undefined} */
  let english;
  const present = (await readdir(xliffDir).catch(() => [])).filter((f) => f.endsWith('.xlf'));
  for (const name of present) {
    const code = name.slice(0, -'.xlf'.length);
    if (!targetLocales.includes(code)) {
      errors.push({
        file: path.join(xliffDir, name),
        line: 1,
        message: `"${code}" is not a locale in lit-localize.json; add it with npm run locale:add -- ${code}`,
      });
    }
  }
  for (const locale of targetLocales) {
    const file = path.join(xliffDir, `${locale}.xlf`);
    files.push(file);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) {
      errors.push({
        file,
        line: 1,
        message: `the interface strings for "${locale}" are missing; run npm run strings:extract`,
      });
      continue;
    }
    errors.push(...hiddenCharacterErrors(text).map((e) => ({file, ...e})));
    const {units, targetLanguage, errors: xmlErrors} = readXliff(text);
    errors.push(...xmlErrors.map((e) => ({file, ...e})));
    if (!xmlErrors.length && targetLanguage !== locale) {
      errors.push({file, line: 1, message: `target-language is "${targetLanguage}", but the file is for "${locale}"`});
    }
    english ??= englishMessagesOf(units);
    /** @type {Record<string, Message>} */
    const messages = {};
    for (const unit of units) {
      if (!unit.target) continue;
      // lit-localize numbers a message's placeholders 0, 1, 2… in order; anything else is an edited <source>.
      const numbers = unit.source.filter((p) => typeof p === 'number');
      if (numbers.some((n, i) => n !== i)) {
        errors.push({
          file,
          line: unit.line,
          message: `message ${unit.id}: its <source> has been changed; run npm run strings:extract to restore it`,
        });
        continue;
      }
      if (placeholdersOf(unit.target) !== placeholdersOf(unit.source)) {
        const expected = unit.source.filter((p) => typeof p === 'number').map((n) => `<x id="${n}"/>`);
        errors.push({
          file,
          line: unit.line,
          message: `message ${unit.id}: the translation must keep the placeholders of the English text (${expected.join(' ') || 'none'})`,
        });
        continue;
      }
      // A target with nothing to see, such as a lone zero-width space, counts as untranslated: English is shown.
      if (hasVisibleText(unit.target.filter((p) => typeof p === 'string').join(''))) {
        messages[messageKey(unit.source)] = asMessage(unit.target);
      } else if (unit.target.join('')) {
        errors.push({file, line: unit.line, message: `message ${unit.id}: the translation has no visible text`});
      }
    }
    // A target is a draft until a qualified translator marks it final (XLIFF state="final" or "signed-off").
    const drafts = units.filter(
      (u) => messageKey(u.source) in messages && !['final', 'signed-off'].includes(u.targetState ?? '')
    ).length;
    locales[locale] = {messages, total: units.length, translated: Object.keys(messages).length, drafts, file};
  }
  return {errors, locales, files, english};
}
